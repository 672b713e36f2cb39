// SPDX-License-Identifier: AGPL-3.0-or-later
// PageCache: which requests and responses qualify, the LRU list and the version rule.
#include "tori/http/page_cache.hpp"

#include <cstdio>

namespace tori::http {
namespace {

// Bookkeeping beyond the bytes of the key, body and headers (list node, map slot, Response).
constexpr std::size_t kEntryOverhead = 256;

std::size_t size_of(const std::string& key, const Response& response) {
  std::size_t bytes = kEntryOverhead + 2 * key.size() + response.body.size();
  for (const Headers::Field& field : response.headers)
    bytes += field.name.size() + field.value.size() + 2 * sizeof(std::string);
  return bytes;
}

bool mentions(std::string_view value, std::string_view word) {
  return value.find(word) != std::string_view::npos;
}

}  // namespace

PageCache::PageCache(std::size_t max_bytes, std::function<std::int64_t()> version)
    : max_bytes_(max_bytes), version_(std::move(version)) {}

std::optional<std::string> PageCache::key_of(const Request& request) {
  if (request.method != "GET" && request.method != "HEAD") return std::nullopt;
  // Personal or conditional requests, and parts of a response (Range), are answered afresh.
  for (const char* personal :
       {"Cookie", "Authorization", "If-None-Match", "If-Modified-Since", "Range"}) {
    if (request.headers.contains(personal)) return std::nullopt;
  }
  return request.method + " " + request.target;
}

bool PageCache::storable(const Response& response) {
  if (response.status != 200 || response.file) return false;  // a file is read as it is sent
  if (response.headers.contains("Set-Cookie") || response.headers.contains("Vary")) return false;
  const auto cache_control = response.headers.get("Cache-Control");
  return !cache_control ||
         (!mentions(*cache_control, "no-store") && !mentions(*cache_control, "private"));
}

bool PageCache::adopt_version(std::int64_t version) {
  if (version < cached_version_) return false;
  if (version > cached_version_) {
    if (!entries_.empty()) ++counts_.invalidations;
    entries_.clear();
    by_key_.clear();
    bytes_ = 0;
    cached_version_ = version;
  }
  return true;
}

std::optional<Response> PageCache::find(const std::string& key, std::int64_t version) {
  std::shared_ptr<const Response> found;
  {
    std::lock_guard lock{mutex_};
    const auto entry = adopt_version(version) ? by_key_.find(key) : by_key_.end();
    if (entry == by_key_.end()) {
      ++counts_.misses;
      return std::nullopt;
    }
    entries_.splice(entries_.begin(), entries_, entry->second);
    found = entry->second->response;
    ++counts_.hits;
  }
  return *found;  // the copy is made outside the lock
}

void PageCache::evict_down_to(std::size_t max_bytes) {
  while (bytes_ > max_bytes && !entries_.empty()) {
    bytes_ -= entries_.back().bytes;
    by_key_.erase(entries_.back().key);
    entries_.pop_back();
    ++counts_.evictions;
  }
}

void PageCache::store(const std::string& key, const Response& response, std::int64_t version) {
  if (!storable(response)) return;
  const std::size_t bytes = size_of(key, response);
  if (bytes > max_bytes_ / 4) return;  // one huge page must not push out everything else
  auto copy = std::make_shared<const Response>(response);
  std::lock_guard lock{mutex_};
  if (!adopt_version(version) || version != cached_version_) return;
  if (const auto existing = by_key_.find(key); existing != by_key_.end()) {
    bytes_ -= existing->second->bytes;
    entries_.erase(existing->second);
    by_key_.erase(existing);
  }
  entries_.push_front({key, std::move(copy), bytes});
  by_key_.emplace(key, entries_.begin());
  bytes_ += bytes;
  ++counts_.stores;
  evict_down_to(max_bytes_);
}

PageCache::Stats PageCache::stats() const {
  std::lock_guard lock{mutex_};
  Stats stats = counts_;
  stats.entries = entries_.size();
  stats.bytes = bytes_;
  return stats;
}

std::string PageCache::metrics_text() const {
  const Stats s = stats();
  char buffer[1200];
  std::snprintf(
      buffer, sizeof buffer,
      "# HELP tori_page_cache_hits_total Requests answered from the page cache.\n"
      "# TYPE tori_page_cache_hits_total counter\ntori_page_cache_hits_total %llu\n"
      "# HELP tori_page_cache_misses_total Cacheable requests the page cache could not answer.\n"
      "# TYPE tori_page_cache_misses_total counter\ntori_page_cache_misses_total %llu\n"
      "# HELP tori_page_cache_evictions_total Pages dropped to stay within the size bound.\n"
      "# TYPE tori_page_cache_evictions_total counter\ntori_page_cache_evictions_total %llu\n"
      "# HELP tori_page_cache_invalidations_total Times a write emptied the page cache.\n"
      "# TYPE tori_page_cache_invalidations_total counter\n"
      "tori_page_cache_invalidations_total %llu\n"
      "# HELP tori_page_cache_bytes Bytes the cached pages take.\n"
      "# TYPE tori_page_cache_bytes gauge\ntori_page_cache_bytes %zu\n"
      "# HELP tori_page_cache_entries Pages in the page cache.\n"
      "# TYPE tori_page_cache_entries gauge\ntori_page_cache_entries %zu\n",
      static_cast<unsigned long long>(s.hits), static_cast<unsigned long long>(s.misses),
      static_cast<unsigned long long>(s.evictions),
      static_cast<unsigned long long>(s.invalidations), s.bytes, s.entries);
  return buffer;
}

}  // namespace tori::http
