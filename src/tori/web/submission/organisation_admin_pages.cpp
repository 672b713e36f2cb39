// SPDX-License-Identifier: AGPL-3.0-or-later
// The editors' organisations: /toimitus/organisaatiot lists them and adds one;
// /toimitus/organisaatiot/{slug} edits the name, type and home municipality (the slug stays) or
// merges the organisation into another. Every change is audited.
#include <array>

#include "tori/core/finland.hpp"
#include "tori/store/store.hpp"
#include "tori/web/account/staff.hpp"
#include "tori/web/error_page.hpp"
#include "tori/web/localise.hpp"
#include "tori/web/submission/manage_support.hpp"
#include "tori/web/submission/submission_pages.hpp"

namespace tori::web {
namespace {

using Dictionary = ctemplate::TemplateDictionary;
using core::OrganisationType;

constexpr std::string_view kOrganisationsPath = "/toimitus/organisaatiot";
constexpr std::array<OrganisationType, 7> kTypes = {OrganisationType::kMunicipality,
                                                    OrganisationType::kCity,
                                                    OrganisationType::kJointAuthority,
                                                    OrganisationType::kWellbeingCounty,
                                                    OrganisationType::kRescueDepartment,
                                                    OrganisationType::kMunicipalCompany,
                                                    OrganisationType::kOther};

// The form's fields as typed (the municipality as a name or code).
struct OrganisationForm {
  std::string name, type = "other", municipality;
};

OrganisationForm form_of(const core::Organisation& organisation) {
  return {organisation.name, std::string{core::to_string(organisation.type)},
          organisation.municipality ? organisation.municipality->name : ""};
}

std::string type_label(const Services& services, Language language, std::string_view code) {
  return services.catalogue.text(language, "directory.type." + std::string{code});
}

void fill_fields(Dictionary& body, const Services& services, Language language,
                 const OrganisationForm& form) {
  body.SetValue("NAME_VALUE", form.name);
  body.SetValue("MUNICIPALITY_VALUE", form.municipality);
  for (OrganisationType type : kTypes) {
    Dictionary* option = body.AddSectionDictionary("TYPE_OPTION");
    option->SetValue("VALUE", std::string{core::to_string(type)});
    option->SetValue("LABEL", type_label(services, language, core::to_string(type)));
    if (form.type == core::to_string(type)) option->ShowSection("SELECTED");
  }
}

// The write the form asks for, or its errors (each next to its field).
std::optional<store::OrganisationWrite> read_write(const OrganisationForm& form,
                                                   const Services& services, Language language,
                                                   FormErrors& errors) {
  store::OrganisationWrite write{form.name, OrganisationType::kOther, std::nullopt};
  if (form.name.find_first_not_of(" \t\r\n") == std::string::npos)
    errors.add("name", services.catalogue.text(language, "manage.error.name"));
  if (auto type = core::parse_organisation_type(form.type)) {
    write.type = *type;
  } else {
    errors.add("type", services.catalogue.text(language, "manage.error.type"));
  }
  if (!form.municipality.empty()) {
    const core::Municipality* found = services.finland.municipality_by_code(form.municipality);
    if (found == nullptr) found = services.finland.municipality_by_name(form.municipality);
    if (found == nullptr) {
      errors.add("municipality", services.catalogue.text(language, "manage.error.municipality"));
    } else {
      write.municipality = core::municipality_ref(*found);
    }
  }
  if (!errors.empty()) return std::nullopt;
  return write;
}

http::Response organisation_list_page(const http::Request& request, const Services& services,
                                      Language language, const OrganisationForm& form,
                                      const FormErrors& errors, int status) {
  Visitor visitor = identify(request, services);
  if (auto refusal = require_staff(request, services, language, visitor, core::Role::kEditor)) {
    return std::move(*refusal);
  }
  Page page(language, "editorial_organisations");
  page.meta.title = services.catalogue.text(language, "manage.organisations.title");
  page.meta.path = std::string{kOrganisationsPath};
  Dictionary& body = page.body();
  body.SetValue("CSRF", visitor.csrf_token);
  fill_fields(body, services, language, form);
  for (const core::Organisation& organisation : services.store.organisations().list()) {
    Dictionary* row = body.AddSectionDictionary("ORGANISATION");
    row->SetValue(
        "URL", localised_path(language, std::string{kOrganisationsPath} + "/" + organisation.slug));
    row->SetValue("NAME", organisation.name);
    row->SetValue("SLUG", organisation.slug);
    row->SetValue("TYPE", type_label(services, language, core::to_string(organisation.type)));
    row->SetValue("MUNICIPALITY", organisation.municipality ? organisation.municipality->name : "");
    row->SetValue("COUNT", std::to_string(organisation.published_practices));
  }
  fill_notice(body, request, services, language);
  fill_errors(body, "organisation", errors);
  return render_form(services, page, visitor, status);
}

// The message of a name the store refused.
std::string name_error(store::AdminOutcome outcome) {
  return outcome == store::AdminOutcome::kDuplicate ? "manage.error.name_taken"
                                                    : "manage.error.name";
}

OrganisationForm posted_fields(const http::Form& form) {
  return {form.get("name"), form.get("type"), form.get("municipality")};
}

std::string write_detail(const store::OrganisationWrite& write) {
  return json_detail({{"name", write.name},
                      {"type", core::to_string(write.type)},
                      {"municipality", write.municipality ? write.municipality->code : ""}});
}

http::Response post_create(const http::Request& request, const Services& services,
                           Language language) {
  StaffPost posted = read_staff_post(request, services, language);
  if (posted.refusal) return std::move(*posted.refusal);
  const OrganisationForm form = posted_fields(*posted.form);
  FormErrors errors;
  if (const auto write = read_write(form, services, language, errors)) {
    const store::AdminResult result = services.store.organisations().create(
        *write,
        staff_audit(services, request, *posted.visitor.account, "organisation.create",
                    "organisation", write_detail(*write)),
        store::utc_now());
    if (result.outcome == store::AdminOutcome::kDone) {
      return redirect_with(
          posted.visitor, language,
          with_notice(std::string{kOrganisationsPath} + "/" + result.slug, "created"));
    }
    errors.add("name", services.catalogue.text(language, name_error(result.outcome)));
  }
  return organisation_list_page(request, services, language, form, errors, 422);
}

http::Response organisation_page(const http::Request& request, const Services& services,
                                 Language language, const std::optional<OrganisationForm>& typed,
                                 const FormErrors& errors, int status) {
  Visitor visitor = identify(request, services);
  if (auto refusal = require_staff(request, services, language, visitor, core::Role::kEditor)) {
    return std::move(*refusal);
  }
  const auto organisation = services.store.organisations().find_by_slug(request.param("slug"));
  if (!organisation) return error_page(services, language, 404);
  Page page(language, "editorial_organisation");
  page.meta.title =
      services.catalogue.text(language, "manage.organisation.title") + ": " + organisation->name;
  page.meta.path = std::string{kOrganisationsPath} + "/" + organisation->slug;
  Dictionary& body = page.body();
  body.SetValue("CSRF", visitor.csrf_token);
  body.SetValue("ACTION", localised_path(language, page.meta.path));
  body.SetValue("PUBLIC_URL", localised_path(language, "/organisaatiot/" + organisation->slug));
  body.SetValue("NAME", organisation->name);
  body.SetValue("SLUG", organisation->slug);
  body.SetValue("COUNT", std::to_string(organisation->published_practices));
  fill_fields(body, services, language, typed.value_or(form_of(*organisation)));
  for (const core::Organisation& other : services.store.organisations().list()) {
    if (other.id == organisation->id) continue;
    Dictionary* option = body.AddSectionDictionary("OTHER");
    option->SetValue("VALUE", other.slug);
    option->SetValue("LABEL", other.name);
  }
  fill_notice(body, request, services, language);
  fill_errors(body, "organisation", errors);
  return render_form(services, page, visitor, status);
}

// Edit (action=edit) or merge (action=merge) the organisation of the path.
http::Response post_organisation(const http::Request& request, const Services& services,
                                 Language language) {
  StaffPost posted = read_staff_post(request, services, language);
  if (posted.refusal) return std::move(*posted.refusal);
  const std::string action = posted.form->get("action");
  if (action != "edit" && action != "merge") return error_page(services, language, 400);
  const std::string slug{request.param("slug")};
  if (!services.store.organisations().find_by_slug(slug))
    return error_page(services, language, 404);
  const std::string path = std::string{kOrganisationsPath} + "/" + slug;
  FormErrors errors;
  if (action == "merge") {
    const std::string into = posted.form->get("into");
    const store::AdminOutcome outcome = services.store.organisations().merge(
        slug, into,
        staff_audit(services, request, *posted.visitor.account, "organisation.merge",
                    "organisation", json_detail({{"into", into}})),
        store::utc_now());
    if (outcome == store::AdminOutcome::kDone) {
      return redirect_with(posted.visitor, language,
                           with_notice(std::string{kOrganisationsPath} + "/" + into, "merged"));
    }
    errors.add("into", services.catalogue.text(language, "manage.error.organisation_into"));
    return organisation_page(request, services, language, std::nullopt, errors, 422);
  }
  const OrganisationForm form = posted_fields(*posted.form);
  if (const auto write = read_write(form, services, language, errors)) {
    const store::AdminOutcome outcome = services.store.organisations().update(
        slug, *write,
        staff_audit(services, request, *posted.visitor.account, "organisation.edit", "organisation",
                    write_detail(*write)),
        store::utc_now());
    if (outcome == store::AdminOutcome::kDone || outcome == store::AdminOutcome::kUnchanged) {
      return redirect_with(
          posted.visitor, language,
          with_notice(path, outcome == store::AdminOutcome::kDone ? "saved" : "unchanged"));
    }
    errors.add("name", services.catalogue.text(language, name_error(outcome)));
  }
  return organisation_page(request, services, language, form, errors, 422);
}

}  // namespace

void add_organisation_admin_routes(http::Router& router, const Services& services) {
  add_localised(router, services, "GET", "/toimitus/organisaatiot",
                [](const http::Request& request, const Services& s, Language language) {
                  return organisation_list_page(request, s, language, {}, {}, 200);
                });
  add_localised(router, services, "POST", "/toimitus/organisaatiot", post_create);
  add_localised(router, services, "GET", "/toimitus/organisaatiot/{slug}",
                [](const http::Request& request, const Services& s, Language language) {
                  return organisation_page(request, s, language, std::nullopt, {}, 200);
                });
  add_localised(router, services, "POST", "/toimitus/organisaatiot/{slug}", post_organisation);
}

}  // namespace tori::web
