// SPDX-License-Identifier: AGPL-3.0-or-later
// `tori user add`: creates an account with roles (or adds roles to one), audited, and prints a
// set-password link valid for three days.
#include "tori/app/user_commands.hpp"

#include <CLI/CLI.hpp>

#include <iostream>
#include <memory>

#include "tori/app/data_folder.hpp"
#include "tori/auth/token.hpp"
#include "tori/core/email.hpp"

namespace tori::app {
namespace {

struct UserArguments {
  std::string email;
  std::vector<std::string> roles;
  std::string name;
  std::string language = "fi";
};

constexpr auto kSetPasswordLifetime = std::chrono::hours(72);

// The account's id: created (verified, no password) when the address has none.
std::int64_t find_or_create(store::Store& store, const UserArguments& arguments,
                            const std::vector<core::Role>& roles) {
  if (auto existing = store.accounts().find_by_email(arguments.email)) {
    std::vector<core::Role> all = existing->roles;
    all.insert(all.end(), roles.begin(), roles.end());
    store.accounts().set_roles(existing->id, all, store::utc_now());
    return existing->id;
  }
  store::NewAccount account{
      .email = arguments.email,
      .name = arguments.name,
      .language =
          core::parse_content_language(arguments.language).value_or(core::ContentLanguage::kFi),
      .roles = roles,
      .email_verified = true};
  auto id = store.accounts().create(account, std::nullopt, {}, store::utc_now());
  if (!id) throw store::Error("the account was created by someone else just now; run again");
  return *id;
}

// A set-password link when the account has no password yet.
void print_link(store::Store& store, const Config& config, std::int64_t id) {
  const auto account = store.accounts().find(id);
  if (account->password_set) {
    std::cout << "tori: " << account->email << " already has a password; roles updated\n";
    return;
  }
  const std::string token = auth::new_token();
  const auto now = store::utc_now();
  store.accounts().add_token(id,
                             {auth::token_digest(token), store::TokenPurpose::kSetPassword,
                              now + kSetPasswordLifetime, ""},
                             {}, now);
  std::cout << "Set the password within 72 hours at:\n"
            << config.base_url << "/salasana/" << token << "\n";
}

int run_user_add(const CommandContext& context, const UserArguments& arguments) {
  if (!core::is_plausible_email(arguments.email)) {
    std::cerr << "tori: --email: not an e-mail address: '" << arguments.email << "'\n";
    return kExitUsage;
  }
  std::vector<core::Role> roles;
  for (const std::string& name : arguments.roles) {
    auto role = core::parse_role(name);
    if (!role) {
      std::cerr << "tori: --role: '" << name << "' is not editor, juror, network_leader or admin\n";
      return kExitUsage;
    }
    roles.push_back(*role);
  }
  auto store = open_data_folder(context);
  if (!store) return kExitFailed;
  const std::int64_t id = find_or_create(*store, arguments, roles);
  std::string detail = "{\"roles\":[";
  for (std::size_t i = 0; i < arguments.roles.size(); ++i) {
    detail += (i ? ",\"" : "\"") + arguments.roles[i] + "\"";
  }
  store->audit_log().record({.actor = "tori user add",
                             .action = "account.roles",
                             .object_type = "account",
                             .object_id = std::to_string(id),
                             .detail = detail + "]}"},
                            store::utc_now());
  print_link(*store, context.config, id);
  return kExitOk;
}

void declare_user(CLI::App& app, const std::shared_ptr<UserArguments>& arguments) {
  app.require_subcommand(1);
  CLI::App* add = app.add_subcommand("add", "Create an account with roles, or add roles to one");
  add->add_option("--email", arguments->email, "The person's e-mail address")->required();
  add->add_option("--role", arguments->roles, "editor, juror, network_leader or admin (repeatable)")
      ->required();
  add->add_option("--name", arguments->name, "The person's name");
  add->add_option("--language", arguments->language, "fi, sv or en (default fi)")
      ->check(CLI::IsMember({"fi", "sv", "en"}));
}

}  // namespace

std::vector<Command> user_commands() {
  auto arguments = std::make_shared<UserArguments>();
  return {{"user", "Manage people's accounts (user add)",
           [arguments](CLI::App& app, Settings&) { declare_user(app, arguments); },
           [arguments](const CommandContext& c) { return run_user_add(c, *arguments); }}};
}

}  // namespace tori::app
