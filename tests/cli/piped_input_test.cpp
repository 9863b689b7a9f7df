// Standard input as jq and pandoc read it: `palabre < page.txt` with no input named, and JSON
// lines of comments piped to `palabre -` (a scraper's {"text": …} lines, or palabre's own
// --per comment lines) read as one thread, or refused with the reason.
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include "cli/run_command.hpp"
#include "cli/scratch.hpp"

namespace palabre::testing {
namespace {

using nlohmann::json;

const std::string kSample = "samples/villages-2-0-chinois.txt";

TEST(PipedInput, PipedPageWithoutInputIsRead) {
  const std::string page = read_text_file(source_path(kSample));
  CommandResult named = run_palabre({kSample});
  CommandResult piped = run_palabre({}, page);
  EXPECT_EQ(piped.exit_code, 0) << piped.err;
  EXPECT_EQ(piped.out, named.out);
  // With options but no input, and for parse too.
  CommandResult json_out = run_palabre({"-f", "json"}, page);
  ASSERT_EQ(json_out.exit_code, 0) << json_out.err;
  EXPECT_EQ(json::parse(json_out.out)["comments"].size(), 5u);
  CommandResult parsed = run_palabre({"parse"}, page);
  ASSERT_EQ(parsed.exit_code, 0) << parsed.err;
  EXPECT_EQ(json::parse(parsed.out)["comments"].size(), 5u);
}

TEST(PipedInput, NothingPipedIsAUsageError) {
  for (const std::vector<std::string>& args : {std::vector<std::string>{}, {"analyze"}, {"parse"}}) {
    CommandResult result = run_palabre(args, "");
    EXPECT_EQ(result.exit_code, 2);
    EXPECT_NE(result.err.find("no input, and standard input is empty"), std::string::npos) << result.err;
    EXPECT_EQ(result.out, "");
  }
}

TEST(PipedInput, CommentLinesAreOneThread) {
  const std::string lines =
      "{\"text\": \"Les artisans chinois vendent tout sur Alibaba.\", \"author\": \"Jean\"}\n"
      "\n"
      "{\"text\": \"En France on devrait apprendre de la Chine.\", \"posted_at\": \"2019-01-02T10:00\"}\r\n"
      "{\"text\": \"Le savoir-faire de nos artisans disparaît.\", \"title\": \"Villages\"}\n";
  CommandResult result = run_palabre({"-", "-f", "json"}, lines);
  ASSERT_EQ(result.exit_code, 0) << result.err;
  json record = json::parse(result.out);
  ASSERT_EQ(record["comments"].size(), 3u);
  EXPECT_EQ(record["source"]["format"], "jsonl");
  EXPECT_EQ(record["article"]["title"], "Villages");
  EXPECT_EQ(record["comments"][0]["author"], "Jean");
  EXPECT_EQ(record["comments"][1]["posted_at"], "2019-01-02T10:00");
  EXPECT_EQ(record["comments"][2]["id"], "c3");
  EXPECT_GT(record["summary"]["tagged"].get<int>(), 0);
}

TEST(PipedInput, OwnCommentLinesReadBackAsTheThread) {
  CommandResult lines = run_palabre({kSample, "-f", "jsonl", "--per", "comment"});
  ASSERT_EQ(lines.exit_code, 0) << lines.err;
  CommandResult direct = run_palabre({kSample, "-f", "json"});
  CommandResult again = run_palabre({"-", "-f", "json"}, lines.out);
  ASSERT_EQ(again.exit_code, 0) << again.err;
  json a = json::parse(direct.out), b = json::parse(again.out);
  ASSERT_EQ(b["comments"].size(), a["comments"].size());
  for (std::size_t c = 0; c < a["comments"].size(); ++c) {
    for (const char* field : {"id", "author", "posted_at", "posted_at_text", "parent", "text", "truncated"})
      EXPECT_EQ(b["comments"][c][field], a["comments"][c][field]) << field;
    // The lines hold no article, so a comment's "ce pays" has no article's place to stand
    // for: every theme found here was found on the page too.
    for (const json& theme : b["comments"][c]["themes"]) {
      bool on_page = false;
      for (const json& found : a["comments"][c]["themes"]) on_page |= found["id"] == theme["id"];
      EXPECT_TRUE(on_page) << theme;
    }
  }
  EXPECT_EQ(b["summary"]["tagged"], a["summary"]["tagged"]);
  // The same lines in a .jsonl file make one thread of the stream, grouped by "path".
  ScratchFolder folder("comment-lines");
  const std::string file = folder.write("comments.jsonl", lines.out);
  CommandResult stream = run_palabre({file, "-f", "json", "-q"});
  ASSERT_EQ(stream.exit_code, 0) << stream.err;
  json corpus = json::parse(stream.out);
  ASSERT_EQ(corpus["threads"].size(), 1u);
  EXPECT_EQ(corpus["threads"][0]["comments"].size(), 5u);
}

TEST(PipedInput, LinesThatAreNotOneThreadAreRefusedWithTheReason) {
  struct Case {
    std::string lines;
    std::string reason;
  };
  const std::vector<Case> cases = {
      {"{\"thread\": \"a\", \"text\": \"un\"}\n{\"thread\": \"b\", \"text\": \"deux\"}\n",
       "<stdin>: line 2: a comment of thread 'b' after comments of 'a': a page is one thread; read a "
       "stream of threads with --input-format jsonl"},
      {"{\"text\": \"un\"}\n[1, 2]\n", "<stdin>: line 2: not a JSON object"},
      {"{\"text\": \"un\"}\n{\"author\": \"Jean\"}\n", "<stdin>: line 2: 'text' is required"},
      {"{\"comments\": [{\"text\": \"un\"}]}\n{\"comments\": [{\"text\": \"deux\"}]}\n",
       "<stdin>: line 1: a whole thread record on a line"},
  };
  for (const Case& c : cases) {
    CommandResult result = run_palabre({"-"}, c.lines);
    EXPECT_EQ(result.exit_code, 1) << c.lines;
    EXPECT_NE(result.err.find("palabre: error: " + c.reason), std::string::npos) << result.err;
  }
}

}  // namespace
}  // namespace palabre::testing
