// SPDX-License-Identifier: AGPL-3.0-or-later
// The demo episodes' audio: a few seconds of a quiet tone as a WAV file, made by code (the demo
// fetches nothing), small enough to keep in the data folder.
//
//   std::string wav = demo::quiet_tone_wav(4, 440);  // 8 kHz, 8-bit mono: 32 044 bytes
#pragma once

#include <string>

namespace tori::demo {

// A RIFF/WAVE file of `seconds` (1–60) of a sine tone of `hertz` (50–2000) at a low volume,
// faded in and out, 8000 samples a second, 8-bit mono PCM.
[[nodiscard]] std::string quiet_tone_wav(int seconds, int hertz);

}  // namespace tori::demo
