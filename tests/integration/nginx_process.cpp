// SPDX-License-Identifier: AGPL-3.0-or-later
// NginxProcess: writes nginx.conf into a temporary folder and runs nginx in the foreground.
#include "nginx_process.hpp"

#include <fcntl.h>
#include <signal.h>
#include <spawn.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include <chrono>
#include <cstdlib>
#include <fstream>
#include <sstream>
#include <stdexcept>
#include <thread>

#include "raw_client.hpp"
#include "server_process.hpp"
#include "tori/testing/child_process.hpp"

extern char** environ;

namespace tori::testing {
namespace {

using Clock = std::chrono::steady_clock;

// The configuration: the upstream retries the next node on a refused or broken connection
// (nginx's default proxy_next_upstream), as in production.
std::string configuration(const std::filesystem::path& folder, unsigned short port,
                          const std::vector<unsigned short>& node_ports) {
  const std::string dir = folder.string();
  std::ostringstream conf;
  conf << "worker_processes 1;\ndaemon off;\npid " << dir << "/nginx.pid;\nerror_log " << dir
       << "/error.log warn;\nevents { worker_connections 256; }\nhttp {\n  access_log off;\n";
  for (const char* kind : {"client_body", "proxy", "fastcgi", "uwsgi", "scgi"}) {
    conf << "  " << kind << "_temp_path " << dir << "/temp/" << kind << ";\n";
  }
  conf << "  upstream tori {\n";
  for (const unsigned short node : node_ports)
    conf << "    server 127.0.0.1:" << node << ";\n";
  conf << "    keepalive 8;\n  }\n  server {\n    listen 127.0.0.1:" << port
       << ";\n    location / {\n      proxy_pass http://tori;\n"
          "      proxy_http_version 1.1;\n      proxy_set_header Connection \"\";\n"
          "      proxy_set_header Host $host;\n"
          "      proxy_set_header X-Forwarded-For $proxy_add_x_forwarded_for;\n"
          "      proxy_set_header X-Forwarded-Proto $scheme;\n"
          "      proxy_connect_timeout 2s;\n    }\n  }\n}\n";
  return conf.str();
}

}  // namespace

std::optional<std::filesystem::path> NginxProcess::find_binary() {
  if (::access("/usr/sbin/nginx", X_OK) == 0) return "/usr/sbin/nginx";
  const char* path = std::getenv("PATH");
  std::istringstream folders(path != nullptr ? path : "");
  for (std::string folder; std::getline(folders, folder, ':');) {
    const std::filesystem::path candidate = std::filesystem::path(folder) / "nginx";
    if (!folder.empty() && ::access(candidate.c_str(), X_OK) == 0) return candidate;
  }
  return std::nullopt;
}

NginxProcess::NginxProcess(const std::vector<unsigned short>& node_ports) {
  const auto binary = find_binary();
  if (!binary) throw std::runtime_error("nginx is not installed");
  const std::filesystem::path dir = folder_.path();
  // Workers run as nobody when the master runs as root: they must reach the temp folders.
  std::filesystem::create_directories(dir / "temp");
  ::chmod(dir.c_str(), 0755);
  ::chmod((dir / "temp").c_str(), 0777);
  port_ = free_port();
  std::ofstream(dir / "nginx.conf") << configuration(dir, port_, node_ports);
  const std::string binary_text = binary->string();
  const std::string prefix = dir.string() + "/";
  const std::string error_log = (dir / "error.log").string();
  const std::string conf = (dir / "nginx.conf").string();
  const char* argv[] = {binary_text.c_str(), "-p", prefix.c_str(), "-e",
                        error_log.c_str(),   "-c", conf.c_str(),   nullptr};
  posix_spawn_file_actions_t actions;
  posix_spawn_file_actions_init(&actions);
  posix_spawn_file_actions_addopen(&actions, STDOUT_FILENO, error_log.c_str(),
                                   O_WRONLY | O_CREAT | O_APPEND, 0644);
  posix_spawn_file_actions_adddup2(&actions, STDOUT_FILENO, STDERR_FILENO);
  const int spawned =
      ::posix_spawn(&pid_, argv[0], &actions, nullptr, const_cast<char* const*>(argv), environ);
  posix_spawn_file_actions_destroy(&actions);
  if (spawned != 0) throw std::runtime_error("cannot start nginx");
  const Clock::time_point deadline = Clock::now() + std::chrono::seconds(20);
  while (Clock::now() < deadline) {
    if (::waitpid(pid_, nullptr, WNOHANG) == pid_) {
      pid_ = -1;
      throw std::runtime_error("nginx exited: " + log());
    }
    if (try_get(port_, "/healthz")) return;
    std::this_thread::sleep_for(std::chrono::milliseconds(20));
  }
  stop();
  throw std::runtime_error("nginx did not answer within 20 s: " + log());
}

NginxProcess::~NginxProcess() {
  stop();
}

void NginxProcess::stop() noexcept {
  stop_child(pid_, SIGQUIT, std::chrono::seconds(10));  // SIGQUIT: nginx's graceful stop
  pid_ = -1;
}

std::string NginxProcess::log() const {
  std::ifstream in(folder_.path() / "error.log");
  return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

}  // namespace tori::testing
