// SPDX-License-Identifier: AGPL-3.0-or-later
// EmlTransport: one atomically written .eml file per message.
#include "tori/mail/eml_transport.hpp"

#include <errno.h>
#include <fcntl.h>
#include <spdlog/spdlog.h>
#include <sys/stat.h>
#include <unistd.h>

#include <chrono>
#include <cstring>
#include <ctime>
#include <string_view>
#include <system_error>
#include <utility>

#include "tori/core/email.hpp"
#include "tori/mail/message.hpp"

namespace tori::mail {
namespace {

// "20240616T090000-42.eml" for the current UTC second and the outbox id.
std::string file_name(std::int64_t id) {
  const std::time_t now = std::chrono::system_clock::to_time_t(std::chrono::system_clock::now());
  std::tm utc{};
  gmtime_r(&now, &utc);
  char stamp[32];
  if (std::strftime(stamp, sizeof stamp, "%Y%m%dT%H%M%S", &utc) == 0) stamp[0] = '\0';
  return std::string(stamp) + "-" + std::to_string(id) + ".eml";
}

std::string errno_text(std::string_view what, const std::filesystem::path& path) {
  return std::string(what) + " " + path.string() + ": " + std::strerror(errno);
}

// Creates the folder with mode 0700 when absent (its parents with the default mode).
void make_folder(const std::filesystem::path& folder) {
  if (std::filesystem::is_directory(folder)) return;
  if (folder.has_parent_path()) std::filesystem::create_directories(folder.parent_path());
  if (::mkdir(folder.c_str(), 0700) != 0 && errno != EEXIST)
    throw std::system_error(errno, std::generic_category(), "mkdir " + folder.string());
}

bool write_all(int fd, std::string_view bytes) {
  while (!bytes.empty()) {
    const ssize_t n = ::write(fd, bytes.data(), bytes.size());
    if (n < 0 && errno == EINTR) continue;
    if (n <= 0) return false;
    bytes.remove_prefix(static_cast<size_t>(n));
  }
  return true;
}

// Writes `bytes` to `target` through a temp file beside it; an error text, or empty when done.
std::string write_atomically(const std::filesystem::path& target, std::string_view bytes) {
  std::string temp = (target.parent_path() / ".tmp-XXXXXX").string();
  const int fd = ::mkostemp(temp.data(), O_CLOEXEC);  // mode 0600
  if (fd < 0) return errno_text("cannot create a file in", target.parent_path());
  const bool written = write_all(fd, bytes) && ::fsync(fd) == 0;
  std::string error = written ? "" : errno_text("cannot write", temp);
  if (::close(fd) != 0 && error.empty()) error = errno_text("cannot close", temp);
  if (error.empty() && ::rename(temp.c_str(), target.c_str()) != 0)
    error = errno_text("cannot rename to", target);
  if (!error.empty()) {
    ::unlink(temp.c_str());
    return error;
  }
  // The rename itself reaches the disk with the folder's fsync.
  if (const int dir = ::open(target.parent_path().c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
      dir >= 0) {
    ::fsync(dir);
    ::close(dir);
  }
  return "";
}

}  // namespace

EmlTransport::EmlTransport(std::filesystem::path folder) : folder_(std::move(folder)) {}

SendResult EmlTransport::send(const store::QueuedMail& mail) {
  try {
    make_folder(folder_);
  } catch (const std::exception& e) {
    spdlog::error("mail: cannot create {}: {}", folder_.string(), e.what());
    return {.ok = false, .permanent = false, .error = e.what()};
  }
  const std::filesystem::path file = folder_ / file_name(mail.id);
  if (std::string error = write_atomically(file, mail.message); !error.empty()) {
    spdlog::error("mail: {}", error);
    return {.ok = false, .permanent = false, .error = error};
  }
  spdlog::info("mail: wrote {} for {}", file.string(), core::mask_email(mail.recipient));
  return {.ok = true, .permanent = false, .error = ""};
}

}  // namespace tori::mail
