// SPDX-License-Identifier: AGPL-3.0-or-later
// Tests of byte ranges: each form of the Range field, the ones answered whole, the unsatisfiable
// ones, and a response cut to 206 with Content-Range (or 416, or left whole for If-Range).
#include "tori/http/byte_range.hpp"

#include <gtest/gtest.h>

namespace tori::http {
namespace {

TEST(ByteRange, ParsesEachFormOfASingleRange) {
  struct Case {
    std::string_view header;
    RangeKind kind;
    ByteRange range;
  };
  const Case cases[] = {
      {"bytes=0-499", RangeKind::kPart, {0, 499}},
      {"bytes=500-", RangeKind::kPart, {500, 999}},
      {"bytes=-100", RangeKind::kPart, {900, 999}},
      {"bytes=-5000", RangeKind::kPart, {0, 999}},
      {"bytes=990-5000", RangeKind::kPart, {990, 999}},
      {"bytes=1000-", RangeKind::kUnsatisfiable, {}},
      {"bytes=-0", RangeKind::kUnsatisfiable, {}},
      {"bytes=5-1", RangeKind::kWhole, {}},
      {"bytes=0-1,5-6", RangeKind::kWhole, {}},
      {"items=0-1", RangeKind::kWhole, {}},
      {"bytes=a-1", RangeKind::kWhole, {}},
      {"bytes=-", RangeKind::kWhole, {}},
      {"bytes= 0-1", RangeKind::kWhole, {}},
  };
  for (const Case& c : cases) {
    SCOPED_TRACE(c.header);
    const RangeRequest asked = parse_range(c.header, 1000);
    EXPECT_EQ(asked.kind, c.kind);
    if (c.kind == RangeKind::kPart) EXPECT_EQ(asked.range, c.range);
  }
}

Response whole() {
  Response response;
  response.body = "0123456789";
  response.headers.set("ETag", "\"v1\"");
  return response;
}

TEST(ByteRange, AnswersAPartAnUnsatisfiableRangeAndLeavesTheRestWhole) {
  Request request;
  request.headers.set("Range", "bytes=2-4");
  Response part = whole();
  answer_range(request, part);
  EXPECT_EQ(part.status, 206);
  EXPECT_EQ(part.body, "234");
  EXPECT_EQ(part.headers.get("Content-Range"), "bytes 2-4/10");
  EXPECT_EQ(part.headers.get("Accept-Ranges"), "bytes");

  request.headers.set("Range", "bytes=10-");
  Response none = whole();
  answer_range(request, none);
  EXPECT_EQ(none.status, 416);
  EXPECT_EQ(none.body, "");
  EXPECT_EQ(none.headers.get("Content-Range"), "bytes */10");

  request.headers.set("Range", "bytes=0-0");
  request.headers.set("If-Range", "\"v0\"");
  Response changed = whole();
  answer_range(request, changed);
  EXPECT_EQ(changed.status, 200) << "an old validator gets the whole file";
  EXPECT_EQ(changed.body, "0123456789");

  Request plain;
  Response full = whole();
  answer_range(plain, full);
  EXPECT_EQ(full.status, 200);
  EXPECT_EQ(full.headers.get("Accept-Ranges"), "bytes");
  Response missing = whole();
  missing.status = 404;
  answer_range(request, missing);
  EXPECT_FALSE(missing.headers.contains("Accept-Ranges"));
}

}  // namespace
}  // namespace tori::http
