// SPDX-License-Identifier: AGPL-3.0-or-later
// initialise_images: starting libvips once and blocking every loader Tori does not use.
#include <glib.h>
#include <spdlog/spdlog.h>
#include <vips/vips8>

#include <mutex>
#include <stdexcept>
#include <string>

#include "tori/media/image.hpp"

namespace tori::media {
namespace {

// The only loaders left usable: the buffer loaders of the formats sniff_image accepts. The
// file and source variants stay blocked (nothing here reads files), and so does everything
// else — magick, svg, pdf, tiff, gif, heif, matlab, fits... — whatever a file claims to be.
constexpr const char* kAllowedLoaders[] = {"VipsForeignLoadJpegBuffer", "VipsForeignLoadPngBuffer",
                                           "VipsForeignLoadWebpBuffer"};

// Uploads are all different, so caching buys little; keep the cache small so that a burst of
// uploads cannot park their pipelines in memory.
constexpr int kCacheOperations = 16;
constexpr std::size_t kCacheBytes = 32 * 1024 * 1024;

// vips warns through GLib (domain "VIPS"), to stderr by default; a hostile upload must not
// be able to fill the service's stderr, so the warnings go to the debug log.
void log_vips_message(const gchar* domain, GLogLevelFlags, const gchar* message, gpointer) {
  spdlog::debug("media: {}: {}", domain ? domain : "vips", message ? message : "");
}

void start_vips(const char* program_name) {
  if (VIPS_INIT(program_name ? program_name : "tori") != 0) {
    const std::string error = vips_error_buffer();
    vips_error_clear();
    throw std::runtime_error("media: libvips did not start: " + error);
  }
  vips_block_untrusted_set(TRUE);
  vips_operation_block_set("VipsForeignLoad", TRUE);
  for (const char* loader : kAllowedLoaders)
    vips_operation_block_set(loader, FALSE);
  vips_cache_set_max(kCacheOperations);
  vips_cache_set_max_mem(kCacheBytes);
  g_log_set_handler("VIPS",
                    static_cast<GLogLevelFlags>(G_LOG_LEVEL_WARNING | G_LOG_LEVEL_MESSAGE |
                                                G_LOG_LEVEL_INFO | G_LOG_LEVEL_DEBUG),
                    log_vips_message, nullptr);
}

}  // namespace

void initialise_images(const char* program_name) {
  static std::once_flag once;
  std::call_once(once, start_vips, program_name);
}

}  // namespace tori::media
