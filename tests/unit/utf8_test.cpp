// Specification of the UTF-8 utilities: decoding, repair, folding, trimming.
#include "palabre/text/utf8.hpp"

#include <gtest/gtest.h>

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

}  // namespace
}  // namespace palabre
