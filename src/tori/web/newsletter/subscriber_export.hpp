// SPDX-License-Identifier: AGPL-3.0-or-later
// The newsletter's subscribers as CSV for `tori export subscribers`: a header row
// "email,state,language,consented_at,name,organisation,topics,created_at,confirmed_at,
// unsubscribed_at", a row per subscriber in any state by id, times RFC 3339 with the Helsinki
// offset (empty when none), topics joined by ";", every cell neutralised (registration_export's
// csv_cell), CRLF line ends.
//
//   write_subscribers_csv(store.subscribers().all(), std::cout);
#pragma once

#include <ostream>
#include <vector>

#include "tori/store/subscriber_store.hpp"

namespace tori::web {

void write_subscribers_csv(const std::vector<store::Subscriber>& subscribers, std::ostream& out);

}  // namespace tori::web
