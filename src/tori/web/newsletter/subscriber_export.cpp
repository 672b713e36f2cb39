// SPDX-License-Identifier: AGPL-3.0-or-later
// The subscribers' CSV (see subscriber_export.hpp).
#include "tori/web/newsletter/subscriber_export.hpp"

#include <string>

#include "tori/text/time_format.hpp"
#include "tori/web/registration/registration_export.hpp"

namespace tori::web {
namespace {

std::string time_cell(const std::optional<store::UtcTime>& time) {
  if (!time) return {};
  return text::format_rfc3339_helsinki(std::chrono::time_point_cast<std::chrono::seconds>(*time));
}

void write_subscriber_row(const std::vector<std::string>& cells, std::ostream& out) {
  for (std::size_t i = 0; i < cells.size(); ++i)
    out << (i == 0 ? "" : ",") << csv_cell(cells[i]);
  out << "\r\n";
}

}  // namespace

void write_subscribers_csv(const std::vector<store::Subscriber>& subscribers, std::ostream& out) {
  write_subscriber_row({"email", "state", "language", "consented_at", "name", "organisation",
                        "topics", "created_at", "confirmed_at", "unsubscribed_at"},
                       out);
  for (const store::Subscriber& subscriber : subscribers) {
    std::string topics;
    for (const std::string& topic : subscriber.topics)
      topics += (topics.empty() ? "" : ";") + topic;
    write_subscriber_row(
        {subscriber.email, std::string{core::to_string(subscriber.state)}, subscriber.language,
         time_cell(subscriber.consent.at), subscriber.name, subscriber.organisation, topics,
         time_cell(subscriber.created_at), time_cell(subscriber.confirmed_at),
         time_cell(subscriber.unsubscribed_at)},
        out);
  }
}

}  // namespace tori::web
