// The HtmlTree helpers against plain reference models: the fast line tidying and the
// allocation-free class word walks must give what the straightforward versions give, on
// hand-picked traps and on random mixes of spaces, no-break spaces, invalid bytes and text.
#include "palabre/parse/html_tree.hpp"

#include <gtest/gtest.h>

#include <random>
#include <string>
#include <vector>

#include "palabre/text/utf8.hpp"

namespace palabre {
namespace {

// The line tidying as first written: split on '\n', collapse spaces into a line buffer, trim.
std::string reference_tidy_lines(std::string_view raw) {
  std::string out;
  std::size_t start = 0;
  while (start <= raw.size()) {
    std::size_t end = raw.find('\n', start);
    if (end == std::string_view::npos) end = raw.size();
    std::string line;
    bool pending_space = false;
    std::string_view piece = raw.substr(start, end - start);
    std::size_t pos = 0;
    while (pos < piece.size()) {
      std::size_t before = pos;
      char32_t c = decode_next(piece, pos);
      if (is_space(c) && c != 0x202F && c != 0x00A0) {
        pending_space = !line.empty();
        continue;
      }
      if (pending_space) line += ' ';
      pending_space = false;
      line.append(piece.substr(before, pos - before));
    }
    std::string_view trimmed = trim(line);
    if (!trimmed.empty()) {
      if (!out.empty()) out += '\n';
      out += trimmed;
    }
    start = end + 1;
  }
  return out;
}

TEST(HtmlTree, TidyLinesCollapsesSpacesAndKeepsNoBreakSpacesInside) {
  EXPECT_EQ(detail::tidy_lines("  Bonjour   le\tmonde \n\n \n Suite\u00a0: oui  "),
            "Bonjour le monde\nSuite\u00a0: oui");
  EXPECT_EQ(detail::tidy_lines("\u00a0 \u202f Titre \u00a0"), "Titre");
  EXPECT_EQ(detail::tidy_lines("\n\n"), "");
  EXPECT_EQ(detail::tidy_lines(""), "");
  EXPECT_EQ(detail::tidy_lines("a\u2003\u2003b\u200bc"), "a b c");
}

TEST(HtmlTree, TidyLinesAgreesWithTheReferenceOnRandomMixes) {
  const std::vector<std::string> pieces = {
      " ",  "  ",  "\t", "\n", "\r", "\f", "\v", "\u00a0", "\u202f", "\u2003", "\u200b",
      "\ufeff", "a", "Été", "x y", "\xc3", "\xff", "\x85", "\xc2\x85", "œ", "!", "—", "é"};
  std::mt19937 random(7);
  for (int round = 0; round < 5000; ++round) {
    std::string raw;
    std::size_t length = random() % 12;
    for (std::size_t k = 0; k < length; ++k) raw += pieces[random() % pieces.size()];
    ASSERT_EQ(detail::tidy_lines(raw), reference_tidy_lines(raw)) << "input: " << raw;
  }
}

}  // namespace
}  // namespace palabre
