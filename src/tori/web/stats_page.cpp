// SPDX-License-Identifier: AGPL-3.0-or-later
// The statistics page (stats_page.hpp): the period form and the organisation standing; the
// charts are filled by stats_page_charts.cpp.
#include "tori/web/stats_page.hpp"

#include <chrono>
#include <cstddef>
#include <string>
#include <vector>

#include "tori/store/practice_store.hpp"
#include "tori/store/store.hpp"
#include "tori/text/time_format.hpp"
#include "tori/web/localise.hpp"
#include "tori/web/organisation_standing.hpp"
#include "tori/web/page.hpp"
#include "tori/web/stats_page_charts.hpp"

namespace tori::web {
namespace {

// The Helsinki calendar day of `time` as "YYYY-MM-DD".
std::string helsinki_day(text::TimePoint time) {
  return text::format_rfc3339_helsinki(time).substr(0, 10);
}

std::string today_in_helsinki() {
  return helsinki_day(std::chrono::time_point_cast<std::chrono::seconds>(text::Clock::now()));
}

// A date of the period in the page's language ("1.1.2026", "1 January 2026").
std::string display_date(std::string_view date, Language language) {
  const std::optional<core::TimePoint> start = core::start_of_helsinki_day(date);
  return start ? text::format_date(*start, language) : std::string(date);
}

store::PracticeQuery window_query(const core::TimeWindow& window) {
  store::PracticeQuery query;
  query.published_from = window.start;
  query.published_before = window.end;
  return query;
}

// The period's standing (the one definition, core/ranking.hpp): the top rows and whether any
// organisation with practices was left out of them.
struct Standing {
  std::vector<core::StandingRow> rows;
  bool cut = false;
};

Standing standing(store::PracticeStore& practices, const core::TimeWindow& window) {
  std::vector<core::OrganisationCount> counts = organisation_counts(practices, window);
  const std::size_t ranked = core::rank_organisations(counts).size();
  Standing result{core::rank_organisations(std::move(counts), kStandingTop), false};
  result.cut = result.rows.size() < ranked;
  return result;
}

void fill_form(ctemplate::TemplateDictionary& body, const Services& services, Language language,
               const PeriodRequest& request) {
  body.SetValue("ACTION", localised_path(language, "/tilastot"));
  // A date input holds only a valid date; a malformed one is shown empty beside its error.
  body.SetValue("FROM", request.from_error.empty() ? request.period.from : "");
  body.SetValue("UNTIL", request.until_error == "stats.error.until" ? "" : request.period.until);
  if (!request.from_error.empty()) {
    body.AddSectionDictionary("FROM_ERROR")
        ->SetValue("TEXT", services.catalogue.text(language, request.from_error));
    body.ShowSection("FROM_INVALID");
  }
  if (!request.until_error.empty()) {
    body.AddSectionDictionary("UNTIL_ERROR")
        ->SetValue("TEXT", services.catalogue.text(language, request.until_error));
    body.ShowSection("UNTIL_INVALID");
  }
}

void fill_standing(ctemplate::TemplateDictionary& body, const Services& services, Language language,
                   const StatsPeriod& period, const Standing& standing) {
  const text::MessageArguments dates = {{"from", display_date(period.from, language)},
                                        {"until", display_date(period.until, language)}};
  if (standing.rows.empty()) {
    body.AddSectionDictionary("STANDING_EMPTY")
        ->SetValue("TEXT", services.catalogue.format(language, "stats.ranking.empty", dates));
    return;
  }
  ctemplate::TemplateDictionary* table = body.AddSectionDictionary("STANDING");
  table->SetValue("CAPTION", services.catalogue.format(language, "stats.ranking.caption", dates));
  if (standing.cut) {
    table->AddSectionDictionary("TOP_NOTE")
        ->SetValue("TEXT",
                   services.catalogue.format(language, "stats.ranking.top_note",
                                             {{"top", static_cast<long long>(kStandingTop)}}));
  }
  for (const core::StandingRow& row : standing.rows) {
    ctemplate::TemplateDictionary* item = table->AddSectionDictionary("ROW");
    item->SetValue("RANK", services.catalogue.format(language, "stats.ranking.rank_value",
                                                     {{"rank", static_cast<long long>(row.rank)}}));
    item->SetValue("URL", localised_path(language, "/organisaatiot/" + row.slug));
    item->SetValue("NAME", row.name);
    item->SetValue("COUNT",
                   services.catalogue.format(language, "stats.number",
                                             {{"count", static_cast<long long>(row.count)}}));
  }
}

// The practices other organisations adopted most, and the count of all adoptions.
void fill_adoptions(ctemplate::TemplateDictionary& body, const Services& services,
                    Language language) {
  const store::AdoptionSummary summary = services.store.submissions().adoption_summary(10);
  body.SetValue("ADOPTIONS_TOTAL", services.catalogue.format(
                                       language, "stats.adoptions.total",
                                       {{"adoptions", static_cast<long long>(summary.adoptions)},
                                        {"practices", static_cast<long long>(summary.practices)}}));
  if (summary.most_adopted.empty()) return;
  ctemplate::TemplateDictionary* table = body.AddSectionDictionary("ADOPTED");
  for (const store::AdoptionCount& row : summary.most_adopted) {
    ctemplate::TemplateDictionary* item = table->AddSectionDictionary("ADOPTED_ROW");
    item->SetValue("URL", localised_path(language, "/teot/" + row.slug));
    item->SetValue("TITLE", row.title);
    item->SetValue(
        "COUNT", services.catalogue.format(language, "stats.number",
                                           {{"count", static_cast<long long>(row.organisations)}}));
  }
}

}  // namespace

StatsPeriod default_period(std::string_view today,
                           const std::function<bool(const core::TimeWindow&)>& has_practices) {
  const std::string year(today.substr(0, 4));
  StatsPeriod current{year + "-01-01", std::string(today)};
  const std::optional<core::TimeWindow> window =
      core::helsinki_date_window(current.from, current.until);
  if (window && has_practices(*window)) return current;
  const std::string previous = std::to_string(std::stoi(year) - 1);
  return {previous + "-01-01", previous + "-12-31"};
}

PeriodRequest read_period(const std::optional<std::string>& from,
                          const std::optional<std::string>& until, const StatsPeriod& fallback) {
  PeriodRequest request;
  request.period.from = from && !from->empty() ? *from : fallback.from;
  request.period.until = until && !until->empty() ? *until : fallback.until;
  const std::optional<core::TimePoint> start = core::start_of_helsinki_day(request.period.from);
  const std::optional<core::TimePoint> end = text::end_of_helsinki_day(request.period.until);
  if (!start) request.from_error = "stats.error.from";
  if (!end) request.until_error = "stats.error.until";
  if (start && end && *end <= *start) request.until_error = "stats.error.order";
  if (start && end && *end > *start) request.window = core::TimeWindow{*start, *end};
  return request;
}

http::Response stats_page(const http::Request& request, const Services& services,
                          Language language) {
  store::PracticeStore& practices = services.store.practices();
  const std::optional<std::string> from = request.query_param("from");
  const std::optional<std::string> until = request.query_param("until");
  const bool chosen = (from && !from->empty()) || (until && !until->empty());
  const StatsPeriod fallback =
      default_period(today_in_helsinki(), [&](const core::TimeWindow& window) {
        store::PracticeQuery query = window_query(window);
        query.limit = 0;
        return practices.list(query).total > 0;
      });
  const PeriodRequest period = read_period(from, until, fallback);

  Page page(language, "stats");
  page.meta.title = services.catalogue.text(language, "stats.title");
  page.meta.description = services.catalogue.text(language, "stats.description");
  page.meta.path = "/tilastot";
  page.meta.indexable = !chosen;
  ctemplate::TemplateDictionary& body = page.body();
  const store::FacetCounts all = practices.facets({});
  store::PracticeQuery count_query;
  count_query.limit = 0;
  body.SetValue("TOTAL",
                services.catalogue.format(
                    language, "stats.total",
                    {{"count", static_cast<long long>(practices.list(count_query).total)}}));
  fill_stats_charts(body, services, language, all);
  fill_form(body, services, language, period);
  fill_adoptions(body, services, language);
  if (!period.window) {
    page.meta.title =
        services.catalogue.text(language, "stats.error.title") + ": " + page.meta.title;
    return render_page(services, page, 400);
  }
  fill_standing(body, services, language, period.period, standing(practices, *period.window));
  return render_page(services, page);
}

void add_stats_routes(http::Router& router, const Services& services) {
  add_localised(router, services, "GET", "/tilastot", stats_page);
}

}  // namespace tori::web
