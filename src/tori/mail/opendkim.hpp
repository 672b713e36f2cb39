// SPDX-License-Identifier: AGPL-3.0-or-later
// Includes libopendkim's C header in C++: it names C99's `_Bool`, which C++ spells `bool`
// (same size and ABI on every platform Tori builds for).
//
//   #include "tori/mail/opendkim.hpp"  // instead of <opendkim/dkim.h>
#pragma once

#define _Bool bool  // NOLINT(bugprone-reserved-identifier): the C header's own name
#include <opendkim/dkim.h>
#undef _Bool
