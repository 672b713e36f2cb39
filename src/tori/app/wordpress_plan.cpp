// SPDX-License-Identifier: AGPL-3.0-or-later
// plan_wordpress_import: posts to news articles, pages to editable pages, old addresses to
// redirects; drafts and the rest skipped with a reason.
#include <algorithm>
#include <map>
#include <set>

#include "tori/app/wordpress_plan.hpp"
#include "tori/store/reserved_slugs.hpp"
#include "tori/text/markdown.hpp"
#include "tori/text/slug.hpp"
#include "tori/text/time_format.hpp"

namespace tori::app {
namespace wxr_plan {

using wordpress::WxrFile;
using wordpress::WxrItem;

std::string item_label(const WxrItem& item) {
  return "line " + std::to_string(item.line) + ": " + item.post_type + " " +
         std::to_string(item.post_id);
}

int hex_value(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  return -1;
}

std::string percent_decoded(std::string_view text) {
  std::string out;
  for (std::size_t i = 0; i < text.size(); ++i) {
    if (text[i] == '%' && i + 2 < text.size() && hex_value(text[i + 1]) >= 0 &&
        hex_value(text[i + 2]) >= 0) {
      out += static_cast<char>(hex_value(text[i + 1]) * 16 + hex_value(text[i + 2]));
      i += 2;
    } else {
      out += text[i];
    }
  }
  return out;
}

// The slug: the old post_name (%-decoded, made a slug), else the title's.
std::string item_slug(const WxrItem& item, const std::string& title) {
  const std::string name = percent_decoded(item.post_name);
  return text::slugify(name.empty() ? title : name);
}

// "2019-05-14 09:30:00" (UTC) as a time; nothing for WordPress's zero date or a malformed one.
std::optional<core::TimePoint> gmt_time(const std::string& text) {
  if (text.size() != 19 || text.starts_with("0000")) return std::nullopt;
  std::string rfc = text;
  rfc[10] = 'T';
  return text::parse_rfc3339(rfc + "Z");
}

// The path and query of an old address ("https://vanha.fi/2019/05/x/" → "/2019/05/x/").
std::string old_path(std::string_view link) {
  const auto scheme = link.find("://");
  if (scheme != std::string_view::npos) {
    const auto path = link.find_first_of("/?", scheme + 3);
    link = path == std::string_view::npos ? std::string_view("/") : link.substr(path);
  }
  link = link.substr(0, link.find('#'));
  if (link.starts_with('?')) return "/" + std::string(link);
  return std::string(link);
}

std::string item_language(const WxrFile& file, const WxrItem& item) {
  for (const wordpress::WxrTerm& term : item.terms) {
    if (term.domain == "language" &&
        (term.nicename == "fi" || term.nicename == "sv" || term.nicename == "en"))
      return term.nicename;
  }
  const std::string channel = file.language.substr(0, 2);
  return channel == "sv" || channel == "en" ? channel : "fi";
}

// Categories and tags as keywords: WordPress's default category left out, none twice, at most
// core::kMaxArticleKeywords of at most 60 characters.
std::vector<std::string> item_keywords(const WxrItem& item) {
  static const std::set<std::string, std::less<>> kDefaultCategories = {"uncategorized", "yleinen",
                                                                        "okategoriserade"};
  std::vector<std::string> keywords;
  std::set<std::string> slugs;
  for (const wordpress::WxrTerm& term : item.terms) {
    if (term.domain != "category" && term.domain != "post_tag") continue;
    if (term.domain == "category" && kDefaultCategories.contains(term.nicename)) continue;
    const std::string name = wordpress::html_to_plain_text(term.name);
    if (name.empty() || name.size() > 60 || keywords.size() == core::kMaxArticleKeywords) continue;
    if (slugs.insert(core::keyword_slug(name)).second) keywords.push_back(name);
  }
  return keywords;
}

// Whether a Markdown block is a paragraph (not a heading, list, quote or table).
bool is_paragraph(std::string_view block) {
  if (block.empty() || std::string_view("#->|").find(block[0]) != std::string_view::npos)
    return false;
  const auto digits = block.find_first_not_of("0123456789");
  return digits == 0 || digits == std::string_view::npos || block.substr(digits, 2) != ". ";
}

// The lead: the excerpt's text, else the first paragraph (taken out of the body when more
// follows).
void lead_and_body(const WxrItem& item, const std::string& markdown, core::ArticleInput& input) {
  const std::string excerpt = wordpress::html_to_plain_text(item.excerpt);
  input.body = markdown;
  if (!excerpt.empty()) {
    input.lead = text::markdown_to_text(wordpress::escape_markdown_text(excerpt),
                                        core::kMaxArticleLeadLength);
    return;
  }
  const auto end = markdown.find("\n\n");
  if (end == std::string::npos || !is_paragraph(markdown)) return;
  input.lead = text::markdown_to_text(markdown.substr(0, end), core::kMaxArticleLeadLength);
  input.body = markdown.substr(end + 2);
}

std::string author_name(const WxrFile& file, const std::string& login) {
  for (const wordpress::WxrAuthor& author : file.authors) {
    if (author.login == login && !author.display_name.empty()) return author.display_name;
  }
  return login;
}

struct Attachments {
  std::map<std::int64_t, const WxrItem*> by_id;
  std::map<std::string, const WxrItem*, std::less<>> by_url;
};

Attachments attachments_of(const WxrFile& file) {
  Attachments found;
  for (const WxrItem& item : file.items) {
    if (item.post_type != "attachment") continue;
    found.by_id[item.post_id] = &item;
    if (!item.attachment_url.empty()) found.by_url[item.attachment_url] = &item;
  }
  return found;
}

std::string attachment_alt(const WxrItem& attachment) {
  return attachment.image_alt.empty() ? wordpress::html_to_plain_text(attachment.title)
                                      : attachment.image_alt;
}

// The featured image first, then the body's pictures; alt from the img, else the
// attachment, else the article's title.
std::vector<WantedPicture> wanted_pictures(const WxrItem& item,
                                           const std::vector<wordpress::ImageReference>& images,
                                           const Attachments& attachments,
                                           const std::string& title) {
  std::vector<WantedPicture> wanted;
  if (const auto featured = attachments.by_id.find(item.thumbnail_id);
      item.thumbnail_id != 0 && featured != attachments.by_id.end()) {
    wanted.push_back({featured->second->attachment_url, attachment_alt(*featured->second),
                      wordpress::html_to_plain_text(featured->second->excerpt)});
  }
  for (const wordpress::ImageReference& image : images) {
    std::string alt = image.alt;
    if (const auto attachment = attachments.by_url.find(image.src);
        alt.empty() && attachment != attachments.by_url.end())
      alt = attachment_alt(*attachment->second);
    wanted.push_back({image.src, alt.empty() ? title : alt, image.caption});
  }
  for (WantedPicture& picture : wanted) {
    if (picture.alt.empty()) picture.alt = title;
  }
  return wanted;
}

}  // namespace wxr_plan

namespace wxr_plan {

struct Planner {
  const WxrFile& file;
  Attachments attachments;
  WordpressPlan plan;
  std::set<std::string, std::less<>> article_slugs;
  std::set<std::string, std::less<>> old_paths;

