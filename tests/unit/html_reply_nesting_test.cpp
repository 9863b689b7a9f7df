// Which comment a reply answers when the page does not nest it inside its parent: a block of
// answers right after the parent, a parent named by id or by an "in reply to" link, a level
// printed in a class (from 0 or from 1) or an indentation style. Each case is a small page
// whose thread is a flat run of sibling records; the expected parents are c-ids.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "palabre/parse/html_page.hpp"

namespace palabre {
namespace {

std::string page(const std::string& thread) {
  return "<html><head><title>Un article</title></head><body><h1>Un article</h1><p>Le texte "
         "de l'article, assez long pour faire un paragraphe.</p><div id=\"zone\">" + thread +
         "</div></body></html>";
}

// A record of the thread: a name, a date, a text; `attributes` go on its root, which has
// class "note" unless they give another.
std::string record(const std::string& attributes, const std::string& name, int minute) {
  std::string root = attributes.find("class=") == std::string::npos
                         ? "<div class=\"note\" " + attributes + ">"
                         : "<div " + attributes + ">";
  return root + "<span class=\"who\">" + name +
         "</span> <span class=\"when\">12/03/2020 à 10:" + std::to_string(10 + minute) +
         "</span><p class=\"said\">Ce que " + name + " en pense, en une phrase.</p></div>";
}

struct NestingCase {
  const char* name;
  std::string html;
  std::vector<const char*> parents;  // per comment; nullptr: top level
};

void PrintTo(const NestingCase& c, std::ostream* out) { *out << c.name; }

class ReplyNesting : public ::testing::TestWithParam<NestingCase> {};

TEST_P(ReplyNesting, FindsTheParents) {
  const NestingCase& c = GetParam();
  Thread thread = parse_html_page(c.html);
  ASSERT_EQ(thread.comments.size(), c.parents.size());
  for (std::size_t i = 0; i < c.parents.size(); ++i) {
    SCOPED_TRACE(thread.comments[i].id);
    EXPECT_EQ(thread.comments[i].parent,
              c.parents[i] ? std::optional<std::string>(c.parents[i]) : std::nullopt);
  }
}

INSTANTIATE_TEST_SUITE_P(
    FlatThreads, ReplyNesting,
    ::testing::Values(
        NestingCase{"BlockRightAfterItsParent",
                    page(record("", "Anne", 1) + "<div class=\"x\">" + record("", "Bruno", 2) +
                         "<div class=\"x\">" + record("", "Chloé", 3) + "</div></div>" +
                         record("", "Denis", 4)),
                    {nullptr, "c1", "c2", nullptr}},
        NestingCase{"AnchorBetweenRecordAndBlock",
                    page("<a id=\"c-1\"></a>" + record("", "Anne", 1) + "<div class=\"x\">" +
                         record("", "Bruno", 2) + "</div>" + record("", "Chloé", 3)),
                    {nullptr, "c1", nullptr}},
        NestingCase{"ParentNamedByDataAttribute",
                    page(record("id=\"comment-11\"", "Anne", 1) + record("id=\"comment-12\"", "Bruno", 2) +
                         record("id=\"comment-13\" data-parent-id=\"11\"", "Chloé", 3)),
                    {nullptr, nullptr, "c1"}},
        NestingCase{"ParentNamedByAnInReplyToLink",
                    page(record("id=\"comment-21\"", "Anne", 1) + record("id=\"comment-22\"", "Bruno", 2) +
                         "<div class=\"note\" id=\"comment-23\"><span class=\"who\">Chloé</span> "
                         "<span class=\"when\">12/03/2020 à 10:13</span><p class=\"hidden\">In "
                         "reply to <a href=\"/page#comment-21\">Anne</a></p><p class=\"said\">Une "
                         "réponse à Anne.</p></div>"),
                    {nullptr, nullptr, "c1"}},
        NestingCase{"LevelsCountedFromZero",
                    page(record("class=\"note lvl-0\"", "Anne", 1) + record("class=\"note lvl-1\"", "Bruno", 2) +
                         record("class=\"note lvl-2\"", "Chloé", 3) + record("class=\"note lvl-1\"", "Denis", 4) +
                         record("class=\"note lvl-0\"", "Emma", 5)),
                    {nullptr, "c1", "c2", "c1", nullptr}},
        NestingCase{"IndentationStyles",
                    page(record("style=\"margin-left:0\"", "Anne", 1) +
                         record("style=\"margin-left: 2em\"", "Bruno", 2) +
                         record("style=\"margin-left:0px\"", "Chloé", 3)),
                    {nullptr, "c1", nullptr}},
        NestingCase{"SameLevelEverywhereIsFlat",
                    page(record("class=\"note level-1\"", "Anne", 1) +
                         record("class=\"note level-1\"", "Bruno", 2) +
                         record("class=\"note level-1\"", "Chloé", 3)),
                    {nullptr, nullptr, nullptr}}),
    [](const ::testing::TestParamInfo<NestingCase>& info) { return std::string(info.param.name); });

}  // namespace
}  // namespace palabre

