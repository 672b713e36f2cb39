// SPDX-License-Identifier: AGPL-3.0-or-later
// The multipart/form-data (RFC 7578) body parser: text fields and uploaded files of a form.
//
//   std::optional<MultipartBody> body = parse_multipart(content_type, request.body);
//   if (!body) return Response::text(400, "virheellinen lomake");
//   for (const FormFile& file : body->files) { /* check file.bytes, never file.content_type */ }
//
// Usually reached through Form::parse_body, which also takes urlencoded bodies. What it accepts:
// - CRLF line endings only. A bare LF is never a line end: the delimiter is matched only as
//   CRLF "--" boundary, so binary content with LF, "--" or part of the boundary in it comes back
//   exactly, and a body written with bare LFs is refused (browsers and curl send CRLF).
// - The preamble and the epilogue are ignored; spaces or tabs after a boundary are allowed.
// - Header names in any case; parameter values quoted (\" and \\ are escapes, any other
//   backslash is kept, as old browsers send "C:\dir\name.jpg" unescaped) or unquoted (up to ';').
// - Only Content-Disposition (form-data, with a non-empty name) and Content-Type are read;
//   other headers are ignored, a repeated one of those two refuses the body. Names and
//   filenames are not %-decoded: the %22, %0D and %0A that browsers write for '"', CR and LF
//   stay as they are.
// The work is one pass over the body with bounded header searches; hostile input costs time
// linear in its size.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "tori/http/form.hpp"

namespace tori::http {

struct MultipartLimits {
  std::size_t max_parts = 200;            // parts of the body, files and fields together
  std::size_t max_field_bytes = 1 << 20;  // the value of one non-file field
  std::size_t max_header_bytes = 8192;    // the header block of one part
};

struct MultipartBody {
  std::vector<FormField> fields;  // non-file parts, in order, repeats kept
  std::vector<FormFile> files;    // parts with a filename parameter, in order
};

// Whether a Content-Type value names multipart/form-data (any ASCII case; parameters allowed).
[[nodiscard]] bool is_multipart_form_content_type(std::string_view content_type);

// The boundary parameter of a Content-Type value, quoted or not; nothing when it is absent,
// repeated, or not 1..70 characters of RFC 2046's set (letters, digits, '()+_,-./:=? and a
// space that is not last).
[[nodiscard]] std::optional<std::string> multipart_boundary(std::string_view content_type);

// The fields and files of a multipart/form-data body, or nothing when the Content-Type is not
// multipart/form-data with a valid boundary or the body is malformed: no opening or closing
// delimiter, a part without Content-Disposition form-data and a name, a header block over
// max_header_bytes, more than max_parts parts, a field value over max_field_bytes, a name,
// filename or field value that is not valid UTF-8. A part is a file when its
// Content-Disposition has filename or filename* (even filename=""); filename* (RFC 5987,
// UTF-8 or ISO-8859-1; ignored when it cannot be decoded) wins over filename, and path
// components ("C:\a\b.jpg", "../x") are stripped from either; "." and ".." become "".
[[nodiscard]] std::optional<MultipartBody> parse_multipart(std::string_view content_type,
                                                           std::string_view body,
                                                           const MultipartLimits& limits = {});

}  // namespace tori::http
