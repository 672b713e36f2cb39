// SPDX-License-Identifier: AGPL-3.0-or-later
// EmlTransport: one atomically written .eml file per message.
#include "tori/mail/eml_transport.hpp"

#include <spdlog/spdlog.h>

#include <chrono>
#include <ctime>
#include <string_view>
#include <utility>

#include "tori/core/email.hpp"
#include "tori/mail/message.hpp"
#include "tori/store/atomic_file.hpp"

namespace tori::mail {
namespace {

// "20240616T090000-42.eml" for the current UTC second and the outbox id.
std::string file_name(std::int64_t id) {
  const std::time_t now = std::chrono::system_clock::to_time_t(std::chrono::system_clock::now());
  std::tm utc{};
  gmtime_r(&now, &utc);
  char stamp[32];
  if (std::strftime(stamp, sizeof stamp, "%Y%m%dT%H%M%S", &utc) == 0) stamp[0] = '\0';
  return std::string(stamp) + "-" + std::to_string(id) + ".eml";
}

}  // namespace

EmlTransport::EmlTransport(std::filesystem::path folder) : folder_(std::move(folder)) {}

SendResult EmlTransport::send(const store::QueuedMail& mail) {
  try {
    store::make_private_folder(folder_);
  } catch (const std::exception& e) {
    spdlog::error("mail: cannot create {}: {}", folder_.string(), e.what());
    return {.ok = false, .permanent = false, .error = e.what()};
  }
  const std::filesystem::path file = folder_ / file_name(mail.id);
  if (std::string error = store::write_file_atomically(file, mail.message); !error.empty()) {
    spdlog::error("mail: {}", error);
    return {.ok = false, .permanent = false, .error = error};
  }
  spdlog::info("mail: wrote {} for {}", file.string(), core::mask_email(mail.recipient));
  return {.ok = true, .permanent = false, .error = ""};
}

}  // namespace tori::mail
