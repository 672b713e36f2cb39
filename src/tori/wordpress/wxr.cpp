// SPDX-License-Identifier: AGPL-3.0-or-later
// read_wxr: libxml2 over the bytes (no network, no DTD, no entities), then a walk of the channel.
#include "tori/wordpress/wxr.hpp"

#include <libxml/parser.h>
#include <libxml/tree.h>
#include <libxml/xmlerror.h>

#include <algorithm>
#include <charconv>
#include <memory>
#include <optional>

namespace tori::wordpress {
namespace {

enum class Ns { kNone, kWp, kExcerpt, kContent, kDc, kOther };

Ns namespace_of(const xmlNode* node) {
  if (node->ns == nullptr || node->ns->href == nullptr) return Ns::kNone;
  const std::string_view href = reinterpret_cast<const char*>(node->ns->href);
  if (href.starts_with("http://wordpress.org/export/"))
    return href.ends_with("/excerpt/") ? Ns::kExcerpt : Ns::kWp;
  if (href == "http://purl.org/rss/1.0/modules/content/") return Ns::kContent;
  if (href == "http://purl.org/dc/elements/1.1/") return Ns::kDc;
  return Ns::kOther;
}

bool is_element(const xmlNode* node, Ns ns, std::string_view name) {
  return node->type == XML_ELEMENT_NODE && namespace_of(node) == ns &&
         name == reinterpret_cast<const char*>(node->name);
}

// The text and CDATA children only: an entity reference is never followed.
std::string text_of(const xmlNode* node) {
  std::string text;
  for (const xmlNode* child = node->children; child != nullptr; child = child->next) {
    if ((child->type == XML_TEXT_NODE || child->type == XML_CDATA_SECTION_NODE) &&
        child->content != nullptr)
      text += reinterpret_cast<const char*>(child->content);
  }
  return text;
}

std::string trimmed(std::string text) {
  const auto first = text.find_first_not_of(" \t\r\n");
  if (first == std::string::npos) return {};
  const auto last = text.find_last_not_of(" \t\r\n");
  return text.substr(first, last - first + 1);
}

std::string trimmed_text(const xmlNode* node) {
  return trimmed(text_of(node));
}

std::string attribute(const xmlNode* node, const char* name) {
  xmlChar* value = xmlGetProp(node, reinterpret_cast<const xmlChar*>(name));
  if (value == nullptr) return {};
  std::string text = reinterpret_cast<const char*>(value);
  xmlFree(value);
  return text;
}

std::optional<std::int64_t> parse_id(std::string_view text) {
  std::int64_t value = 0;
  const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), value);
  if (error != std::errc{} || end != text.data() + text.size() || value < 0) return std::nullopt;
  return value;
}

void read_postmeta(const xmlNode* meta, WxrItem& item) {
  std::string key, value;
  for (const xmlNode* child = meta->children; child != nullptr; child = child->next) {
    if (is_element(child, Ns::kWp, "meta_key")) key = trimmed_text(child);
    if (is_element(child, Ns::kWp, "meta_value")) value = trimmed_text(child);
  }
  if (key == "_thumbnail_id") item.thumbnail_id = parse_id(value).value_or(0);
  if (key == "_wp_attached_file") item.attached_file = value;
  if (key == "_wp_attachment_image_alt") item.image_alt = value;
}

// One field of an item; false when the element is none of those read here.
bool read_wp_field(const xmlNode* child, WxrItem& item, std::string& post_id) {
  const std::string_view name = reinterpret_cast<const char*>(child->name);
  if (name == "post_id")
    post_id = trimmed_text(child);
  else if (name == "post_name")
    item.post_name = trimmed_text(child);
  else if (name == "post_type")
    item.post_type = trimmed_text(child);
  else if (name == "status")
    item.status = trimmed_text(child);
  else if (name == "post_date_gmt")
    item.post_date_gmt = trimmed_text(child);
  else if (name == "attachment_url")
    item.attachment_url = trimmed_text(child);
  else if (name == "postmeta")
    read_postmeta(child, item);
  else
    return false;
  return true;
}

