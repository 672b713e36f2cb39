// SPDX-License-Identifier: AGPL-3.0-or-later
// Atomic file writes with a temporary file, fsync and rename.
#include "tori/store/atomic_file.hpp"

#include <errno.h>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cstring>
#include <system_error>

namespace tori::store {
namespace {

std::string errno_text(std::string_view what, const std::filesystem::path& path) {
  return std::string(what) + " " + path.string() + ": " + std::strerror(errno);
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

}  // namespace

void make_private_folder(const std::filesystem::path& folder) {
  if (std::filesystem::is_directory(folder)) return;
  if (folder.has_parent_path()) std::filesystem::create_directories(folder.parent_path());
  if (::mkdir(folder.c_str(), 0700) != 0 && errno != EEXIST)
    throw std::system_error(errno, std::generic_category(), "mkdir " + folder.string());
}

std::string write_file_atomically(const std::filesystem::path& target, std::string_view bytes) {
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

}  // namespace tori::store
