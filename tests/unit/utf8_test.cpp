// Specification of the UTF-8 utilities: decoding, repair, folding, trimming.
#include "palabre/text/utf8.hpp"

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace palabre {
namespace {

TEST(Utf8, FoldsCaseAccentsLigaturesAndApostrophes) {
  struct Case {
    const char* input;
    const char* folded;
  };
  const Case cases[] = {
      {"Élève", "eleve"},         {"ÇA", "ca"},          {"Œuvre", "oeuvre"},
      {"entrepôt", "entrepot"},   {"d’entreprise", "d'entreprise"},
      {"ARTISANS", "artisans"},   {"", ""},              {"Straße", "strasse"},
  };
  for (const Case& c : cases) EXPECT_EQ(fold(c.input), c.folded) << c.input;
}

TEST(Utf8, LowercaseKeepsAccents) { EXPECT_EQ(to_lower("ÉLÈVE Français"), "élève français"); }

TEST(Utf8, RepairsInvalidSequencesAndCountsThem) {
  std::size_t replaced = 0;
  std::string repaired = sanitize_utf8("a\xC3(b\xFF", &replaced);
  EXPECT_EQ(repaired, "a\xEF\xBF\xBD(b\xEF\xBF\xBD");
  EXPECT_EQ(replaced, 2u);
  EXPECT_TRUE(is_valid_utf8(repaired));
  EXPECT_FALSE(is_valid_utf8("\xC0\xAF"));  // overlong '/'
  EXPECT_FALSE(is_valid_utf8("\xED\xA0\x80"));  // surrogate
}

TEST(Utf8, CountsCodePoints) {
  EXPECT_EQ(count_code_points("été"), 3u);
  EXPECT_EQ(count_code_points("😂"), 1u);
  EXPECT_EQ(count_code_points(""), 0u);
}

TEST(Utf8, TrimsUnicodeSpaces) {
  EXPECT_EQ(trim("\u00A0 texte\u202F\n"), "texte");
  EXPECT_EQ(trim("   "), "");
}

TEST(Utf8, PrefixesNeverCutACodePoint) {
  EXPECT_EQ(utf8_prefix("été", 1), "");
  EXPECT_EQ(utf8_prefix("été", 2), "é");
  EXPECT_EQ(utf8_prefix("été", 3), "ét");
  EXPECT_EQ(utf8_prefix("abc", 10), "abc");
}

TEST(Utf8, RecognisesUppercaseStarts) {
  EXPECT_TRUE(starts_with_uppercase("Amazon"));
  EXPECT_TRUE(starts_with_uppercase("CIA"));
  EXPECT_TRUE(starts_with_uppercase("Écosse"));
  EXPECT_FALSE(starts_with_uppercase("amazon"));
}

// to_lower and fold map the Latin and General Punctuation ranges through a per code point
// table; it must agree with utf8proc on every code point and every pair of them (composition
// is pairwise), including pairs with ASCII and invalid bytes around.
TEST(Utf8, FastFoldAgreesWithUtf8procOnEveryPair) {
  std::vector<std::string> singles;
  for (char32_t c = 1; c < 0x2070; ++c) {
    if (!detail::in_fast_fold_range(c)) continue;
    std::string one;
    append_utf8(one, c);
    singles.push_back(one);
  }
  for (const std::string& a : singles) {
    ASSERT_EQ(fold(a), detail::fold_by_utf8proc(a)) << a;
    ASSERT_EQ(to_lower(a), detail::to_lower_by_utf8proc(a)) << a;
    for (const std::string& b : singles) {
      std::string pair = a + b;
      ASSERT_EQ(fold(pair), detail::fold_by_utf8proc(pair)) << pair;
      ASSERT_EQ(to_lower(pair), detail::to_lower_by_utf8proc(pair)) << pair;
    }
  }
}

TEST(Utf8, FastFoldFallsBackOutsideItsRange) {
  const char* cases[] = {"Cafe\xCC\x81 É",          // decomposed é: a combining mark
                         "ÉTÉ \xF0\x9F\x98\x80 Œuvre",  // emoji
                         "Straße µ ΣΑΣ ﬁn",            // Greek, ligature outside Latin
                         "L’ÉLÈVE “À” …"};
  for (const char* text : cases) {
    EXPECT_EQ(fold(text), detail::fold_by_utf8proc(text)) << text;
    EXPECT_EQ(to_lower(text), detail::to_lower_by_utf8proc(text)) << text;
  }
}

}  // namespace
}  // namespace palabre
