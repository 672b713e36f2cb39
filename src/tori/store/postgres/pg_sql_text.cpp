// SPDX-License-Identifier: AGPL-3.0-or-later
// Text rewriting for PostgreSQL: SQLite-style placeholders to $N, passwords out of addresses.
#include <algorithm>
#include <cctype>
#include <string>

#include "tori/store/postgres/pg_connection.hpp"

namespace tori::store::postgres {

namespace {

// The end of a quoted run starting at `at` (the opening quote); a doubled quote stays inside.
std::size_t skip_quoted(std::string_view sql, std::size_t at) {
  const char quote = sql[at];
  for (std::size_t i = at + 1; i < sql.size(); ++i) {
    if (sql[i] != quote) continue;
    if (i + 1 < sql.size() && sql[i + 1] == quote) {
      ++i;
      continue;
    }
    return i + 1;
  }
  return sql.size();
}

// The end of a comment starting at `at`, or `at` when none starts there.
std::size_t skip_comment(std::string_view sql, std::size_t at) {
  if (sql.substr(at, 2) == "--") {
    const std::size_t end = sql.find('\n', at);
    return end == std::string_view::npos ? sql.size() : end;
  }
  if (sql.substr(at, 2) == "/*") {
    const std::size_t end = sql.find("*/", at + 2);
    return end == std::string_view::npos ? sql.size() : end + 2;
  }
  return at;
}

}  // namespace

TranslatedSql translate_placeholders(std::string_view sql) {
  TranslatedSql out;
  out.text.reserve(sql.size() + 8);
  std::size_t i = 0;
  while (i < sql.size()) {
    const char c = sql[i];
    std::size_t end = i;
    if (c == '\'' || c == '"') end = skip_quoted(sql, i);
    if (c == '-' || c == '/') end = skip_comment(sql, i);
    if (end != i) {
      out.text.append(sql.substr(i, end - i));
      i = end;
      continue;
    }
    ++i;
    if (c != '?') {
      out.text.push_back(c);
      continue;
    }
    std::size_t digits = i;
    while (digits < sql.size() && std::isdigit(static_cast<unsigned char>(sql[digits])) != 0)
      ++digits;
    const int number =
        digits > i ? std::stoi(std::string{sql.substr(i, digits - i)}) : out.parameters + 1;
    out.parameters = std::max(out.parameters, number);
    out.unused.resize(static_cast<std::size_t>(out.parameters), true);
    out.unused[static_cast<std::size_t>(number - 1)] = false;
    out.text += "$" + std::to_string(number);
    i = digits;
  }
  return out;
}

std::string redact_uri(std::string_view uri) {
  std::string text{uri};
  const std::size_t scheme = text.find("://");
  if (scheme != std::string::npos) {
    const std::size_t at = text.find('@', scheme + 3);
    const std::size_t colon = text.find(':', scheme + 3);
    if (at != std::string::npos && colon != std::string::npos && colon < at) {
      text.replace(colon + 1, at - colon - 1, "***");
    }
  }
  const std::size_t password = text.find("password=");
  if (password != std::string::npos) {
    std::size_t end = text.find_first_of(" &", password);
    if (end == std::string::npos) end = text.size();
    text.replace(password + 9, end - password - 9, "***");
  }
  return text;
}

}  // namespace tori::store::postgres
