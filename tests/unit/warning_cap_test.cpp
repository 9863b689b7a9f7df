// Capping repeated warnings: what counts as one kind, what is kept, what the summary says.
#include "palabre/parse/warning_cap.hpp"

#include <gtest/gtest.h>

namespace palabre {
namespace {

TEST(WarningKind, IgnoresThePlaceTheQuotedValuesAndTheNumbers) {
  const std::pair<const char*, const char*> same[] = {
      {"c12: date '3 mars' could not be read", "c40: date 'hier' could not be read"},
      {"pages.jsonl:4: 2 invalid UTF-8 bytes replaced", "pages.jsonl:4000: 17 invalid UTF-8 bytes replaced"},
      {"c1: a reply with no comment before it", "c99: a reply with no comment before it"},
  };
  for (const auto& [a, b] : same) EXPECT_EQ(warning_kind(a), warning_kind(b)) << a << " | " << b;
  const std::pair<const char*, const char*> different[] = {
      {"c1: date 'x' could not be read", "c1: date 'x' has no year"},
      {"c1: comment with an empty text", "c1: a reply with no comment before it"},
      // A leading phrase with spaces is not a place.
      {"the page declares X but its bytes are Y: read as Y", "the page declares X but its bytes are Y: read as Z"},
  };
  for (const auto& [a, b] : different) EXPECT_NE(warning_kind(a), warning_kind(b)) << a << " | " << b;
  // An apostrophe inside a word quotes nothing.
  EXPECT_EQ(warning_kind("c1: l'article cite '12'"), "l'article cite ''");
}

std::vector<std::string> numbered(const std::string& what, int count) {
  std::vector<std::string> warnings;
  for (int i = 1; i <= count; ++i) warnings.push_back("c" + std::to_string(i) + ": " + what);
  return warnings;
}

TEST(CapRepeatedWarnings, KeepsTheFirstOfEachKindAndCountsTheRest) {
  std::vector<std::string> warnings = numbered("comment with an empty text", 7);
  std::vector<std::string> replies = numbered("a reply with no comment before it", 2);
  warnings.insert(warnings.begin() + 1, replies.begin(), replies.end());
  warnings.push_back("the page announces 9 comments but holds 7");
  cap_repeated_warnings(warnings, 3);
  EXPECT_EQ(warnings, (std::vector<std::string>{
                          "c1: comment with an empty text",
                          "c1: a reply with no comment before it",
                          "c2: a reply with no comment before it",
                          "c2: comment with an empty text",
                          "c3: comment with an empty text",
                          "… and 4 more of this kind, the next: c4: comment with an empty text",
                          "the page announces 9 comments but holds 7",
                      }));
  const std::vector<std::string> once = warnings;
  cap_repeated_warnings(warnings, 3);
  EXPECT_EQ(warnings, once) << "capping twice changes nothing";
}

TEST(CapRepeatedWarnings, FewWarningsAndEmptyListsAreLeftAlone) {
  std::vector<std::string> none;
  cap_repeated_warnings(none, 3);
  EXPECT_TRUE(none.empty());
  std::vector<std::string> three = numbered("comment with an empty text", 3);
  const std::vector<std::string> before = three;
  cap_repeated_warnings(three, 3);
  EXPECT_EQ(three, before);
}

TEST(CapRepeatedWarnings, HoldsAtScale) {
  std::vector<std::string> warnings = numbered("date 'hier' could not be read", 600000);
  cap_repeated_warnings(warnings);
  ASSERT_EQ(warnings.size(), kWarningsPerKind + 1);
  EXPECT_EQ(warnings.back(), "… and 599990 more of this kind, the next: c11: date 'hier' could not be read");
}

}  // namespace
}  // namespace palabre

namespace palabre {
namespace {

// Gathered one at a time, a kind holds its first warnings and the first one left out, no more.
TEST(WarningCollector, HoldsAFewOfEachKindWhileWarningsArrive) {
  WarningCollector collector(2);
  for (int i = 1; i <= 1000; ++i) collector.add("c" + std::to_string(i) + ": comment with an empty text");
  collector.add("the page announces 9 comments but holds 7");
  EXPECT_EQ(collector.take(), (std::vector<std::string>{
                                  "c1: comment with an empty text",
                                  "c2: comment with an empty text",
                                  "… and 998 more of this kind, the next: c3: comment with an empty text",
                                  "the page announces 9 comments but holds 7",
                              }));
  EXPECT_TRUE(collector.take().empty()) << "take() empties the collector";
}

}  // namespace
}  // namespace palabre
