// SPDX-License-Identifier: AGPL-3.0-or-later
// The editors' news pages: /toimitus/uutiset (every article, scheduled ones marked),
// /toimitus/uutiset/uusi and /toimitus/uutiset/{uutinen}/muokkaa (GET shows; POST previews,
// re-shows with errors or saves, with a picture uploaded at a time) and …/{uutinen}/poista
// (deletes once confirmed). Editors only; saves and deletes audited.
#include <algorithm>

#include "tori/auth/token.hpp"
#include "tori/store/store.hpp"
#include "tori/text/markdown.hpp"
#include "tori/text/time_format.hpp"
#include "tori/web/account/editor_form.hpp"
#include "tori/web/account/staff.hpp"
#include "tori/web/error_page.hpp"
#include "tori/web/localise.hpp"
#include "tori/web/news/news_form.hpp"
#include "tori/web/news/news_pages.hpp"
#include "tori/web/page.hpp"
#include "tori/web/submission/manage_support.hpp"
#include "tori/web/submission/practice_media.hpp"

namespace tori::web {
namespace {

using Dictionary = ctemplate::TemplateDictionary;

using NewsEditorGate = EditorGate<core::Article>;

NewsEditorGate news_editor_gate(const http::Request& request, const Services& services,
                                Language language, bool with_article) {
  return editor_gate<core::Article>(request, services, language, with_article, [&] {
    return services.store.news().find_by_slug(request.param("uutinen"));
  });
}

http::Response news_editor_list(const http::Request& request, const Services& services,
                                Language language) {
  const NewsEditorGate gate = news_editor_gate(request, services, language, false);
  if (gate.refusal) return *gate.refusal;
  Page page(language, "news_editor_list");
  page.meta.title = services.catalogue.text(language, "news_editor.list.title");
  page.meta.path = "/toimitus/uutiset";
  fill_notice(page.body(), request, services, language);
  std::vector<core::Article> articles = services.store.news().all();
  std::ranges::sort(articles, [](const auto& a, const auto& b) {
    return a.input.published_at > b.input.published_at;
  });
  const auto now = std::chrono::time_point_cast<core::TimePoint::duration>(store::utc_now());
  for (const core::Article& article : articles) {
    Dictionary* row = page.body().AddSectionDictionary("ARTICLE");
    row->SetValue("SLUG", article.input.slug);
    row->SetValue("TITLE", article.input.title);
    row->SetValue("LANG", article.input.language);
    row->SetValue("PUBLISHED", text::format_date_time(article.input.published_at, language));
    if (!article.published_at(now)) row->ShowSection("SCHEDULED");
  }
  return render_form(services, page, gate.visitor, 200);
}

struct NewsEditorView {
  NewsFormValues values;
  FormErrors errors{};
  std::string preview_html;
  int status = 200;
};

http::Response news_editor_page(const Services& services, Language language,
                                const NewsEditorGate& gate, const NewsEditorView& view) {
  Page page(language, "news_editor_form");
  fill_editor_form_frame(
      page, services, {"/toimitus/uutiset", "news_editor", gate.item ? gate.item->input.slug : ""},
      gate.visitor);
  fill_news_form(page.body(), services, language, view.values, view.errors);
  return render_editor_form(services, page, gate.visitor, view.preview_html, view.status);
}

http::Response news_editor_get(const http::Request& request, const Services& services,
                               Language language, bool editing) {
  const NewsEditorGate gate = news_editor_gate(request, services, language, editing);
  if (gate.refusal) return *gate.refusal;
  NewsEditorView view;
  if (gate.item) {
    view.values = news_form_values(gate.item->input);
  } else {
    view.values =
        news_form_values({.published_at = std::chrono::time_point_cast<core::TimePoint::duration>(
                              store::utc_now())});
  }
  return news_editor_page(services, language, gate, view);
}

// Writes the new picture under a random name and names it in the input's last image.
void store_picture(const Services& services, NewsFormReading& reading) {
  if (!reading.picture || services.uploads == nullptr) return;
  const std::string stem = auth::new_token().substr(0, 32);
  core::ArticleImage& image = reading.input.images.back();
  image.file = stem + ".webp";
  image.thumbnail = stem + "-pieni.webp";
  services.uploads->folder.write(image.file, reading.picture->display);
  services.uploads->folder.write(image.thumbnail, reading.picture->thumbnail);
}

http::Response news_editor_save(const http::Request& request, const Services& services,
                                Language language, const NewsEditorGate& gate, NewsEditorView& view,
                                NewsFormReading& reading) {
  store_picture(services, reading);
  const store::ArticleSaved saved = services.store.news().save(reading.input, store::utc_now());
  if (saved.outcome == store::ArticleSaveOutcome::kUnknownEvent ||
      saved.outcome == store::ArticleSaveOutcome::kUnknownPractice) {
    const bool event = saved.outcome == store::ArticleSaveOutcome::kUnknownEvent;
    view.errors.add(event ? "related_events" : "related_practices",
                    services.catalogue.format(language, "news_editor.error.unknown",
                                              {{"name", saved.unknown}}));
    view.status = 422;
    return news_editor_page(services, language, gate, view);
  }
  record_staff_action(services, request, *gate.visitor.account,
                      gate.item ? "news.update" : "news.create", "article", reading.input.slug,
                      saved.id);
  return redirect_with(gate.visitor, language, with_notice("/toimitus/uutiset", "news_saved"));
}

http::Response news_editor_post(const http::Request& request, const Services& services,
                                Language language, bool editing) {
  const NewsEditorGate gate = news_editor_gate(request, services, language, editing);
  if (gate.refusal) return *gate.refusal;
  const PostedForm posted = read_upload_form(request, gate.visitor, services);
  if (!posted.form) return error_page(services, language, posted.refusal);
  const std::vector<core::ArticleImage> stored =
      gate.item ? gate.item->input.images : std::vector<core::ArticleImage>{};
  NewsEditorView view{.values = read_news_form(*posted.form, stored)};
  if (gate.item) view.values.slug = gate.item->input.slug;  // the address stays
  if (posted.refusal == 403) {
    view.errors.add("form", services.catalogue.text(language, "account.error.csrf"));
    view.status = 403;
    return news_editor_page(services, language, gate, view);
  }
  NewsFormReading reading = parse_news_form(services, language, view.values, *posted.form);
  if (!editing && !reading.errors.has("slug") &&
      services.store.news().find_by_slug(view.values.slug))
    reading.errors.add("slug", services.catalogue.text(language, "news_editor.error.taken"));
  view.errors = std::move(reading.errors);
  if (!view.errors.empty() || posted.form->get("action") == "preview") {
    if (view.errors.empty()) view.preview_html = text::markdown_to_html(reading.input.body);
    view.status = view.errors.empty() ? 200 : 422;
    return news_editor_page(services, language, gate, view);
  }
  return news_editor_save(request, services, language, gate, view, reading);
}

// Deletes the article once the editor has ticked the box that says so; without it, the form again
// with the error beside the box. The pictures go with the daily purge of orphaned files.
http::Response news_editor_delete(const http::Request& request, const Services& services,
                                  Language language) {
  const NewsEditorGate gate = news_editor_gate(request, services, language, true);
  if (gate.refusal) return *gate.refusal;
  const PostedForm posted = read_form(request, gate.visitor, services);
  if (!posted.form || posted.refusal != 0) return error_page(services, language, posted.refusal);
  if (posted.form->get("confirm") != "1") {
    NewsEditorView view{.values = news_form_values(gate.item->input), .status = 422};
    view.errors.add("delete", services.catalogue.text(language, "news_editor.error.delete"));
    return news_editor_page(services, language, gate, view);
  }
  if (services.store.news().remove(gate.item->input.slug))
    record_staff_action(services, request, *gate.visitor.account, "news.delete", "article",
                        gate.item->input.slug, gate.item->id);
  return redirect_with(gate.visitor, language, with_notice("/toimitus/uutiset", "news_deleted"));
}

}  // namespace

void add_news_editor_routes(http::Router& router, const Services& services) {
  add_localised(router, services, "GET", "/toimitus/uutiset", news_editor_list);
  http::RouteOptions upload;
  if (services.uploads != nullptr)
    upload.body_limit = services.uploads->image_limits.max_bytes + (1U << 20);
  for (const bool editing : {false, true}) {
    const char* path = editing ? "/toimitus/uutiset/{uutinen}/muokkaa" : "/toimitus/uutiset/uusi";
    add_localised(router, services, "GET", path,
                  [editing](const http::Request& request, const Services& s, Language language) {
                    return news_editor_get(request, s, language, editing);
                  });
    add_localised(
        router, services, "POST", path,
        [editing](const http::Request& request, const Services& s, Language language) {
          return news_editor_post(request, s, language, editing);
        },
        upload);
  }
  add_localised(router, services, "POST", "/toimitus/uutiset/{uutinen}/poista", news_editor_delete);
}

}  // namespace tori::web
