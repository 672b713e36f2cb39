// SPDX-License-Identifier: AGPL-3.0-or-later
// A small deterministic random number generator (xoshiro256**, seeded through splitmix64): the
// same seed gives the same numbers with every compiler and standard library, which the
// <random> distributions do not promise.
//
//   Rng rng(mix_seed(seed, 7));
//   int year = rng.between(2016, 2025);
//   const char* word = rng.pick(std::span<const char* const>(words));
#pragma once

#include <cstddef>
#include <cstdint>
#include <span>

namespace tori::demo {

// splitmix64 applied to `seed` and `stream`: the seed of an independent stream, so that each
// practice draws from its own stream whatever was drawn before it.
[[nodiscard]] std::uint64_t mix_seed(std::uint64_t seed, std::uint64_t stream);

class Rng {
 public:
  explicit Rng(std::uint64_t seed);

  // The next 64 random bits.
  [[nodiscard]] std::uint64_t next();
  // Uniform in [0, n). REQUIRES: n > 0. (Modulo of 64 bits: the bias is below 2^-40 for the
  // table sizes used here, and it is the same on every platform.)
  [[nodiscard]] std::size_t below(std::size_t n);
  // Uniform in [lo, hi]. REQUIRES: lo <= hi.
  [[nodiscard]] int between(int lo, int hi);
  // True with probability percent / 100.
  [[nodiscard]] bool chance(int percent);
  // One element, uniformly. REQUIRES: items is not empty.
  template <class T>
  [[nodiscard]] const T& pick(std::span<const T> items) {
    return items[below(items.size())];
  }

 private:
  std::uint64_t state_[4];
};

}  // namespace tori::demo
