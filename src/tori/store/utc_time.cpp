// SPDX-License-Identifier: AGPL-3.0-or-later
// Formats and parses the fixed-width UTC text used for times stored in the database.
#include "tori/store/utc_time.hpp"

#include <charconv>
#include <cstdio>

namespace tori::store {

namespace {

constexpr std::string_view kPattern = "dddd-dd-ddTdd:dd:dd.dddZ";

// The unsigned number in text[begin, begin + length); the caller checked that these are digits.
int digits_at(std::string_view text, std::size_t begin, std::size_t length) {
  int value = 0;
  std::from_chars(text.data() + begin, text.data() + begin + length, value);
  return value;
}

// True when `text` has the shape of kPattern: digits where 'd' stands, the literal elsewhere.
bool has_pattern_shape(std::string_view text) {
  if (text.size() != kPattern.size()) return false;
  for (std::size_t i = 0; i < text.size(); ++i) {
    const bool digit = text[i] >= '0' && text[i] <= '9';
    if (kPattern[i] == 'd' ? !digit : text[i] != kPattern[i]) return false;
  }
  return true;
}

}  // namespace

UtcTime utc_now() {
  return std::chrono::floor<std::chrono::milliseconds>(std::chrono::system_clock::now());
}

std::chrono::sys_seconds utc_now_seconds() {
  return std::chrono::time_point_cast<std::chrono::seconds>(utc_now());
}

std::string format_utc(UtcTime time) {
  using namespace std::chrono;
  const auto day = floor<days>(time);
  const year_month_day date{day};
  const hh_mm_ss clock{time - day};
  char buffer[40];
  (void)std::snprintf(
      buffer, sizeof buffer, "%04d-%02u-%02uT%02d:%02d:%02d.%03dZ", int{date.year()},
      unsigned{date.month()}, unsigned{date.day()}, static_cast<int>(clock.hours().count()),
      static_cast<int>(clock.minutes().count()), static_cast<int>(clock.seconds().count()),
      static_cast<int>(clock.subseconds().count()));
  return buffer;
}

std::optional<UtcTime> parse_utc(std::string_view text) {
  using namespace std::chrono;
  if (!has_pattern_shape(text)) return std::nullopt;
  const year_month_day date{year{digits_at(text, 0, 4)},
                            month{static_cast<unsigned>(digits_at(text, 5, 2))},
                            day{static_cast<unsigned>(digits_at(text, 8, 2))}};
  const int hour = digits_at(text, 11, 2);
  const int minute = digits_at(text, 14, 2);
  const int second = digits_at(text, 17, 2);
  if (!date.ok() || hour > 23 || minute > 59 || second > 59) return std::nullopt;
  return sys_days{date} + hours{hour} + minutes{minute} + seconds{second} +
         milliseconds{digits_at(text, 20, 3)};
}

}  // namespace tori::store
