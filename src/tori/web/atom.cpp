// SPDX-License-Identifier: AGPL-3.0-or-later
// write_atom: an Atom 1.0 document built as text, each value escaped for XML.
#include "tori/web/atom.hpp"

#include <algorithm>

#include "tori/text/escape.hpp"

namespace tori::web {
namespace {

// Whether a byte is a C0 control that XML 1.0 forbids (tab, LF and CR are allowed).
bool forbidden_in_xml(unsigned char byte) {
  return byte < 0x20 && byte != '\t' && byte != '\n' && byte != '\r';
}

void link(std::string& xml, std::string_view rel, std::string_view type, std::string_view href) {
  xml += "<link rel=\"" + xml_escape(rel) + "\" type=\"" + xml_escape(type) + "\" href=\"" +
         xml_escape(href) + "\"/>\n";
}

void write_entry(std::string& xml, const AtomEntry& entry) {
  xml += entry.language.empty() ? "<entry>\n"
                                : "<entry xml:lang=\"" + xml_escape(entry.language) + "\">\n";
  xml_element(xml, "id", entry.id);
  xml_element(xml, "title", entry.title, " type=\"text\"");
  link(xml, "alternate", "text/html", entry.url);
  xml_element(xml, "published", text::format_rfc3339_utc(entry.published));
  xml_element(xml, "updated", text::format_rfc3339_utc(entry.updated));
  if (!entry.author.empty()) {
    xml += "<author>";
    xml_element(xml, "name", entry.author);
    xml += "</author>\n";
  }
  for (const auto& [term, label] : entry.categories)
    xml += "<category term=\"" + xml_escape(term) + "\" label=\"" + xml_escape(label) + "\"/>\n";
  if (!entry.summary.empty()) xml_element(xml, "summary", entry.summary, " type=\"text\"");
  if (!entry.content_html.empty())
    xml_element(xml, "content", entry.content_html, " type=\"html\"");
  xml += "</entry>\n";
}

}  // namespace

std::string xml_escape(std::string_view text) {
  std::string allowed;
  allowed.reserve(text.size());
  for (const char c : text) {
    if (!forbidden_in_xml(static_cast<unsigned char>(c))) allowed += c;
  }
  return text::escape_html(allowed);
}

std::string write_atom(const AtomFeed& feed) {
  std::string xml = "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n";
  xml += "<feed xmlns=\"http://www.w3.org/2005/Atom\" xml:lang=\"" + xml_escape(feed.language) +
         "\">\n";
  xml_element(xml, "id", feed.id);
  xml_element(xml, "title", feed.title, " type=\"text\"");
  if (!feed.subtitle.empty()) xml_element(xml, "subtitle", feed.subtitle, " type=\"text\"");
  link(xml, "self", "application/atom+xml", feed.self_url);
  link(xml, "alternate", "text/html", feed.page_url);
  xml_element(xml, "updated", text::format_rfc3339_utc(feed.updated));
  xml += "<author>";
  xml_element(xml, "name", feed.author);
  xml += "</author>\n";
  for (const AtomEntry& entry : feed.entries)
    write_entry(xml, entry);
  xml += "</feed>\n";
  return xml;
}

text::TimePoint newest_update(const std::vector<AtomEntry>& entries, text::TimePoint fallback) {
  if (entries.empty()) return fallback;
  return std::max_element(
             entries.begin(), entries.end(),
             [](const AtomEntry& a, const AtomEntry& b) { return a.updated < b.updated; })
      ->updated;
}

http::Response atom_response(const AtomFeed& feed) {
  http::Response response{.status = 200, .headers = {}, .body = write_atom(feed)};
  response.headers.set("Content-Type", "application/atom+xml; charset=utf-8");
  response.headers.set("Cache-Control", "public, max-age=300");
  return response;
}

void xml_element(std::string& xml, std::string_view name, std::string_view value,
                 std::string_view attributes) {
  xml += '<';
  xml += name;
  xml += attributes;
  xml += '>';
  xml += xml_escape(value);
  xml += "</";
  xml += name;
  xml += ">\n";
}

}  // namespace tori::web
