// SPDX-License-Identifier: AGPL-3.0-or-later
// Tests of redirect rules: every case of the normalisers, the input check and the save plan.
#include "tori/core/redirect.hpp"

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace tori::core {
namespace {

using P = RedirectProblem;

struct AddressCase {
  std::string raw;
  std::string expected;  // the normal form, or "" when `problem` is set
  RedirectProblem problem = P::kNone;
};

TEST(RedirectTest, OldAddressesAreNormalised) {
  const std::vector<AddressCase> cases = {
      {"/2019/05/vanha-juttu/", "/2019/05/vanha-juttu"},
      {"/2019/05/vanha-juttu", "/2019/05/vanha-juttu"},
      {"  /sivu  ", "/sivu"},
      {"/", "/"},
      {"/?p=123", "/?p=123"},
      {"/?p=123#kommentit", "/?p=123"},
      {"/sivu.php?id=4", "/sivu.php?id=4"},
      {"/sivu.php?", "/sivu.php"},
      {"/a//b/./c/../d/", "/a/b/d"},
      {"/p%C3%A4iv%c3%a4", "/päivä"},
      {"/päivä", "/päivä"},
      {"/a%20b", "/a b"},
      {"/a%2Fb", "/a/b"},
      {"/haku?q=%c3%a4+x&b=1", "/haku?q=%C3%A4+x&b=1"},
      {"/haku?b=1&a=2", "/haku?b=1&a=2"},
      {"/haku?q=ä b", "/haku?q=%C3%A4%20b"},
      {"/haku?q=100%", "/haku?q=100%"},
      {"", "", P::kEmpty},
      {"   ", "", P::kEmpty},
      {"vanha-juttu", "", P::kNotPath},
      {"http://vanha.example.fi/sivu", "", P::kNotPath},
      {"https://vanha.example.fi/sivu", "", P::kNotPath},
      {"//vanha.example.fi/sivu", "", P::kNotPath},
      {"/a/../..", "", P::kNotPath},
      {"/a\\b", "", P::kNotPath},
      {"/a%5Cb", "", P::kNotPath},
      {"/a%00b", "", P::kNotPath},
      {"/a\nb", "", P::kNotPath},
      {"/a%zz", "", P::kBadEncoding},
      {"/a%4", "", P::kBadEncoding},
      {"/a%FF", "", P::kBadEncoding},
      {"/" + std::string(kMaxRedirectPathLength, 'x'), "", P::kTooLong},
      {"/" + std::string(kMaxRedirectPathLength - 1, 'x'),
       "/" + std::string(kMaxRedirectPathLength - 1, 'x')},
  };
  for (const AddressCase& c : cases) {
    const NormalisedAddress got = normalise_old_address(c.raw);
    EXPECT_EQ(got.value, c.expected) << c.raw;
    EXPECT_EQ(got.problem, c.problem) << c.raw;
  }
}

TEST(RedirectTest, TargetsAreLocalPathsOrHttpAddresses) {
  const std::vector<AddressCase> cases = {
      {"/teot/hyva-teko/", "/teot/hyva-teko"},
      {"/uutiset?sivu=2", "/uutiset?sivu=2"},
      {"https://example.fi/a/?b=C%3a", "https://example.fi/a/?b=C%3a"},
      {"HTTP://example.fi", "HTTP://example.fi"},
      {" https://example.fi/x ", "https://example.fi/x"},
      {"", "", P::kEmpty},
      {"teot/x", "", P::kBadTarget},
      {"//example.fi/x", "", P::kBadTarget},
      {"ftp://example.fi/x", "", P::kBadTarget},
      {"javascript:alert(1)", "", P::kBadTarget},
      {"https://", "", P::kBadTarget},
      {"https:///polku", "", P::kBadTarget},
      {"https://example.fi/a b", "", P::kBadTarget},
      {"https://example.fi/a\tb", "", P::kBadTarget},
      {"/a/../..", "", P::kBadTarget},
      {"/a%zz", "", P::kBadEncoding},
      {"https://example.fi/" + std::string(kMaxRedirectTargetLength, 'x'), "", P::kTooLong},
  };
  for (const AddressCase& c : cases) {
    const NormalisedAddress got = normalise_redirect_target(c.raw);
    EXPECT_EQ(got.value, c.expected) << c.raw;
    EXPECT_EQ(got.problem, c.problem) << c.raw;
  }
}

TEST(RedirectTest, RequestKeysMatchNormalisedAddresses) {
  EXPECT_EQ(redirect_key("/sivu.php", "id=4"), "/sivu.php?id=4");
  EXPECT_EQ(redirect_key("/", "p=123"), "/?p=123");
  EXPECT_EQ(redirect_key("/päivä", ""), "/päivä");
  EXPECT_EQ(redirect_key("/haku", "q=%c3%a4"), normalise_old_address("/haku?q=%C3%A4").value);
  EXPECT_TRUE(is_local_target("/a"));
  EXPECT_FALSE(is_local_target("https://example.fi/"));
}

struct InputCase {
  RedirectInput input;
  std::vector<RedirectError> errors;
};

TEST(RedirectTest, InputIsCheckedFieldByField) {
  using F = RedirectField;
  const std::vector<InputCase> cases = {
      {{"/vanha/", "/uusi", " muistiinpano "}, {}},
      {{"/vanha", "https://example.fi/", ""}, {}},
      {{"", "", ""}, {{F::kOldPath, P::kEmpty}, {F::kTarget, P::kEmpty}}},
      {{"vanha", "/uusi", ""}, {{F::kOldPath, P::kNotPath}}},
      {{"/vanha", "uusi", ""}, {{F::kTarget, P::kBadTarget}}},
      {{"/vanha/", "/vanha", ""}, {{F::kTarget, P::kSameAsSource}}},
      {{"/a", "/b", std::string(kMaxRedirectNoteLength + 1, 'n')}, {{F::kNote, P::kNoteTooLong}}},
      {{"/a", "/b", "rivi\nrivi"}, {{F::kNote, P::kNoteTooLong}}},
  };
  for (const InputCase& c : cases) {
    EXPECT_EQ(check_redirect_input(c.input).errors, c.errors) << c.input.old_path;
  }
  const CheckedRedirect ok = check_redirect_input({"/vanha/", "/uusi/", " muistiinpano "});
  EXPECT_EQ(ok.rule.old_path, "/vanha");
  EXPECT_EQ(ok.rule.target, "/uusi");
  EXPECT_EQ(ok.rule.note, "muistiinpano");
}

struct PlanCase {
  std::string name;
  RedirectRules rules;
  std::string old_path, target;
  RedirectProblem problem;
  std::string end;
  std::vector<std::string> repointed;
};

TEST(RedirectTest, PlansRefuseLoopsAndCollapseChains) {
  const std::vector<PlanCase> cases = {
      {"new rule", {}, "/a", "/b", P::kNone, "/b", {}},
      {"same", {}, "/a", "/a", P::kSameAsSource, "", {}},
      {"target redirected", {{"/b", "/c"}}, "/a", "/b", P::kNone, "/c", {}},
      {"rules point at old",
       {{"/x", "/a"}, {"/y", "/a"}},
       "/a",
       "/b",
       P::kNone,
       "/b",
       {"/x", "/y"}},
      {"two-step loop", {{"/b", "/a"}}, "/a", "/b", P::kLoop, "", {}},
      {"longer loop", {{"/b", "/c"}, {"/c", "/a"}}, "/a", "/b", P::kLoop, "", {}},
      {"replacing own rule", {{"/a", "/old"}}, "/a", "/b", P::kNone, "/b", {}},
      {"replacing own rule with its chain",
       {{"/a", "/b"}, {"/b", "/c"}},
       "/a",
       "/b",
       P::kNone,
       "/c",
       {}},
      {"loop elsewhere", {{"/b", "/c"}, {"/c", "/b"}}, "/a", "/b", P::kLoop, "", {}},
      {"external target",
       {{"/x", "/a"}},
       "/a",
       "https://example.fi/a",
       P::kNone,
       "https://example.fi/a",
       {"/x"}},
  };
  for (const PlanCase& c : cases) {
    const RedirectPlan plan = plan_redirect(c.old_path, c.target, c.rules);
    EXPECT_EQ(plan.problem, c.problem) << c.name;
    EXPECT_EQ(plan.target, c.end) << c.name;
    EXPECT_EQ(plan.repointed, c.repointed) << c.name;
  }
}

TEST(RedirectTest, ALongChainCountsAsALoop) {
  RedirectRules rules;
  for (int i = 0; i <= kMaxRedirectHops + 1; ++i) {
    rules["/" + std::to_string(i)] = "/" + std::to_string(i + 1);
  }
  EXPECT_EQ(plan_redirect("/a", "/0", rules).problem, P::kLoop);
}

TEST(RedirectTest, ProblemsHaveNamesAndTexts) {
  EXPECT_EQ(redirect_problem_name(P::kLoop), "loop");
  EXPECT_FALSE(redirect_problem_text(P::kLoop).empty());
  EXPECT_TRUE(redirect_problem_text(P::kNone).empty());
}

}  // namespace
}  // namespace tori::core
