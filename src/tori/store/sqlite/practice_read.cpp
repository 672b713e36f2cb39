// SPDX-License-Identifier: AGPL-3.0-or-later
// SqlitePracticeStore::list: the total and one page of practices for a query.
#include "tori/store/sqlite/practice_store.hpp"

#include <algorithm>
#include <string>

#include "tori/store/sqlite/practice_filter.hpp"
#include "tori/store/sqlite/practice_load.hpp"
#include "tori/store/sqlite/transaction.hpp"

namespace tori::store::sqlite {

namespace {

// Followed by the conditions of practice_conditions().
constexpr std::string_view kCountHead = "SELECT count(*) FROM practices p WHERE ";

std::int64_t count_matches(Connection& connection, const Conditions& conditions) {
  Statement count = connection.prepare(std::string{kCountHead} + conditions.sql);
  bind_conditions(count, conditions, 1);
  return count.step() ? count.column_int64(0) : 0;
}

// Followed by the conditions, then one of the orders below.
constexpr std::string_view kPageHead = "SELECT p.id FROM practices p WHERE ";
// Each takes the limit and the offset as the two parameters after the conditions'.
constexpr std::string_view kOrderNewest =
    " ORDER BY p.published_at DESC NULLS LAST, p.id DESC LIMIT ? OFFSET ?";
constexpr std::string_view kOrderOldest =
    " ORDER BY p.published_at NULLS FIRST, p.id LIMIT ? OFFSET ?";
// "fi": the Finnish collation every connection registers (connection.cpp).
constexpr std::string_view kOrderTitle = " ORDER BY p.title COLLATE fi, p.id LIMIT ? OFFSET ?";

std::string_view order_of(PracticeQuery::Sort sort) {
  switch (sort) {
    case PracticeQuery::Sort::kNewest:
      return kOrderNewest;
    case PracticeQuery::Sort::kOldest:
      return kOrderOldest;
    case PracticeQuery::Sort::kTitle:
      return kOrderTitle;
  }
  return kOrderNewest;
}

std::vector<std::int64_t> page_ids(Connection& connection, const Conditions& conditions,
                                   const PracticeQuery& query) {
  Statement rows = connection.prepare(std::string{kPageHead} + conditions.sql +
                                      std::string{order_of(query.sort)});
  const int next = bind_conditions(rows, conditions, 1);
  rows.bind_int64(next, query.limit).bind_int64(next + 1, std::max(query.offset, 0));
  std::vector<std::int64_t> ids;
  while (rows.step())
    ids.push_back(rows.column_int64(0));
  return ids;
}

}  // namespace

PracticeList SqlitePracticeStore::list(const PracticeQuery& query) {
  Transaction read{database_, TransactionKind::kRead};
  Connection& connection = read.connection();
  const Conditions conditions = practice_conditions(query);
  PracticeList result;
  result.total = count_matches(connection, conditions);
  if (query.limit > 0 && result.total > 0) {
    result.items =
        load_practices(connection, page_ids(connection, conditions, query), Detail::kListing);
  }
  read.commit();
  return result;
}

}  // namespace tori::store::sqlite
