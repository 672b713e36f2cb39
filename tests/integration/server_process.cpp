// SPDX-License-Identifier: AGPL-3.0-or-later
// ServerProcess and run_tori: fork/exec of the built program, readiness polling, clean stops.
#include "server_process.hpp"

#include <arpa/inet.h>
#include <fcntl.h>
#include <netinet/in.h>
#include <signal.h>
#include <sys/socket.h>
#include <sys/wait.h>
#include <unistd.h>

#include <fstream>
#include <sstream>
#include <stdexcept>
#include <thread>

#include "raw_client.hpp"

namespace tori::testing {
namespace {

std::string read_text(const std::filesystem::path& path) {
  std::ifstream in(path);
  std::ostringstream text;
  text << in.rdbuf();
  return text.str();
}

// Starts `tori args…` with stdout and stderr sent to files; returns the child's pid.
pid_t spawn(const std::vector<std::string>& args, const std::vector<std::string>& environment,
            const std::filesystem::path& out, const std::filesystem::path& err,
            const std::filesystem::path& in = "/dev/null") {
  pid_t pid = ::fork();
  if (pid < 0) throw std::runtime_error("fork failed");
  if (pid > 0) return pid;
  int out_fd = ::open(out.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0644);
  int err_fd = ::open(err.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0644);
  ::dup2(out_fd, 1);
  ::dup2(err_fd, 2);
  int in_fd = ::open(in.c_str(), O_RDONLY);
  ::dup2(in_fd, 0);
  for (const std::string& entry : environment)
    ::putenv(const_cast<char*>(entry.c_str()));
  std::vector<char*> argv;
  std::string binary = TORI_BINARY;
  argv.push_back(binary.data());
  for (const std::string& arg : args)
    argv.push_back(const_cast<char*>(arg.c_str()));
  argv.push_back(nullptr);
  ::execv(binary.c_str(), argv.data());
  ::_exit(127);
}

int exit_code_of(int status) {
  if (WIFEXITED(status)) return WEXITSTATUS(status);
  if (WIFSIGNALED(status)) return 128 + WTERMSIG(status);
  return -1;
}

// Waits for pid to end within timeout; its exit code, or nothing.
std::optional<int> wait_for(pid_t pid, std::chrono::milliseconds timeout) {
  auto deadline = std::chrono::steady_clock::now() + timeout;
  while (std::chrono::steady_clock::now() < deadline) {
    int status = 0;
    if (::waitpid(pid, &status, WNOHANG) == pid) return exit_code_of(status);
    std::this_thread::sleep_for(std::chrono::milliseconds(10));
  }
  return std::nullopt;
}

}  // namespace

unsigned short free_port() {
  int fd = ::socket(AF_INET, SOCK_STREAM, 0);
  sockaddr_in address{};
  address.sin_family = AF_INET;
  address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
  address.sin_port = 0;
  ::bind(fd, reinterpret_cast<sockaddr*>(&address), sizeof address);
  socklen_t length = sizeof address;
  ::getsockname(fd, reinterpret_cast<sockaddr*>(&address), &length);
  ::close(fd);
  return ntohs(address.sin_port);
}

CommandResult run_tori(const std::vector<std::string>& args,
                       const std::vector<std::string>& environment, std::string_view input) {
  TempDir folder;
  std::ofstream(folder.path() / "in", std::ios::binary) << input;
  pid_t pid =
      spawn(args, environment, folder.path() / "out", folder.path() / "err", folder.path() / "in");
  CommandResult result;
  auto code = wait_for(pid, std::chrono::seconds(60));
  if (!code) {
    ::kill(pid, SIGKILL);
    ::waitpid(pid, nullptr, 0);
  }
  result.exit_code = code.value_or(-1);
  result.out = read_text(folder.path() / "out");
  result.err = read_text(folder.path() / "err");
  return result;
}

ServerProcess::ServerProcess(Options options) {
  data_ = options.data.empty() ? own_.path() / "data" : options.data;
  log_file_ = own_.path() / "server.log";
  if (!options.toml.empty()) {
    std::filesystem::create_directories(data_);
    std::ofstream(data_ / "tori.toml") << options.toml;
  }
  port_ = free_port();
  std::vector<std::string> args = {"serve", "--port", std::to_string(port_), "--data",
                                   data_.string()};
  args.insert(args.end(), options.extra_args.begin(), options.extra_args.end());
  pid_ = spawn(args, options.environment, own_.path() / "server.out", log_file_);
  auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(30);
  while (std::chrono::steady_clock::now() < deadline) {
    int status = 0;
    if (::waitpid(pid_, &status, WNOHANG) == pid_) {
      pid_ = -1;
      throw std::runtime_error("tori serve exited early: " + log());
    }
    if (auto response = try_get(port_, "/healthz"); response && response->status == 200) return;
    std::this_thread::sleep_for(std::chrono::milliseconds(20));
  }
  throw std::runtime_error("tori serve did not become healthy: " + log());
}

ServerProcess::~ServerProcess() {
  if (pid_ > 0) (void)stop(SIGTERM);
}

int ServerProcess::stop(int signal, std::chrono::milliseconds timeout) {
  if (pid_ <= 0) return -1;
  if (signal != 0) ::kill(pid_, signal);
  auto code = wait_for(pid_, timeout);
  if (!code) {
    ::kill(pid_, SIGKILL);
    ::waitpid(pid_, nullptr, 0);
  }
  pid_ = -1;
  return code.value_or(-1);
}

std::string ServerProcess::log() const {
  return read_text(log_file_);
}

}  // namespace tori::testing
