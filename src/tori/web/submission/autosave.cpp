// SPDX-License-Identifier: AGPL-3.0-or-later
// JSON answers to the practice form's autosave.
#include "tori/web/submission/autosave.hpp"

#include <boost/json/serialize.hpp>
#include <boost/json/value.hpp>

#include "tori/text/i18n.hpp"
#include "tori/text/time_format.hpp"
#include "tori/web/localise.hpp"

namespace tori::web {
namespace {

namespace json = boost::json;

http::Response answer(int status, const json::object& body) {
  http::Response response = http::Response::json(status, json::serialize(body));
  response.headers.set("Cache-Control", "no-store");
  return response;
}

}  // namespace

http::Response autosave_saved(const Services& services, Language language, const Visitor& visitor,
                              const store::WriteResult& written) {
  const std::string at = text::format_date_time(
      std::chrono::floor<std::chrono::seconds>(std::chrono::system_clock::now()), language);
  http::Response response =
      answer(200, {{"saved", true},
                   {"edit_url", localised_path(language, "/teot/" + written.slug + "/muokkaa")},
                   {"message", services.catalogue.text(language, "submission.autosave.saved") +
                                   " " + at + "."}});
  apply_visitor(response, visitor);
  return response;
}

http::Response autosave_refused(const Services& services, Language language, const Visitor& visitor,
                                const FormErrors& errors) {
  json::array list;
  for (const FormErrors::Error& error : errors.all())
    list.push_back(json::object{{"field", error.field}, {"message", error.message}});
  http::Response response =
      answer(422, {{"saved", false},
                   {"message", services.catalogue.text(language, "submission.autosave.refused")},
                   {"errors", std::move(list)}});
  apply_visitor(response, visitor);
  return response;
}

http::Response autosave_expired(const Services& services, Language language) {
  return answer(401,
                {{"saved", false},
                 {"message", services.catalogue.text(language, "submission.session_expired")}});
}

http::Response autosave_not_draft(const Services& services, Language language,
                                  const Visitor& visitor) {
  http::Response response = answer(
      409, {{"saved", false},
            {"message", services.catalogue.text(language, "submission.autosave.not_draft")}});
  apply_visitor(response, visitor);
  return response;
}

}  // namespace tori::web