  void redirect(const WxrItem& item, const std::string& old, const std::string& target) {
    const std::string note = "WordPress " + item.post_type + " " + std::to_string(item.post_id);
    const core::CheckedRedirect checked = core::check_redirect_input({old, target, note});
    if (!checked.errors.empty()) {
      const core::RedirectProblem problem = checked.errors.front().problem;
      if (problem == core::RedirectProblem::kSameAsSource) return;
      plan.errors.push_back(item_label(item) + ": old address " + old + ": " +
                            std::string(core::redirect_problem_text(problem)));
      return;
    }
    if (checked.rule.old_path == "/") return;  // the old front page: the new one stays
    if (!old_paths.insert(checked.rule.old_path).second) return;  // the link was ?p=N already
    plan.redirects.push_back(checked.rule);
  }

  // The item's <link> and its ?p=N (?page_id=N) address.
  void redirects_of(const WxrItem& item, const std::string& target) {
    if (!item.link.empty()) redirect(item, old_path(item.link), target);
    redirect(item,
             (item.post_type == "page" ? "/?page_id=" : "/?p=") + std::to_string(item.post_id),
             target);
  }

  void post(const WxrItem& item) {
    const std::string label = item_label(item);
    core::ArticleInput input;
    input.title = wordpress::html_to_plain_text(item.title);
    const std::string base = item_slug(item, input.title);
    input.slug = text::unique_slug(
        base, [&](std::string_view slug) { return article_slugs.contains(slug); }, {});
    article_slugs.insert(input.slug);
    const wordpress::CleanedHtml cleaned = wordpress::clean_wordpress_html(item.content);
    lead_and_body(item, cleaned.markdown, input);
    const auto published = gmt_time(item.post_date_gmt);
    if (!published) {
      plan.errors.push_back(label + ": wp:post_date_gmt is not a date: " + item.post_date_gmt);
      return;
    }
    input.published_at = *published;
    input.author = author_name(file, item.creator);
    input.keywords = item_keywords(item);
    input.language = item_language(file, item);
    if (const auto errors = core::validate_article_input(input); !errors.empty()) {
      plan.errors.push_back(label + ": " + errors.front().field + ": " + errors.front().message);
      return;
    }
    redirects_of(item, "/uutiset/" + input.slug);
    auto pictures = wanted_pictures(item, cleaned.images, attachments, input.title);
    plan.articles.push_back({std::move(input), std::move(pictures), label});
  }

  void page(const WxrItem& item) {
    const std::string label = item_label(item);
    core::SitePageInput input;
    input.versions[0].title = wordpress::html_to_plain_text(item.title);
    input.slug = item_slug(item, input.versions[0].title);
    input.versions[0].body = wordpress::clean_wordpress_html(item.content).markdown;
    if (const auto errors = core::validate_site_page(input, store::reserved_slugs());
        !errors.empty()) {
      plan.skipped.push_back(label + " \"" + input.versions[0].title +
                             "\": " + errors.front().field + ": " + errors.front().message);
      return;
    }
    redirects_of(item, "/" + input.slug);
    plan.pages.push_back(std::move(input));
  }

  void item(const WxrItem& item) {
    if (item.post_type == "attachment") return;  // read with the posts that show them
    const std::string label = item_label(item) + " \"" + item.title + "\"";
    if (item.post_type != "post" && item.post_type != "page") {
      plan.skipped.push_back(label + ": the type " + item.post_type + " is not imported");
      return;
    }
    if (item.status != "publish" && item.status != "future") {
      plan.skipped.push_back(label + ": status " + item.status + " (only published posts)");
      return;
    }
    if (item.post_type == "post")
      post(item);
    else
      page(item);
  }
};

}  // namespace wxr_plan

WordpressPlan plan_wordpress_import(const wordpress::WxrFile& file) {
  wxr_plan::Planner planner{file, wxr_plan::attachments_of(file), {}, {}, {}};
  for (const wordpress::WxrItem& item : file.items)
    planner.item(item);
  return std::move(planner.plan);
}

}  // namespace tori::app
