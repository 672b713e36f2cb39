// SPDX-License-Identifier: AGPL-3.0-or-later
// Escaping for HTML and URLs, percent-decoding, UTF-8 validation, case folding and NFC.
//
//   escape_html("<a href='x'>")            // "&lt;a href=&#39;x&#39;&gt;"
//   url_encode_component("å & ö")          // "%C3%A5%20%26%20%C3%B6"
//   percent_decode("a+b%2Fc", true)        // "a b/c"
//   percent_decode("100%", false)          // nothing: a '%' must start a %XX escape
//   fold_case("STRASSE Öljy")              // "strasse öljy"
//
// Templates (ctemplate) escape on their own; these are for the places that build text by hand
// (headers, mail, feeds, links) and for normalising user input before it is compared or stored.
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace tori::text {

// Replaces & < > " ' with &amp; &lt; &gt; &quot; &#39;; every other byte is kept. The result is
// safe in element content and in a quoted attribute value (single or double quotes), so there is
// no separate escape_attribute. Never put it in an unquoted attribute, a URL scheme position, a
// <script> or a style.
[[nodiscard]] std::string escape_html(std::string_view text);

// Percent-encodes every byte except RFC 3986's unreserved A–Z a–z 0–9 - . _ ~ (upper-case hex;
// a space becomes %20, never '+'). For one path segment or one query name or value.
[[nodiscard]] std::string url_encode_component(std::string_view text);

// Decodes %XX escapes (either case of hex); with `plus_as_space` (form bodies and query strings)
// '+' becomes a space. Nothing when a '%' is not followed by two hex digits. The decoded bytes
// are kept as they are, including NUL (%00) and bytes that are not valid UTF-8: a caller that
// needs text checks is_valid_utf8 itself.
[[nodiscard]] std::optional<std::string> percent_decode(std::string_view text, bool plus_as_space);

// Whether `text` is well-formed UTF-8: no overlong forms, no surrogates (U+D800–DFFF), nothing
// above U+10FFFF, no truncated sequence.
[[nodiscard]] bool is_valid_utf8(std::string_view text);

// Unicode default case folding (ICU), for caseless comparison: "Öljy" and "ÖLJY" fold alike,
// "ß" folds to "ss". Ill-formed UTF-8 sequences become U+FFFD.
[[nodiscard]] std::string fold_case(std::string_view text);

// Unicode Normalization Form C (ICU): "a" + U+0308 becomes "ä". Store user text in NFC so that
// equal-looking strings compare equal. Ill-formed UTF-8 sequences become U+FFFD.
[[nodiscard]] std::string to_nfc(std::string_view text);

}  // namespace tori::text
