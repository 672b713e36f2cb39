// SPDX-License-Identifier: AGPL-3.0-or-later
// Tests of check_pdf: valid PDFs counted, damaged, encrypted and oversized ones refused, silently.
#include "tori/media/pdf.hpp"

#include <gtest/gtest.h>
#include <qpdf/Buffer.hh>
#include <qpdf/QPDF.hh>
#include <qpdf/QPDFPageDocumentHelper.hh>
#include <qpdf/QPDFWriter.hh>

#include <functional>
#include <string>

#include "tori/media/test_images.hpp"

namespace tori::media {
namespace {

using Edit = fixtures::PdfEdit;
using Configure = fixtures::PdfConfigure;
using fixtures::pdf;

Configure encrypt(const char* user_password) {
  return [user_password](QPDFWriter& writer) {
    writer.setR6EncryptionParameters(user_password, "owner-secret", true, true, true, true, true,
                                     true, qpdf_r3p_full, true);
  };
}

const Edit kJavaScriptOpenAction = [](QPDF& pdf) {
  pdf.getRoot().replaceKey(
      "/OpenAction", QPDFObjectHandle::parse("<< /S /JavaScript /JS (app.alert\\('hei'\\);) >>"));
};

PdfRefusal refusal_of(const std::string& bytes, const PdfLimits& limits = {}) {
  const PdfCheck check = check_pdf(bytes, limits);
  EXPECT_FALSE(check.accepted);
  return check.refusal;
}

TEST(CheckPdf, AcceptsValidPdfsAndCountsTheirPages) {
  const struct {
    std::string_view name;
    std::string bytes;
    int pages;
  } cases[] = {
      {"one page", pdf(1), 1},
      {"three pages", pdf(3), 3},
      {"with a JavaScript OpenAction (served as an attachment)", pdf(2, kJavaScriptOpenAction), 2},
      {"with object streams",
       pdf(4, {}, [](QPDFWriter& writer) { writer.setObjectStreamMode(qpdf_o_generate); }), 4},
  };
  for (const auto& c : cases) {
    const PdfCheck check = check_pdf(c.bytes);
    EXPECT_TRUE(check.accepted) << c.name << ": " << refusal_code(check.refusal);
    EXPECT_EQ(check.pages, c.pages) << c.name;
  }
}

TEST(CheckPdf, RefusesDamagedAndForeignFiles) {
  const std::string valid = pdf(2);
  std::string wrong_page_type = valid;
  const std::size_t type = wrong_page_type.find("/Type /Page ");
  ASSERT_NE(type, std::string::npos);
  wrong_page_type.replace(type, 12, "/Type /Pagx ");  // same length: offsets stay right

  const struct {
    std::string_view name;
    std::string bytes;
    PdfRefusal expected;
  } cases[] = {
      {"empty", "", PdfRefusal::empty},
      {"PHP", "<?php system($_GET['c']); ?>", PdfRefusal::not_a_pdf},
      {"header not at byte 0", " " + valid, PdfRefusal::not_a_pdf},
      {"PDF header then garbage", "%PDF-1.4\n" + std::string(2000, 'x'), PdfRefusal::damaged},
      {"PDF header then PHP", "%PDF-1.4\n<?php system($_GET['c']); ?>", PdfRefusal::damaged},
      {"first half of a PDF", valid.substr(0, valid.size() / 2), PdfRefusal::damaged},
      {"no trailer", valid.substr(0, valid.rfind("trailer")), PdfRefusal::damaged},
      {"a page that is not a /Page (qpdf warns)", wrong_page_type, PdfRefusal::damaged},
  };
  for (const auto& c : cases) {
    EXPECT_EQ(refusal_code(refusal_of(c.bytes)), refusal_code(c.expected)) << c.name;
  }
}

TEST(CheckPdf, RefusesEncryptedPdfs) {
  EXPECT_EQ(refusal_of(pdf(1, {}, encrypt("user-secret"))), PdfRefusal::encrypted);
  // No user password: any reader opens it, but it is still encrypted (and may forbid copying).
  EXPECT_EQ(refusal_of(pdf(1, {}, encrypt(""))), PdfRefusal::encrypted);
  EXPECT_EQ(refusal_of(pdf(1, {},
                           [](QPDFWriter& writer) {
                             writer.setR4EncryptionParametersInsecure("u", "o", true, true, true,
                                                                      true, true, true,
                                                                      qpdf_r3p_full, true, true);
                           })),
            PdfRefusal::encrypted);
}

TEST(CheckPdf, ChecksSizeAndPagesAgainstTheLimits) {
  const std::string three = pdf(3);
  PdfLimits limits;
  limits.max_bytes = three.size() - 1;
  EXPECT_EQ(refusal_of(three, limits), PdfRefusal::too_large);
  limits.max_bytes = three.size();
  EXPECT_TRUE(check_pdf(three, limits).accepted);
  limits.max_pages = 2;
  EXPECT_EQ(refusal_of(three, limits), PdfRefusal::too_many_pages);
  limits.max_pages = 3;
  EXPECT_TRUE(check_pdf(three, limits).accepted);
}

TEST(CheckPdf, PrintsNothing) {
  const std::string valid = pdf(2);
  ::testing::internal::CaptureStdout();
  ::testing::internal::CaptureStderr();
  (void)check_pdf("%PDF-1.4\n" + std::string(2000, 'x'));
  (void)check_pdf(valid.substr(0, valid.size() / 2));
  (void)check_pdf(pdf(1, {}, encrypt("user-secret")));
  const std::string out = ::testing::internal::GetCapturedStdout();
  const std::string err = ::testing::internal::GetCapturedStderr();
  EXPECT_EQ(out, "");
  EXPECT_EQ(err, "");
}

TEST(CheckPdf, RefusalCodes) {
  EXPECT_EQ(refusal_code(PdfRefusal::empty), "empty");
  EXPECT_EQ(refusal_code(PdfRefusal::too_large), "too_large");
  EXPECT_EQ(refusal_code(PdfRefusal::not_a_pdf), "not_a_pdf");
  EXPECT_EQ(refusal_code(PdfRefusal::damaged), "damaged");
  EXPECT_EQ(refusal_code(PdfRefusal::encrypted), "encrypted");
  EXPECT_EQ(refusal_code(PdfRefusal::too_many_pages), "too_many_pages");
}

}  // namespace
}  // namespace tori::media