std::variant<WxrItem, WxrError> read_item(const xmlNode* node) {
  WxrItem item;
  item.line = xmlGetLineNo(node);
  std::string post_id;
  for (const xmlNode* child = node->children; child != nullptr; child = child->next) {
    if (child->type != XML_ELEMENT_NODE) continue;
    const Ns ns = namespace_of(child);
    const std::string_view name = reinterpret_cast<const char*>(child->name);
    if (ns == Ns::kWp)
      read_wp_field(child, item, post_id);
    else if (ns == Ns::kNone && name == "title")
      item.title = trimmed_text(child);
    else if (ns == Ns::kNone && name == "link")
      item.link = trimmed_text(child);
    else if (ns == Ns::kNone && name == "category")
      item.terms.push_back(
          {attribute(child, "domain"), attribute(child, "nicename"), trimmed_text(child)});
    else if (ns == Ns::kDc && name == "creator")
      item.creator = trimmed_text(child);
    else if (ns == Ns::kContent && name == "encoded")
      item.content = text_of(child);
    else if (ns == Ns::kExcerpt && name == "encoded")
      item.excerpt = text_of(child);
  }
  const auto id = parse_id(post_id);
  if (!id) return WxrError{item.line, "the item has no numeric wp:post_id"};
  item.post_id = *id;
  return item;
}

WxrAuthor read_author(const xmlNode* node) {
  WxrAuthor author;
  for (const xmlNode* child = node->children; child != nullptr; child = child->next) {
    if (is_element(child, Ns::kWp, "author_login")) author.login = trimmed_text(child);
    if (is_element(child, Ns::kWp, "author_display_name"))
      author.display_name = trimmed_text(child);
  }
  return author;
}

std::variant<WxrFile, WxrError> read_channel(const xmlNode* channel) {
  WxrFile file;
  for (const xmlNode* child = channel->children; child != nullptr; child = child->next) {
    if (is_element(child, Ns::kNone, "link")) file.site_url = trimmed_text(child);
    if (is_element(child, Ns::kNone, "language")) file.language = trimmed_text(child);
    if (is_element(child, Ns::kWp, "author")) file.authors.push_back(read_author(child));
    if (!is_element(child, Ns::kNone, "item")) continue;
    auto item = read_item(child);
    if (auto* error = std::get_if<WxrError>(&item)) return std::move(*error);
    file.items.push_back(std::move(std::get<WxrItem>(item)));
  }
  return file;
}

long line_at(std::string_view bytes, std::size_t offset) {
  return 1 + static_cast<long>(std::count(bytes.begin(), bytes.begin() + offset, '\n'));
}

// Where the prolog declares a DOCTYPE (refused before libxml2 sees it), or nothing.
std::optional<std::size_t> doctype_offset(std::string_view bytes) {
  std::size_t at = 0;
  while (at < bytes.size()) {
    at = bytes.find('<', at);
    if (at == std::string_view::npos) return std::nullopt;
    const std::string_view rest = bytes.substr(at);
    if (rest.starts_with("<!DOCTYPE")) return at;
    std::string_view end;
    if (rest.starts_with("<?"))
      end = "?>";
    else if (rest.starts_with("<!--"))
      end = "-->";
    else
      return std::nullopt;  // the root element: the prolog is over
    at = bytes.find(end, at + 2);
    if (at == std::string_view::npos) return std::nullopt;
  }
  return std::nullopt;
}

xmlParserInputPtr refuse_external_entity(const char*, const char*, xmlParserCtxtPtr) {
  return nullptr;
}

