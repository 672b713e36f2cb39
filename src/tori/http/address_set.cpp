// SPDX-License-Identifier: AGPL-3.0-or-later
// AddressSet: parsing of addresses and CIDR networks and the prefix comparison.
#include "tori/http/address_set.hpp"

#include <arpa/inet.h>

#include <charconv>

namespace tori::http {
namespace {

// The bytes of an address (4 for IPv4 and IPv4-mapped IPv6, else 16), or nothing.
std::optional<std::vector<unsigned char>> address_bytes(std::string_view text) {
  std::string copy(text);
  unsigned char buffer[16];
  if (inet_pton(AF_INET, copy.c_str(), buffer) == 1) {
    return std::vector<unsigned char>(buffer, buffer + 4);
  }
  if (inet_pton(AF_INET6, copy.c_str(), buffer) == 1) {
    static constexpr unsigned char kMapped[12] = {0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0xff, 0xff};
    if (std::equal(buffer, buffer + 12, kMapped)) {
      return std::vector<unsigned char>(buffer + 12, buffer + 16);
    }
    return std::vector<unsigned char>(buffer, buffer + 16);
  }
  return std::nullopt;
}

bool prefix_equal(const std::vector<unsigned char>& a, const std::vector<unsigned char>& b,
                  unsigned prefix_length) {
  if (a.size() != b.size()) return false;
  for (std::size_t i = 0; i < a.size() && prefix_length > 0; ++i) {
    unsigned bits = prefix_length >= 8 ? 8 : prefix_length;
    unsigned char mask = static_cast<unsigned char>(0xff << (8 - bits));
    if ((a[i] & mask) != (b[i] & mask)) return false;
    prefix_length -= bits;
  }
  return true;
}

}  // namespace

AddressSet::Parsed AddressSet::parse(const std::vector<std::string>& entries) {
  Parsed parsed;
  for (const std::string& entry : entries) {
    std::string_view text = entry;
    std::size_t slash = text.find('/');
    auto bytes = address_bytes(text.substr(0, slash));
    unsigned prefix = bytes ? static_cast<unsigned>(bytes->size() * 8) : 0;
    bool ok = bytes.has_value();
    if (ok && slash != std::string_view::npos) {
      std::string_view digits = text.substr(slash + 1);
      auto [end, error] = std::from_chars(digits.data(), digits.data() + digits.size(), prefix);
      ok = error == std::errc{} && end == digits.data() + digits.size() && !digits.empty() &&
           prefix <= bytes->size() * 8;
    }
    if (!ok) {
      parsed.bad_entry = entry;
      return parsed;
    }
    parsed.set.networks_.push_back({std::move(*bytes), prefix});
  }
  return parsed;
}

bool AddressSet::contains(std::string_view address) const {
  auto bytes = address_bytes(address);
  if (!bytes) return false;
  for (const Network& network : networks_) {
    if (prefix_equal(*bytes, network.bytes, network.prefix_length)) return true;
  }
  return false;
}

bool is_loopback(std::string_view address) {
  auto bytes = address_bytes(address);
  if (!bytes) return false;
  if (bytes->size() == 4) return (*bytes)[0] == 127;
  for (std::size_t i = 0; i < 15; ++i) {
    if ((*bytes)[i] != 0) return false;
  }
  return (*bytes)[15] == 1;
}

}  // namespace tori::http
