// SPDX-License-Identifier: AGPL-3.0-or-later
// DkimSigner and DkimTransport over libopendkim.
#include "tori/mail/dkim.hpp"

#include <cstring>
#include <memory>
#include <stdexcept>
#include <utility>

#include "tori/mail/opendkim.hpp"

namespace tori::mail {
namespace {

constexpr std::string_view kHeaderName = "DKIM-Signature: ";

std::string result_text(DKIM_STAT status, DKIM* dkim) {
  const char* result = dkim_getresultstr(status);
  std::string text = result ? result : "status " + std::to_string(status);
  const char* detail = dkim ? dkim_geterror(dkim) : nullptr;
  if (detail && *detail) text += std::string(": ") + detail;
  return text;
}

// libopendkim folds the header with bare "\n"; the message needs CRLF.
std::string crlf_lines(std::string_view text) {
  std::string out;
  for (const char c : text) {
    if (c == '\r') continue;
    if (c == '\n') out += '\r';
    out += c;
  }
  return out;
}

struct DkimFree {
  void operator()(DKIM* dkim) const { dkim_free(dkim); }
};

}  // namespace

DkimSigner::DkimSigner(DkimKey key) : key_(std::move(key)) {
  if (key_.domain.empty() || key_.selector.empty())
    throw std::invalid_argument("dkim: the domain and the selector must be given");
  library_ = dkim_init(nullptr, nullptr);
  if (library_ == nullptr) throw std::runtime_error("dkim: dkim_init failed");
  // Oversigning From: a From header added later (by anyone) breaks the signature. The option
  // takes the list's address (its size is that of a pointer); static, in case it is not copied.
  static const char* const kOversign[] = {"from", nullptr};
  if (dkim_options(library_, DKIM_OP_SETOPT, DKIM_OPTS_OVERSIGNHDRS,
                   const_cast<const char**>(kOversign), sizeof(const char**)) != DKIM_STAT_OK) {
    dkim_close(library_);
    throw std::runtime_error("dkim: cannot set the headers to oversign");
  }
  try {
    (void)sign("From: <check@" + key_.domain + ">\r\nSubject: key check\r\n\r\nx\r\n");
  } catch (const std::runtime_error& e) {
    dkim_close(library_);
    throw std::invalid_argument(std::string("dkim: the key for ") + key_.selector + "._domainkey." +
                                key_.domain + " cannot sign: " + e.what());
  }
}

DkimSigner::~DkimSigner() {
  dkim_close(library_);
}

std::string DkimSigner::sign(std::string_view message) const {
  DKIM_STAT status = DKIM_STAT_OK;
  std::unique_ptr<DKIM, DkimFree> dkim(
      dkim_sign(library_, reinterpret_cast<const unsigned char*>("tori"), nullptr,
                reinterpret_cast<dkim_sigkey_t>(const_cast<char*>(key_.private_key_pem.c_str())),
                reinterpret_cast<const unsigned char*>(key_.selector.c_str()),
                reinterpret_cast<const unsigned char*>(key_.domain.c_str()), DKIM_CANON_RELAXED,
                DKIM_CANON_RELAXED, DKIM_SIGN_RSASHA256, -1, &status));
  if (!dkim) throw std::runtime_error("dkim_sign: " + result_text(status, nullptr));
  std::string bytes(message);  // dkim_chunk takes a non-const buffer
  status = dkim_chunk(dkim.get(), reinterpret_cast<unsigned char*>(bytes.data()), bytes.size());
  if (status == DKIM_STAT_OK) status = dkim_chunk(dkim.get(), nullptr, 0);
  if (status == DKIM_STAT_OK) status = dkim_eom(dkim.get(), nullptr);
  unsigned char* header = nullptr;
  size_t length = 0;
  if (status == DKIM_STAT_OK)
    status = dkim_getsighdr_d(dkim.get(), kHeaderName.size(), &header, &length);
  if (status != DKIM_STAT_OK) throw std::runtime_error("dkim: " + result_text(status, dkim.get()));
  return std::string(kHeaderName) +
         crlf_lines(std::string_view(reinterpret_cast<const char*>(header), length)) + "\r\n" +
         std::string(message);
}

SendResult DkimTransport::send(const store::QueuedMail& mail) {
  store::QueuedMail signed_mail = mail;
  try {
    signed_mail.message = signer_.sign(mail.message);
  } catch (const std::runtime_error& e) {
    return {.ok = false, .permanent = true, .error = e.what()};
  }
  return inner_.send(signed_mail);
}

}  // namespace tori::mail
