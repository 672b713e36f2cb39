// SPDX-License-Identifier: AGPL-3.0-or-later
// The JSON document of everything stored about an address (see personal_data_json.hpp).
#include "tori/web/account/personal_data_json.hpp"

#include <boost/json.hpp>

#include "tori/core/email.hpp"
#include "tori/text/time_format.hpp"

namespace tori::web {
namespace {

boost::json::value time_or_null(const std::optional<core::TimePoint>& time) {
  if (!time) return nullptr;
  return boost::json::value(text::format_rfc3339_helsinki(*time));
}

boost::json::value account_object(const std::optional<core::Account>& account) {
  if (!account) return nullptr;
  boost::json::array roles;
  for (core::Role role : account->roles)
    roles.emplace_back(core::to_string(role));
  return boost::json::object{{"email", account->email},
                             {"name", account->name},
                             {"language", core::to_string(account->language)},
                             {"created_at", text::format_rfc3339_helsinki(account->created_at)},
                             {"email_verified_at", time_or_null(account->email_verified_at)},
                             {"roles", std::move(roles)},
                             {"two_factor", account->totp_enabled}};
}

boost::json::array memberships_array(const std::vector<core::Membership>& memberships) {
  boost::json::array items;
  for (const core::Membership& membership : memberships) {
    items.emplace_back(boost::json::object{
        {"organisation", membership.organisation_slug},
        {"organisation_name", membership.organisation_name},
        {"role", core::to_string(membership.role)},
        {"state", core::to_string(membership.state)},
        {"message", membership.message},
        {"requested_at", text::format_rfc3339_helsinki(membership.requested_at)}});
  }
  return items;
}

boost::json::array contacts_array(const std::vector<store::ContactMention>& contacts) {
  boost::json::array items;
  for (const store::ContactMention& contact : contacts) {
    items.emplace_back(boost::json::object{{"practice", contact.practice_slug},
                                           {"practice_title", contact.practice_title},
                                           {"name", contact.name},
                                           {"title", contact.title},
                                           {"email", contact.email},
                                           {"phone", contact.phone}});
  }
  return items;
}

boost::json::array actions_array(const std::vector<store::AuditEntry>& actions) {
  boost::json::array items;
  for (const store::AuditEntry& entry : actions) {
    const auto at = std::chrono::floor<std::chrono::seconds>(entry.at);
    items.emplace_back(boost::json::object{{"at", text::format_rfc3339_helsinki(at)},
                                           {"action", entry.action},
                                           {"object_type", entry.object_type},
                                           {"object_id", entry.object_id}});
  }
  return items;
}

boost::json::array registrations_array(const std::vector<store::RegistrationMention>& mentions) {
  boost::json::array items;
  for (const store::RegistrationMention& mention : mentions) {
    const store::Registration& registration = mention.registration;
    boost::json::object answers;
    for (const core::RegistrationAnswer& answer : registration.registrant.answers) {
      boost::json::array values(answer.values.begin(), answer.values.end());
      answers[answer.question_id] = std::move(values);
    }
    items.emplace_back(boost::json::object{
        {"event", mention.event_slug},
        {"event_title", mention.event_title},
        {"status", core::to_string(registration.status)},
        {"name", registration.registrant.name},
        {"email", registration.registrant.email},
        {"organisation", registration.registrant.organisation},
        {"title", registration.registrant.title},
        {"answers", std::move(answers)},
        {"participation",
         registration.registrant.participation
             ? boost::json::value(core::to_string(*registration.registrant.participation))
             : boost::json::value(nullptr)},
        {"registered_at",
         text::format_rfc3339_helsinki(
             std::chrono::time_point_cast<std::chrono::seconds>(registration.registered_at))}});
  }
  return items;
}

boost::json::array applications_array(const std::vector<store::Application>& applications) {
  boost::json::array items;
  for (const store::Application& application : applications) {
    const core::ApplicationInput& input = application.input;
    boost::json::object answers;
    for (const core::RegistrationAnswer& answer : input.answers)
      answers[answer.question_id] = boost::json::array(answer.values.begin(), answer.values.end());
    items.emplace_back(boost::json::object{
        {"service", application.type_code},
        {"status", core::to_string(application.status)},
        {"contact_name", input.contact_name},
        {"email", input.email},
        {"phone", input.phone},
        {"organisation", input.organisation},
        {"staff_size", input.staff_size},
        {"development", input.development},
        {"preferred_months",
         boost::json::array(input.preferred_months.begin(), input.preferred_months.end())},
        {"answers", std::move(answers)},
        {"received_at",
         text::format_rfc3339_helsinki(
             std::chrono::time_point_cast<std::chrono::seconds>(application.received_at))}});
  }
  return items;
}

boost::json::value time_or_null(const std::optional<store::UtcTime>& time) {
  if (!time) return nullptr;
  return boost::json::value(
      text::format_rfc3339_helsinki(std::chrono::time_point_cast<std::chrono::seconds>(*time)));
}

boost::json::array jury_reviews_array(const std::vector<store::JuryReviewMention>& reviews) {
  boost::json::array items;
  for (const store::JuryReviewMention& review : reviews) {
    boost::json::object scores;
    for (const auto& [criterion, value] : review.scores)
      scores[criterion] = value;
    items.emplace_back(boost::json::object{{"practice", review.practice_slug},
                                           {"comment", review.comment},
                                           {"submitted_at", time_or_null(review.submitted_at)},
                                           {"scores", std::move(scores)}});
  }
  return items;
}

boost::json::array jury_array(const std::vector<store::JuryMention>& mentions) {
  boost::json::array items;
  for (const store::JuryMention& mention : mentions) {
    items.emplace_back(boost::json::object{{"campaign", mention.campaign_slug},
                                           {"campaign_name", mention.campaign_name},
                                           {"name", mention.juror_name},
                                           {"title", mention.juror_title},
                                           {"organisation", mention.juror_organisation},
                                           {"member", mention.member},
                                           {"chair", mention.chair},
                                           {"invitations", mention.invitations},
                                           {"reviews", jury_reviews_array(mention.reviews)}});
  }
  return items;
}

boost::json::array votes_array(const std::vector<store::VoteMention>& votes) {
  boost::json::array items;
  for (const store::VoteMention& vote : votes) {
    items.emplace_back(boost::json::object{{"campaign", vote.campaign_slug},
                                           {"category", vote.category},
                                           {"practice", vote.practice_slug},
                                           {"voted_at", time_or_null(vote.voted_at)},
                                           {"confirmed_at", time_or_null(vote.confirmed_at)}});
  }
  return items;
}

boost::json::object networks_object(const store::NetworkMentions& networks) {
  boost::json::array leaders;
  for (const store::NetworkLeaderMention& leader : networks.leaders) {
    leaders.emplace_back(boost::json::object{{"network", leader.network_slug},
                                             {"network_name", leader.network_name},
                                             {"name", leader.name},
                                             {"title", leader.title},
                                             {"organisation", leader.organisation},
                                             {"email", leader.email}});
  }
  boost::json::array forwards;
  for (const store::NetworkForwardMention& forward : networks.forwards) {
    forwards.emplace_back(boost::json::object{{"network", forward.network_slug},
                                              {"forwarded_on", forward.forwarded_on},
                                              {"recorded_at", time_or_null(forward.recorded_at)},
                                              {"to", forward.to},
                                              {"address", forward.address}});
  }
  boost::json::array posts;
  for (const store::NetworkPostMention& post : networks.posts) {
    posts.emplace_back(boost::json::object{{"network", post.network_slug},
                                           {"kind", post.kind},
                                           {"text", post.text},
                                           {"author", post.author},
                                           {"organisation", post.organisation},
                                           {"at", time_or_null(post.at)}});
  }
  return {{"leaders", std::move(leaders)},
          {"forwards", std::move(forwards)},
          {"posts", std::move(posts)},
          {"supports", networks.supports}};
}

boost::json::value subscriber_object(const std::optional<store::Subscriber>& subscriber) {
  if (!subscriber) return nullptr;
  boost::json::array topics;
  for (const std::string& topic : subscriber->topics)
    topics.emplace_back(topic);
  return boost::json::object{{"email", subscriber->email},
                             {"name", subscriber->name},
                             {"organisation", subscriber->organisation},
                             {"language", subscriber->language},
                             {"topics", std::move(topics)},
                             {"state", core::to_string(subscriber->state)},
                             {"created_at", time_or_null(subscriber->created_at)},
                             {"confirmed_at", time_or_null(subscriber->confirmed_at)},
                             {"unsubscribed_at", time_or_null(subscriber->unsubscribed_at)},
                             {"consented_at", time_or_null(subscriber->consent.at)},
                             {"consent_version", subscriber->consent.text_version},
                             {"consent_ip_hashed", !subscriber->consent.ip_hash.empty()}};
}

}  // namespace

std::string personal_data_json(std::string_view email, const store::PersonalData& data) {
  boost::json::object document{{"email", core::trim_email(email)},
                               {"account", account_object(data.account)},
                               {"memberships", memberships_array(data.memberships)},
                               {"practice_contacts", contacts_array(data.contacts)},
                               {"actions", actions_array(data.actions)},
                               {"queued_mail", data.queued_mail},
                               {"registrations", registrations_array(data.registrations)},
                               {"applications", applications_array(data.applications)},
                               {"jury", jury_array(data.jury)},
                               {"public_votes", votes_array(data.public_votes)},
                               {"networks", networks_object(data.networks)},
                               {"newsletter", subscriber_object(data.subscriber)},
                               {"generated_by", "Tekojen tori"}};
  return boost::json::serialize(document);
}

}  // namespace tori::web
