// SPDX-License-Identifier: AGPL-3.0-or-later
// `tori serve`: opens the data folder, builds the services and routes, and runs the server.
#include "tori/app/serve.hpp"

#include <spdlog/spdlog.h>

#include <filesystem>
#include <iostream>

#include "tori/app/account_wiring.hpp"
#include "tori/app/daily_purge.hpp"
#include "tori/app/data_folder.hpp"
#include "tori/app/newsletter_import.hpp"
#include "tori/app/page_version.hpp"
#include "tori/app/reference_data.hpp"
#include "tori/app/registration_jobs.hpp"
#include "tori/certificate/certificate.hpp"
#include "tori/http/page_cache.hpp"
#include "tori/http/server.hpp"
#include "tori/http/static_files.hpp"
#include "tori/media/image.hpp"
#include "tori/search/search_follower.hpp"
#include "tori/search/searcher.hpp"
#include "tori/search/synonyms_file.hpp"
#include "tori/store/indexed_store.hpp"
#include "tori/text/i18n.hpp"
#include "tori/web/account/account_pages.hpp"
#include "tori/web/api.hpp"
#include "tori/web/error_page.hpp"
#include "tori/web/operations.hpp"
#include "tori/web/pages.hpp"
#include "tori/web/redirects/redirect_pages.hpp"
#include "tori/web/region_map.hpp"
#include "tori/web/render.hpp"
#include "tori/web/sitemap.hpp"
#include "tori/web/submission/practice_media.hpp"
#include "tori/web/submission/submission_pages.hpp"

namespace tori::app {
namespace {

http::ServerOptions server_options(const Config& config) {
  return http::ServerOptions{config.bind, config.port, config.threads, config.limits};
}

// The fingerprinted URL of a static file, for Services.
std::function<std::string(std::string_view)> asset_urls(const http::StaticFiles& files) {
  return [&files](std::string_view name) { return files.url_for(name); };
}

// Everything a running server holds, built in dependency order and torn down in reverse.
struct Site {
  Site(const CommandContext& context, std::unique_ptr<store::IndexedStore> opened_store,
       std::unique_ptr<core::Finland> loaded_finland)
      : store(std::move(opened_store)),
        finland(std::move(loaded_finland)),
        catalogue(text::Catalogue::load(context.assets / "i18n")),
        renderer(context.assets / "templates", catalogue),
        static_files(context.assets / "static", "/static"),
        site_info{context.config.base_url},
        services{*store, catalogue, renderer, site_info, *finland, asset_urls(static_files)} {}

