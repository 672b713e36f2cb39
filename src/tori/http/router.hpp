// SPDX-License-Identifier: AGPL-3.0-or-later
// Routes a request to its handler by method and path pattern ("/teot/{slug}"), with 404 and 405.
//
//   Router router;
//   router.add("GET", "/teot/{slug}", [](Request& r) { return show(r.param("slug")); });
//   Router::Match match = router.match("GET", "/teot/hyva-teko");
#pragma once

#include <cstddef>
#include <functional>
#include <memory>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "tori/http/message.hpp"

namespace tori::http {

using Handler = std::function<Response(Request&)>;

struct RouteOptions {
  std::size_t body_limit = 0;  // largest accepted body in bytes; 0: the server's [limits] default
};

class Router {
 public:
  // What match() found.
  struct Match {
    const Handler* handler = nullptr;       // null: no route for this method and path
    const RouteOptions* options = nullptr;  // the route's options when handler is set
    std::string pattern;                    // the matched pattern, for logs and metrics
    std::vector<std::pair<std::string, std::string>> params;
    std::string allow;  // when the path exists for other methods only: "GET, HEAD, POST"
  };

  // Adds a route. A pattern is literal segments and `{name}` segments, each matching one
  // non-empty path segment; a final `{name...}` matches the rest of the path. A GET route also
  // answers HEAD. Adding the same method and pattern twice throws std::logic_error.
  void add(std::string_view method, std::string_view pattern, Handler handler,
           RouteOptions options = {});

  // Finds the route for a normalised, percent-decoded path. Literal segments win over
  // parameters; earlier routes win among equals.
  [[nodiscard]] Match match(std::string_view method, std::string_view path) const;

 private:
  struct Route {
    std::string method;
    std::string pattern;
    std::vector<std::string> segments;
    bool rest = false;
    Handler handler;
    RouteOptions options;
  };
  std::vector<std::unique_ptr<Route>> routes_;
};

}  // namespace tori::http
