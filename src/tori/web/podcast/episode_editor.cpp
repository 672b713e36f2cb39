// SPDX-License-Identifier: AGPL-3.0-or-later
// The editors' episodes: /toimitus/podcast (every episode, scheduled ones marked),
// /toimitus/podcast/uusi and /toimitus/podcast/{jakso}/muokkaa (GET shows; POST previews,
// re-shows with errors or saves, with the audio uploaded once) and …/{jakso}/poista (deletes
// once confirmed). Editors only; saves and deletes audited.
#include <algorithm>

#include "tori/store/store.hpp"
#include "tori/text/markdown.hpp"
#include "tori/text/time_format.hpp"
#include "tori/web/account/editor_form.hpp"
#include "tori/web/account/staff.hpp"
#include "tori/web/error_page.hpp"
#include "tori/web/localise.hpp"
#include "tori/web/page.hpp"
#include "tori/web/podcast/episode_form.hpp"
#include "tori/web/podcast/podcast_pages.hpp"
#include "tori/web/submission/manage_support.hpp"
#include "tori/web/submission/practice_media.hpp"

namespace tori::web {
namespace {

using Dictionary = ctemplate::TemplateDictionary;

using EpisodeEditorGate = EditorGate<core::Episode>;

EpisodeEditorGate episode_editor_gate(const http::Request& request, const Services& services,
                                      Language language, bool with_episode) {
  return editor_gate<core::Episode>(request, services, language, with_episode, [&] {
    return services.store.episodes().find_by_slug(request.param("jakso"));
  });
}

http::Response episode_editor_list(const http::Request& request, const Services& services,
                                   Language language) {
  const EpisodeEditorGate gate = episode_editor_gate(request, services, language, false);
  if (gate.refusal) return *gate.refusal;
  Page page(language, "episode_editor_list");
  page.meta.title = services.catalogue.text(language, "episode_editor.list.title");
  page.meta.path = "/toimitus/podcast";
  fill_notice(page.body(), request, services, language);
  std::vector<core::Episode> episodes = services.store.episodes().all();
  std::ranges::sort(episodes, [](const auto& a, const auto& b) {
    return a.input.published_at > b.input.published_at;
  });
  if (episodes.empty()) page.body().ShowSection("EPISODE_NONE");
  const auto now = std::chrono::time_point_cast<core::TimePoint::duration>(store::utc_now());
  for (const core::Episode& episode : episodes) {
    Dictionary* row = page.body().AddSectionDictionary("EPISODE");
    row->SetValue("SLUG", episode.input.slug);
    row->SetValue("TITLE", episode.input.title);
    row->SetValue("LANG", episode.input.language);
    row->SetValue("KIND",
                  services.catalogue.text(
                      language, "episode_editor.kind." +
                                    std::string(core::episode_kind_name(episode.input.kind))));
    row->SetValue("PUBLISHED", text::format_date_time(episode.input.published_at, language));
    row->SetValue("DURATION", duration_words(episode.input.duration_seconds));
    if (!episode.published_at(now)) row->ShowSection("SCHEDULED");
  }
  return render_form(services, page, gate.visitor, 200);
}

struct EpisodeEditorView {
  EpisodeFormValues values;
  FormErrors errors{};
  std::string preview_html;
  int status = 200;
};

http::Response episode_editor_page(const Services& services, Language language,
                                   const EpisodeEditorGate& gate, const EpisodeEditorView& view) {
  Page page(language, "episode_editor_form");
  fill_editor_form_frame(
      page, services,
      {"/toimitus/podcast", "episode_editor", gate.item ? gate.item->input.slug : ""},
      gate.visitor);
  fill_episode_form(page.body(), services, language, view.values, view.errors);
  return render_editor_form(services, page, gate.visitor, view.preview_html, view.status);
}

http::Response episode_editor_get(const http::Request& request, const Services& services,
                                  Language language, bool editing) {
  const EpisodeEditorGate gate = episode_editor_gate(request, services, language, editing);
  if (gate.refusal) return *gate.refusal;
  EpisodeEditorView view;
  if (gate.item) {
    view.values = episode_form_values(gate.item->input);
  } else {
    view.values = episode_form_values(
        {.published_at =
             std::chrono::time_point_cast<core::TimePoint::duration>(store::utc_now())});
    view.values.duration.clear();
  }
  return episode_editor_page(services, language, gate, view);
}

http::Response episode_editor_save(const http::Request& request, const Services& services,
                                   Language language, const EpisodeEditorGate& gate,
                                   EpisodeEditorView& view, const core::EpisodeInput& input) {
  const store::EpisodeSaved saved = services.store.episodes().save(input, store::utc_now());
  if (saved.outcome == store::EpisodeSaveOutcome::kUnknownPractice) {
    view.errors.add("practices",
                    services.catalogue.format(language, "episode_editor.error.unknown_practice",
                                              {{"name", saved.unknown}}));
    view.status = 422;
    return episode_editor_page(services, language, gate, view);
  }
  record_staff_action(services, request, *gate.visitor.account,
                      gate.item ? "episode.update" : "episode.create", "episode", input.slug,
                      saved.id);
  return redirect_with(gate.visitor, language, with_notice("/toimitus/podcast", "episode_saved"));
}

http::Response episode_editor_post(const http::Request& request, const Services& services,
                                   Language language, bool editing) {
  const EpisodeEditorGate gate = episode_editor_gate(request, services, language, editing);
  if (gate.refusal) return *gate.refusal;
  const PostedForm posted = read_upload_form(request, gate.visitor, services);
  if (!posted.form) return error_page(services, language, posted.refusal);
  EpisodeEditorView view{
      .values = read_episode_form(*posted.form, gate.item ? gate.item->input.audio_file : "")};
  if (gate.item) view.values.slug = gate.item->input.slug;  // the address stays
  if (posted.refusal == 403) {
    view.errors.add("form", services.catalogue.text(language, "account.error.csrf"));
    view.status = 403;
    return episode_editor_page(services, language, gate, view);
  }
  EpisodeFormReading reading = parse_episode_form(services, language, view.values, *posted.form);
  if (!editing && !reading.errors.has("slug") &&
      services.store.episodes().find_by_slug(view.values.slug))
    reading.errors.add("slug", services.catalogue.text(language, "episode_editor.error.taken"));
  view.errors = std::move(reading.errors);
  if (!view.errors.empty() || posted.form->get("action") == "preview") {
    if (view.errors.empty()) view.preview_html = text::markdown_to_html(reading.input.description);
    view.status = view.errors.empty() ? 200 : 422;
    return episode_editor_page(services, language, gate, view);
  }
  return episode_editor_save(request, services, language, gate, view, reading.input);
}

// Deletes the episode once the editor has ticked the box that says so; without it, the form again
// with the error beside the box. The audio goes with the daily purge of orphaned files.
http::Response episode_editor_delete(const http::Request& request, const Services& services,
                                     Language language) {
  const EpisodeEditorGate gate = episode_editor_gate(request, services, language, true);
  if (gate.refusal) return *gate.refusal;
  const PostedForm posted = read_form(request, gate.visitor, services);
  if (!posted.form || posted.refusal != 0) return error_page(services, language, posted.refusal);
  if (posted.form->get("confirm") != "1") {
    EpisodeEditorView view{.values = episode_form_values(gate.item->input), .status = 422};
    view.errors.add("delete", services.catalogue.text(language, "episode_editor.error.delete"));
    return episode_editor_page(services, language, gate, view);
  }
  if (services.store.episodes().remove(gate.item->input.slug))
    record_staff_action(services, request, *gate.visitor.account, "episode.delete", "episode",
                        gate.item->input.slug, gate.item->id);
  return redirect_with(gate.visitor, language, with_notice("/toimitus/podcast", "episode_deleted"));
}

}  // namespace

void add_episode_editor_routes(http::Router& router, const Services& services) {
  add_localised(router, services, "GET", "/toimitus/podcast", episode_editor_list);
  http::RouteOptions upload;
  if (services.uploads != nullptr)
    upload.body_limit = services.uploads->max_audio_bytes + (4U << 20);
  for (const bool editing : {false, true}) {
    const char* path = editing ? "/toimitus/podcast/{jakso}/muokkaa" : "/toimitus/podcast/uusi";
    add_localised(router, services, "GET", path,
                  [editing](const http::Request& request, const Services& s, Language language) {
                    return episode_editor_get(request, s, language, editing);
                  });
    add_localised(
        router, services, "POST", path,
        [editing](const http::Request& request, const Services& s, Language language) {
          return episode_editor_post(request, s, language, editing);
        },
        upload);
  }
  add_localised(router, services, "POST", "/toimitus/podcast/{jakso}/poista",
                episode_editor_delete);
}

}  // namespace tori::web