  std::unique_ptr<store::IndexedStore> store;  // published lists and facets from memory
  std::unique_ptr<core::Finland> finland;
  text::Catalogue catalogue;
  web::Renderer renderer;
  http::StaticFiles static_files;
  web::SiteInfo site_info;
  web::Services services;
  http::Metrics metrics;
  http::Router router;
  std::unique_ptr<http::PageCache> page_cache;  // null when [cache] pages = false
  // The region borders of the statistics page's map, projected once; services.region_map.
  std::unique_ptr<const web::RegionMap> region_map;
  // The search index in DATA/index, kept up to date from the change log; services.searcher.
  std::unique_ptr<search::SynonymsFile> synonyms;
  std::unique_ptr<search::SearchFollower> search_follower;
  std::unique_ptr<search::Searcher> searcher;
  // Accounts' settings and the mail worker; services.accounts.
  std::unique_ptr<Accounts> accounts;
  // Where images and attachments of practices go (DATA/uploads); services.uploads.
  std::unique_ptr<web::UploadSettings> uploads;
  // The retention purge: at start, then every 24 hours ([retention], [session]).
  std::unique_ptr<DailyPurge> purge;
  // Offers that expire and reminders before events, every minute ([events]).
  std::unique_ptr<RegistrationJobs> registration_jobs;
  // Issues being sent: their recipients' mail queued a batch at a time ([limits]).
  std::unique_ptr<NewsletterDispatcher> newsletters;
};

// The site key, account settings and the mail worker (DATA/mail or [smtp]).
void start_accounts(Site& site, const Config& config) {
  site.accounts = std::make_unique<Accounts>(config, *site.store);
  site.services.accounts = &site.accounts->settings();
  site.accounts->start_mail();
}

// The uploads folder DATA/uploads and the limits of images, PDFs and episodes' audio ([limits]
// image_mb, pdf_mb, audio_mb);
// libvips once, with only its JPEG, PNG and WebP loaders allowed.
void start_uploads(Site& site, const Config& config) {
  media::initialise_images("tori");
  site.uploads = std::make_unique<web::UploadSettings>(
      web::UploadSettings{store::UploadFolder{config.data / "uploads"}});
  site.uploads->image_limits.max_bytes = std::size_t{config.image_mb} << 20;
  site.uploads->pdf_limits.max_bytes = std::size_t{config.pdf_mb} << 20;
  site.uploads->max_audio_bytes = std::size_t{config.audio_mb} << 20;
  site.services.uploads = site.uploads.get();
}

// Starts following the change log into DATA/index (built in the background when absent; the
// search API answers 503 until then) and the searcher over it, with the editors' synonyms in
// DATA/synonyms.txt (seeded from data/search/synonyms.txt on first start, re-read when edited).
void start_search(Site& site, const CommandContext& context) {
  site.synonyms = std::make_unique<search::SynonymsFile>(
      context.config.data / "synonyms.txt", context.assets / "search" / "synonyms.txt");
  const std::filesystem::path folder = context.config.data / "index";
  site.search_follower = std::make_unique<search::SearchFollower>(*site.store, folder);
  site.searcher = std::make_unique<search::Searcher>(folder);
  site.services.searcher = site.searcher.get();
  site.services.synonyms = site.synonyms.get();
}

// Loads the region map (data/finland, CC BY 4.0 Maanmittauslaitos) for the statistics page.
// Throws std::runtime_error when the file is missing or malformed (a deployment error).
void load_region_map(Site& site, const CommandContext& context) {
  site.region_map = std::make_unique<const web::RegionMap>(
      web::RegionMap::load(context.assets / "finland" / "maakuntarajat.2023.json"));
  site.services.region_map = site.region_map.get();
}

// The page cache, emptied whenever the change log moves and at Helsinki midnight
// (page_version.hpp); its counters and the index's in /metrics.
void add_page_cache(Site& site, const Config& config) {
  if (config.page_cache) {
    site.page_cache = std::make_unique<http::PageCache>(
        std::size_t{config.page_cache_mb} << 20, [&store = *site.store] {
          return page_version(store.known_position(), std::chrono::system_clock::now());
        });
    site.metrics.add_collector([&cache = *site.page_cache] { return cache.metrics_text(); });
  }
  site.metrics.add_collector([&follower = site.store->follower()] {
    return "# HELP tori_practice_index_builds_total In-memory practice index builds.\n"
           "# TYPE tori_practice_index_builds_total counter\ntori_practice_index_builds_total " +
           std::to_string(follower.builds()) + "\n";
  });
}

void add_routes(Site& site, const Config& config) {
  web::add_page_routes(site.router, site.services);
  web::add_account_routes(site.router, site.services);
  web::add_submission_routes(site.router, site.services);
  web::add_api_routes(site.router, site.services);
  site.router.add("GET", "/static/{path...}",
                  [&site](http::Request& request) { return site.static_files.serve(request); });
  auto allow = http::AddressSet::parse(config.metrics_allow);
  web::add_operations_routes(site.router, site.services, site.metrics, allow.set);
  web::add_store_metrics(site.metrics, *site.store);
  web::add_sitemap_routes(site.router, site.services);
}

int serve_site(Site& site, const Config& config, const http::AddressSet& proxies) {
  http::PipelineOptions options;
  options.trusted_proxies = proxies;
  options.error_page = [&site](const http::Request& request, int status) {
    return web::error_page(site.services, request, status);
  };
  options.not_found = [&site](const http::Request& request) {
    return web::not_found_response(site.services, request);
  };
  options.metrics = &site.metrics;
  options.access_log = config.access_log;
  options.page_cache = site.page_cache.get();
  http::Pipeline pipeline(site.router, std::move(options));
  pipeline.use(web::database_unavailable_as_503());
  http::Server server(server_options(config), pipeline);
  try {
    server.listen();
  } catch (const http::ListenError& error) {
    std::cerr << "tori: " << error.what() << "\n";
    return kExitFailed;
  }
  spdlog::info("serving http://{}:{}/ from {} (base URL {})", config.bind, server.port(),
               config.data.string(), config.base_url);
  server.run();
  // Every thread that drew a certificate has ended: give back the font caches.
  certificate::release_font_caches();
  spdlog::info("stopped; closing the database");
  return kExitOk;
}

}  // namespace

int serve(const CommandContext& context) {
  const Config& config = context.config;
  for (const auto* list : {&config.trusted_proxies, &config.metrics_allow}) {
    if (auto parsed = http::AddressSet::parse(*list); parsed.bad_entry) {
      std::cerr << "tori: not an address or network: '" << *parsed.bad_entry << "'\n";
      return kExitUsage;
    }
  }
  auto finland = load_finland(context);
  auto store = finland ? open_data_folder(context) : nullptr;
  if (!store) return kExitFailed;
  try {
    Site site(
        context,
        std::make_unique<store::IndexedStore>(std::move(store), store::PracticeIndexOptions{}),
        std::move(finland));
    add_page_cache(site, config);
    load_region_map(site, context);
    start_search(site, context);
    start_accounts(site, config);
    start_uploads(site, config);
    PurgeSettings purge = purge_settings(config);
    purge.uploads = &site.uploads->folder;
    site.purge = std::make_unique<DailyPurge>(*site.store, purge);
    site.purge->start();
    site.registration_jobs =
        std::make_unique<RegistrationJobs>(site.services, config.accounts.reminder_hours);
    site.registration_jobs->start();
    site.newsletters = std::make_unique<NewsletterDispatcher>(
        site.services, config.accounts.newsletter_per_minute);
    site.newsletters->start();
    add_routes(site, config);
    int status = serve_site(site, config, http::AddressSet::parse(config.trusted_proxies).set);
    return status;
  } catch (const std::exception& error) {
    std::cerr << "tori: " << error.what() << "\n";
    return kExitFailed;
  }
}

}  // namespace tori::app
