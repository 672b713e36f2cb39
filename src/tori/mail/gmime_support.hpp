// SPDX-License-Identifier: AGPL-3.0-or-later
// Internal GMime helpers of tori_mail: one-time initialisation, owning pointers, CRLF output.
//
//   init_gmime();
//   GPtr<GMimeMessage> message(g_mime_message_new(TRUE));
//   std::string bytes = write_crlf(GMIME_OBJECT(message.get()));
#pragma once

#include <gmime/gmime.h>

#include <memory>
#include <string>

namespace tori::mail {

// Calls g_mime_init() once per process, whichever thread gets here first.
void init_gmime();

struct GObjectUnref {
  void operator()(gpointer object) const { g_object_unref(object); }
};
// Owns one reference to a GObject (GMime objects are GObjects).
template <class T>
using GPtr = std::unique_ptr<T, GObjectUnref>;

// The object (message or part) as bytes with CRLF line ends.
[[nodiscard]] std::string write_crlf(GMimeObject* object);

}  // namespace tori::mail
