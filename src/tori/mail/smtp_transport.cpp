// SPDX-License-Identifier: AGPL-3.0-or-later
// SmtpTransport: one libcurl SMTP transaction per message, its outcome sorted by reply code.
#include "tori/mail/smtp_transport.hpp"

#include <curl/curl.h>

#include <algorithm>
#include <cstring>
#include <memory>
#include <mutex>
#include <stdexcept>
#include <string_view>
#include <utility>

namespace tori::mail {
namespace {

void init_curl() {
  static std::once_flag once;
  std::call_once(once, [] {
    if (curl_global_init(CURL_GLOBAL_DEFAULT) != CURLE_OK)
      throw std::runtime_error("mail: curl_global_init failed");
  });
}

// The message bytes libcurl reads for DATA (it adds the dot-stuffing and the final ".").
struct Reader {
  std::string_view rest;
};

size_t read_message(char* buffer, size_t size, size_t count, void* user) {
  auto* reader = static_cast<Reader*>(user);
  const size_t n = std::min(size * count, reader->rest.size());
  std::memcpy(buffer, reader->rest.data(), n);
  reader->rest.remove_prefix(n);
  return n;
}

std::string url_of(const SmtpSettings& settings) {
  const char* scheme = settings.tls == SmtpSettings::Tls::kImplicit ? "smtps://" : "smtp://";
  // An IPv6 literal needs brackets in a URL.
  const bool ipv6 = settings.host.find(':') != std::string::npos;
  return scheme + (ipv6 ? "[" + settings.host + "]" : settings.host) + ":" +
         std::to_string(settings.port);
}

struct CurlDeleter {
  void operator()(CURL* handle) const { curl_easy_cleanup(handle); }
};
struct ListDeleter {
  void operator()(curl_slist* list) const { curl_slist_free_all(list); }
};

// What one transaction needs to outlive curl_easy_perform.
struct Request {
  std::string url;
  std::string from;  // "<noreply@tori.example.fi>"; an empty sender is the null sender "<>"
  std::unique_ptr<curl_slist, ListDeleter> recipients;
  Reader reader;
  char error[CURL_ERROR_SIZE] = {};
};

void set_options(CURL* curl, const SmtpSettings& settings, Request& request) {
  curl_easy_setopt(curl, CURLOPT_URL, request.url.c_str());
  curl_easy_setopt(curl, CURLOPT_NOSIGNAL, 1L);
  curl_easy_setopt(curl, CURLOPT_ERRORBUFFER, request.error);
  curl_easy_setopt(curl, CURLOPT_CONNECTTIMEOUT, static_cast<long>(settings.timeout.count()));
  curl_easy_setopt(curl, CURLOPT_TIMEOUT, static_cast<long>(settings.timeout.count()));
  if (settings.tls == SmtpSettings::Tls::kStartTls)
    curl_easy_setopt(curl, CURLOPT_USE_SSL, static_cast<long>(CURLUSESSL_ALL));
  if (!settings.username.empty()) {
    curl_easy_setopt(curl, CURLOPT_USERNAME, settings.username.c_str());
    curl_easy_setopt(curl, CURLOPT_PASSWORD, settings.password.c_str());
  }
  curl_easy_setopt(curl, CURLOPT_MAIL_FROM, request.from.c_str());
  curl_easy_setopt(curl, CURLOPT_MAIL_RCPT, request.recipients.get());
  curl_easy_setopt(curl, CURLOPT_UPLOAD, 1L);
  curl_easy_setopt(curl, CURLOPT_READFUNCTION, &read_message);
  curl_easy_setopt(curl, CURLOPT_READDATA, &request.reader);
  curl_easy_setopt(curl, CURLOPT_INFILESIZE_LARGE,
                   static_cast<curl_off_t>(request.reader.rest.size()));
}

bool has_line_break(std::string_view text) {
  return text.find_first_of(std::string_view("\r\n\0", 3)) != std::string_view::npos;
}

}  // namespace

SmtpTransport::SmtpTransport(SmtpSettings settings) : settings_(std::move(settings)) {
  init_curl();
}

SendResult SmtpTransport::send(const store::QueuedMail& mail) {
  // A recipient with a line break would add an SMTP command: it never came from a valid queue.
  if (has_line_break(mail.recipient) || has_line_break(settings_.from))
    return {.ok = false, .permanent = true, .error = "recipient or sender holds CR, LF or NUL"};
  std::unique_ptr<CURL, CurlDeleter> curl(curl_easy_init());
  if (!curl) return {.ok = false, .permanent = false, .error = "curl_easy_init failed"};
  Request request;
  request.url = url_of(settings_);
  request.from = "<" + settings_.from + ">";
  request.recipients.reset(curl_slist_append(nullptr, ("<" + mail.recipient + ">").c_str()));
  request.reader.rest = mail.message;
  set_options(curl.get(), settings_, request);
  const CURLcode code = curl_easy_perform(curl.get());
  if (code == CURLE_OK) return {.ok = true, .permanent = false, .error = {}};
  long reply = 0;
  curl_easy_getinfo(curl.get(), CURLINFO_RESPONSE_CODE, &reply);
  std::string error = request.error[0] != '\0' ? request.error : curl_easy_strerror(code);
  error += " (curl " + std::to_string(static_cast<int>(code));
  if (reply != 0) error += ", SMTP " + std::to_string(reply);
  error += ")";
  return {.ok = false, .permanent = reply >= 500 && reply < 600, .error = error};
}

}  // namespace tori::mail
