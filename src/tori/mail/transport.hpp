// SPDX-License-Identifier: AGPL-3.0-or-later
// The way a queued message leaves Tori: SMTP (smtp_transport.hpp) or .eml files
// (eml_transport.hpp), behind one interface the delivery worker calls.
//
//   SendResult result = transport.send(mail);
//   if (result.ok) outbox.mark_sent(mail.id, now);
//   else if (result.permanent) outbox.mark_failed(mail.id, result.error, std::nullopt, now);
//   else outbox.mark_failed(mail.id, result.error, now + backoff, now);
#pragma once

#include <string>

#include "tori/store/mail_outbox.hpp"

namespace tori::mail {

// How one attempt went. Failures are values: the worker decides about retries.
struct SendResult {
  bool ok = false;
  bool permanent = false;  // when !ok: retrying cannot help (an SMTP 5xx reply)
  std::string error;       // when !ok: the reason for the log and the administration page
};

// Delivers one message. Implementations do not throw for delivery failures; one send at a time
// per transport unless the implementation says otherwise.
class Transport {
 public:
  virtual ~Transport() = default;
  [[nodiscard]] virtual SendResult send(const store::QueuedMail& mail) = 0;
};

}  // namespace tori::mail
