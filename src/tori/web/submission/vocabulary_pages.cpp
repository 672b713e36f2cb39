// SPDX-License-Identifier: AGPL-3.0-or-later
// The editors' vocabularies: /toimitus/sanastot lists the sectors, themes and client groups with
// their terms (hidden ones marked) and adds a term; /toimitus/sanastot/{vocabulary}/{slug}
// renames a term, hides or shows it, or merges it into another term. Every change is audited.
#include "tori/store/store.hpp"
#include "tori/web/account/staff.hpp"
#include "tori/web/error_page.hpp"
#include "tori/web/localise.hpp"
#include "tori/web/submission/manage_support.hpp"
#include "tori/web/submission/submission_pages.hpp"

namespace tori::web {
namespace {

using Dictionary = ctemplate::TemplateDictionary;

constexpr std::string_view kVocabulariesPath = "/toimitus/sanastot";

// "/toimitus/sanastot/themes/innovointi": the vocabulary by its field name (as the API's).
std::string term_path(core::Vocabulary vocabulary, std::string_view slug) {
  return std::string{kVocabulariesPath} + "/" + std::string{core::vocabulary_field(vocabulary)} +
         "/" + std::string{slug};
}

std::string vocabulary_name(const Services& services, Language language,
                            core::Vocabulary vocabulary) {
  return services.catalogue.text(
      language, "submission.field." + std::string{core::vocabulary_field(vocabulary)});
}

// What the add form was given, to show again with its errors.
struct AddForm {
  std::string vocabulary;
  std::string label;
};

void fill_vocabulary(Dictionary& body, const Services& services, Language language,
                     core::Vocabulary vocabulary) {
  const std::string name = vocabulary_name(services, language, vocabulary);
  Dictionary* section = body.AddSectionDictionary("VOCABULARY");
  section->SetValue("FIELD", std::string{core::vocabulary_field(vocabulary)});
  section->SetValue("NAME", name);
  section->SetValue("CAPTION", services.catalogue.format(language, "manage.vocabularies.caption",
                                                         {{"vocabulary", name}}));
  for (const store::Term& term : services.store.vocabularies().all_terms(vocabulary)) {
    Dictionary* row = section->AddSectionDictionary("TERM");
    row->SetValue("URL", localised_path(language, term_path(vocabulary, term.slug)));
    row->SetValue("LABEL", term.label);
    row->SetValue("SLUG", term.slug);
    row->SetValue("COUNT", std::to_string(term.count));
    row->SetValue("PRACTICES", std::to_string(term.practices));
    row->ShowSection(term.hidden ? "HIDDEN" : "SHOWN");
  }
}

http::Response list_page(const http::Request& request, const Services& services, Language language,
                         const AddForm& form, const FormErrors& errors, int status) {
  Visitor visitor = identify(request, services);
  if (auto refusal = require_staff(request, services, language, visitor, core::Role::kEditor)) {
    return std::move(*refusal);
  }
  Page page(language, "editorial_vocabularies");
  page.meta.title = services.catalogue.text(language, "manage.vocabularies.title");
  page.meta.path = std::string{kVocabulariesPath};
  Dictionary& body = page.body();
  body.SetValue("CSRF", visitor.csrf_token);
  body.SetValue("LABEL_VALUE", form.label);
  for (core::Vocabulary vocabulary : core::kVocabularies) {
    fill_vocabulary(body, services, language, vocabulary);
    Dictionary* option = body.AddSectionDictionary("VOCABULARY_OPTION");
    option->SetValue("VALUE", std::string{core::vocabulary_field(vocabulary)});
    option->SetValue("LABEL", vocabulary_name(services, language, vocabulary));
    if (form.vocabulary == core::vocabulary_field(vocabulary)) option->ShowSection("SELECTED");
  }
  fill_notice(body, request, services, language);
  fill_errors(body, "term", errors);
  return render_form(services, page, visitor, status);
}

http::Response post_add(const http::Request& request, const Services& services, Language language) {
  StaffPost posted = read_staff_post(request, services, language);
  if (posted.refusal) return std::move(*posted.refusal);
  const AddForm form{posted.form->get("vocabulary"), posted.form->get("label")};
  const std::optional<core::Vocabulary> vocabulary = core::parse_vocabulary_field(form.vocabulary);
  const text::Catalogue& catalogue = services.catalogue;
  FormErrors errors;
  if (!vocabulary) errors.add("vocabulary", catalogue.text(language, "manage.error.vocabulary"));
  if (vocabulary) {
    const store::AdminResult result = services.store.vocabularies().add_term(
        *vocabulary, form.label,
        staff_audit(services, request, *posted.visitor.account, "term.add", "vocabulary_term",
                    json_detail({{"vocabulary", form.vocabulary}, {"label", form.label}})),
        store::utc_now());
    if (result.outcome == store::AdminOutcome::kDone) {
      return redirect_with(posted.visitor, language,
                           with_notice(term_path(*vocabulary, result.slug), "added"));
    }
    errors.add("label", catalogue.text(language, result.outcome == store::AdminOutcome::kDuplicate
                                                     ? "manage.error.label_taken"
                                                     : "manage.error.label"));
  }
  return list_page(request, services, language, form, errors, 422);
}

// The term of the path, as the editors' listing has it.
std::optional<store::Term> term_of(const Services& services, core::Vocabulary vocabulary,
                                   std::string_view slug) {
  for (store::Term& term : services.store.vocabularies().all_terms(vocabulary))
    if (term.slug == slug) return std::move(term);
  return std::nullopt;
}

void fill_merge(Dictionary& body, const Services& services, core::Vocabulary vocabulary,
                const store::Term& term, const FormErrors& errors) {
  Dictionary* merge = nullptr;
  for (const store::Term& other : services.store.vocabularies().all_terms(vocabulary)) {
    if (other.slug == term.slug) continue;
    if (merge == nullptr) merge = body.AddSectionDictionary("MERGE");
    Dictionary* option = merge->AddSectionDictionary("OTHER");
    option->SetValue("VALUE", other.slug);
    option->SetValue("LABEL", other.label);
    if (other.hidden) option->ShowSection("OTHER_HIDDEN");
  }
  if (merge == nullptr) {
    body.ShowSection("NO_OTHERS");
    return;
  }
  fill_errors(*merge, "term", errors);  // INTO_ERROR lives inside MERGE
}

http::Response term_page(const http::Request& request, const Services& services, Language language,
                         const std::optional<std::string>& label_value, const FormErrors& errors,
                         int status) {
  Visitor visitor = identify(request, services);
  if (auto refusal = require_staff(request, services, language, visitor, core::Role::kEditor)) {
    return std::move(*refusal);
  }
  const auto vocabulary = core::parse_vocabulary_field(request.param("vocabulary"));
  const auto term =
      vocabulary ? term_of(services, *vocabulary, request.param("slug")) : std::nullopt;
  if (!term) return error_page(services, language, 404);
  Page page(language, "editorial_term");
  page.meta.title = services.catalogue.text(language, "manage.term.title") + ": " + term->label;
  page.meta.path = term_path(*vocabulary, term->slug);
  Dictionary& body = page.body();
  body.SetValue("CSRF", visitor.csrf_token);
  body.SetValue("ACTION", localised_path(language, page.meta.path));
  body.SetValue("LABEL", term->label);
  body.SetValue("LABEL_VALUE", label_value.value_or(term->label));
  body.SetValue("VOCABULARY_NAME", vocabulary_name(services, language, *vocabulary));
  body.SetValue("SLUG", term->slug);
  body.SetValue("COUNT", std::to_string(term->count));
  body.SetValue("PRACTICES", std::to_string(term->practices));
  body.ShowSection(term->hidden ? "HIDDEN" : "SHOWN");
  fill_merge(body, services, *vocabulary, *term, errors);
  fill_notice(body, request, services, language);
  fill_errors(body, "term", errors);
  return render_form(services, page, visitor, status);
}

// The store's answer to one action: where to go, or the field and message of the refusal.
struct ActionResult {
  store::AdminOutcome outcome;
  std::string_view notice;  // on success
  std::string_view field;   // on refusal
};

ActionResult apply_action(const http::Request& request, const Services& services,
                          const StaffPost& posted, core::Vocabulary vocabulary,
                          const std::string& action) {
  store::VocabularyStore& vocabularies = services.store.vocabularies();
  const std::string slug{request.param("slug")};
  const std::string field{core::vocabulary_field(vocabulary)};
  const std::string label = posted.form->get("label"), into = posted.form->get("into");
  auto audit = [&](std::string detail_value, std::string_view detail_name) {
    return staff_audit(services, request, *posted.visitor.account, "term." + action,
                       "vocabulary_term",
                       json_detail({{"vocabulary", field}, {detail_name, detail_value}}));
  };
  const store::UtcTime now = store::utc_now();
  if (action == "rename") {
    return {vocabularies.rename_term(vocabulary, slug, label, audit(label, "label"), now),
            "renamed", "label"};
  }
  if (action == "hide" || action == "show") {
    const bool hide = action == "hide";
    return {vocabularies.set_term_hidden(vocabulary, slug, hide, audit(slug, "slug"), now),
            hide ? "hidden" : "shown", "action"};
  }
  return {vocabularies.merge_terms(vocabulary, slug, into, audit(into, "into"), now), "merged",
          "into"};
}

http::Response post_term(const http::Request& request, const Services& services,
                         Language language) {
  StaffPost posted = read_staff_post(request, services, language);
  if (posted.refusal) return std::move(*posted.refusal);
  const auto vocabulary = core::parse_vocabulary_field(request.param("vocabulary"));
  const std::string action = posted.form->get("action");
  if (action != "rename" && action != "hide" && action != "show" && action != "merge")
    return error_page(services, language, 400);
  if (!vocabulary || !term_of(services, *vocabulary, request.param("slug")))
    return error_page(services, language, 404);
  const ActionResult result = apply_action(request, services, posted, *vocabulary, action);
  using store::AdminOutcome;
  const std::string path = term_path(*vocabulary, request.param("slug"));
  switch (result.outcome) {
    case AdminOutcome::kDone:
      return redirect_with(
          posted.visitor, language,
          with_notice(action == "merge" ? kVocabulariesPath : path, result.notice));
    case AdminOutcome::kUnchanged:
      return redirect_with(posted.visitor, language, with_notice(path, "unchanged"));
    default:
      break;
  }
  const text::Catalogue& catalogue = services.catalogue;
  FormErrors errors;
  if (result.field == "label") {
    errors.add("label", catalogue.text(language, result.outcome == AdminOutcome::kDuplicate
                                                     ? "manage.error.label_taken"
                                                     : "manage.error.label"));
  } else {
    errors.add("into", catalogue.text(language, "manage.error.into"));
  }
  const std::optional<std::string> typed =
      action == "rename" ? std::optional{posted.form->get("label")} : std::nullopt;
  return term_page(request, services, language, typed, errors, 422);
}

}  // namespace

void add_vocabulary_routes(http::Router& router, const Services& services) {
  add_localised(router, services, "GET", "/toimitus/sanastot",
                [](const http::Request& request, const Services& s, Language language) {
                  return list_page(request, s, language, {}, {}, 200);
                });
  add_localised(router, services, "POST", "/toimitus/sanastot", post_add);
  add_localised(router, services, "GET", "/toimitus/sanastot/{vocabulary}/{slug}",
                [](const http::Request& request, const Services& s, Language language) {
                  return term_page(request, s, language, std::nullopt, {}, 200);
                });
  add_localised(router, services, "POST", "/toimitus/sanastot/{vocabulary}/{slug}", post_term);
}

}  // namespace tori::web
