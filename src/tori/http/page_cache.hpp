// SPDX-License-Identifier: AGPL-3.0-or-later
// The page cache: whole responses of anonymous GET and HEAD requests, keyed by method and
// target, bounded in bytes (least recently used go first) and emptied whenever the data
// version (the change log's position) moves, so no page outlives a write.
//
//   PageCache cache{64 << 20, [&store] { return store.known_position(); }};
//   PipelineOptions options;  options.page_cache = &cache;   // Pipeline::handle uses it
//   metrics.add_collector([&cache] { return cache.metrics_text(); });
#pragma once

#include <atomic>
#include <cstdint>
#include <functional>
#include <list>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <unordered_map>

#include "tori/http/message.hpp"

namespace tori::http {

class PageCache {
 public:
  // `max_bytes`: the most the stored responses (bodies, headers, keys) may take together.
  // `version`: the current data version; called once per cacheable request, from any thread.
  PageCache(std::size_t max_bytes, std::function<std::int64_t()> version);

  // The key of a request that may be answered from the cache: GET or HEAD without cookies,
  // credentials, conditions (If-None-Match, If-Modified-Since) or a Range. Nothing for the others.
  [[nodiscard]] static std::optional<std::string> key_of(const Request& request);
  // Whether a response may be kept: 200 without Set-Cookie, Vary, or Cache-Control no-store
  // or private, and with its body in memory (not a FileBody).
  [[nodiscard]] static bool storable(const Response& response);

  // The data version now (what find() and store() take).
  [[nodiscard]] std::int64_t version() const { return version_(); }
  // The stored response for `key` made at `version`; nothing (a miss) otherwise. A newer
  // version than the cache's empties the cache first.
  [[nodiscard]] std::optional<Response> find(const std::string& key, std::int64_t version);
  // Keeps `response` for `key` if storable() and `version` (read before the response was
  // made) is still current; drops the least recently used entries to stay within the bound.
  void store(const std::string& key, const Response& response, std::int64_t version);

  struct Stats {
    std::uint64_t hits = 0;
    std::uint64_t misses = 0;
    std::uint64_t stores = 0;
    std::uint64_t evictions = 0;      // dropped to stay within the bound
    std::uint64_t invalidations = 0;  // times the whole cache was emptied by a new version
    std::size_t entries = 0;
    std::size_t bytes = 0;
  };
  [[nodiscard]] Stats stats() const;
  // Prometheus lines (HELP and TYPE) for /metrics: tori_page_cache_hits_total, …
  [[nodiscard]] std::string metrics_text() const;

 private:
  struct Entry {
    std::string key;
    std::shared_ptr<const Response> response;
    std::size_t bytes = 0;
  };
  // REQUIRES: mutex_ held. Empties the cache when `version` is newer; false when older.
  bool adopt_version(std::int64_t version);
  void evict_down_to(std::size_t max_bytes);

  const std::size_t max_bytes_;
  std::function<std::int64_t()> version_;
  mutable std::mutex mutex_;  // guards everything below
  std::int64_t cached_version_ = 0;
  std::list<Entry> entries_;  // most recently used first
  std::unordered_map<std::string, std::list<Entry>::iterator> by_key_;
  std::size_t bytes_ = 0;
  Stats counts_;
};

}  // namespace tori::http
