// SPDX-License-Identifier: AGPL-3.0-or-later
// What the public vote's pages share: the voter's keyed hash (the address is never stored), the
// signed time stamp that tells a form filled by a person from one posted by a script at once,
// and the paths of the vote's pages.
//
//   const std::string voter = voter_hash(key, "maija@example.fi");  // same for "Maija@Example.fi"
//   const std::string stamp = form_stamp(key, now);  // into the form; back with the post:
//   if (auto age = stamp_age(key, posted, now); !age || *age < min_age) …  // refused
#pragma once

#include <chrono>
#include <optional>
#include <string>
#include <string_view>

#include "tori/auth/secret_key.hpp"
#include "tori/core/practice.hpp"  // TimePoint
#include "tori/store/store.hpp"

namespace tori::web {

// A vote form older than this is stale (its stamp may have been harvested). One sent too soon
// after it was served (AccountSettings::vote_form_min_age) was not filled by a person.
inline constexpr std::chrono::seconds kVoteFormMaxAge{std::chrono::hours(24)};
// How long the link in the confirmation mail is valid, and how many votes may wait for their
// link per address a day.
inline constexpr std::chrono::seconds kVoteLinkLifetime{std::chrono::hours(48)};
inline constexpr int kMaxWaitingVotes = 3;

// The keyed hash of core::email_key(email): one voter whatever case or spaces the address has.
[[nodiscard]] std::string voter_hash(const auth::SecretKey& key, std::string_view email);

// "<unix seconds>.<keyed hash of them>" for the form's hidden field.
[[nodiscard]] std::string form_stamp(const auth::SecretKey& key, core::TimePoint now);

// How long ago `stamp` was made; none when it is malformed, not ours, or from the future.
[[nodiscard]] std::optional<std::chrono::seconds> stamp_age(const auth::SecretKey& key,
                                                            std::string_view stamp,
                                                            core::TimePoint now);

// The public votes of `email` (found by its keyed hash) into `data`, for the privacy export.
void add_public_votes(store::Store& store, const auth::SecretKey& key, std::string_view email,
                      store::PersonalData& data);
// Removes every public vote of `email`; returns how many.
int erase_public_votes(store::Store& store, const auth::SecretKey& key, std::string_view email);

// "/kampanjat/{campaign}/aanesta/{category}" and the confirmation link's "/aanestys/{token}".
[[nodiscard]] std::string vote_form_path(std::string_view campaign, std::string_view category);
[[nodiscard]] std::string vote_link_path(std::string_view token);

}  // namespace tori::web
