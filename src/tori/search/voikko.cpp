// SPDX-License-Identifier: AGPL-3.0-or-later
// The libvoikko handle: opening the Finnish dictionary and reading analyses into plain structs.
#include "tori/search/voikko.hpp"

#include <libvoikko/voikko.h>

#include <stdexcept>

namespace tori::search {
namespace {

std::string value_of(voikko_mor_analysis* analysis, const char* key) {
  char* value = voikko_mor_analysis_value_cstr(analysis, key);
  if (value == nullptr) return {};
  std::string copy(value);
  voikko_free_mor_analysis_value_cstr(value);
  return copy;
}

}  // namespace

Voikko::Voikko() {
  const char* error = nullptr;
  handle_ = voikkoInit(&error, "fi", nullptr);
  if (handle_ == nullptr)
    throw std::runtime_error(std::string("libvoikko: cannot open the Finnish dictionary (") +
                             (error != nullptr ? error : "unknown error") +
                             "); is the Debian package voikko-fi installed?");
}

Voikko::~Voikko() {
  voikkoTerminate(handle_);
}

Voikko& Voikko::this_thread() {
  thread_local Voikko voikko;
  return voikko;
}

std::vector<VoikkoAnalysis> Voikko::analyze(std::string_view word) const {
  std::vector<VoikkoAnalysis> result;
  if (word.empty() || word.size() > 255) return result;
  const std::string text(word);
  voikko_mor_analysis** list = voikkoAnalyzeWordCstr(handle_, text.c_str());
  for (voikko_mor_analysis** at = list; at != nullptr && *at != nullptr; ++at) {
    result.push_back({value_of(*at, "BASEFORM"), value_of(*at, "CLASS"), value_of(*at, "STRUCTURE"),
                      value_of(*at, "WORDBASES"), value_of(*at, "PARTICIPLE")});
  }
  voikko_free_mor_analysis(list);
  return result;
}

}  // namespace tori::search
