// SPDX-License-Identifier: AGPL-3.0-or-later
// Tests of the demo's tone: a well-formed WAV header, its size, and quiet samples.
#include "tori/demo/tone.hpp"

#include <gtest/gtest.h>

namespace tori::demo {
namespace {

TEST(QuietTone, IsASmallWellFormedQuietWav) {
  const std::string wav = quiet_tone_wav(2, 440);
  ASSERT_EQ(wav.size(), 44U + 16000U);
  EXPECT_EQ(wav.substr(0, 4), "RIFF");
  EXPECT_EQ(wav.substr(8, 8), "WAVEfmt ");
  EXPECT_EQ(wav.substr(36, 4), "data");
  EXPECT_EQ(static_cast<unsigned char>(wav[40]) | static_cast<unsigned char>(wav[41]) << 8, 16000);
  int loudest = 0;
  for (std::size_t i = 44; i < wav.size(); ++i)
    loudest = std::max(loudest, std::abs(static_cast<unsigned char>(wav[i]) - 128));
  EXPECT_GT(loudest, 0);
  EXPECT_LE(loudest, 12) << "quiet";
  EXPECT_EQ(static_cast<unsigned char>(wav[44]), 128) << "faded in";
  EXPECT_NE(quiet_tone_wav(2, 330), wav);
}

}  // namespace
}  // namespace tori::demo
