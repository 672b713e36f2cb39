// SPDX-License-Identifier: AGPL-3.0-or-later
// A campaign's results as a news draft in Markdown and as an Atom entry document.
#include "tori/web/campaigns/results_draft.hpp"

#include <map>

#include "tori/store/store.hpp"
#include "tori/text/escape.hpp"
#include "tori/text/markdown.hpp"
#include "tori/text/time_format.hpp"
#include "tori/web/campaigns/campaign_view.hpp"
#include "tori/web/localise.hpp"
#include "tori/web/practice_view.hpp"

namespace tori::web {
namespace {

std::string practice_link(const Services& services, Language language,
                          const core::Practice& practice) {
  return "[" + markdown_literal(practice.title) + "](" +
         absolute_url(services.site, localised_path(language, "/teot/" + practice.slug)) + "), " +
         markdown_literal(organisation_names(practice));
}

// "## Category", then each award: its level, the practice, the justification as a quote.
std::string category_section(const Services& services, Language language,
                             const core::AwardCategory& category,
                             const std::vector<ShownAward>& awards) {
  std::string text = "## " + markdown_literal(category.name) + "\n\n";
  for (const ShownAward& shown : awards) {
    const bool winner = shown.award.level == core::AwardLevel::kWinner;
    text += "**" +
            services.catalogue.text(language,
                                    winner ? "campaigns.award.winner" : "campaigns.award.mention") +
            ":** " + practice_link(services, language, *shown.practice) + "\n\n";
    if (!shown.award.justification.empty())
      text += "> " + markdown_literal(shown.award.justification) + "\n\n";
  }
  return text;
}

// The public vote's favourite (rank 1, ties all) of each category, once the results are public.
std::string vote_section(const Services& services, Language language,
                         const store::Campaign& campaign, core::TimePoint now) {
  if (!core::public_vote_results_public(campaign.input, now)) return "";
  const std::vector<core::VoteTally> tallies = services.store.public_votes().tally(campaign.id);
  std::string text;
  for (const core::AwardCategory& category : campaign.input.categories) {
    for (const core::VoteStanding& row : core::vote_standing(tallies, category.slug)) {
      if (row.rank > 1) break;
      const auto practice = services.store.practices().find_by_id(row.practice_id);
      if (!practice || practice->state != core::PracticeState::kPublished) continue;
      text += "- " + markdown_literal(category.name) + ": " +
              practice_link(services, language, *practice) + "\n";
    }
  }
  if (text.empty()) return "";
  return "## " + services.catalogue.text(language, "campaigns.draft.vote_heading") + "\n\n" + text +
         "\n";
}

}  // namespace

std::string markdown_literal(std::string_view text) {
  std::string out;
  const std::size_t digits = text.find_first_not_of("0123456789");
  for (std::size_t i = 0; i < text.size(); ++i) {
    const char c = text[i];
    const bool inline_mark = std::string_view{"\\`*_[]<>|~"}.find(c) != std::string_view::npos;
    const bool opens_block =
        (i == 0 && std::string_view{"#-+="}.find(c) != std::string_view::npos) ||
        (i == digits && i > 0 && (c == '.' || c == ')'));
    if (inline_mark || opens_block) out += '\\';
    out += c == '\n' ? ' ' : c;
  }
  return out;
}

ResultsDraft results_draft(const Services& services, Language language,
                           const store::Campaign& campaign, core::TimePoint now) {
  const core::CampaignInput& input = campaign.input;
  ResultsDraft draft;
  const text::MessageArguments names = {{"campaign", input.name},
                                        {"gala", campaign_date(input.gala_date, language)}};
  draft.title = services.catalogue.format(language, "campaigns.draft.title", names);
  for (const core::AwardCategory& category : input.categories) {
    const std::vector<ShownAward> awards = category_awards(services, input, category.slug);
    if (awards.empty()) continue;
    draft.awards += static_cast<int>(awards.size());
    draft.markdown += category_section(services, language, category, awards);
  }
  draft.markdown += vote_section(services, language, campaign, now);
  const text::MessageArguments links = {
      {"campaign_url",
       absolute_url(services.site, localised_path(language, "/kampanjat/" + input.slug))},
      {"awards_url", absolute_url(services.site, localised_path(language, "/palkitut"))}};
  draft.markdown += services.catalogue.format(language, "campaigns.draft.links", links) + "\n";
  text::MessageArguments counted = names;
  counted.emplace_back("count", static_cast<long long>(draft.awards));
  draft.lead = services.catalogue.format(language, "campaigns.draft.lead", counted);
  return draft;
}

std::string results_atom_entry(const Services& services, Language language,
                               const ResultsDraft& draft, const store::Campaign& campaign) {
  using text::escape_html;  // the five XML entities, for text and attribute values alike
  const core::CampaignInput& input = campaign.input;
  const std::string id =
      absolute_url(services.site, localised_path(language, "/palkitut")) + "#" + input.slug;
  const std::string page =
      absolute_url(services.site, localised_path(language, "/kampanjat/" + input.slug));
  const auto gala = core::start_of_helsinki_day(input.gala_date);
  const auto updated = std::chrono::time_point_cast<std::chrono::seconds>(campaign.updated_at);
  const std::string html = text::markdown_to_html(draft.lead + "\n\n" + draft.markdown);
  std::string xml = "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n";
  xml += "<entry xmlns=\"http://www.w3.org/2005/Atom\" xml:lang=\"" +
         std::string{text::language_code(language)} + "\">\n";
  xml += "  <id>" + escape_html(id) + "</id>\n";
  xml += "  <title>" + escape_html(draft.title) + "</title>\n";
  if (gala) xml += "  <published>" + text::format_rfc3339_utc(*gala) + "</published>\n";
  xml += "  <updated>" + text::format_rfc3339_utc(updated) + "</updated>\n";
  xml += "  <author><name>" + escape_html(services.catalogue.text(language, "site.name")) +
         "</name></author>\n";
  xml += "  <link rel=\"alternate\" type=\"text/html\" href=\"" + escape_html(page) + "\"/>\n";
  xml += "  <summary>" + escape_html(draft.lead) + "</summary>\n";
  xml += "  <content type=\"html\">" + escape_html(html) + "</content>\n";
  return xml + "</entry>\n";
}

}  // namespace tori::web
