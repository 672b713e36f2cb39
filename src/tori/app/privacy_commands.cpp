// SPDX-License-Identifier: AGPL-3.0-or-later
// `tori privacy export`, `erase` and `purge`: one JSON document of an address's data, its
// erasure (confirmed on a terminal, audited without the address), and the retention purge.
#include "tori/app/privacy_commands.hpp"

#include <unistd.h>

#include <CLI/CLI.hpp>
#include <iostream>
#include <memory>
#include <string>

#include "tori/app/account_wiring.hpp"
#include "tori/app/daily_purge.hpp"
#include "tori/app/data_folder.hpp"
#include "tori/core/email.hpp"
#include "tori/store/errors.hpp"
#include "tori/web/account/personal_data_json.hpp"
#include "tori/web/campaigns/public_vote_support.hpp"

namespace tori::app {
namespace {

struct PrivacyArguments {
  std::string email;
  bool yes = false;
  std::string action;  // "export", "erase" or "purge": the subcommand given
};

bool plausible(const std::string& email) {
  if (core::is_plausible_email(core::trim_email(email))) return true;
  std::cerr << "tori: --email: not an e-mail address: '" << email << "'\n";
  return false;
}

// The site key: public votes are stored under its keyed hash of the address.
auth::SecretKey site_key(const Config& config) {
  return load_or_create_secret_key(config.data / "secret.key");
}

int run_export(store::Store& store, const Config& config, const PrivacyArguments& arguments) {
  store::PersonalData data = store.privacy().find_by_email(arguments.email);
  web::add_public_votes(store, site_key(config), arguments.email, data);
  std::cout << web::personal_data_json(arguments.email, data) << "\n";
  std::cout.flush();
  return std::cout ? kExitOk : kExitFailed;
}

// "an account, practice contacts 2, audit entries 3, queued messages 1" (no address).
std::string describe(const store::PersonalData& data) {
  return std::string(data.account ? "an account" : "no account") + ", practice contacts " +
         std::to_string(data.contacts.size()) + ", audit entries " +
         std::to_string(data.actions.size()) + ", queued messages " +
         std::to_string(data.queued_mail) + ", event registrations " +
         std::to_string(data.registrations.size()) + ", applications " +
         std::to_string(data.applications.size()) + ", juries " + std::to_string(data.jury.size()) +
         ", network leaders " + std::to_string(data.networks.leaders.size()) +
         ", network forwards " + std::to_string(data.networks.forwards.size()) +
         ", network posts " + std::to_string(data.networks.posts.size()) +
         (data.subscriber ? ", a newsletter subscription" : ", no newsletter subscription");
}

// Whether the person at the terminal typed "yes"; false (with the reason) off a terminal.
bool confirmed(const std::string& email, const store::PersonalData& data) {
  if (!::isatty(0)) {
    std::cerr << "tori: not on a terminal: add --yes to erase without asking\n";
    return false;
  }
  std::cerr << "Erase " << email << " (" << describe(data) << ")? Type yes to erase: ";
  std::string answer;
  std::getline(std::cin, answer);
  return answer == "yes";
}

// "account removed, practice contacts blanked 1, …" for the audit entry and the output.
std::string summary(const store::ErasureReport& erased) {
  return std::string(erased.account_removed ? "account removed" : "no account") +
         ", practice contacts blanked " + std::to_string(erased.contacts_erased) +
         ", audit entries anonymised " + std::to_string(erased.audit_entries_anonymised) +
         ", queued messages deleted " + std::to_string(erased.mail_removed) +
         ", event registrations deleted " + std::to_string(erased.registrations_removed) +
         ", applications deleted " + std::to_string(erased.applications_removed) +
         ", juror addresses blanked " + std::to_string(erased.jury_addresses_blanked) +
         ", jury invitations deleted " + std::to_string(erased.jury_invitations_removed) +
         ", network leader addresses blanked " +
         std::to_string(erased.network_leader_addresses_blanked) +
         ", network forward addresses removed " +
         std::to_string(erased.network_forward_addresses_removed) + ", network authors blanked " +
         std::to_string(erased.network_authors_blanked) + ", network join messages blanked " +
         std::to_string(erased.network_join_messages_blanked) + ", network supports deleted " +
         std::to_string(erased.network_supports_removed) +
         (erased.subscriber_removed ? ", newsletter subscription deleted"
                                    : ", no newsletter subscription");
}

std::string erasure_detail(const store::ErasureReport& erased) {
  return std::string("{\"account_removed\":") + (erased.account_removed ? "true" : "false") +
         ",\"contacts_erased\":" + std::to_string(erased.contacts_erased) +
         ",\"audit_entries_anonymised\":" + std::to_string(erased.audit_entries_anonymised) +
         ",\"mail_removed\":" + std::to_string(erased.mail_removed) +
         ",\"registrations_removed\":" + std::to_string(erased.registrations_removed) +
         ",\"applications_removed\":" + std::to_string(erased.applications_removed) +
         ",\"jury_addresses_blanked\":" + std::to_string(erased.jury_addresses_blanked) +
         ",\"jury_invitations_removed\":" + std::to_string(erased.jury_invitations_removed) +
         ",\"network_leader_addresses_blanked\":" +
         std::to_string(erased.network_leader_addresses_blanked) +
         ",\"network_forward_addresses_removed\":" +
         std::to_string(erased.network_forward_addresses_removed) +
         ",\"network_authors_blanked\":" + std::to_string(erased.network_authors_blanked) +
         ",\"network_join_messages_blanked\":" +
         std::to_string(erased.network_join_messages_blanked) +
         ",\"network_supports_removed\":" + std::to_string(erased.network_supports_removed) +
         ",\"subscriber_removed\":" + (erased.subscriber_removed ? "true" : "false") + "}";
}

int run_erase(store::Store& store, const Config& config, const PrivacyArguments& arguments) {
  const store::PersonalData data = store.privacy().find_by_email(arguments.email);
  if (!arguments.yes && !confirmed(core::trim_email(arguments.email), data)) {
    std::cerr << "tori: nothing erased\n";
    return ::isatty(0) ? kExitFailed : kExitUsage;
  }
  const store::ErasureReport erased =
      store.privacy().erase_by_email(arguments.email, store::utc_now());
  const int votes = web::erase_public_votes(store, site_key(config), arguments.email);
  // The audit entry says what was erased, never the address.
  store.audit_log().record({.actor = "tori privacy erase",
                            .action = "privacy.erase",
                            .object_type = "email",
                            .object_id = summary(erased),
                            .detail = erasure_detail(erased)},
                           store::utc_now());
  std::cout << "erased: " << summary(erased) << ", public votes deleted " << votes << "\n";
  return kExitOk;
}

int run_purge(store::Store& store, const Config& config) {
  const store::UploadFolder uploads{config.data / "uploads"};
  PurgeSettings settings = purge_settings(config);
  settings.uploads = &uploads;
  const PurgeCounts counts = purge_once(store, settings, store::utc_now());
  std::cout << "purged: " << counts.retention.accounts << " unverified accounts, "
            << counts.retention.tokens << " one-time links, " << counts.retention.mail
            << " sent or failed messages, " << counts.retention.ip_hashes << " audit IP hashes, "
            << counts.retention.answers << " registration answers, "
            << counts.retention.registrations << " registrations, " << counts.sessions
            << " sessions, " << counts.uploads << " unused uploads, " << counts.unconfirmed_votes
            << " unconfirmed votes, " << counts.retention.unconfirmed_subscribers
            << " unconfirmed and " << counts.retention.unsubscribed_subscribers
            << " long unsubscribed newsletter subscriptions, "
            << counts.retention.subscriber_ip_hashes << " newsletter consent IP hashes\n";
  return kExitOk;
}

int run_privacy(const CommandContext& context, const PrivacyArguments& arguments) {
  if (arguments.action != "purge" && !plausible(arguments.email)) return kExitUsage;
  auto store = open_data_folder(context);
  if (!store) return kExitFailed;
  try {
    if (arguments.action == "export") return run_export(*store, context.config, arguments);
    if (arguments.action == "erase") return run_erase(*store, context.config, arguments);
    return run_purge(*store, context.config);
  } catch (const store::Error& error) {
    std::cerr << "tori: " << error.what() << "\n";
    return kExitFailed;
  }
}

void declare_privacy(CLI::App& app, const std::shared_ptr<PrivacyArguments>& arguments) {
  app.require_subcommand(1);
  const auto chosen = [arguments](const char* action) {
    return [arguments, action] { arguments->action = action; };
  };
  CLI::App* to_export =
      app.add_subcommand("export", "Print everything stored about an address as one JSON document");
  to_export->add_option("--email", arguments->email, "The person's e-mail address")->required();
  to_export->callback(chosen("export"));
  CLI::App* erase = app.add_subcommand(
      "erase", "Erase an address: its account, practice contacts, audit actor, queued mail");
  erase->add_option("--email", arguments->email, "The person's e-mail address")->required();
  erase->add_flag("--yes", arguments->yes, "Erase without asking (needed off a terminal)");
  erase->callback(chosen("erase"));
  CLI::App* purge = app.add_subcommand(
      "purge", "Remove what [retention] and the session times no longer keep; print the counts");
  purge->callback(chosen("purge"));
}

}  // namespace

std::vector<Command> privacy_commands() {
  auto arguments = std::make_shared<PrivacyArguments>();
  return {{"privacy", "Personal data by address (privacy export, erase) and the retention purge",
           [arguments](CLI::App& app, Settings&) { declare_privacy(app, arguments); },
           [arguments](const CommandContext& c) { return run_privacy(c, *arguments); }}};
}

}  // namespace tori::app
