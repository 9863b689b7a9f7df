// JSON lines in: comment lines grouped by consecutive "thread", whole records, and bad
// lines that fail alone without splitting the thread around them.
#include "palabre/parse/jsonl_stream.hpp"

#include <gtest/gtest.h>

#include <sstream>

namespace palabre {
namespace {

std::vector<JsonlItem> read_all(const std::string& text) {
  std::istringstream in(text);
  JsonlThreadReader reader(in, "<stdin>");
  std::vector<JsonlItem> items;
  while (std::optional<JsonlItem> item = reader.next()) items.push_back(std::move(*item));
  return items;
}

TEST(JsonlStream, ConsecutiveLinesOfAThreadMakeOneThread) {
  std::vector<JsonlItem> items = read_all(
      R"({"thread": "a", "text": "Premier.", "author": "Jean", "posted_at": "2019-01-02T11:54"})" "\n"
      R"({"thread": "a", "text": "Second.", "parent": "c1", "id": "x9"})" "\n"
      "\n"
      R"({"thread": 7, "text": "Autre fil."})" "\r\n"
      R"({"thread": "a", "text": "Revenu."})" "\n");
  ASSERT_EQ(items.size(), 3u);
  ASSERT_TRUE(items[0].thread);
  EXPECT_EQ(items[0].path, "a");
  const Thread& a = *items[0].thread;
  EXPECT_EQ(a.source.path, "a");
  EXPECT_EQ(a.source.format, "jsonl");
  ASSERT_EQ(a.comments.size(), 2u);
  EXPECT_EQ(a.comments[0].id, "c1");
  EXPECT_EQ(a.comments[0].author, "Jean");
  EXPECT_EQ(a.comments[0].posted_at, "2019-01-02T11:54");
  EXPECT_EQ(a.comments[1].id, "x9");
  EXPECT_EQ(a.comments[1].parent, "c1");
  EXPECT_EQ(a.comments[1].author, std::nullopt);
  EXPECT_EQ(items[1].path, "7");
  ASSERT_TRUE(items[1].thread);
  EXPECT_EQ(items[1].thread->comments.size(), 1u);
  // A thread id that comes back after another starts a new thread (the stream is not held).
  EXPECT_EQ(items[2].path, "a");
  ASSERT_TRUE(items[2].thread);
  EXPECT_EQ(items[2].thread->comments[0].text, "Revenu.");
}

TEST(JsonlStream, BadLinesFailAloneAfterTheirThread) {
  std::vector<JsonlItem> items = read_all(
      R"({"thread": "a", "text": "Un."})" "\n"
      "not json\n"
      R"({"thread": "a"})" "\n"
      R"({"thread": "a", "text": "Deux."})" "\n"
      R"({"text": "sans fil"})" "\n"
      R"({"thread": ["x"], "text": "?"})" "\n");
  ASSERT_EQ(items.size(), 5u);
  ASSERT_TRUE(items[0].thread);
  EXPECT_EQ(items[0].thread->comments.size(), 2u);  // not split by the bad lines inside it
  struct Expected {
    const char* path;
    const char* error;
  };
  const Expected expected[] = {{"<stdin>:2", "not a JSON object"},
                               {"<stdin>:3", "'text' is required"},
                               {"<stdin>:5", "expected \"thread\""},
                               {"<stdin>:6", "'thread' must be"}};
  for (std::size_t i = 0; i < 4; ++i) {
    const JsonlItem& item = items[i + 1];
    EXPECT_FALSE(item.thread);
    EXPECT_EQ(item.path, expected[i].path);
    EXPECT_NE(item.error.find(expected[i].error), std::string::npos) << item.error;
  }
}

TEST(JsonlStream, WholeRecordsOnALine) {
  std::vector<JsonlItem> items = read_all(
      R"({"thread": "a", "text": "Un."})" "\n"
      R"({"schema": "palabre.thread/1", "source": {"path": "pages/x.html"}, "article": {"title": "T"}, "comments": [{"text": "Bonjour."}, {"text": "Salut."}]})" "\n"
      R"({"comments": [{"nope": 1}]})" "\n"
      R"({"comments": [{"text": "Sans chemin."}]})" "\n");
  ASSERT_EQ(items.size(), 4u);
  EXPECT_EQ(items[0].path, "a");
  ASSERT_TRUE(items[1].thread);
  EXPECT_EQ(items[1].path, "pages/x.html");
  EXPECT_EQ(items[1].thread->article.title, "T");
  EXPECT_EQ(items[1].thread->comments.size(), 2u);
  EXPECT_FALSE(items[2].thread);
  EXPECT_NE(items[2].error.find("'text' is required"), std::string::npos) << items[2].error;
  ASSERT_TRUE(items[3].thread);
  EXPECT_EQ(items[3].path, "<stdin>:4");
}

TEST(JsonlStream, InvalidUtf8IsReplacedAndWarned) {
  std::vector<JsonlItem> items = read_all("{\"thread\": \"a\", \"text\": \"caf\xE9\"}\n");
  ASSERT_EQ(items.size(), 1u);
  ASSERT_TRUE(items[0].thread);
  EXPECT_EQ(items[0].thread->comments[0].text, "caf\xEF\xBF\xBD");
  ASSERT_EQ(items[0].thread->warnings.size(), 1u);
  EXPECT_NE(items[0].thread->warnings[0].find("invalid UTF-8"), std::string::npos);
}

TEST(JsonlStream, EmptyStreamHasNoThread) {
  EXPECT_TRUE(read_all("").empty());
  EXPECT_TRUE(read_all("\n  \n").empty());
}

}  // namespace
}  // namespace palabre
