// SPDX-License-Identifier: AGPL-3.0-or-later
// The transport with no SMTP configured (the embedded default): each message becomes one .eml
// file in a folder, written atomically, and the log says where.
//
//   EmlTransport eml(data_dir / "mail");
//   SendResult result = eml.send(mail);
//   // → var/mail/20240616T090000-42.eml (mode 0600); log: "mail: wrote … for m***@example.fi"
#pragma once

#include <filesystem>

#include "tori/mail/transport.hpp"

namespace tori::mail {

class EmlTransport : public Transport {
 public:
  // The folder is created (mode 0700, parents as needed) at the first send when it is absent.
  explicit EmlTransport(std::filesystem::path folder);
  // Writes `folder/<UTC yyyymmddThhmmss>-<outbox id>.eml` holding exactly mail.message: a temp
  // file in the same folder, fsync, rename, so a reader never sees half a message. A file that
  // cannot be written is a temporary failure (a full disk gets emptied). Thread-safe.
  [[nodiscard]] SendResult send(const store::QueuedMail& mail) override;

 private:
  std::filesystem::path folder_;
};

}  // namespace tori::mail
