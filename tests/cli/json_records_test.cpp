// JSON given as a page must be a palabre.thread/1 record: any other JSON (an array, a
// misspelt key, a partial) is a failure that says what it is, never a page of text with no
// comments counted as a success; a field of the wrong type is an error naming the field; a
// syntax error says where.
#include <gtest/gtest.h>


#include "cli/run_command.hpp"
#include "cli/scratch.hpp"

namespace palabre::testing {
namespace {

class JsonRecords : public ::testing::Test {
 protected:
  std::string write(const std::string& name, const std::string& contents) { return scratch_.write(name, contents); }
  // `palabre analyze` of one file: must fail (exit 1) with a message naming it and saying
  // `what`.
  void expect_refused(const std::string& name, const std::string& contents, const std::string& what) {
    const std::string path = write(name, contents);
    CommandResult result = run_palabre({"analyze", "-f", "json", path});
    EXPECT_EQ(result.exit_code, 1) << name << ": " << result.err;
    EXPECT_NE(result.err.find(path + ": "), std::string::npos) << name << ": " << result.err;
    EXPECT_NE(result.err.find(what), std::string::npos) << name << ": " << result.err;
    EXPECT_EQ(result.out, "") << name;
  }

  ScratchFolder scratch_{"json-records"};
};

TEST_F(JsonRecords, JsonThatIsNoRecordIsRefusedSayingWhatItIs) {
  expect_refused("array.json", R"([{"text": "Un commentaire."}, {"text": "Un autre."}])", "a JSON array");
  expect_refused("misspelt.json", R"({"coments": [{"text": "Un commentaire."}]})", "its keys: coments");
  expect_refused("empty-object.json", "{}", "no \"comments\" array");
  expect_refused("partial.json",
                 R"({"schema":"palabre.partial/1","threads":1,"comments":2,"tagged":0,"undated":2,)"
                 R"("themes":[],"talking_points":[],"per_day":{},"failures":[]})",
                 "palabre.partial/1 document");
  expect_refused("number.json", "[1, 2, 3]", "a JSON array");
}

TEST_F(JsonRecords, WrongTypesAreErrorsNamingTheField) {
  const std::pair<const char*, const char*> cases[] = {
      {R"({"article": {"authors": "Jean Dupont"}, "comments": [{"text": "x"}]})", "'authors'"},
      {R"({"article": {"paragraphs": [1, 2]}, "comments": [{"text": "x"}]})", "'paragraphs'"},
      {R"({"article": {"comment_count_declared": "12"}, "comments": [{"text": "x"}]})",
       "'comment_count_declared'"},
      {R"({"article": {"comment_count_declared": -3}, "comments": [{"text": "x"}]})",
       "'comment_count_declared'"},
      {R"({"comments": [{"text": "x", "truncated": "yes"}]})", "comments[0]: 'truncated'"},
  };
  for (const auto& [record, field] : cases) expect_refused("types.json", record, field);
}

TEST_F(JsonRecords, NullsAndRightTypesAreAccepted) {
  const std::string path = write("fine.json", R"({"article": {"authors": null, "paragraphs": ["Un."],
      "comment_count_declared": null}, "comments": [{"text": "x", "truncated": null}, {"text": "y",
      "truncated": true}]})");
  CommandResult result = run_palabre({"parse", path});
  EXPECT_EQ(result.exit_code, 0) << result.err;
}

TEST_F(JsonRecords, ASyntaxErrorSaysWhere) {
  expect_refused("broken.json", "{\"comments\": [\n  {\"text\": \"un\"},\n  {\"text\": }\n]}",
                 "line 3, column 12");
}

TEST_F(JsonRecords, ANumberBeyondADoubleIsAnInputError) {
  expect_refused("huge.json", R"({"comments": [{"text": "x"}], "score": 8e888})", "a number too large");
}

TEST_F(JsonRecords, ARefusedRecordIsAFailureInABatch) {
  const std::string good = write("good.json", R"({"comments": [{"text": "Un commentaire."}]})");
  const std::string bad = write("array.json", R"([{"text": "Un commentaire."}])");
  CommandResult result = run_palabre({"analyze", "-f", "jsonl", good, bad});
  EXPECT_EQ(result.exit_code, 1) << result.err;
  EXPECT_NE(result.err.find("1 succeeded, 1 failed"), std::string::npos) << result.err;
}

TEST_F(JsonRecords, TextThatOnlyLooksLikeJsonIsStillText) {
  const std::string path =
      write("page.txt", "[Mise à jour] Titre\n\nChapeau.\n\nCommentaires 1\nx a écrit le 02/01/2019 à 11:54\n"
                        "Signaler\nUn commentaire.\n");
  CommandResult result = run_palabre({"parse", path});
  EXPECT_EQ(result.exit_code, 0) << result.err;
  EXPECT_NE(result.out.find("\"format\": \"text\""), std::string::npos) << result.out.substr(0, 300);
}

// A JSON string may hold "\u0000": a NUL character no decoding sees. It is replaced by
// U+FFFD and counted like the NUL bytes of a text page, whether the record is a JSON page, a
// page of JSON lines or a stream of threads (comment lines and whole records).
TEST_F(JsonRecords, NulEscapesAreReplacedAndCounted) {
  const std::string page = write("nul.json", R"({"article": {"title": "Un\u0000titre"}, )"
                                             R"("comments": [{"text": "Bon\u0000jour \u0000", "author": "A\u0000"}]})");
  const std::string lines = write("nul.jsonl", R"({"thread": "f", "text": "Un\u0000"})" "\n"
                                               R"({"thread": "f", "text": "Deux"})" "\n");
  const std::string stream = R"({"thread": "f", "text": "Un\u0000", "author": "B\u0000"})" "\n"
                             R"({"comments": [{"text": "Trois\u0000 quatre"}]})" "\n";
  const std::pair<CommandResult, std::vector<const char*>> runs[] = {
      {run_palabre({"parse", page}), {"4 NUL bytes replaced by U+FFFD", "Bon\uFFFDjour \uFFFD", "Un\uFFFDtitre"}},
      {run_palabre({"parse", lines}), {"1 NUL byte replaced by U+FFFD", "Un\uFFFD"}},
      {run_palabre({"analyze", "-f", "jsonl", "--input-format", "jsonl", "-"}, stream),
       {"2 NUL bytes replaced by U+FFFD", "1 NUL byte replaced by U+FFFD", "B\uFFFD", "Trois\uFFFD quatre"}},
  };
  for (const auto& [result, expected] : runs) {
    EXPECT_EQ(result.exit_code, 0) << result.err;
    EXPECT_EQ(result.out.find("\\u0000"), std::string::npos) << result.out;
    for (const char* text : expected) EXPECT_NE(result.out.find(text), std::string::npos) << text << "\n" << result.out;
  }
}

}  // namespace
}  // namespace palabre::testing
