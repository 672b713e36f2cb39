// SPDX-License-Identifier: AGPL-3.0-or-later
// News articles (uutiset): what an article holds, its keywords (asiasanat) and the rules it
// keeps before it is stored.
//
//   ArticleInput input = …;                              // from news JSONL or the editor
//   if (auto errors = validate_article_input(input); !errors.empty()) …
//   std::string slug = keyword_slug("Kekseliäät kehittäjät");  // "kekseliaat-kehittajat"
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "tori/core/practice.hpp"        // TimePoint
#include "tori/core/practice_input.hpp"  // FieldError

namespace tori::core {

// Limits of validate_article_input (characters are Unicode code points).
inline constexpr std::size_t kMaxArticleLeadLength = 1000;
inline constexpr std::size_t kMaxArticleBodyLength = 60000;
inline constexpr std::size_t kMaxArticleKeywords = 12;
inline constexpr std::size_t kMaxArticleImages = 12;
inline constexpr std::size_t kMaxArticleRelated = 20;
inline constexpr std::size_t kMaxImageTextLength = 500;  // alt, caption, credit, description

// One picture of an article. `file` and `thumbnail` name WebP files under uploads/ (empty while
// the picture is only described); `description` says what it shows, for whoever supplies one.
struct ArticleImage {
  std::string file;
  std::string thumbnail;
  int width = 0;
  int height = 0;
  std::string alt;          // the text alternative; required
  std::string caption;      // shown under the picture
  std::string credit;       // "Kuva: Elina Saarivirta"
  std::string description;  // the format's file_hint
  friend bool operator==(const ArticleImage&, const ArticleImage&) = default;
};

// An article as written: by the news JSON Lines format, the WordPress import or an editor.
struct ArticleInput {
  std::string slug;  // [a-z0-9-]; the address /uutiset/{slug}
  std::string title;
  std::string lead;
  std::string body;          // Markdown
  TimePoint published_at{};  // shown from this moment on (a later one schedules it)
  std::string author;
  std::vector<std::string> keywords;  // as written: "Kekseliäät kehittäjät"
  std::vector<ArticleImage> images;
  std::string credit_line;                     // "Teksti ja kuvat: …", or empty
  std::vector<std::string> related_events;     // events' external_id
  std::vector<std::string> related_practices;  // practices' slugs
  std::string language = "fi";                 // fi, sv or en
  friend bool operator==(const ArticleInput&, const ArticleInput&) = default;
};

// A keyword with its address part: {"kekseliaat-kehittajat", "Kekseliäät kehittäjät"}.
struct Keyword {
  std::string slug;
  std::string name;
  std::int64_t articles = 0;  // published articles that carry it (in listings of keywords)
  friend bool operator==(const Keyword&, const Keyword&) = default;
};

// Something an article links to, resolved by the store: an event or a practice.
struct ArticleLink {
  std::string slug;
  std::string title;
  TimePoint at{};  // an event's start; a practice's publication
  friend bool operator==(const ArticleLink&, const ArticleLink&) = default;
};

// A stored article.
struct Article {
  std::int64_t id = 0;
  ArticleInput input;
  std::vector<Keyword> keywords;       // input.keywords with their slugs, in order
  std::vector<ArticleLink> events;     // the related events, by start
  std::vector<ArticleLink> practices;  // the related practices that are published
  TimePoint updated_at{};
  // Whether visitors see it at `now`: its publication time has come.
  [[nodiscard]] bool published_at(TimePoint now) const { return input.published_at <= now; }
};

// The address part of a keyword: text::slugify of the name ("Tori" → "tori").
[[nodiscard]] std::string keyword_slug(std::string_view name);

// Every rule the input breaks, in field order; empty when it may be stored. slug is a valid
// slug; title 1–200 and lead 0–1000 on one line / many lines; body 1–60000; author ≤ 200;
// credit_line ≤ 200; language fi, sv or en; at most 12 keywords of 1–60, none twice by slug;
// at most 12 images, each with alt 1–500 and caption, credit, description ≤ 500; at most 20
// related events and 20 related practices, none empty or twice. Related items are looked up by
// the store.
[[nodiscard]] std::vector<FieldError> validate_article_input(const ArticleInput& input);

}  // namespace tori::core
