// SPDX-License-Identifier: AGPL-3.0-or-later
// quiet_tone_wav: a RIFF header and 8-bit PCM samples of a faded sine.
#include "tori/demo/tone.hpp"

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <numbers>

namespace tori::demo {
namespace {

constexpr int kSampleRate = 8000;
constexpr double kVolume = 0.08;  // of full scale: quiet
constexpr double kFadeSeconds = 0.25;

void append_le(std::string& out, std::uint32_t value, int bytes) {
  for (int i = 0; i < bytes; ++i)
    out += static_cast<char>((value >> (8 * i)) & 0xFF);
}

}  // namespace

std::string quiet_tone_wav(int seconds, int hertz) {
  seconds = std::clamp(seconds, 1, 60);
  hertz = std::clamp(hertz, 50, 2000);
  const auto samples = static_cast<std::uint32_t>(seconds * kSampleRate);
  std::string wav = "RIFF";
  append_le(wav, 36 + samples, 4);
  wav += "WAVEfmt ";
  append_le(wav, 16, 4);           // the fmt chunk's size
  append_le(wav, 1, 2);            // PCM
  append_le(wav, 1, 2);            // mono
  append_le(wav, kSampleRate, 4);  // samples a second
  append_le(wav, kSampleRate, 4);  // bytes a second
  append_le(wav, 1, 2);            // bytes a frame
  append_le(wav, 8, 2);            // bits a sample
  wav += "data";
  append_le(wav, samples, 4);
  const double fade = kFadeSeconds * kSampleRate;
  for (std::uint32_t i = 0; i < samples; ++i) {
    const double envelope = std::min({1.0, i / fade, (samples - 1 - i) / fade});
    const double value =
        kVolume * envelope * std::sin(2 * std::numbers::pi * hertz * i / kSampleRate);
    wav += static_cast<char>(static_cast<std::uint8_t>(std::lround(128 + 127 * value)));
  }
  return wav;
}

}  // namespace tori::demo
