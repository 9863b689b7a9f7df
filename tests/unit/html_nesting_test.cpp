// The nesting guard run before the HTML parser: pages nested beyond the cap are flattened
// (deeper elements become siblings), ordinary pages are left untouched and not copied.
#include "palabre/parse/html_nesting.hpp"

#include <gtest/gtest.h>

namespace palabre {
namespace {

TEST(HtmlNesting, LeavesOrdinaryPagesAlone) {
  const char* pages[] = {
      "<html><body><div><p>Un <b>texte</b></p></div></body></html>",
      "<ul><li>un<li>deux<li>trois</ul>",
      "<div><img src=x><br><input type=text><hr/></div>",
      "<script>for (i = 0; i < n; i++) document.write('<div><div><div>');</script>",
      "<!-- <div><div><div><div> -->",
      "<p title='a > b'>quoted</p>",
      "",
      "<",
  };
  for (const char* page : pages) EXPECT_FALSE(cap_html_nesting(page, 8).has_value()) << page;
}

TEST(HtmlNesting, ClosesElementsBeyondTheCap) {
  struct Case {
    const char* html;
    std::size_t cap;
    const char* capped;
  };
  const Case cases[] = {
      {"<div><div><div>x", 2, "<div><div></div><div>x"},
      {"<a><b><c><d>", 2, "<a><b></b><c></c><d>"},
      {"<div><span><em>deep</em></span></div>", 2,
       "<div><span></span><em>deep</em></span></div>"},
      {"<ul><li>1<li>2<li>3", 2, "<ul><li>1</li><li>2</li><li>3"},
  };
  for (const Case& c : cases) {
    auto capped = cap_html_nesting(c.html, c.cap);
    ASSERT_TRUE(capped.has_value()) << c.html;
    EXPECT_EQ(*capped, c.capped) << c.html;
  }
}

// Past three quarters of the cap, a block of a kind already open in the deeper half (same tag,
// same first class word, its digits aside) moves up beside it, whole: the deepest element is
// not closed before the parts of a block are read.
TEST(HtmlNesting, MovesRepeatedBlocksUpWhole) {
  std::string chain;
  for (int i = 1; i <= 5; ++i)
    chain += "<div class=\"c depth-" + std::to_string(i) + "\"><p>t" + std::to_string(i) +
             "</p><div class='r'>";
  auto capped = cap_html_nesting(chain, 8);
  ASSERT_TRUE(capped.has_value());
  EXPECT_EQ(*capped,
            "<div class=\"c depth-1\"><p>t1</p><div class='r'>"
            "<div class=\"c depth-2\"><p>t2</p><div class='r'>"
            "<div class=\"c depth-3\"><p>t3</p><div class='r'>"
            "</div></div><div class=\"c depth-4\"><p>t4</p><div class='r'>"
            "</div></div><div class=\"c depth-5\"><p>t5</p><div class='r'>");
}

TEST(HtmlNesting, IsLinearOnHugeDepth) {
  std::string deep;
  for (int i = 0; i < 200000; ++i) deep += "<div>";
  auto capped = cap_html_nesting(deep);
  ASSERT_TRUE(capped.has_value());
  EXPECT_GT(capped->size(), deep.size());
}

}  // namespace
}  // namespace palabre
