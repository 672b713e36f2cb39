// SPDX-License-Identifier: AGPL-3.0-or-later
// Campaign rows and their lists (categories, criteria, jurors, awards) to core types and back.
#include "tori/store/sqlite/campaign_rows.hpp"

#include <map>

#include "tori/core/email.hpp"
#include "tori/store/errors.hpp"
#include "tori/store/sqlite/practice_values.hpp"

namespace tori::store::sqlite {
namespace {

constexpr std::string_view kCampaignColumns =
    "SELECT c.id, c.slug, c.name, c.year, c.description, c.rules, c.collecting_from,"
    " c.collecting_until, c.gala_date, c.score_max, c.blind, c.updated_at, c.public_vote FROM "
    "campaigns c ";

Campaign campaign_of(const Statement& row) {
  Campaign campaign;
  campaign.id = row.column_int64(0);
  core::CampaignInput& input = campaign.input;
  input.slug = row.column_text(1);
  input.name = row.column_text(2);
  input.year = static_cast<int>(row.column_int64(3));
  input.description = row.column_text(4);
  input.rules = row.column_text(5);
  input.collecting_from = row.column_text(6);
  input.collecting_until = row.column_text(7);
  input.gala_date = row.column_text(8);
  input.score_max = static_cast<int>(row.column_int64(9));
  input.blind = row.column_int64(10) != 0;
  campaign.updated_at = parse_utc(row.column_text(11)).value_or(UtcTime{});
  input.public_vote = row.column_int64(12) != 0;
  return campaign;
}

// Each row of `query` (its first column a campaign id, ?1 the ids as a JSON list) given with its
// campaign to `read`.
void for_campaign_rows(Connection& connection, std::vector<Campaign>& campaigns,
                       std::string_view query,
                       const std::function<void(const Statement&, core::CampaignInput&)>& read) {
  std::map<std::int64_t, Campaign*> by_id;
  std::vector<std::int64_t> ids;
  for (Campaign& campaign : campaigns) {
    by_id[campaign.id] = &campaign;
    ids.push_back(campaign.id);
  }
  Statement rows = connection.prepare(query);
  rows.bind_text(1, json_array(ids));
  while (rows.step())
    read(rows, by_id.at(rows.column_int64(0))->input);
}

constexpr std::string_view kIds =
    " WHERE campaign_id IN (SELECT CAST(value AS BIGINT) FROM json_each(?1))";

void load_lists(Connection& connection, std::vector<Campaign>& campaigns) {
  if (campaigns.empty()) return;
  const std::string ids{kIds};
  for_campaign_rows(
      connection, campaigns,
      "SELECT campaign_id, slug, name, description, kind, label"
      " FROM campaign_categories" +
          ids + " ORDER BY campaign_id, position",
      [](const Statement& row, core::CampaignInput& input) {
        const auto kind =
            core::parse_category_kind(row.column_text(4)).value_or(core::CategoryKind::kSpecial);
        const std::string label = row.column_text(5);
        input.categories.push_back({row.column_text(1), row.column_text(2), row.column_text(3),
                                    kind, kind == core::CategoryKind::kSector ? label : "",
                                    kind == core::CategoryKind::kTheme ? label : ""});
      });
  for_campaign_rows(connection, campaigns,
                    "SELECT campaign_id, slug, name, weight FROM campaign_criteria" + ids +
                        " ORDER BY campaign_id, position",
                    [](const Statement& row, core::CampaignInput& input) {
                      input.criteria.push_back({row.column_text(1), row.column_text(2),
                                                static_cast<int>(row.column_int64(3))});
                    });
  for_campaign_rows(connection, campaigns,
                    "SELECT campaign_id, name, title, organisation, email FROM campaign_jurors" +
                        ids + " ORDER BY campaign_id, position",
                    [](const Statement& row, core::CampaignInput& input) {
                      input.jurors.push_back({row.column_text(1), row.column_text(2),
                                              row.column_text(3), row.column_text(4)});
                    });
  for_campaign_rows(
      connection, campaigns,
      "SELECT a.campaign_id, a.category, p.external_id, a.level, a.justification"
      " FROM campaign_awards a JOIN practices p ON p.id = a.practice_id" +
          std::string{" WHERE a.campaign_id IN (SELECT CAST(value AS BIGINT) FROM json_each(?1))"} +
          " ORDER BY a.campaign_id, a.position",
      [](const Statement& row, core::CampaignInput& input) {
        input.awards.push_back(
            {row.column_text(1), row.column_text(2),
             core::parse_award_level(row.column_text(3)).value_or(core::AwardLevel::kWinner),
             row.column_text(4)});
      });
}

constexpr std::string_view kInsertCampaign =
    "INSERT INTO campaigns (slug, name, year, description, rules, collecting_from,"
    " collecting_until, gala_date, score_max, blind, created_at, updated_at, public_vote)"
    " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?11, ?12) RETURNING id";
constexpr std::string_view kUpdateCampaign =
    "UPDATE campaigns SET slug = ?1, name = ?2, year = ?3, description = ?4, rules = ?5,"
    " collecting_from = ?6, collecting_until = ?7, gala_date = ?8, score_max = ?9, blind = ?10,"
    " updated_at = ?11, public_vote = ?12 WHERE id = ?13 RETURNING id";

void insert_categories(Connection& connection, std::int64_t id,
                       const std::vector<core::AwardCategory>& categories) {
  for (std::size_t i = 0; i < categories.size(); ++i) {
    const core::AwardCategory& category = categories[i];
    connection
        .prepare(
            "INSERT INTO campaign_categories (campaign_id, slug, position, name, description,"
            " kind, label) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)")
        .bind_int64(1, id)
        .bind_text(2, category.slug)
        .bind_int64(3, static_cast<std::int64_t>(i))
        .bind_text(4, category.name)
        .bind_text(5, category.description)
        .bind_text(6, core::to_string(category.kind))
        .bind_text(7,
                   category.kind == core::CategoryKind::kTheme ? category.theme : category.sector)
        .run();
  }
}

void insert_people_and_criteria(Connection& connection, std::int64_t id,
                                const core::CampaignInput& input) {
  for (std::size_t i = 0; i < input.criteria.size(); ++i) {
    connection
        .prepare(
            "INSERT INTO campaign_criteria (campaign_id, slug, position, name, weight)"
            " VALUES (?1, ?2, ?3, ?4, ?5)")
        .bind_int64(1, id)
        .bind_text(2, input.criteria[i].slug)
        .bind_int64(3, static_cast<std::int64_t>(i))
        .bind_text(4, input.criteria[i].name)
        .bind_int64(5, input.criteria[i].weight)
        .run();
  }
  for (std::size_t i = 0; i < input.jurors.size(); ++i) {
    const core::Juror& juror = input.jurors[i];
    connection
        .prepare(
            "INSERT INTO campaign_jurors (campaign_id, position, name, title, organisation, email,"
            " email_key) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)")
        .bind_int64(1, id)
        .bind_int64(2, static_cast<std::int64_t>(i))
        .bind_text(3, juror.name)
        .bind_text(4, juror.title)
        .bind_text(5, juror.organisation)
        .bind_text(6, juror.email)
        .bind_text(7, core::email_key(juror.email))
        .run();
  }
}

}  // namespace

std::vector<Campaign> load_campaigns(Connection& connection, std::string_view where,
                                     const std::function<void(Statement&)>& bind) {
  Statement rows = connection.prepare(std::string{kCampaignColumns} + std::string{where});
  bind(rows);
  std::vector<Campaign> campaigns;
  while (rows.step())
    campaigns.push_back(campaign_of(rows));
  load_lists(connection, campaigns);
  return campaigns;
}

std::int64_t write_campaign_row(Connection& connection, const core::CampaignInput& input,
                                std::optional<std::int64_t> id, UtcTime now) {
  Statement statement = connection.prepare(id ? kUpdateCampaign : kInsertCampaign);
  statement.bind_text(1, input.slug).bind_text(2, input.name).bind_int64(3, input.year);
  statement.bind_text(4, input.description).bind_text(5, input.rules);
  statement.bind_text(6, input.collecting_from).bind_text(7, input.collecting_until);
  statement.bind_text(8, input.gala_date).bind_int64(9, input.score_max);
  statement.bind_int64(10, input.blind ? 1 : 0).bind_text(11, format_utc(now));
  statement.bind_int64(12, input.public_vote ? 1 : 0);
  if (id) statement.bind_int64(13, *id);
  if (!statement.step()) throw Error("campaigns: the write gave no id");
  return statement.column_int64(0);
}

std::optional<std::string> write_campaign_lists(Connection& connection, std::int64_t id,
                                                const core::CampaignInput& input) {
  for (const char* table :
       {"campaign_awards", "campaign_categories", "campaign_criteria", "campaign_jurors"}) {
    connection.prepare(std::string{"DELETE FROM "} + table + " WHERE campaign_id = ?1")
        .bind_int64(1, id)
        .run();
  }
  insert_categories(connection, id, input.categories);
  insert_people_and_criteria(connection, id, input);
  for (std::size_t i = 0; i < input.awards.size(); ++i) {
    const core::Award& award = input.awards[i];
    Statement practice = connection.prepare("SELECT id FROM practices WHERE external_id = ?1");
    practice.bind_text(1, award.external_id);
    if (!practice.step()) return award.external_id;
    connection
        .prepare(
            "INSERT INTO campaign_awards (campaign_id, practice_id, category, position, level,"
            " justification) VALUES (?1, ?2, ?3, ?4, ?5, ?6)")
        .bind_int64(1, id)
        .bind_int64(2, practice.column_int64(0))
        .bind_text(3, award.category)
        .bind_int64(4, static_cast<std::int64_t>(i))
        .bind_text(5, core::to_string(award.level))
        .bind_text(6, award.justification)
        .run();
  }
  return std::nullopt;
}

}  // namespace tori::store::sqlite
