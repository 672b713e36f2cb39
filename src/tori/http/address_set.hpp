// SPDX-License-Identifier: AGPL-3.0-or-later
// A set of IP addresses and networks ("127.0.0.1", "10.0.0.0/8", "::1"): trusted proxies and
// the addresses allowed to read /metrics.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace tori::http {

class AddressSet {
 public:
  // The set of `entries`, or the first entry that is neither an address nor a network.
  struct Parsed;
  [[nodiscard]] static Parsed parse(const std::vector<std::string>& entries);

  // Whether `address` (textual IPv4 or IPv6; an IPv4-mapped IPv6 counts as IPv4) is in the set.
  [[nodiscard]] bool contains(std::string_view address) const;
  [[nodiscard]] bool empty() const { return networks_.empty(); }

 private:
  struct Network {
    std::vector<unsigned char> bytes;  // 4 or 16
    unsigned prefix_length;
  };
  std::vector<Network> networks_;
};

struct AddressSet::Parsed {
  AddressSet set;
  std::optional<std::string> bad_entry;  // set when an entry could not be read
};

// Whether an address is a loopback address (127.0.0.0/8, ::1, or IPv4-mapped loopback).
[[nodiscard]] bool is_loopback(std::string_view address);

}  // namespace tori::http
