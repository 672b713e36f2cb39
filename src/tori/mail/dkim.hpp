// SPDX-License-Identifier: AGPL-3.0-or-later
// DKIM signatures (libopendkim, RFC 6376): relaxed/relaxed, rsa-sha256, From oversigned — as a
// signer and as a transport that signs each message on its way out.
//
//   DkimSigner signer({.domain = "tori.example.fi", .selector = "tori2024",
//                      .private_key_pem = read_file("/etc/tori/dkim.pem")});  // throws if unusable
//   DkimTransport signing(signer, smtp);  // the worker sends through `signing`
//   // DNS: tori2024._domainkey.tori.example.fi TXT "v=DKIM1; k=rsa; p=<public key, base64 DER>"
#pragma once

#include <string>
#include <string_view>

#include "tori/mail/transport.hpp"

struct dkim_lib;  // libopendkim's DKIM_LIB

namespace tori::mail {

struct DkimKey {
  std::string domain;           // d=, e.g. "tori.example.fi" (the From domain or its parent)
  std::string selector;         // s=, e.g. "tori2024"
  std::string private_key_pem;  // an RSA private key, PEM ("-----BEGIN PRIVATE KEY-----…")
};

// Thread-safe after construction.
class DkimSigner {
 public:
  // Signs a test message to check the key; throws std::invalid_argument (naming libopendkim's
  // reason) when the domain or selector is empty or the key cannot sign.
  explicit DkimSigner(DkimKey key);
  DkimSigner(const DkimSigner&) = delete;
  DkimSigner& operator=(const DkimSigner&) = delete;
  ~DkimSigner();

  // `message` (CRLF line ends, as build_message writes) with a DKIM-Signature header in front.
  // Throws std::runtime_error when libopendkim refuses the message (e.g. no From header).
  [[nodiscard]] std::string sign(std::string_view message) const;

 private:
  DkimKey key_;
  dkim_lib* library_ = nullptr;
};

// Signs each message, then hands it to `inner`. A message the signer refuses is a permanent
// failure (the same bytes would be refused again). Thread-safe when `inner` is.
class DkimTransport : public Transport {
 public:
  // Both must outlive the transport.
  DkimTransport(const DkimSigner& signer, Transport& inner) : signer_(signer), inner_(inner) {}
  [[nodiscard]] SendResult send(const store::QueuedMail& mail) override;

 private:
  const DkimSigner& signer_;
  Transport& inner_;
};

}  // namespace tori::mail
