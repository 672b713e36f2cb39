// SPDX-License-Identifier: AGPL-3.0-or-later
// Operations endpoints: /healthz (the process answers), /readyz (the database answers and its
// migrations are current) and /metrics (Prometheus text, to loopback and allowed addresses).
#pragma once

#include "tori/http/address_set.hpp"
#include "tori/http/metrics.hpp"
#include "tori/http/pipeline.hpp"
#include "tori/http/router.hpp"
#include "tori/web/services.hpp"

namespace tori::web {

// Registers the three routes. `metrics_allow` are the addresses besides loopback that may read
// /metrics; others get 404, as if it did not exist.
void add_operations_routes(http::Router& router, const Services& services,
                           const http::Metrics& metrics, http::AddressSet metrics_allow);

// A middleware that answers 503 (with Retry-After, and the error page the pipeline adds) when
// the database cannot be reached, instead of a 500: the pool reconnects by itself once the
// database is back, so the visitor only has to try again.
[[nodiscard]] http::Middleware database_unavailable_as_503();

// Adds the database time and statement count to the metrics (collected on each scrape).
void add_store_metrics(http::Metrics& metrics, const store::Store& store);

}  // namespace tori::web
