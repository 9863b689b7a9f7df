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

// Class words as first written: lower-cased letters, digits dropped, anything else splits.
std::vector<std::string> reference_words(std::string_view value) {
  std::vector<std::string> words;
  std::string word;
  for (char c : value) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c + 32);
    if (c >= 'a' && c <= 'z') {
      word += c;
    } else if (c >= '0' && c <= '9') {
      continue;
    } else if (!word.empty()) {
      words.push_back(std::move(word));
      word.clear();
    }
  }
  if (!word.empty()) words.push_back(std::move(word));
  return words;
}

std::vector<std::string> reference_leading_words(std::string_view value) {
  std::vector<std::string> heads;
  std::size_t at = 0;
  while (at < value.size()) {
    std::size_t start = value.find_first_not_of(" \t\n\r\f", at);
    if (start == std::string_view::npos) break;
    std::size_t end = value.find_first_of(" \t\n\r\f", start);
    if (end == std::string_view::npos) end = value.size();
    std::vector<std::string> words = reference_words(value.substr(start, end - start));
    if (!words.empty()) heads.push_back(words.front());
    at = end;
  }
  return heads;
}

// A <div> whose class and id live in `storage`, as copy_tree lays nodes out.
HtmlNode element_with(HtmlStorage& storage, std::string_view class_value,
                      std::string_view id_value) {
  HtmlNode node;
  node.tag = storage.tag_name("div");
  std::span<HtmlAttribute> slots = storage.attribute_slots(2);
  slots[0] = {storage.keep("class"), storage.keep(class_value)};
  slots[1] = {storage.keep("id"), storage.keep(id_value)};
  node.attributes = slots;
  return node;
}

TEST(HtmlTree, StorageKeepsViewsValidAsItGrows) {
  HtmlStorage storage;
  std::vector<std::string_view> kept;
  std::vector<std::string> expected;
  for (int k = 0; k < 3000; ++k) {
    // Small pieces and, now and then, one larger than a chunk.
    std::string text(k % 500 == 7 ? 70000 + k : 1 + k % 40, static_cast<char>('a' + k % 26));
    kept.push_back(storage.keep(text));
    expected.push_back(text);
  }
  std::span<HtmlAttribute> slots = storage.attribute_slots(3);
  slots[2] = {storage.keep_lower("CLASS"), storage.keep("Comment")};
  HtmlStorage moved = std::move(storage);
  for (std::size_t k = 0; k < kept.size(); ++k) ASSERT_EQ(kept[k], expected[k]) << k;
  EXPECT_EQ(slots[2].name, "class");
  EXPECT_EQ(slots[2].value, "Comment");
  EXPECT_EQ(moved.tag_name("div").data(), moved.tag_name("div").data());
}

std::vector<std::string> walked(const HtmlNode& node, bool leading) {
  std::vector<std::string> words;
  auto collect = [&](std::string_view word) {
    words.emplace_back(word);
    return false;
  };
  if (leading) any_leading_class_word(node, collect);
  else any_class_word(node, collect);
  return words;
}

TEST(HtmlTree, ClassWordsDropDigitsAndLowerCase) {
  HtmlStorage storage;
  HtmlNode node = element_with(storage, "fig-comment 1234 Depth-2 widget_recent", "post12a");
  EXPECT_EQ(walked(node, false),
            (std::vector<std::string>{"fig", "comment", "depth", "widget", "recent", "posta"}));
  EXPECT_EQ(walked(node, true), (std::vector<std::string>{"fig", "depth", "widget", "posta"}));
}

TEST(HtmlTree, ClassWordWalkStopsWhenAsked) {
  HtmlStorage storage;
  HtmlNode node = element_with(storage, "a b c", "d");
  int seen = 0;
  EXPECT_TRUE(any_class_word(node, [&](std::string_view word) {
    ++seen;
    return word == "b";
  }));
  EXPECT_EQ(seen, 2);
  EXPECT_FALSE(any_class_word(node, [](std::string_view word) { return word == "z"; }));
}

TEST(HtmlTree, ClassWordWalksAgreeWithTheReferenceOnRandomValues) {
  const std::string alphabet = "aZz09 -_\t\n\v\f\r.\xc3\xa9Q";
  std::mt19937 random(11);
  HtmlStorage storage;
  for (int round = 0; round < 5000; ++round) {
    std::string value, id;
    for (std::size_t k = random() % 14; k > 0; --k) value += alphabet[random() % alphabet.size()];
    for (std::size_t k = random() % 6; k > 0; --k) id += alphabet[random() % alphabet.size()];
    HtmlNode node = element_with(storage, value, id);
    std::vector<std::string> words = reference_words(value), heads = reference_leading_words(value);
    for (std::string& word : reference_words(id)) words.push_back(word);
    for (std::string& word : reference_leading_words(id)) heads.push_back(word);
    ASSERT_EQ(walked(node, false), words) << "class: " << value << " id: " << id;
    ASSERT_EQ(walked(node, true), heads) << "class: " << value << " id: " << id;
  }
}

// one_line as first written: every white space run becomes one space, ends trimmed.
std::string reference_one_line(std::string_view text) {
  std::string out;
  bool pending_space = false;
  std::size_t pos = 0;
  while (pos < text.size()) {
    std::size_t before = pos;
    char32_t c = decode_next(text, pos);
    if (is_space(c)) {
      pending_space = !out.empty();
      continue;
    }
    if (pending_space) out += ' ';
    pending_space = false;
    out.append(text.substr(before, pos - before));
  }
  return out;
}

TEST(HtmlTree, OneLineAgreesWithTheReferenceAndStopsOnlyWhenTooLong) {
  EXPECT_EQ(one_line("  Le\n 12\u00a0mai\t2020 "), "Le 12 mai 2020");
  const std::vector<std::string> pieces = {" ", "\n", "\t", "\u00a0", "\u202f", "\u200b",
                                           "abc", "Été", "\xc3", "\x85", "12", ":"};
  std::mt19937 random(5);
  for (int round = 0; round < 5000; ++round) {
    std::string raw;
    for (std::size_t k = random() % 16; k > 0; --k) raw += pieces[random() % pieces.size()];
    std::string expected = reference_one_line(raw);
    ASSERT_EQ(one_line(raw), expected) << "input: " << raw;
    std::size_t stop = random() % 12;
    std::string stopped = one_line(raw, stop);
    if (expected.size() <= stop) ASSERT_EQ(stopped, expected) << "input: " << raw;
    else ASSERT_GT(stopped.size(), stop) << "input: " << raw;
  }
}

TEST(HtmlTree, TextSizesCountTrimmedTextLikeTrim) {
  const std::vector<std::string> pieces = {" ", "\n", "\u00a0", "\u202f", "\u2003", "a",
                                           "é", "\xc3", "\v", "x y"};
  std::mt19937 random(3);
  for (int round = 0; round < 500; ++round) {
    HtmlTree tree;
    HtmlNode root;
    root.tag = tree.storage.tag_name("div");
    tree.nodes.push_back(root);
    std::size_t expected = 0;
    for (std::size_t k = random() % 6; k > 0; --k) {
      std::string text;
      for (std::size_t n = random() % 6; n > 0; --n) text += pieces[random() % pieces.size()];
      HtmlNode node;
      node.tag = tree.storage.tag_name("#text");
      node.text = tree.storage.keep(text);
      node.parent = 0;
      node.end = tree.nodes.size() + 1;
      tree.nodes.push_back(node);
      expected += trim(text).size();
    }
    tree.nodes[0].end = tree.nodes.size();
    ASSERT_EQ(text_sizes(tree)[0], expected) << round;
  }
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
