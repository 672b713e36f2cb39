// SPDX-License-Identifier: AGPL-3.0-or-later
// A network's board of ideas in the database (data/sql/0019_networks.sql): the members' items
// under strengths, weaknesses, opportunities, threats and free ideas, their comments and
// supports, and the leaders' forwards of picked items to named recipients (a permanent record of
// what went, when and to whom).
//
//   const std::int64_t id = store.network_board().post(network_id, idea, account_id, now);
//   store.network_board().support(network_id, id, account_id, true, now);
//   for (const BoardIdea& item : store.network_board().ideas(network_id, viewer)) …
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "tori/core/network.hpp"
#include "tori/store/utc_time.hpp"

namespace tori::store {

struct BoardComment {
  std::int64_t id = 0;
  std::string text;
  std::string author;
  UtcTime created_at{};
};

struct BoardIdea {
  std::int64_t id = 0;
  core::Idea idea;
  std::optional<std::int64_t> account_id{};  // who posted it on the site; none: imported
  UtcTime created_at{};
  int supports = 0;
  bool supported = false;  // by the viewer
  std::vector<BoardComment> comments{};
};

struct ForwardedItem {
  core::IdeaQuadrant quadrant = core::IdeaQuadrant::kIdea;
  std::string text;
  bool operator==(const ForwardedItem&) const = default;
};

// What a leader forwards: the picked ideas (ids), to whom (names, and the addresses the mail
// goes to, one a line), on which Helsinki day, with a note.
struct ForwardRequest {
  std::vector<std::int64_t> idea_ids;
  std::string date;        // YYYY-MM-DD
  std::string recipients;  // "Kunta-alan kehittämisjaos"
  std::string addresses;   // "jaos@example.fi\nsihteeri@example.fi"; "" recorded only
  std::string note;
};

struct BoardForward {
  std::int64_t id = 0;
  std::string date;
  std::string recipients;
  std::string addresses;
  std::string note;
  std::vector<ForwardedItem> items;
  UtcTime created_at{};
};

class NetworkBoardStore {
 public:
  virtual ~NetworkBoardStore() = default;
  // The network's ideas in the order posted, each with its supports (and whether `viewer`
  // supports it) and its comments, oldest first.
  [[nodiscard]] virtual std::vector<BoardIdea> ideas(std::int64_t network_id,
                                                     std::optional<std::int64_t> viewer) = 0;
  // Adds an idea at the end of the board; its id. REQUIRES: the network exists.
  virtual std::int64_t post(std::int64_t network_id, const core::Idea& idea,
                            std::optional<std::int64_t> account_id, UtcTime now) = 0;
  // Adds a comment; false when the network has no idea `idea_id`.
  virtual bool comment(std::int64_t network_id, std::int64_t idea_id, std::string_view text,
                       std::string_view author, std::optional<std::int64_t> account_id,
                       UtcTime now) = 0;
  // Supports the idea (or takes the support back); false when the network has no such idea.
  virtual bool support(std::int64_t network_id, std::int64_t idea_id, std::int64_t account_id,
                       bool supported, UtcTime now) = 0;
  // Records a forward with copies of its items' texts; its id, or none when an idea is not the
  // network's (nothing recorded).
  virtual std::optional<std::int64_t> forward(std::int64_t network_id,
                                              const ForwardRequest& request,
                                              std::optional<std::int64_t> account_id,
                                              UtcTime now) = 0;
  // Every forward of the network, the newest first.
  [[nodiscard]] virtual std::vector<BoardForward> forwards(std::int64_t network_id) = 0;
};

}  // namespace tori::store
