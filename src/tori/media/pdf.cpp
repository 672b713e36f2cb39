// SPDX-License-Identifier: AGPL-3.0-or-later
// check_pdf: size and header checks, then a strict, silent qpdf parse of the page tree.
#include "tori/media/pdf.hpp"

#include <qpdf/Constants.h>
#include <spdlog/spdlog.h>
#include <qpdf/QPDF.hh>
#include <qpdf/QPDFExc.hh>
#include <qpdf/QPDFLogger.hh>
#include <qpdf/QPDFPageDocumentHelper.hh>

#include <memory>

#include "tori/media/sniff.hpp"

namespace tori::media {
namespace {

PdfCheck refused(PdfRefusal refusal) {
  return {false, refusal, 0};
}

// A logger of its own per document, writing nowhere: qpdf's default logger prints warnings
// and errors to stderr, and it is shared by every thread.
std::shared_ptr<QPDFLogger> silent_logger() {
  std::shared_ptr<QPDFLogger> logger = QPDFLogger::create();
  logger->setInfo(logger->discard());
  logger->setWarn(logger->discard());
  logger->setError(logger->discard());
  return logger;
}

PdfCheck parse(std::string_view bytes, const PdfLimits& limits) {
  QPDF pdf;
  pdf.setLogger(silent_logger());
  pdf.setSuppressWarnings(true);
  pdf.setAttemptRecovery(false);
  pdf.processMemoryFile("upload.pdf", bytes.data(), bytes.size());
  if (pdf.isEncrypted()) return refused(PdfRefusal::encrypted);
  const std::size_t pages = QPDFPageDocumentHelper(pdf).getAllPages().size();
  if (pdf.anyWarnings()) {
    spdlog::debug("media: PDF refused as damaged: {}", pdf.getWarnings().front().what());
    return refused(PdfRefusal::damaged);
  }
  if (pages > static_cast<std::size_t>(limits.max_pages)) {
    return refused(PdfRefusal::too_many_pages);
  }
  return {true, {}, static_cast<int>(pages)};
}

}  // namespace

PdfCheck check_pdf(std::string_view bytes, const PdfLimits& limits) {
  if (bytes.empty()) return refused(PdfRefusal::empty);
  if (bytes.size() > limits.max_bytes) return refused(PdfRefusal::too_large);
  if (!has_pdf_header(bytes)) return refused(PdfRefusal::not_a_pdf);
  try {
    return parse(bytes, limits);
  } catch (const QPDFExc& error) {
    // Without the user password qpdf cannot even read the cross-reference streams.
    if (error.getErrorCode() == qpdf_e_password) return refused(PdfRefusal::encrypted);
    spdlog::debug("media: PDF refused as damaged: {}", error.what());
  } catch (const std::exception& error) {
    spdlog::debug("media: PDF refused as damaged: {}", error.what());
  } catch (...) {
    spdlog::error("media: PDF check failed with an unknown exception");
  }
  return refused(PdfRefusal::damaged);
}

std::string_view refusal_code(PdfRefusal refusal) {
  switch (refusal) {
    case PdfRefusal::empty:
      return "empty";
    case PdfRefusal::too_large:
      return "too_large";
    case PdfRefusal::not_a_pdf:
      return "not_a_pdf";
    case PdfRefusal::damaged:
      return "damaged";
    case PdfRefusal::encrypted:
      return "encrypted";
    case PdfRefusal::too_many_pages:
      return "too_many_pages";
  }
  return "damaged";
}

}  // namespace tori::media
