// SPDX-License-Identifier: AGPL-3.0-or-later
// News in as JSON Lines (docs/formats/news-jsonl.md): `tori import news FILE`, and the demo's
// news for `tori demo` with a picture drawn for each described one.
#pragma once

#include <filesystem>
#include <istream>
#include <string>

#include "tori/app/command.hpp"
#include "tori/app/practice_import.hpp"  // ImportReport
#include "tori/store/store.hpp"
#include "tori/store/upload_folder.hpp"

namespace tori::app {

// Reads JSON lines; a bad line ("line N: reason": its shape, a rule, an unknown event or
// practice) is reported and nothing of it is written, the others go on. With `pictures`, each
// picture that has no file gets one drawn from its description (demo::draw_picture), re-encoded
// like an upload and written there. Throws only when the store or the folder fails.
[[nodiscard]] ImportReport import_news(std::istream& in, store::NewsStore& news,
                                       const store::UploadFolder* pictures, store::UtcTime now);

// `tori import news FILE`: pictures stay described (the format carries no files).
[[nodiscard]] int run_import_news(const CommandContext& context, const std::string& file);

// The demo's news (data/demo/news.jsonl) with drawn pictures in the data folder's uploads/,
// after the demo's events. Skipped when `if_empty` and the database has news. The exit code.
[[nodiscard]] int load_demo_news(const CommandContext& context, store::Store& store, bool if_empty);

}  // namespace tori::app
