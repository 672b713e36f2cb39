// SPDX-License-Identifier: AGPL-3.0-or-later
// Slugs: ICU Latin-ASCII transliteration, separator runs collapsed, length limit, unique suffixes.
#include "tori/text/slug.hpp"

#include <algorithm>
#include <memory>
#include <stdexcept>

#include <unicode/translit.h>

#include "tori/text/icu_convert.hpp"

namespace tori::text {
namespace {

// Candidates unique_slug tries (base, base-2 … base-N) before it gives up.
constexpr int kMaxUniqueAttempts = 10'000;

bool is_slug_char(char c) {
  return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
}

// ICU transliterators must not be used by two threads at once, and creating one costs about a
// millisecond, so each thread keeps its own.
icu::Transliterator& latin_ascii() {
  thread_local const std::unique_ptr<icu::Transliterator> transliterator = [] {
    UErrorCode status = U_ZERO_ERROR;
    std::unique_ptr<icu::Transliterator> created(
        icu::Transliterator::createInstance("Latin-ASCII", UTRANS_FORWARD, status));
    if (U_FAILURE(status) || !created) {
      throw std::runtime_error("ICU transliterator Latin-ASCII is missing");
    }
    return created;
  }();
  return *transliterator;
}

// Lower-cases ASCII letters, keeps [a-z0-9] and turns every other run of bytes into one '-';
// no '-' at either end.
std::string collapse_separators(std::string_view ascii) {
  std::string slug;
  slug.reserve(ascii.size());
  bool separator_pending = false;
  for (char c : ascii) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    if (!is_slug_char(c)) {
      separator_pending = true;
      continue;
    }
    if (separator_pending && !slug.empty()) slug += '-';
    separator_pending = false;
    slug += c;
  }
  return slug;
}

// Cuts a collapsed slug to at most `limit` characters, at a '-' when there is one in reach.
std::string shorten(std::string slug, std::size_t limit) {
  if (slug.size() <= limit) return slug;
  if (slug[limit] == '-') {
    slug.resize(limit);  // the cut falls exactly between two words
    return slug;
  }
  const std::size_t dash = slug.rfind('-', limit - 1);
  slug.resize(dash == std::string::npos ? limit : dash);
  return slug;
}

// `root` with "-<n>", the front of `root` cut (at a '-' if possible) so the whole stays in limit.
std::string with_suffix(const std::string& root, int n) {
  const std::string suffix = "-" + std::to_string(n);
  return shorten(root, kMaxSlugLength - suffix.size()) + suffix;
}

}  // namespace

std::string slugify(std::string_view title) {
  icu::UnicodeString text = to_unicode(title);
  latin_ascii().transliterate(text);
  std::string slug = shorten(collapse_separators(to_utf8(text)), kMaxSlugLength);
  return slug.empty() ? std::string(kFallbackSlug) : slug;
}

bool is_valid_slug(std::string_view slug) {
  if (slug.empty() || slug.size() > kMaxSlugLength) return false;
  if (slug.front() == '-' || slug.back() == '-') return false;
  for (std::size_t i = 0; i < slug.size(); ++i) {
    if (slug[i] == '-') {
      if (slug[i + 1] == '-') return false;  // safe: the last character is not '-'
    } else if (!is_slug_char(slug[i])) {
      return false;
    }
  }
  return true;
}

std::string unique_slug(std::string_view base, const std::function<bool(std::string_view)>& taken,
                        const std::vector<std::string_view>& reserved) {
  const std::string root = is_valid_slug(base) ? std::string(base) : slugify(base);
  const auto is_free = [&](const std::string& candidate) {
    const bool is_reserved =
        std::find(reserved.begin(), reserved.end(), candidate) != reserved.end();
    return !is_reserved && !taken(candidate);
  };
  if (is_free(root)) return root;
  for (int n = 2; n <= kMaxUniqueAttempts; ++n) {
    std::string candidate = with_suffix(root, n);
    if (is_free(candidate)) return candidate;
  }
  throw std::runtime_error("unique_slug: no free slug for \"" + root + "\"");
}

}  // namespace tori::text
