// SPDX-License-Identifier: AGPL-3.0-or-later
// Load for bench/events.sh: N clients, each from its own loopback address (127.3.x.y), open an
// event's registration form and send it with a new address, again and again for a while. Prints
// the sends per second and their p50/p99, and the same for opening the form (the reference).
//
// Usage: registration_load PORT PATH CLIENTS SECONDS
#include <arpa/inet.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <cstdio>
#include <mutex>
#include <string>
#include <thread>
#include <vector>

namespace {

using Clock = std::chrono::steady_clock;

struct Exchange {
  int status = 0;  // 0: no answer
  std::string head;
  std::string body;
};

// One request on a new connection from `source` to 127.0.0.1:port; the whole answer (the server
// closes: Connection: close).
Exchange exchange(const std::string& source, int port, const std::string& request) {
  Exchange result;
  const int fd = ::socket(AF_INET, SOCK_STREAM, 0);
  sockaddr_in local{};
  local.sin_family = AF_INET;
  ::inet_pton(AF_INET, source.c_str(), &local.sin_addr);
  sockaddr_in server{};
  server.sin_family = AF_INET;
  server.sin_port = htons(static_cast<unsigned short>(port));
  server.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
  if (::bind(fd, reinterpret_cast<sockaddr*>(&local), sizeof local) != 0 ||
      ::connect(fd, reinterpret_cast<sockaddr*>(&server), sizeof server) != 0 ||
      ::send(fd, request.data(), request.size(), MSG_NOSIGNAL) !=
          static_cast<ssize_t>(request.size())) {
    ::close(fd);
    return result;
  }
  std::string answer;
  char buffer[16384];
  for (ssize_t got; (got = ::recv(fd, buffer, sizeof buffer, 0)) > 0;)
    answer.append(buffer, static_cast<std::size_t>(got));
  ::close(fd);
  const auto end = answer.find("\r\n\r\n");
  if (answer.size() < 12 || end == std::string::npos) return result;
  result.status = std::atoi(answer.c_str() + 9);
  result.head = answer.substr(0, end);
  result.body = answer.substr(end + 4);
  return result;
}

std::string between(const std::string& text, const std::string& before, char end) {
  const auto at = text.find(before);
  if (at == std::string::npos) return "";
  const auto start = at + before.size();
  return text.substr(start, text.find(end, start) - start);
}

struct Results {
  std::mutex mutex;
  std::vector<double> form_ms, send_ms;
  std::atomic<long> failures = 0;
};

double ms_since(Clock::time_point start) {
  return std::chrono::duration<double, std::milli>(Clock::now() - start).count();
}

void client(int number, int port, const std::string& path, Clock::time_point until,
            Results& results) {
  const std::string source =
      "127.3." + std::to_string(number / 250) + "." + std::to_string(number % 250 + 1);
  std::vector<double> form_ms, send_ms;
  for (long round = 0; Clock::now() < until; ++round) {
    auto start = Clock::now();
    const Exchange form = exchange(
        source, port, "GET " + path + " HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n");
    form_ms.push_back(ms_since(start));
    const std::string cookie = between(form.head, "tori_form=", ';');
    const std::string csrf = between(form.body, "name=\"csrf\" value=\"", '"');
    const std::string key = between(form.body, "name=\"form_key\" value=\"", '"');
    if (form.status != 200 || cookie.empty() || csrf.empty()) {
      ++results.failures;
      continue;
    }
    const std::string who = "load-" + std::to_string(number) + "-" + std::to_string(round);
    const std::string body = "csrf=" + csrf + "&form_key=" + key + "&name=Kuormittaja+" + who +
                             "&email=" + who + "%40kunta.fi&organisation=Kunta&website=";
    start = Clock::now();
    const Exchange sent =
        exchange(source, port,
                 "POST " + path + " HTTP/1.1\r\nHost: localhost\r\nCookie: tori_form=" + cookie +
                     "\r\nContent-Type: application/x-www-form-urlencoded\r\nContent-Length: " +
                     std::to_string(body.size()) + "\r\nConnection: close\r\n\r\n" + body);
    send_ms.push_back(ms_since(start));
    if (sent.status != 303) ++results.failures;
  }
  std::lock_guard lock(results.mutex);
  results.form_ms.insert(results.form_ms.end(), form_ms.begin(), form_ms.end());
  results.send_ms.insert(results.send_ms.end(), send_ms.begin(), send_ms.end());
}

double percentile(std::vector<double>& values, double p) {
  if (values.empty()) return 0;
  std::sort(values.begin(), values.end());
  return values[std::min(values.size() - 1, static_cast<std::size_t>(p * values.size()))];
}

}  // namespace

int main(int argc, char** argv) {
  if (argc != 5) {
    std::fprintf(stderr, "usage: registration_load PORT PATH CLIENTS SECONDS\n");
    return 2;
  }
  const int port = std::atoi(argv[1]);
  const std::string path = argv[2];
  const int clients = std::atoi(argv[3]);
  const double seconds = std::atof(argv[4]);
  Results results;
  const auto start = Clock::now();
  const auto until =
      start + std::chrono::duration_cast<Clock::duration>(std::chrono::duration<double>(seconds));
  std::vector<std::thread> threads;
  for (int i = 0; i < clients; ++i)
    threads.emplace_back(client, i, port, path, until, std::ref(results));
  for (std::thread& thread : threads)
    thread.join();
  const double elapsed = std::chrono::duration<double>(Clock::now() - start).count();
  // "sends/s p50 p99 forms/s p50 p99 failures", one line for the script.
  std::printf("%.1f %.2f %.2f %.1f %.2f %.2f %ld\n", results.send_ms.size() / elapsed,
              percentile(results.send_ms, 0.5), percentile(results.send_ms, 0.99),
              results.form_ms.size() / elapsed, percentile(results.form_ms, 0.5),
              percentile(results.form_ms, 0.99), results.failures.load());
  return 0;
}
