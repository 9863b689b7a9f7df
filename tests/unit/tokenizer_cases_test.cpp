// The tokenizer cases DESIGN.md lists, as example tables in the manner of Lucene's French
// analyzer tests: input → tokens (surface and kind), then folding and stemming through the
// analyzer chain, accent-insensitivity, code-point spans, empty and random input.
#include <gtest/gtest.h>

#include <random>
#include <string>
#include <vector>

#include "support/languages.hpp"
#include "palabre/analyze/analyzer.hpp"
#include "palabre/analyze/tokenizer.hpp"
#include "palabre/text/utf8.hpp"

namespace palabre {
namespace {

// "surface/kind" per token, kinds abbreviated: w word, n number, u url, e emoji, '
// elision. Reads like the tables of the tests it is modelled on.
std::string render(std::string_view text) {
  std::string out;
  for (const Token& token : tokenize(text, test::french_elisions())) {
    char kind = 'w';
    switch (token.kind) {
      case TokenKind::kWord: kind = 'w'; break;
      case TokenKind::kNumber: kind = 'n'; break;
      case TokenKind::kUrl: kind = 'u'; break;
      case TokenKind::kEmoji: kind = 'e'; break;
      case TokenKind::kElision: kind = '\''; break;
    }
    if (!out.empty()) out += ' ';
    out += std::string(token.surface) + '/' + kind;
  }
  return out;
}

struct Case {
  const char* what;
  const char* input;
  const char* expected;
};

TEST(TokenizerCases, DesignTable) {
  const std::vector<Case> cases = {
      {"elision with '", "l'artisan", "l'/' artisan/w"},
      {"elision with ’", "d’un atelier", "d’/' un/w atelier/w"},
      {"every elided form", "j'ai qu'il n'est s'il c'est m'a t'as",
       "j'/' ai/w qu'/' il/w n'/' est/w s'/' il/w c'/' est/w m'/' a/w t'/' as/w"},
      {"long elided forms", "jusqu'ici lorsqu'on puisqu'elle quoiqu'il",
       "jusqu'/' ici/w lorsqu'/' on/w puisqu'/' elle/w quoiqu'/' il/w"},
      {"apostrophe typed as a space", "d un village, l aspect",
       "d/' un/w village/w l/' aspect/w"},
      {"a lone letter that is not an elision", "la lettre a et y", "la/w lettre/w a/w et/w y/w"},
      {"hyphenated words split", "peut-être savoir-faire", "peut/w être/w savoir/w faire/w"},
      {"c'est-à-dire", "c'est-à-dire", "c'/' est/w à/w dire/w"},
      {"euphonic -t-", "va-t-il", "va/w t/w il/w"},
      {"chez-nous", "chez-nous", "chez/w nous/w"},
      {"aujourd'hui is one word", "aujourd'hui aujourd’hui", "aujourd'hui/w aujourd’hui/w"},
      {"numbers", "2.000 km, 800 milliards, 2.0 et 1,5", "2.000/n km/w 800/n milliards/w 2.0/n et/w 1,5/n"},
      {"a sentence's final dot is not a decimal", "en 2017.", "en/w 2017/n"},
      {"domains and urls", "alibaba.com et https://www.amazon.fr/x?y=1",
       "alibaba.com/u et/w https://www.amazon.fr/x?y=1/u"},
      {"two words run together at a dot", "fin.Ensuite", "fin/w Ensuite/w"},
      {"runs of dots", "exact........mais", "exact/w mais/w"},
      {"ellipsis character", "bon…alors", "bon/w alors/w"},
      {"narrow no-break spaces before ; : ! ?", "Vraiment\u202F! Oui\u00A0? non\u202F; si\u202F:",
       "Vraiment/w Oui/w non/w si/w"},
      {"emoji with skin tone", "bravo 👍🏽", "bravo/w 👍🏽/e"},
      {"emoji sequence with joiner", "👨‍👩‍👧 famille", "👨‍👩‍👧/e famille/w"},
      {"flag is one emoji", "🇫🇷🇨🇳", "🇫🇷/e 🇨🇳/e"},
      {"capitals", "C'EST L'ARTISANAT", "C'/' EST/w L'/' ARTISANAT/w"},
      {"letters with digits", "la 4G et la 5G", "la/w 4G/w et/w la/w 5G/w"},
      {"punctuation only", "... !!! ???", ""},
      {"empty", "", ""},
  };
  for (const Case& c : cases) EXPECT_EQ(render(c.input), c.expected) << c.what;
}

// Folded forms and stems through the analyzer chain.
TEST(TokenizerCases, FoldingAndStemmingTable) {
  struct Row {
    const char* input;
    const char* folded;
    const char* stem;
  };
  const std::vector<Row> rows = {
      {"artisans", "artisans", "artisan"},  {"Artisan", "artisan", "artisan"},
      {"entrepôts", "entrepots", "entrepot"}, {"ENTREPÔT", "entrepot", "entrepot"},
      {"chevaux", "chevaux", "cheval"},
      {"français", "francais", "franc"},  // the "France"/"francs" hazard: terms use "français*"
      {"Œuvre", "oeuvre", "oeuvr"},         {"aujourd’hui", "aujourd'hui", "aujourd'hui"},
  };
  Analyzer analyzer{test::french()};
  for (const Row& row : rows) {
    std::vector<Token> tokens = analyzer.analyze(row.input);
    ASSERT_EQ(tokens.size(), 1u) << row.input;
    EXPECT_EQ(tokens[0].folded, row.folded) << row.input;
    EXPECT_EQ(tokens[0].stem, row.stem) << row.input;
  }
}

// Folded forms never depend on accents. Stems may ("créée" → cre, "creee" → cree: Snowball
// reads accents), which is why a theme term also matches on the stem of its folded form.
TEST(TokenizerCases, AccentInsensitive) {
  Analyzer analyzer{test::french()};
  const std::vector<std::pair<std::string, std::string>> pairs = {
      {"leçons à prendre", "lecons a prendre"},
      {"créée près de Pékin", "creee pres de Pekin"},
      {"ÉBÉNISTE", "ebeniste"},
      {"entrepôt", "entrepot"},
  };
  for (const auto& [accented, plain] : pairs) {
    std::vector<Token> a = analyzer.analyze(accented), b = analyzer.analyze(plain);
    ASSERT_EQ(a.size(), b.size()) << accented;
    for (std::size_t i = 0; i < a.size(); ++i) EXPECT_EQ(a[i].folded, b[i].folded) << accented;
  }
}

TEST(TokenizerCases, SpansCountCodePoints) {
  std::string text = "Élise a vu l’atelier 👍🏽 à Pékin";
  for (const Token& token : tokenize(text, test::french_elisions())) {
    std::string by_bytes(text.substr(token.byte_start, token.byte_end - token.byte_start));
    EXPECT_EQ(by_bytes, token.surface);
    EXPECT_EQ(count_code_points(by_bytes), token.end - token.start) << by_bytes;
  }
  std::vector<Token> tokens = tokenize(text, test::french_elisions());
  ASSERT_FALSE(tokens.empty());
  EXPECT_EQ(tokens.back().surface, "Pékin");
  EXPECT_EQ(tokens.back().start, 26u);  // code points before it, not bytes
  EXPECT_EQ(tokens.back().end, 31u);
}

TEST(TokenizerCases, EmptyAndBlankInput) {
  Analyzer analyzer{test::french()};
  EXPECT_TRUE(analyzer.analyze("").empty());
  EXPECT_TRUE(analyzer.analyze(" \n\t\u00A0").empty());
}

// Random text drawn from an alphabet of the characters the scanner treats specially: no
// crash, tokens in order, non-empty, within the text, and spans consistent with bytes.
TEST(TokenizerCases, RandomTextKeepsInvariants) {
  const std::vector<std::string> alphabet = {
      "a", "é", "L", "l", "d", "'", "’", " ", "-", ".", ",", "2", "0", "h", "t", "p", ":",
      "/", "w", "c", "o", "m", "\u202F", "👍", "🏽", "\u200D", "🇫", "\uFE0F", "…", "q", "u", "\n"};
  std::mt19937 random(20190102);
  Analyzer analyzer{test::french()};
  for (int round = 0; round < 500; ++round) {
    std::string text;
    std::size_t length = random() % 40;
    for (std::size_t i = 0; i < length; ++i) text += alphabet[random() % alphabet.size()];
    std::vector<Token> tokens = analyzer.analyze(text);
    std::size_t previous_end = 0;
    for (const Token& token : tokens) {
      ASSERT_FALSE(token.surface.empty()) << text;
      ASSERT_LE(previous_end, token.byte_start) << text;
      ASSERT_LE(token.byte_end, text.size()) << text;
      ASSERT_LT(token.start, token.end) << text;
      ASSERT_EQ(text.substr(token.byte_start, token.byte_end - token.byte_start), token.surface);
      previous_end = token.byte_end;
    }
  }
}

}  // namespace
}  // namespace palabre
