// SPDX-License-Identifier: AGPL-3.0-or-later
// The registrations table as an .xlsx workbook with libxlsxwriter, which writes to a file: a
// private temporary file, read back and removed.
#include <stdlib.h>
#include <unistd.h>
#include <xlsxwriter.h>

#include <filesystem>
#include <fstream>
#include <iterator>
#include <memory>
#include <stdexcept>

#include "tori/web/registration/registration_export.hpp"

namespace tori::web {
namespace {

// A new empty file of our own under the temporary folder, removed when this goes.
class TemporaryFile {
 public:
  TemporaryFile() {
    std::string pattern = (std::filesystem::temp_directory_path() / "tori-xlsx-XXXXXX").string();
    const int fd = ::mkstemp(pattern.data());
    if (fd < 0) throw std::runtime_error("xlsx: cannot make a temporary file");
    ::close(fd);
    path_ = pattern;
  }
  ~TemporaryFile() {
    std::error_code ignored;
    std::filesystem::remove(path_, ignored);
  }
  TemporaryFile(const TemporaryFile&) = delete;
  TemporaryFile& operator=(const TemporaryFile&) = delete;
  [[nodiscard]] const std::string& path() const { return path_; }

 private:
  std::string path_;
};

void write_sheet(lxw_workbook* workbook, const std::vector<std::vector<std::string>>& table) {
  lxw_worksheet* sheet = workbook_add_worksheet(workbook, "Ilmoittautuneet");
  lxw_format* bold = workbook_add_format(workbook);
  format_set_bold(bold);
  for (std::size_t r = 0; r < table.size(); ++r) {
    for (std::size_t c = 0; c < table[r].size(); ++c) {
      const std::string cell = neutralised(table[r][c]);
      worksheet_write_string(sheet, static_cast<lxw_row_t>(r), static_cast<lxw_col_t>(c),
                             cell.c_str(), r == 0 ? bold : nullptr);
    }
  }
  worksheet_freeze_panes(sheet, 1, 0);
  if (!table.empty() && !table[0].empty()) {
    worksheet_set_column(sheet, 0, static_cast<lxw_col_t>(table[0].size() - 1), 22, nullptr);
  }
}

}  // namespace

std::string registrations_xlsx(const core::Event& event,
                               const std::vector<store::Registration>& registrations) {
  const TemporaryFile file;
  lxw_workbook* workbook = workbook_new(file.path().c_str());
  if (workbook == nullptr) throw std::runtime_error("xlsx: cannot start a workbook");
  write_sheet(workbook, registration_table(event, registrations));
  if (workbook_close(workbook) != LXW_NO_ERROR) throw std::runtime_error("xlsx: cannot write");
  std::ifstream in(file.path(), std::ios::binary);
  return std::string(std::istreambuf_iterator<char>(in), {});
}

}  // namespace tori::web
