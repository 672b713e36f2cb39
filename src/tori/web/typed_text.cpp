// SPDX-License-Identifier: AGPL-3.0-or-later
// The lenient readers of typed dates, times, numbers and texts (typed_text.hpp).
#include "tori/web/typed_text.hpp"

#include <charconv>

#include "tori/core/application.hpp"  // helsinki_time_on
#include "tori/text/time_format.hpp"

namespace tori::web {

int typed_number(std::string_view text, std::size_t digits) {
  int value = 0;
  if (text.empty() || text.size() > digits) return -1;
  const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), value);
  return error == std::errc{} && end == text.data() + text.size() ? value : -1;
}

std::string typed_date(std::string_view text) {
  std::string iso;
  if (text.size() == 10 && text[4] == '-' && text[7] == '-') {
    iso = std::string{text};
  } else {
    const auto first = text.find('.');
    const auto second = first == std::string_view::npos ? first : text.find('.', first + 1);
    if (second == std::string_view::npos) return "";
    const int day = typed_number(text.substr(0, first), 2);
    const int month = typed_number(text.substr(first + 1, second - first - 1), 2);
    const std::string_view year = text.substr(second + 1);
    if (day < 1 || month < 1 || year.size() != 4 || typed_number(year, 4) < 0) return "";
    iso = std::string{year} + (month < 10 ? "-0" : "-") + std::to_string(month) +
          (day < 10 ? "-0" : "-") + std::to_string(day);
  }
  // The strict reader of a deadline's day decides what is a real date.
  return text::end_of_helsinki_day(iso) ? iso : "";
}

std::string typed_time(std::string_view text) {
  if (text.size() == 8 && text.substr(5) == ":00") text = text.substr(0, 5);
  const auto colon = text.find_first_of(":.");
  if (colon == std::string_view::npos || text.size() - colon != 3) return "";
  const int hours = typed_number(text.substr(0, colon), 2);
  const int minutes = typed_number(text.substr(colon + 1), 2);
  if (hours < 0 || hours > 23 || minutes < 0 || minutes > 59) return "";
  const std::string mm = (minutes < 10 ? "0" : "") + std::to_string(minutes);
  return (hours < 10 ? "0" : "") + std::to_string(hours) + ":" + mm;
}

std::string typed_text(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (std::size_t i = 0; i < text.size(); ++i) {
    if (text[i] != '\r') {
      out += text[i];
    } else if (i + 1 >= text.size() || text[i + 1] != '\n') {
      out += '\n';
    }
  }
  const auto first = out.find_first_not_of(" \t\n");
  if (first == std::string::npos) return "";
  return out.substr(first, out.find_last_not_of(" \t\n") - first + 1);
}

std::string typed_line(std::string_view text) {
  std::string out = typed_text(text);
  for (char& c : out)
    if (c == '\n' || c == '\t') c = ' ';
  return out;
}

std::optional<CommonFieldProblem> common_field_problem(std::string_view message) {
  if (message.ends_with(" is required")) return CommonFieldProblem{"required"};
  if (const auto than = message.find(" is longer than "); than != std::string_view::npos) {
    CommonFieldProblem problem{"too_long"};
    const std::string_view number = message.substr(than + 16);
    std::from_chars(number.data(), number.data() + number.size(), problem.limit);
    return problem;
  }
  if (message.ends_with(" is not valid UTF-8") ||
      message.ends_with(" contains a control character") ||
      message.ends_with(" contains a line break")) {
    return CommonFieldProblem{"characters"};
  }
  return std::nullopt;
}

std::pair<long, std::string_view> field_list_index(std::string_view field) {
  const auto open = field.find('[');
  const auto close = field.find(']');
  if (open == std::string_view::npos || close == std::string_view::npos || close < open)
    return {-1, field};
  long index = -1;
  std::from_chars(field.data() + open + 1, field.data() + close, index);
  return {index, field.substr(close + 1)};
}

std::vector<std::string> typed_list(std::string_view text) {
  std::vector<std::string> items;
  std::size_t start = 0;
  while (start <= text.size()) {
    const auto comma = text.find(',', start);
    std::string item = typed_line(text.substr(start, comma - start));
    if (!item.empty()) items.push_back(std::move(item));
    if (comma == std::string_view::npos) break;
    start = comma + 1;
  }
  return items;
}

std::string list_text(const std::vector<std::string>& items) {
  std::string text;
  for (const std::string& item : items)
    text += (text.empty() ? "" : ", ") + item;
  return text;
}

TypedMoment typed_helsinki_moment(std::string_view date, std::string_view time) {
  const std::string day = typed_date(date);
  const std::string clock = typed_time(time);
  TypedMoment moment{.date_wrong = day.empty(), .time_wrong = clock.empty()};
  if (moment.date_wrong || moment.time_wrong) return moment;
  moment.at = core::helsinki_time_on(day, clock);
  moment.time_wrong = !moment.at;
  return moment;
}

std::pair<std::string, std::string> helsinki_date_and_time(core::TimePoint at) {
  const std::string text = text::format_rfc3339_helsinki(at);  // 2024-02-16T09:00:00+02:00
  return {text.substr(8, 2) + "." + text.substr(5, 2) + "." + text.substr(0, 4),
          text.substr(11, 5)};
}

}  // namespace tori::web
