// SPDX-License-Identifier: AGPL-3.0-or-later
// TOTP with liboath, recovery codes with libsodium's random numbers.
#include "tori/auth/totp.hpp"

#include <liboath/oath.h>
#include <sodium.h>

#include <array>
#include <cctype>
#include <cstdlib>
#include <memory>
#include <stdexcept>

#include "tori/auth/sodium.hpp"
#include "tori/text/escape.hpp"

namespace tori::auth {
namespace {

constexpr std::size_t kSecretBytes = 20;
constexpr unsigned kDigits = 6;
constexpr unsigned kStepSeconds = OATH_TOTP_DEFAULT_TIME_STEP_SIZE;
constexpr std::string_view kRecoveryAlphabet = "abcdefghjkmnpqrstuvwxyz23456789";

void ensure_oath() {
  static const bool ready = oath_init() == OATH_OK;
  if (!ready) throw std::runtime_error("liboath cannot be initialised");
}

struct FreeMalloced {
  void operator()(char* p) const { std::free(p); }
};
using Malloced = std::unique_ptr<char, FreeMalloced>;

// The secret's bytes, or nothing when it is not base32.
std::optional<std::string> decode_secret(std::string_view secret) {
  char* raw = nullptr;
  std::size_t length = 0;
  if (oath_base32_decode(secret.data(), secret.size(), &raw, &length) != OATH_OK) return {};
  const Malloced bytes(raw);
  if (length == 0) return std::nullopt;
  return std::string(bytes.get(), length);
}

// The six digits of a typed code, or nothing.
std::optional<std::string> code_digits(std::string_view typed) {
  std::string digits;
  for (char c : typed) {
    if (c == ' ') continue;
    if (c < '0' || c > '9') return std::nullopt;
    digits += c;
  }
  if (digits.size() != kDigits) return std::nullopt;
  return digits;
}

}  // namespace

std::string new_totp_secret() {
  ensure_sodium();
  ensure_oath();
  std::array<char, kSecretBytes> bytes{};
  randombytes_buf(bytes.data(), bytes.size());
  char* raw = nullptr;
  std::size_t length = 0;
  if (oath_base32_encode(bytes.data(), bytes.size(), &raw, &length) != OATH_OK) {
    throw std::runtime_error("liboath: base32 encoding failed");
  }
  const Malloced text(raw);
  return std::string(text.get(), length);
}

std::string totp_uri(std::string_view secret, std::string_view account, std::string_view issuer) {
  const std::string label =
      text::url_encode_component(std::string(issuer) + ":" + std::string(account));
  return "otpauth://totp/" + label + "?secret=" + std::string(secret) +
         "&issuer=" + text::url_encode_component(issuer) + "&algorithm=SHA1&digits=6&period=30";
}

std::optional<std::uint64_t> verify_totp(std::string_view secret, std::string_view code,
                                         std::chrono::system_clock::time_point now,
                                         unsigned window) {
  ensure_oath();
  const std::optional<std::string> key = decode_secret(secret);
  const std::optional<std::string> digits = code_digits(code);
  if (!key || !digits) return std::nullopt;
  const auto seconds = std::chrono::duration_cast<std::chrono::seconds>(now.time_since_epoch());
  int position = 0;
  std::uint64_t step = 0;
  const int found =
      oath_totp_validate3(key->data(), key->size(), static_cast<time_t>(seconds.count()),
                          kStepSeconds, 0, window, &position, &step, digits->c_str());
  if (found < 0) return std::nullopt;
  return step;
}

std::vector<std::string> new_recovery_codes(std::size_t count) {
  ensure_sodium();
  std::vector<std::string> codes;
  for (std::size_t i = 0; i < count; ++i) {
    std::string code;
    for (int c = 0; c < 12; ++c) {
      if (c == 4 || c == 8) code += '-';
      code += kRecoveryAlphabet[randombytes_uniform(kRecoveryAlphabet.size())];
    }
    codes.push_back(std::move(code));
  }
  return codes;
}

std::string normalise_recovery_code(std::string_view typed) {
  std::string code;
  for (char c : typed) {
    if (c == ' ' || c == '-') continue;
    code += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  }
  return code;
}

}  // namespace tori::auth
