// SPDX-License-Identifier: AGPL-3.0-or-later
// Test helpers for tori_web's tests only: Services over a temporary SQLite store with the
// product's own catalogues and templates, and requests built by hand.
#pragma once

#include <stdlib.h>

#include <chrono>
#include <filesystem>
#include <memory>
#include <stdexcept>
#include <string>
#include <string_view>
#include <system_error>

#include "tori/core/finland.hpp"
#include "tori/core/test_support.hpp"
#include "tori/http/message.hpp"
#include "tori/http/rate_limiter.hpp"
#include "tori/store/sqlite/sqlite_store.hpp"
#include "tori/testing/temp_dir.hpp"
#include "tori/text/i18n.hpp"
#include "tori/web/account/settings.hpp"
#include "tori/web/render.hpp"
#include "tori/web/services.hpp"
#include "tori/web/submission/practice_media.hpp"

namespace tori::web::test_support {

// data/ of the source tree (TORI_SOURCE_DATA_DIR is set by tori_test in CMake).
inline std::filesystem::path source_data_dir() {
  return TORI_SOURCE_DATA_DIR;
}

// A new empty folder, removed with everything in it at the end (shared by all test programs).
using TempDir = tori::testing::TempDir;

// Everything a handler needs, as `tori serve` wires it, over a fresh migrated database and
// uploads folder.
// The asset URL of "css/tori.css" is "/static/css/tori.css" (no fingerprint).
class TestSite {
 public:
  TestSite()
      : store_(store::open_sqlite(dir_.path() / "tori.sqlite", source_data_dir() / "sql")),
        catalogue_(text::Catalogue::load(source_data_dir() / "i18n")),
        renderer_(source_data_dir() / "templates", catalogue_),
        services_{*store_,
                  catalogue_,
                  renderer_,
                  site_,
                  core::testing::real_finland(),
                  [](std::string_view name) { return "/static/" + std::string(name); }} {
    store_->health().migrate();
    account_settings_.password_cost = auth::PasswordCost::minimum();
    account_settings_.rate_limiter = &limiter_;
    services_.accounts = &account_settings_;
    media::initialise_images("tori_web_test");
    uploads_ =
        std::make_unique<UploadSettings>(UploadSettings{store::UploadFolder{dir_ / "uploads"}});
    services_.uploads = uploads_.get();
  }
  TestSite(const TestSite&) = delete;
  TestSite& operator=(const TestSite&) = delete;

  [[nodiscard]] const Services& services() const { return services_; }
  [[nodiscard]] const text::Catalogue& catalogue() const { return catalogue_; }
  [[nodiscard]] store::Store& store() { return *store_; }
  // The account settings the services use (minimum password cost); tests may change limits.
  [[nodiscard]] AccountSettings& account_settings() { return account_settings_; }
  // The uploads folder (DIR/uploads) and limits; tests may change the limits.
  [[nodiscard]] UploadSettings& uploads() { return *uploads_; }

 private:
  TempDir dir_;
  std::unique_ptr<store::Store> store_;
  text::Catalogue catalogue_;
  Renderer renderer_;
  SiteInfo site_{"https://tori.example.fi/"};
  Services services_;
  http::RateLimiter limiter_;
  AccountSettings account_settings_;
  std::unique_ptr<UploadSettings> uploads_;
};

// A GET request for a normalised path, as the router hands it to a handler.
inline http::Request get_request(std::string_view path) {
  http::Request request;
  request.method = "GET";
  request.target = std::string(path);
  request.path = std::string(path);
  request.request_id = "test";
  return request;
}

// 09:00 UTC of a calendar day (late morning in Helsinki: the same day in both).
inline core::TimePoint utc(int year, unsigned month, unsigned day) {
  using namespace std::chrono;
  return sys_days{std::chrono::year{year} / std::chrono::month{month} / std::chrono::day{day}} +
         hours{9};
}

}  // namespace tori::web::test_support
