// SPDX-License-Identifier: AGPL-3.0-or-later
// The OpenAPI 3.1 description of the read API, kept as JSON text beside the code it describes.
#include "tori/web/api_openapi.hpp"

#include <boost/json/parse.hpp>
#include <string_view>

namespace tori::web {
namespace {

// Keep in step with api.cpp, api_params.cpp and api_json.cpp; api_test.cpp checks the paths.
constexpr std::string_view kDocument = R"json({
"openapi": "3.1.0",
"info": {"title": "Tori API", "version": "1.0.0",
  "description": "Read-only API of Tori's workplace development practices. Times are RFC 3339 with the Helsinki offset; url fields are absolute. Responses carry a strong ETag (If-None-Match gives 304) and Access-Control-Allow-Origin: *.",
  "license": {"name": "AGPL-3.0-or-later", "identifier": "AGPL-3.0-or-later"}},
"servers": [{"url": "/api/v1"}],
"paths": {
  "/practices": {"get": {"operationId": "listPractices", "summary": "Published practices, filtered and paged. A repeated parameter means OR, different parameters AND.",
    "parameters": [
      {"$ref": "#/components/parameters/region"}, {"$ref": "#/components/parameters/municipality"},
      {"$ref": "#/components/parameters/sector"}, {"$ref": "#/components/parameters/theme"},
      {"$ref": "#/components/parameters/client_group"}, {"$ref": "#/components/parameters/organisation"},
      {"$ref": "#/components/parameters/maturity"}, {"$ref": "#/components/parameters/year"},
      {"$ref": "#/components/parameters/published_from"}, {"$ref": "#/components/parameters/published_until"},
      {"$ref": "#/components/parameters/sort"}, {"$ref": "#/components/parameters/limit"},
      {"$ref": "#/components/parameters/offset"}],
    "responses": {"200": {"description": "A page of practices", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/PracticeList"}}}},
      "304": {"$ref": "#/components/responses/NotModified"}, "400": {"$ref": "#/components/responses/Error"}}}},
  "/practices/{slug}": {"get": {"operationId": "getPractice", "summary": "One published practice, whole.",
    "parameters": [{"name": "slug", "in": "path", "required": true, "schema": {"type": "string"}}],
    "responses": {"200": {"description": "The practice", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Practice"}}}},
      "304": {"$ref": "#/components/responses/NotModified"}, "404": {"$ref": "#/components/responses/Error"}}}},
  "/organisations": {"get": {"operationId": "listOrganisations", "summary": "Every organisation with its number of published practices.",
    "responses": {"200": {"description": "Organisations", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/OrganisationList"}}}},
      "304": {"$ref": "#/components/responses/NotModified"}, "400": {"$ref": "#/components/responses/Error"}}}},
  "/vocabularies": {"get": {"operationId": "getVocabularies", "summary": "Sectors, themes and client groups with their numbers of published practices.", "description": "Terms the editors have hidden are left out; practices that carry one still list it, and a filter by its slug still works.",
    "responses": {"200": {"description": "Vocabularies", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Vocabularies"}}}},
      "304": {"$ref": "#/components/responses/NotModified"}, "400": {"$ref": "#/components/responses/Error"}}}},
  "/regions": {"get": {"operationId": "listRegions", "summary": "Finland's regions (maakunnat) with their numbers of published practices.",
    "responses": {"200": {"description": "Regions", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/RegionList"}}}},
      "304": {"$ref": "#/components/responses/NotModified"}, "400": {"$ref": "#/components/responses/Error"}}}},
  "/search": {"get": {"operationId": "searchPractices", "summary": "Full-text search of published practices (Finnish analysed with Voikko; Swedish and English stemmed), with the practice filters and facet counts that combine with the query and each other. Syntax: words (all must match), OR, -exclusion, \"phrase\", prefix*.",
    "parameters": [
      {"$ref": "#/components/parameters/q"}, {"$ref": "#/components/parameters/search_sort"},
      {"$ref": "#/components/parameters/region"}, {"$ref": "#/components/parameters/municipality"},
      {"$ref": "#/components/parameters/sector"}, {"$ref": "#/components/parameters/theme"},
      {"$ref": "#/components/parameters/client_group"}, {"$ref": "#/components/parameters/organisation"},
      {"$ref": "#/components/parameters/maturity"}, {"$ref": "#/components/parameters/year"},
      {"$ref": "#/components/parameters/published_from"}, {"$ref": "#/components/parameters/published_until"},
      {"$ref": "#/components/parameters/limit"}, {"$ref": "#/components/parameters/offset"}],
    "responses": {"200": {"description": "A page of hits", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/SearchResults"}}}},
      "304": {"$ref": "#/components/responses/NotModified"}, "400": {"$ref": "#/components/responses/Error"}, "503": {"$ref": "#/components/responses/Error"}}}},
  "/events": {"get": {"operationId": "listEvents", "summary": "The programme's events (regional events, galas, webinars, network meetings, workshops): upcoming soonest first, past latest first.",
    "parameters": [
      {"name": "when", "in": "query", "schema": {"type": "string", "enum": ["upcoming", "past", "all"], "default": "upcoming"}, "description": "upcoming: not ended yet; past: ended; all: by start."},
      {"name": "kind", "in": "query", "schema": {"$ref": "#/components/schemas/EventKind"}},
      {"name": "region", "in": "query", "description": "Region slug (see /regions): events in its municipalities.", "schema": {"type": "string"}},
      {"name": "month", "in": "query", "description": "Events starting in this Helsinki month.", "schema": {"type": "string", "pattern": "^[0-9]{4}-(0[1-9]|1[0-2])$"}},
      {"$ref": "#/components/parameters/limit"}, {"$ref": "#/components/parameters/offset"}],
    "responses": {"200": {"description": "A page of events", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/EventList"}}}},
      "304": {"$ref": "#/components/responses/NotModified"}, "400": {"$ref": "#/components/responses/Error"}}}},
  "/campaigns": {"get": {"operationId": "listCampaigns", "summary": "The yearly campaigns, the newest first, with their collecting dates and phase.",
    "responses": {"200": {"description": "Every campaign", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/CampaignList"}}}},
      "304": {"$ref": "#/components/responses/NotModified"}, "400": {"$ref": "#/components/responses/Error"}}}},
  "/campaigns/{slug}/standings": {"get": {"operationId": "getCampaignStandings", "summary": "Suomen kekseliäin kunta: organisations by their practices first published in the campaign's collecting window, counted once per organisation of a practice; ties share a rank (1, 1, 3). Recount with /practices?organisation=…&published_from=…&published_until=….",
    "parameters": [{"name": "slug", "in": "path", "required": true, "schema": {"type": "string"}}],
    "responses": {"200": {"description": "The standing (empty before collecting starts)", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/StandingList"}}}},
      "304": {"$ref": "#/components/responses/NotModified"}, "400": {"$ref": "#/components/responses/Error"}, "404": {"$ref": "#/components/responses/Error"}}}},
  "/openapi.json": {"get": {"operationId": "getOpenApi", "summary": "This document.",
    "responses": {"200": {"description": "OpenAPI 3.1", "content": {"application/json": {"schema": {"type": "object"}}}}}}}
},
"components": {
  "parameters": {
    "region": {"name": "region", "in": "query", "description": "Region slug (see /regions); repeatable.", "schema": {"type": "array", "items": {"type": "string"}}, "explode": true},
    "municipality": {"name": "municipality", "in": "query", "description": "Statistics Finland municipality code; repeatable.", "schema": {"type": "array", "items": {"type": "string", "pattern": "^[0-9]{3}$"}}, "explode": true},
    "sector": {"name": "sector", "in": "query", "description": "Sector slug (see /vocabularies); repeatable.", "schema": {"type": "array", "items": {"type": "string"}}, "explode": true},
    "theme": {"name": "theme", "in": "query", "description": "Theme slug (see /vocabularies); repeatable.", "schema": {"type": "array", "items": {"type": "string"}}, "explode": true},
    "client_group": {"name": "client_group", "in": "query", "description": "Client group slug (see /vocabularies); repeatable.", "schema": {"type": "array", "items": {"type": "string"}}, "explode": true},
    "organisation": {"name": "organisation", "in": "query", "description": "Organisation slug (see /organisations); repeatable.", "schema": {"type": "array", "items": {"type": "string"}}, "explode": true},
    "maturity": {"name": "maturity", "in": "query", "description": "Repeatable.", "schema": {"type": "array", "items": {"$ref": "#/components/schemas/Maturity"}}, "explode": true},
    "year": {"name": "year", "in": "query", "description": "Helsinki year of first publication; repeatable.", "schema": {"type": "array", "items": {"type": "string", "pattern": "^[0-9]{4}$"}}, "explode": true},
    "published_from": {"name": "published_from", "in": "query", "description": "First published on or after this Helsinki date.", "schema": {"type": "string", "format": "date"}},
    "published_until": {"name": "published_until", "in": "query", "description": "First published on or before this Helsinki date.", "schema": {"type": "string", "format": "date"}},
    "q": {"name": "q", "in": "query", "description": "The search text; empty or absent lists every published practice.", "schema": {"type": "string"}},
    "search_sort": {"name": "sort", "in": "query", "schema": {"type": "string", "enum": ["relevance", "newest"], "default": "relevance"}},
    "sort": {"name": "sort", "in": "query", "schema": {"type": "string", "enum": ["newest", "oldest", "title"], "default": "newest"}},
    "limit": {"name": "limit", "in": "query", "description": "Larger values are clamped to 100; 0 gives only the total.", "schema": {"type": "integer", "minimum": 0, "default": 20}},
    "offset": {"name": "offset", "in": "query", "schema": {"type": "integer", "minimum": 0, "default": 0}}
  },
  "responses": {
    "NotModified": {"description": "The ETag in If-None-Match is current."},
    "Error": {"description": "An error", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Error"}}}}
  },
  "schemas": {
    "Error": {"type": "object", "required": ["error"], "additionalProperties": false, "properties": {"error": {"type": "object", "required": ["code", "message", "parameter"], "additionalProperties": false,
      "properties": {"code": {"type": "string", "enum": ["invalid_parameter", "not_found", "bad_request", "method_not_allowed", "request_timeout", "too_large", "internal_error", "unavailable"]}, "message": {"type": "string"}, "parameter": {"type": ["string", "null"]}}}}},
    "Maturity": {"type": "string", "enum": ["idea", "pilot", "in_use", "established"]},
    "Time": {"type": ["string", "null"], "format": "date-time"},
    "Named": {"type": "object", "required": ["slug", "name"], "additionalProperties": false, "properties": {"slug": {"type": "string"}, "name": {"type": "string"}}},
    "Term": {"type": "object", "required": ["slug", "label"], "additionalProperties": false, "properties": {"slug": {"type": "string"}, "label": {"type": "string"}}},
    "Municipality": {"type": ["object", "null"], "required": ["code", "name"], "additionalProperties": false, "properties": {"code": {"type": "string", "pattern": "^[0-9]{3}$"}, "name": {"type": "string"}}},
    "PracticeSummary": {"type": "object",
      "required": ["id", "external_id", "slug", "title", "summary", "url", "organisations", "municipality", "region", "sectors", "themes", "client_groups", "maturity", "published_at", "updated_at"],
      "properties": {"id": {"type": "integer"}, "external_id": {"type": "string"}, "slug": {"type": "string"}, "title": {"type": "string"}, "summary": {"type": "string"},
        "url": {"type": "string", "format": "uri"}, "organisations": {"type": "array", "items": {"$ref": "#/components/schemas/Named"}},
        "municipality": {"$ref": "#/components/schemas/Municipality"}, "region": {"oneOf": [{"$ref": "#/components/schemas/Named"}, {"type": "null"}]},
        "sectors": {"type": "array", "items": {"$ref": "#/components/schemas/Term"}}, "themes": {"type": "array", "items": {"$ref": "#/components/schemas/Term"}},
        "client_groups": {"type": "array", "items": {"$ref": "#/components/schemas/Term"}},
        "maturity": {"oneOf": [{"$ref": "#/components/schemas/Maturity"}, {"type": "null"}]},
        "published_at": {"$ref": "#/components/schemas/Time"}, "updated_at": {"$ref": "#/components/schemas/Time"}}},
    "Sections": {"type": "object", "additionalProperties": false, "properties": {"background": {"type": "string"}, "solution": {"type": "string"}, "implementation": {"type": "string"},
      "resources": {"type": "string"}, "results": {"type": "string"}, "transfer": {"type": "string"}, "lessons": {"type": "string"}}},
    "Practice": {"allOf": [{"$ref": "#/components/schemas/PracticeSummary"}, {"type": "object",
      "required": ["started", "keywords", "contact", "links", "language", "state", "revision", "created_at", "sections", "sections_html", "images", "attachments"],
      "properties": {"started": {"type": ["string", "null"], "description": "YYYY or YYYY-MM"}, "keywords": {"type": "array", "items": {"type": "string"}},
        "contact": {"type": "object", "required": ["name", "title", "email", "phone"], "properties": {"name": {"type": ["string", "null"]}, "title": {"type": ["string", "null"]},
          "email": {"type": ["string", "null"], "description": "Obfuscated: the '@' is written '[a]' (name[a]domain)."}, "phone": {"type": ["string", "null"]}}},
        "links": {"type": "array", "items": {"type": "object", "required": ["title", "url"], "properties": {"title": {"type": "string"}, "url": {"type": "string"}}}},
        "language": {"type": "string", "enum": ["fi", "sv", "en"]}, "state": {"type": "string", "enum": ["published"]}, "revision": {"type": "integer", "minimum": 1},
        "created_at": {"$ref": "#/components/schemas/Time"},
        "sections": {"$ref": "#/components/schemas/Sections", "description": "Markdown of the non-empty sections; every @ is written [a]."},
        "sections_html": {"$ref": "#/components/schemas/Sections", "description": "The same sections as safe HTML."},
        "images": {"type": "array", "description": "Re-encoded as WebP without metadata, in the order added.", "items": {"type": "object", "required": ["url", "thumbnail_url", "alt", "width", "height"], "additionalProperties": false,
          "properties": {"url": {"type": "string", "format": "uri"}, "thumbnail_url": {"type": "string", "format": "uri"}, "alt": {"type": "string", "description": "The text alternative."},
            "width": {"type": "integer", "minimum": 1}, "height": {"type": "integer", "minimum": 1}}}},
        "attachments": {"type": "array", "description": "PDF files, downloaded as attachments.", "items": {"type": "object", "required": ["url", "title", "pages", "bytes"], "additionalProperties": false,
          "properties": {"url": {"type": "string", "format": "uri"}, "title": {"type": "string"}, "pages": {"type": "integer", "minimum": 1}, "bytes": {"type": "integer", "minimum": 1}}}}}}]},
    "PracticeList": {"type": "object", "required": ["total", "items"], "additionalProperties": false, "properties": {"total": {"type": "integer", "minimum": 0}, "items": {"type": "array", "items": {"$ref": "#/components/schemas/PracticeSummary"}}}},
    "Organisation": {"type": "object", "required": ["slug", "name", "type", "municipality", "practice_count"], "additionalProperties": false,
      "properties": {"slug": {"type": "string"}, "name": {"type": "string"}, "type": {"type": "string", "enum": ["municipality", "city", "joint_authority", "wellbeing_county", "rescue_department", "municipal_company", "other"]},
        "municipality": {"$ref": "#/components/schemas/Municipality"}, "practice_count": {"type": "integer", "minimum": 0}}},
    "OrganisationList": {"type": "object", "required": ["total", "items"], "additionalProperties": false, "properties": {"total": {"type": "integer", "minimum": 0}, "items": {"type": "array", "items": {"$ref": "#/components/schemas/Organisation"}}}},
    "CountedTerm": {"type": "object", "required": ["slug", "label", "count"], "additionalProperties": false, "properties": {"slug": {"type": "string"}, "label": {"type": "string"}, "count": {"type": "integer", "minimum": 0}}},
    "Vocabularies": {"type": "object", "required": ["sectors", "themes", "client_groups"], "additionalProperties": false, "properties": {
      "sectors": {"type": "array", "items": {"$ref": "#/components/schemas/CountedTerm"}}, "themes": {"type": "array", "items": {"$ref": "#/components/schemas/CountedTerm"}},
      "client_groups": {"type": "array", "items": {"$ref": "#/components/schemas/CountedTerm"}}}},
    "Region": {"type": "object", "required": ["slug", "code", "name", "name_sv", "practice_count"], "additionalProperties": false,
      "properties": {"slug": {"type": "string"}, "code": {"type": "string"}, "name": {"type": "string"}, "name_sv": {"type": "string"}, "practice_count": {"type": "integer", "minimum": 0}}},
    "SearchHit": {"type": "object", "required": ["id", "external_id", "slug", "title", "url", "snippet", "score"], "additionalProperties": false,
      "properties": {"id": {"type": "integer"}, "external_id": {"type": "string"}, "slug": {"type": "string"}, "title": {"type": "string"},
        "url": {"type": "string", "format": "uri"}, "snippet": {"type": "string", "description": "HTML: the text escaped, matched words in <mark>."}, "score": {"type": "number"}}},
    "FacetOption": {"type": "object", "required": ["slug", "label", "count"], "additionalProperties": false,
      "properties": {"slug": {"type": "string"}, "label": {"type": "string"}, "count": {"type": "integer", "minimum": 0}}},
    "SearchResults": {"type": "object", "required": ["total", "total_exact", "items", "facets", "facets_exact", "suggestion"], "additionalProperties": false,
      "properties": {"total": {"type": "integer", "minimum": 0}, "total_exact": {"type": "boolean"},
        "items": {"type": "array", "items": {"$ref": "#/components/schemas/SearchHit"}},
        "facets": {"type": "object", "description": "By filter parameter name.", "additionalProperties": {"type": "array", "items": {"$ref": "#/components/schemas/FacetOption"}}},
        "facets_exact": {"type": "boolean", "description": "false: counted over the first 10,000 matches and scaled."},
        "suggestion": {"type": ["string", "null"], "description": "The query with misspelt words corrected, when that finds practices; else null."}}},
    "EventKind": {"type": "string", "enum": ["regional_event", "gala", "webinar", "network_meeting", "workshop", "other"]},
    "EventSummary": {"type": "object", "required": ["slug", "title", "kind", "starts_at", "ends_at", "municipality", "capacity", "seats_left", "separate_capacities", "registration_open", "cancelled", "url"], "additionalProperties": false,
      "properties": {"slug": {"type": "string"}, "title": {"type": "string"}, "kind": {"$ref": "#/components/schemas/EventKind"},
        "starts_at": {"type": "string", "format": "date-time", "description": "RFC 3339 with the Helsinki offset."}, "ends_at": {"type": "string", "format": "date-time"},
        "municipality": {"type": ["string", "null"], "description": "Where the event is held (Finnish name); null for an online-only event."},
        "capacity": {"type": ["integer", "null"], "minimum": 1, "description": "null: no limit. With separate capacities their sum (null when either way has no limit)."}, "seats_left": {"type": ["integer", "null"], "minimum": 0, "description": "null: no limit."},
        "separate_capacities": {"type": ["object", "null"], "description": "A hybrid event whose on-site and remote participants have their own seats and waiting lists; null: one capacity for all.", "required": ["on_site", "remote"], "additionalProperties": false,
          "properties": {"on_site": {"$ref": "#/components/schemas/WaySeats"}, "remote": {"$ref": "#/components/schemas/WaySeats"}}},
        "registration_open": {"type": "boolean"}, "cancelled": {"type": "boolean", "description": "The staff cancelled the event: it stays listed, registration is closed."},
        "url": {"type": "string", "format": "uri"}}},
    "WaySeats": {"type": "object", "required": ["capacity", "seats_left"], "additionalProperties": false, "properties": {"capacity": {"type": ["integer", "null"], "minimum": 1, "description": "null: no limit."}, "seats_left": {"type": ["integer", "null"], "minimum": 0, "description": "null: no limit."}}},
    "EventList": {"type": "object", "required": ["total", "items"], "additionalProperties": false, "properties": {"total": {"type": "integer", "minimum": 0}, "items": {"type": "array", "items": {"$ref": "#/components/schemas/EventSummary"}}}},
    "CampaignSummary": {"type": "object", "required": ["slug", "name", "year", "collecting_from", "collecting_until", "phase", "url"], "additionalProperties": false,
      "properties": {"slug": {"type": "string"}, "name": {"type": "string"}, "year": {"type": "integer"},
        "collecting_from": {"type": "string", "format": "date", "description": "The first day practices take part (Helsinki date, inclusive)."},
        "collecting_until": {"type": "string", "format": "date", "description": "The deadline: the whole Helsinki day."},
        "phase": {"type": "string", "enum": ["upcoming", "collecting", "jury", "results"]}, "url": {"type": "string", "format": "uri"}}},
    "CampaignList": {"type": "object", "required": ["total", "items"], "additionalProperties": false, "properties": {"total": {"type": "integer", "minimum": 0}, "items": {"type": "array", "items": {"$ref": "#/components/schemas/CampaignSummary"}}}},
    "StandingRow": {"type": "object", "required": ["organisation", "organisation_slug", "count", "rank"], "additionalProperties": false,
      "properties": {"organisation": {"type": "string"}, "organisation_slug": {"type": "string"}, "count": {"type": "integer", "minimum": 1}, "rank": {"type": "integer", "minimum": 1}}},
    "StandingList": {"type": "object", "required": ["total", "items"], "additionalProperties": false, "properties": {"total": {"type": "integer", "minimum": 0}, "items": {"type": "array", "items": {"$ref": "#/components/schemas/StandingRow"}}}},
    "RegionList": {"type": "object", "required": ["total", "items"], "additionalProperties": false, "properties": {"total": {"type": "integer", "minimum": 0}, "items": {"type": "array", "items": {"$ref": "#/components/schemas/Region"}}}}
  }
}
})json";

}  // namespace

const boost::json::value& openapi_document() {
  static const boost::json::value document = boost::json::parse(kDocument);
  return document;
}

}  // namespace tori::web
