// SPDX-License-Identifier: AGPL-3.0-or-later
// Reading the editors' synonym file and noticing when it changed.
#include "tori/search/synonyms_file.hpp"

#include <fstream>
#include <sstream>
#include <system_error>

namespace tori::search {
namespace {

std::shared_ptr<const Synonyms> read_synonyms(const std::filesystem::path& file) {
  std::ifstream in(file, std::ios::binary);
  if (!in) return nullptr;
  std::ostringstream text;
  text << in.rdbuf();
  return std::make_shared<const Synonyms>(Synonyms::parse(text.str()));
}

}  // namespace

SynonymsFile::SynonymsFile(std::filesystem::path file, const std::filesystem::path& seed,
                           std::chrono::milliseconds look_every)
    : file_(std::move(file)), look_every_(look_every) {
  std::error_code error;
  if (!std::filesystem::exists(file_, error) && !seed.empty()) {
    std::filesystem::copy_file(seed, file_, error);  // when it fails: an empty list, as absent
  }
  stamp_ = stamp();
  current_ = read_synonyms(file_);
  if (!current_) current_ = std::make_shared<const Synonyms>();
  checked_ = std::chrono::steady_clock::now();
}

SynonymsFile::SynonymsFile(Synonyms fixed)
    : current_(std::make_shared<const Synonyms>(std::move(fixed))) {}

SynonymsFile::Stamp SynonymsFile::stamp() const {
  std::error_code error;
  Stamp now;
  now.modified = std::filesystem::last_write_time(file_, error);
  if (error) return {};
  now.size = std::filesystem::file_size(file_, error);
  return error ? Stamp{} : now;
}

void SynonymsFile::reload_if_changed() const {
  const auto now = std::chrono::steady_clock::now();
  if (now - checked_ < look_every_) return;
  checked_ = now;
  const Stamp latest = stamp();
  if (latest == stamp_) return;
  if (std::shared_ptr<const Synonyms> read = read_synonyms(file_)) {
    current_ = std::move(read);
    stamp_ = latest;
  }
}

std::shared_ptr<const Synonyms> SynonymsFile::current() const {
  const std::lock_guard lock(mutex_);
  if (!file_.empty()) reload_if_changed();
  return current_;
}

}  // namespace tori::search