// The external entity loader refused while this lives (the import is single-threaded).
class NoExternalEntities {
 public:
  NoExternalEntities() : previous_(xmlGetExternalEntityLoader()) {
    xmlSetExternalEntityLoader(&refuse_external_entity);
  }
  ~NoExternalEntities() { xmlSetExternalEntityLoader(previous_); }
  NoExternalEntities(const NoExternalEntities&) = delete;
  NoExternalEntities& operator=(const NoExternalEntities&) = delete;

 private:
  xmlExternalEntityLoader previous_;
};

// The first fatal error libxml2 reports while this lives (later ones follow from it), else the
// first error.
class FirstError {
 public:
  FirstError() { xmlSetStructuredErrorFunc(this, &FirstError::keep); }
  ~FirstError() { xmlSetStructuredErrorFunc(nullptr, nullptr); }
  FirstError(const FirstError&) = delete;
  FirstError& operator=(const FirstError&) = delete;
  [[nodiscard]] const std::optional<WxrError>& error() const { return fatal_ ? fatal_ : error_; }

 private:
  static void keep(void* self, xmlErrorPtr error) {
    auto* first = static_cast<FirstError*>(self);
    if (error == nullptr || error->level < XML_ERR_ERROR) return;
    const WxrError found{error->line, error->message ? trimmed(error->message) : "not XML"};
    if (!first->error_) first->error_ = found;
    if (error->level == XML_ERR_FATAL && !first->fatal_) first->fatal_ = found;
  }
  std::optional<WxrError> error_, fatal_;
};

struct DocFree {
  void operator()(xmlDoc* doc) const { xmlFreeDoc(doc); }
};
struct CtxtFree {
  void operator()(xmlParserCtxt* ctxt) const { xmlFreeParserCtxt(ctxt); }
};

std::variant<WxrFile, WxrError> read_document(const xmlDoc* doc) {
  if (doc->intSubset != nullptr || doc->extSubset != nullptr)
    return WxrError{1, "the file has a DOCTYPE; a WordPress export has none"};
  const xmlNode* root = xmlDocGetRootElement(doc);
  if (root == nullptr || !is_element(root, Ns::kNone, "rss"))
    return WxrError{root ? xmlGetLineNo(root) : 1, "the root element is not <rss>"};
  for (const xmlNode* child = root->children; child != nullptr; child = child->next) {
    if (is_element(child, Ns::kNone, "channel")) return read_channel(child);
  }
  return WxrError{xmlGetLineNo(root), "<rss> has no <channel>"};
}

}  // namespace

std::variant<WxrFile, WxrError> read_wxr(std::string_view bytes) {
  if (bytes.empty()) return WxrError{0, "the file is empty"};
  if (bytes.size() > kMaxWxrBytes)
    return WxrError{0, "the file is larger than " + std::to_string(kMaxWxrBytes >> 20) + " MiB"};
  if (const auto doctype = doctype_offset(bytes))
    return WxrError{line_at(bytes, *doctype),
                    "the file has a DOCTYPE; a WordPress export has none"};
  xmlInitParser();
  const NoExternalEntities no_external;
  const FirstError first_error;
  const std::unique_ptr<xmlParserCtxt, CtxtFree> ctxt(xmlNewParserCtxt());
  if (!ctxt) throw std::bad_alloc();
  constexpr int kOptions =
      XML_PARSE_NONET | XML_PARSE_NOERROR | XML_PARSE_NOWARNING | XML_PARSE_BIG_LINES;
  const std::unique_ptr<xmlDoc, DocFree> doc(xmlCtxtReadMemory(
      ctxt.get(), bytes.data(), static_cast<int>(bytes.size()), "wxr.xml", nullptr, kOptions));
  if (!doc) {
    if (first_error.error()) return *first_error.error();
    const xmlError* error = xmlCtxtGetLastError(ctxt.get());
    if (error == nullptr || error->message == nullptr) return WxrError{0, "not XML"};
    return WxrError{error->line, trimmed(error->message)};
  }
  return read_document(doc.get());
}

}  // namespace tori::wordpress
