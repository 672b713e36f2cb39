// SPDX-License-Identifier: AGPL-3.0-or-later
// The page cache's data version (page_version.hpp).
#include "tori/app/page_version.hpp"

#include <string>

#include "tori/text/time_format.hpp"

namespace tori::app {

std::int64_t page_version(std::int64_t position, std::chrono::system_clock::time_point now) {
  // "2026-10-01T00:00:00+03:00": the Helsinki calendar day is its first ten characters.
  const std::string local =
      text::format_rfc3339_helsinki(std::chrono::time_point_cast<std::chrono::seconds>(now));
  const std::chrono::year_month_day day{
      std::chrono::year{std::stoi(local.substr(0, 4))},
      std::chrono::month{static_cast<unsigned>(std::stoi(local.substr(5, 2)))},
      std::chrono::day{static_cast<unsigned>(std::stoi(local.substr(8, 2)))}};
  const std::int64_t days = std::chrono::sys_days{day}.time_since_epoch().count();
  return position * kDaysPerPosition + days;
}

}  // namespace tori::app
