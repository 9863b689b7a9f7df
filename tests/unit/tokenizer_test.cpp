// The French tokenizer and analyzer chain, as example tables (input → tokens).
#include "support/languages.hpp"
#include "palabre/analyze/tokenizer.hpp"

#include <gtest/gtest.h>

#include "palabre/analyze/analyzer.hpp"
#include "palabre/text/utf8.hpp"

namespace palabre {
namespace {

std::string surfaces(std::string_view text) {
  std::string joined;
  for (const Token& token : tokenize(text, test::french_elisions())) {
    if (!joined.empty()) joined += '|';
    joined += token.surface;
  }
  return joined;
}

TEST(Tokenizer, SplitsFrenchText) {
  struct Case {
    const char* text;
    const char* tokens;
  };
  const Case cases[] = {
      {"", ""},
      {"l'aspect", "l'|aspect"},
      {"d’entreprise", "d’|entreprise"},
      {"jusqu'à lorsqu'il", "jusqu'|à|lorsqu'|il"},
      {"aujourd'hui", "aujourd'hui"},
      {"peut-être", "peut|être"},
      {"c'est-à-dire", "c'|est|à|dire"},
      {"a-t-il", "a|t|il"},
      {"chez-nous", "chez|nous"},
      {"2.000 km", "2.000|km"},
      {"800 milliards", "800|milliards"},
      {"villages 2.0 chinois", "villages|2.0|chinois"},
      {"un site \"alibaba.com\" qui", "un|site|alibaba.com|qui"},
      {"voir https://www.example.fr/dossier/12.", "voir|https://www.example.fr/dossier/12"},
      {"exact........mais", "exact|mais"},
      {"Vraiment\u202F?", "Vraiment"},
      {"bravo 😂😂", "bravo|😂|😂"},
      {"spéciali...", "spéciali"},
  };
  for (const Case& c : cases) EXPECT_EQ(surfaces(c.text), c.tokens) << c.text;
}

TEST(Tokenizer, KindsAndSpans) {
  std::vector<Token> tokens = tokenize("Été: l'artisan d un village, alibaba.com 2.0 👍", test::french_elisions());
  ASSERT_EQ(tokens.size(), 9u);  // Été l' artisan d un village alibaba.com 2.0 👍
  EXPECT_EQ(tokens[0].kind, TokenKind::kWord);
  EXPECT_EQ(tokens[0].start, 0u);
  EXPECT_EQ(tokens[0].end, 3u);  // code points, not bytes
  EXPECT_EQ(tokens[1].kind, TokenKind::kElision);
  EXPECT_EQ(tokens[3].kind, TokenKind::kElision);  // "d" typed for "d'"
  EXPECT_EQ(tokens[3].surface, "d");
  EXPECT_EQ(tokens[6].kind, TokenKind::kUrl);
  EXPECT_EQ(tokens[7].kind, TokenKind::kNumber);
  EXPECT_EQ(tokens[8].kind, TokenKind::kEmoji);
  EXPECT_TRUE(tokenize("chez-nous", test::french_elisions())[1].after_hyphen);
}

// The tokenizer reads ASCII bytes without decoding them: spans must still count code points
// across multi-byte letters, apostrophes, no-break hyphens, flags and skin tones.
TEST(Tokenizer, SpansAcrossMultiByteCharacters) {
  const std::string text = "🇫🇷 Vive‑la‑France! D’un café à www.café.fr, 👍🏽 l’œuvre d un x";
  struct Expected {
    TokenKind kind;
    std::size_t start, end, byte_start, byte_end;
    bool after_hyphen;
    std::string_view surface;
  };
  const Expected expected[] = {
      {TokenKind::kEmoji, 0, 2, 0, 8, false, "🇫🇷"},
      {TokenKind::kWord, 3, 7, 9, 13, false, "Vive"},
      {TokenKind::kWord, 8, 10, 16, 18, true, "la"},  // after U+2011, 3 bytes
      {TokenKind::kWord, 11, 17, 21, 27, true, "France"},
      {TokenKind::kElision, 19, 21, 29, 33, false, "D’"},
      {TokenKind::kWord, 21, 23, 33, 35, false, "un"},
      {TokenKind::kWord, 24, 28, 36, 41, false, "café"},
      {TokenKind::kWord, 29, 30, 42, 44, false, "à"},
      {TokenKind::kUrl, 31, 42, 45, 57, false, "www.café.fr"},
      {TokenKind::kEmoji, 44, 46, 59, 67, false, "👍🏽"},
      {TokenKind::kElision, 47, 49, 68, 72, false, "l’"},
      {TokenKind::kWord, 49, 54, 72, 78, false, "œuvre"},
      {TokenKind::kElision, 55, 56, 79, 80, false, "d"},  // "d un"
      {TokenKind::kWord, 57, 59, 81, 83, false, "un"},
      {TokenKind::kWord, 60, 61, 84, 85, false, "x"},
  };
  std::vector<Token> tokens = tokenize(text, test::french_elisions());
  ASSERT_EQ(tokens.size(), std::size(expected));
  for (std::size_t i = 0; i < tokens.size(); ++i) {
    const Token& token = tokens[i];
    const Expected& want = expected[i];
    EXPECT_EQ(token.surface, want.surface) << i;
    EXPECT_EQ(token.kind, want.kind) << want.surface;
    EXPECT_EQ(token.start, want.start) << want.surface;
    EXPECT_EQ(token.end, want.end) << want.surface;
    EXPECT_EQ(token.byte_start, want.byte_start) << want.surface;
    EXPECT_EQ(token.byte_end, want.byte_end) << want.surface;
    EXPECT_EQ(token.after_hyphen, want.after_hyphen) << want.surface;
    EXPECT_EQ(text.substr(token.byte_start, token.byte_end - token.byte_start), token.surface);
  }
}

TEST(Analyzer, StemsAndFoldsAccentInsensitively) {
  Analyzer analyzer{test::french()};
  auto stem_of = [&](const char* word) { return analyzer.analyze(word).at(0).stem; };
  EXPECT_EQ(stem_of("entrepôts"), stem_of("entrepot"));
  EXPECT_EQ(stem_of("artisans"), stem_of("artisan"));
  EXPECT_EQ(stem_of("Marchés"), stem_of("marché"));
  EXPECT_EQ(stem_of("ÉLÈVES"), stem_of("eleves"));
  std::vector<Token> tokens = analyzer.analyze("les d’Amazon alibaba.com");
  EXPECT_TRUE(tokens[0].stopword);
  EXPECT_TRUE(tokens[1].stopword);  // elision
  EXPECT_EQ(tokens[2].folded, "amazon");
  EXPECT_EQ(tokens[3].folded, "alibaba");  // a domain is matched by its site name
}

TEST(Analyzer, EmptyAndPunctuationOnlyInput) {
  Analyzer analyzer{test::french()};
  EXPECT_TRUE(analyzer.analyze("").empty());
  EXPECT_TRUE(analyzer.analyze(" ... !!! ?\u00A0").empty());
}

TEST(Analyzer, SurvivesArbitraryBytesOnceSanitized) {
  Analyzer analyzer{test::french()};
  std::string text;
  unsigned state = 12345;
  for (int i = 0; i < 5000; ++i) {
    state = state * 1103515245u + 12345u;
    text += static_cast<char>((state >> 16) & 0xFF);
  }
  std::vector<Token> tokens = analyzer.analyze(sanitize_utf8(text));
  for (const Token& token : tokens) EXPECT_LE(token.start, token.end);
}

}  // namespace
}  // namespace palabre
