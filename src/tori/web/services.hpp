// SPDX-License-Identifier: AGPL-3.0-or-later
// What every web handler may use, passed in explicitly: store, messages, templates, site facts.
#pragma once

#include <functional>
#include <string>
#include <string_view>

namespace tori::core {
class Finland;
}
namespace tori::store {
class Store;
}
namespace tori::text {
class Catalogue;
}
namespace tori::search {
class Searcher;
class SynonymsFile;
}  // namespace tori::search

namespace tori::web {

class Renderer;
class RegionMap;
struct AccountSettings;
struct UploadSettings;

// Facts about this deployment that pages and the API show.
struct SiteInfo {
  std::string base_url = "http://localhost:8080";  // absolute URLs are built from this only
};

struct Services {
  store::Store& store;
  const text::Catalogue& catalogue;
  const Renderer& renderer;
  const SiteInfo& site;
  const core::Finland& finland;  // municipalities and regions: API filters and /api/v1/regions
  // The fingerprinted URL of a static file ("css/tori.css" → "/static/css/tori.<hash>.css").
  std::function<std::string(std::string_view)> asset_url;
  // Finland's region borders, loaded once at start (region_map.hpp); null: pages show no map.
  const RegionMap* region_map = nullptr;
  // The search index (null: search answers 503) and the editors' synonyms searched along
  // (may be null: none).
  const search::Searcher* searcher = nullptr;
  const search::SynonymsFile* synonyms = nullptr;
  // Accounts, sessions and their mail (account/settings.hpp); null: the account pages answer
  // 503 (a test that needs no people).
  const AccountSettings* accounts = nullptr;
  // Where practices' images and attachments are kept and their limits
  // (submission/practice_media.hpp); null: the form has no uploads and /media answers 404.
  const UploadSettings* uploads = nullptr;
};

}  // namespace tori::web
