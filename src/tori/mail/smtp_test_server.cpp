// SPDX-License-Identifier: AGPL-3.0-or-later
// SmtpTestServer: starts smtp_test_server.py as a child process and reads the folder it fills.
#include "tori/mail/smtp_test_server.hpp"

#include <arpa/inet.h>
#include <fcntl.h>
#include <netinet/in.h>
#include <poll.h>
#include <signal.h>
#include <sys/prctl.h>
#include <sys/socket.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <boost/json.hpp>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <stdexcept>
#include <thread>

#include "tori/testing/child_process.hpp"

#ifndef TORI_MAIL_SOURCE_DIR
#error "TORI_MAIL_SOURCE_DIR (the folder of smtp_test_server.py) must be defined"
#endif

namespace tori::mail {
namespace {

using Clock = std::chrono::steady_clock;
constexpr auto kStartLimit = std::chrono::seconds(15);

// Forks and execs the script with its stdout on a pipe; returns the pid and the pipe's read end.
std::pair<pid_t, int> spawn(const std::string& folder) {
  const std::string script = std::string(TORI_MAIL_SOURCE_DIR) + "/smtp_test_server.py";
  int pipe_fds[2];
  if (::pipe2(pipe_fds, O_CLOEXEC) != 0) throw std::runtime_error("SmtpTestServer: pipe failed");
  const char* argv[] = {"/usr/bin/python3", script.c_str(), "--port", "0",
                        "--folder",         folder.c_str(), nullptr};
  const pid_t parent = ::getpid();
  const pid_t pid = ::fork();
  if (pid < 0) throw std::runtime_error("SmtpTestServer: fork failed");
  if (pid == 0) {  // the child: async-signal-safe calls only
    ::prctl(PR_SET_PDEATHSIG, SIGTERM);
    if (::getppid() != parent) ::_exit(127);
    ::dup2(pipe_fds[1], STDOUT_FILENO);
    ::execv(argv[0], const_cast<char* const*>(argv));
    ::_exit(127);
  }
  ::close(pipe_fds[1]);
  return {pid, pipe_fds[0]};
}

// Reads the "PORT n" line the script prints once it listens; 0 when it exits or times out.
unsigned short read_port(int fd, Clock::time_point deadline) {
  std::string line;
  char c = 0;
  while (line.find('\n') == std::string::npos) {
    const auto left =
        std::chrono::duration_cast<std::chrono::milliseconds>(deadline - Clock::now());
    pollfd poll_fd{fd, POLLIN, 0};
    if (left.count() <= 0 || ::poll(&poll_fd, 1, static_cast<int>(left.count())) <= 0) return 0;
    if (::read(fd, &c, 1) != 1) return 0;
    line += c;
  }
  unsigned port = 0;
  if (std::sscanf(line.c_str(), "PORT %u", &port) != 1 || port == 0 || port > 65535) return 0;
  return static_cast<unsigned short>(port);
}

bool accepts_connections(unsigned short port) {
  const int fd = ::socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
  if (fd < 0) return false;
  sockaddr_in address{};
  address.sin_family = AF_INET;
  address.sin_port = htons(port);
  address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
  const bool ok = ::connect(fd, reinterpret_cast<sockaddr*>(&address), sizeof address) == 0;
  ::close(fd);
  return ok;
}

std::string read_file(const std::filesystem::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream bytes;
  bytes << in.rdbuf();
  return bytes.str();
}

ReceivedMail read_message(const std::filesystem::path& envelope_file) {
  const boost::json::object envelope = boost::json::parse(read_file(envelope_file)).as_object();
  ReceivedMail mail;
  mail.mail_from = envelope.at("mail_from").as_string().c_str();
  for (const boost::json::value& recipient : envelope.at("rcpt_tos").as_array())
    mail.recipients.emplace_back(recipient.as_string().c_str());
  std::filesystem::path data_file = envelope_file;
  mail.data = read_file(data_file.replace_extension(".eml"));
  return mail;
}

}  // namespace

SmtpTestServer::SmtpTestServer() {
  const Clock::time_point deadline = Clock::now() + kStartLimit;
  const auto [pid, out] = spawn(folder_.path().string());
  pid_ = pid;
  port_ = read_port(out, deadline);
  ::close(out);
  while (port_ != 0 && !accepts_connections(port_) && Clock::now() < deadline)
    std::this_thread::sleep_for(std::chrono::milliseconds(20));
  if (port_ == 0 || !accepts_connections(port_)) {
    stop_process();  // the constructor throws: no destructor call follows
    throw std::runtime_error(
        "SmtpTestServer: " TORI_MAIL_SOURCE_DIR
        "/smtp_test_server.py did not start listening "
        "within 15 s (does /usr/bin/python3 have aiosmtpd? see its stderr above)");
  }
}

SmtpTestServer::~SmtpTestServer() {
  stop_process();
}

void SmtpTestServer::stop_process() {
  testing::stop_child(pid_, SIGTERM, std::chrono::seconds(5));
  pid_ = -1;
}

std::vector<ReceivedMail> SmtpTestServer::messages() const {
  std::vector<std::filesystem::path> envelopes;
  for (const auto& entry : std::filesystem::directory_iterator(folder_.path()))
    if (entry.path().extension() == ".json") envelopes.push_back(entry.path());
  std::sort(envelopes.begin(), envelopes.end());
  std::vector<ReceivedMail> mails;
  mails.reserve(envelopes.size());
  for (const auto& envelope : envelopes)
    mails.push_back(read_message(envelope));
  return mails;
}

bool SmtpTestServer::wait_for(std::size_t count, std::chrono::milliseconds timeout) const {
  const Clock::time_point deadline = Clock::now() + timeout;
  for (;;) {
    if (messages().size() >= count) return true;
    if (Clock::now() >= deadline) return false;
    std::this_thread::sleep_for(std::chrono::milliseconds(20));
  }
}

}  // namespace tori::mail
