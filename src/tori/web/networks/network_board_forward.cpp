// SPDX-License-Identifier: AGPL-3.0-or-later
// The board's shared form helpers and the leaders' forward: its form, record and mail.
#include "tori/web/networks/network_board_forward.hpp"

#include <charconv>

#include "tori/core/email.hpp"
#include "tori/store/store.hpp"
#include "tori/web/account/account_mail.hpp"
#include "tori/web/localise.hpp"
#include "tori/web/networks/network_view.hpp"
#include "tori/web/submission/manage_support.hpp"
#include "tori/web/typed_text.hpp"

namespace tori::web {
namespace {

// The addresses typed one per line or separated by commas or semicolons, trimmed.
std::vector<std::string> typed_addresses(std::string_view text) {
  std::vector<std::string> addresses;
  std::string current;
  for (const char c : std::string{text} + "\n") {
    if (c != '\n' && c != ',' && c != ';') {
      current += c;
      continue;
    }
    if (std::string address = core::trim_email(current); !address.empty())
      addresses.push_back(std::move(address));
    current.clear();
  }
  return addresses;
}

std::vector<std::int64_t> picked_ideas(const http::Form& form) {
  std::vector<std::int64_t> ids;
  for (const std::string& value : form.all("idea")) {
    std::int64_t id = 0;
    const auto [end, error] = std::from_chars(value.data(), value.data() + value.size(), id);
    if (error == std::errc{} && end == value.data() + value.size() && id > 0) ids.push_back(id);
  }
  return ids;
}

void check_addresses(const Services& services, Language language,
                     const std::vector<std::string>& addresses, FormErrors& errors) {
  if (addresses.size() > core::kMaxForwardAddresses) {
    errors.add("addresses", services.catalogue.format(
                                language, "networks.error.addresses_many",
                                {{"max", static_cast<long long>(core::kMaxForwardAddresses)}}));
  }
  for (const std::string& address : addresses) {
    if (core::is_plausible_email(address)) continue;
    errors.add("addresses", services.catalogue.format(language, "networks.error.address",
                                                      {{"address", address}}));
    return;
  }
}

// The picked items as the mail lists them ("- Vahvuudet: …"), in the order picked.
std::string forward_items_text(const Services& services, Language language, const MembersArea& area,
                               const std::vector<std::int64_t>& ids) {
  const auto ideas = services.store.network_board().ideas(area.network.id, std::nullopt);
  std::string text;
  for (const std::int64_t id : ids) {
    for (const store::BoardIdea& idea : ideas) {
      if (idea.id != id) continue;
      text += (text.empty() ? "" : "\n") + std::string{"- "} +
              quadrant_label(services, language, idea.idea.quadrant) + ": " + idea.idea.text;
    }
  }
  return text;
}

}  // namespace

AreaPost read_area_post(const http::Request& request, const Services& services, Language language,
                        bool leaders_only) {
  auto opened = open_members_area(request, services, language, leaders_only);
  if (auto* refusal = std::get_if<http::Response>(&opened)) return {{}, {}, std::move(*refusal)};
  MembersArea area = std::move(std::get<MembersArea>(opened));
  SignedInPost posted = read_checked_form(request, services, language, area.visitor);
  if (posted.refusal) return {{}, {}, std::move(posted.refusal)};
  return {std::move(area), std::move(posted.form), std::nullopt};
}

std::optional<std::int64_t> number_param(const http::Request& request, std::string_view name) {
  const std::string_view text = request.param(name);
  std::int64_t number = 0;
  const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), number);
  if (text.empty() || text.front() == '-' || error != std::errc{} ||
      end != text.data() + text.size())
    return std::nullopt;
  return number;
}

void audit_network(const http::Request& request, const Services& services,
                   const core::Account& account, std::string action, const std::string& slug,
                   std::string detail) {
  store::AuditEntry audit =
      staff_audit(services, request, account, std::move(action), "network", std::move(detail));
  audit.object_id = slug;
  services.store.audit_log().record(audit, store::utc_now());
}

void add_board_text_errors(const Services& services, Language language, const std::string& field,
                           std::string_view text, bool required, std::size_t max,
                           FormErrors& errors, bool one_line) {
  for (const core::FieldError& error :
       core::validate_board_text(field, text, required, max, one_line)) {
    const auto common = common_field_problem(error.message);
    const std::string kind = common ? std::string{common->kind} : "characters";
    errors.add(field, services.catalogue.format(language, "networks.error." + kind,
                                                {{"max", static_cast<long long>(max)}}));
  }
}

std::string board_author(const MembersArea& area) {
  const core::Account& account = *area.visitor.account;
  if (!account.name.empty()) return account.name;
  for (const core::Membership& membership : area.access.memberships) {
    if (std::ranges::find(area.access.organisations, membership.organisation_id) !=
        area.access.organisations.end())
      return membership.organisation_name;
  }
  return core::mask_email(account.email);
}

MembersAreaForms read_forward_form(const Services& services, Language language,
                                   const http::Form& form) {
  MembersAreaForms forms;
  forms.forward_picked = picked_ideas(form);
  forms.recipients = typed_line(form.get("recipients"));
  forms.addresses = typed_text(form.get("addresses"));
  forms.note = typed_text(form.get("note"));
  if (forms.forward_picked.empty())
    forms.forward_errors.add("ideas", services.catalogue.text(language, "networks.error.pick"));
  add_board_text_errors(services, language, "recipients", forms.recipients, true,
                        core::kMaxRecipientsLength, forms.forward_errors, true);
  check_addresses(services, language, typed_addresses(forms.addresses), forms.forward_errors);
  add_board_text_errors(services, language, "note", forms.note, false, core::kMaxForwardNoteLength,
                        forms.forward_errors);
  return forms;
}

bool send_forward(const http::Request& request, const Services& services, Language language,
                  const MembersArea& area, const MembersAreaForms& forms) {
  const std::vector<std::string> addresses = typed_addresses(forms.addresses);
  std::string joined;
  for (const std::string& address : addresses)
    joined += (joined.empty() ? "" : "\n") + address;
  const store::ForwardRequest forward{forms.forward_picked, helsinki_today(), forms.recipients,
                                      joined, forms.note};
  const std::string items = forward_items_text(services, language, area, forms.forward_picked);
  const auto id = services.store.network_board().forward(
      area.network.id, forward, area.visitor.account->id, store::utc_now());
  if (!id) return false;
  const std::string link = absolute_url(services.site, localised_path(language, area.path()));
  for (const std::string& address : addresses) {
    services.store.outbox().enqueue(
        account_mail(services, language, "network_forward", address, forms.recipients,
                     {{"network", area.network.input.name},
                      {"items", items},
                      {"note", forms.note},
                      {"link", link}}),
        store::utc_now());
  }
  if (!addresses.empty()) mail_queued(services);
  audit_network(request, services, *area.visitor.account, "network.forward",
                area.network.input.slug,
                json_detail({{"forward", std::to_string(*id)},
                             {"addresses", std::to_string(addresses.size())}}));
  return true;
}

}  // namespace tori::web
