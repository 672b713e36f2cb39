// SPDX-License-Identifier: AGPL-3.0-or-later
// Checking uploaded PDF attachments with libqpdf: well formed, not encrypted, page count.
//
//   PdfCheck check = check_pdf(upload_bytes);
//   if (!check.accepted) return refusal_code(check.refusal);   // "encrypted", ...
//   store_attachment(upload_bytes, check.pages);               // the bytes unchanged
//
// The PDF is kept as uploaded, not rewritten; this only refuses what a reader would choke on
// or what we could not index or show (encrypted). Active content (JavaScript, launch actions,
// embedded files) is *not* refused: attachments are served for download only, with
// Content-Disposition: attachment and a CSP sandbox, never rendered inline by Tori.
#pragma once

#include <cstddef>
#include <string_view>

namespace tori::media {

struct PdfLimits {
  std::size_t max_bytes = 20 * 1024 * 1024;
  int max_pages = 500;
};

// Why a PDF was refused; refusal_code gives the stable code for the API and the logs.
enum class PdfRefusal {
  empty,           // no bytes at all
  too_large,       // more than max_bytes
  not_a_pdf,       // no "%PDF-" at byte 0
  damaged,         // qpdf cannot parse it, or parses it only with warnings
  encrypted,       // any encryption, with or without a user password
  too_many_pages,  // more than max_pages
};

struct PdfCheck {
  bool accepted = false;
  PdfRefusal refusal{};  // meaningful only when !accepted
  int pages = 0;         // when accepted
};

// Checks, in order: size, header, a strict qpdf parse (no recovery; any warning counts as
// damage), encryption, the page tree. Never throws; qpdf prints nothing (its output goes to a
// discarding logger). Reads only memory. Safe to call from many threads at once.
[[nodiscard]] PdfCheck check_pdf(std::string_view bytes, const PdfLimits& limits = {});

// "empty", "too_large", "not_a_pdf", "damaged", "encrypted", "too_many_pages".
[[nodiscard]] std::string_view refusal_code(PdfRefusal refusal);

}  // namespace tori::media