namespace palabre {
namespace {

// A chain of replies, each nested in the one it answers (three elements per level, as
// WordPress nests them): every comment is found, each answering the one before, however
// deep the chain goes under the nesting cap of the HTML reader.
TEST(ReplyChain, DeepChainsKeepEveryComment) {
  for (int depth : {20, 100, 160}) {
    std::string thread = "<ol class=\"comment-list\">";
    for (int i = 0; i < depth; ++i)
      thread += "<li class=\"comment\" id=\"comment-" + std::to_string(i) +
                "\"><div class=\"comment-body\"><span class=\"comment-author\">lecteur" + std::to_string(i) +
                "</span> <span class=\"comment-date\">12/03/2020 à 10:" + std::to_string(10 + i % 50) +
                "</span><p>Réponse " + std::to_string(i) + " sur le commerce.</p></div><ol class=\"children\">";
    for (int i = 0; i < depth; ++i) thread += "</ol></li>";
    Thread parsed = parse_html_page(page(thread + "</ol>"));
    ASSERT_EQ(parsed.comments.size(), static_cast<std::size_t>(depth)) << depth << " deep";
    for (int i = 1; i < depth; ++i)
      EXPECT_EQ(parsed.comments[i].parent, parsed.comments[i - 1].id) << depth << " deep, reply " << i;
    EXPECT_TRUE(parsed.warnings.empty()) << parsed.warnings.front();
  }
}

// Chains deeper than the HTML reader's nesting cap, in two markups: WordPress's (li.comment
// "depth-N" holding ol.children) and bare divs (div.comment holding its text, then
// div.replies). Every comment is kept with its own text; past the cut depth some replies are
// attached to an earlier comment of the chain (never a later one), and a warning says so.
std::string wordpress_chain(int depth) {
  std::string thread = "<ol class=\"comment-list\">";
  for (int i = 0; i < depth; ++i)
    thread += "<li class=\"comment depth-" + std::to_string(i + 1) + "\" id=\"comment-" +
              std::to_string(i) + "\"><div class=\"comment-body\"><span class=\"comment-author\">lecteur" +
              std::to_string(i) + "</span> <span class=\"comment-date\">12/03/2020 à 10:" +
              std::to_string(10 + i % 50) + "</span><p>Réponse " + std::to_string(i) +
              " sur le commerce.</p></div><ol class=\"children\">";
  for (int i = 0; i < depth; ++i) thread += "</ol></li>";
  return page(thread + "</ol>");
}

std::string div_chain(int depth) {
  std::string thread;
  for (int i = 0; i < depth; ++i)
    thread += "<div class=\"comment\"><p class=\"comment-author\">lecteur" + std::to_string(i) +
              "</p><p class=\"comment-body\">Réponse " + std::to_string(i) +
              " sur le commerce.</p><div class=\"replies\">";
  for (int i = 0; i < depth; ++i) thread += "</div></div>";
  return page(thread);
}

void expect_whole_chain(const Thread& parsed, int depth, const char* markup) {
  ASSERT_EQ(parsed.comments.size(), static_cast<std::size_t>(depth)) << markup << ", " << depth << " deep";
  std::size_t answering_previous = 0;
  for (int i = 0; i < depth; ++i) {
    const Comment& comment = parsed.comments[i];
    EXPECT_EQ(comment.text, "Réponse " + std::to_string(i) + " sur le commerce.") << markup << ", " << i;
    if (i == 0) continue;
    ASSERT_TRUE(comment.parent.has_value()) << markup << ", reply " << i;
    EXPECT_LT(std::stoi(comment.parent->substr(1)), i + 1) << markup << ", reply " << i;
    if (*comment.parent == parsed.comments[i - 1].id) ++answering_previous;
  }
  // Moved-up blocks are a few hundred levels long: most replies keep their own parent.
  EXPECT_GT(answering_previous, static_cast<std::size_t>(depth) * 9 / 10) << markup << ", " << depth;
  ASSERT_EQ(parsed.warnings.size(), 1u) << markup;
  EXPECT_NE(parsed.warnings.front().find("answering an earlier comment"), std::string::npos);
}

TEST(ReplyChain, ChainsBeyondTheNestingCapKeepEveryComment) {
  for (int depth : {400, 1000}) {
    expect_whole_chain(parse_html_page(wordpress_chain(depth)), depth, "wordpress");
    expect_whole_chain(parse_html_page(div_chain(depth)), depth, "divs");
  }
  expect_whole_chain(parse_html_page(div_chain(10000)), 10000, "divs");
}

}  // namespace
}  // namespace palabre
