// The JSON report against its contract: schema/thread.schema.json, the code-point offsets
// of evidence, and stable bytes.
#include <gtest/gtest.h>

#include <sstream>

#include "palabre/report/json.hpp"
#include "palabre/report/json_stream.hpp"
#include "report_fixture.hpp"
#include "support/json_schema.hpp"

namespace palabre {
namespace {

using nlohmann::json;
using testing::schema_problems;

TEST(JsonReport, ValidatesAgainstTheSchema) {
  for (const ThreadReport& report : {testing::sample_report(), testing::tricky_report()}) {
    EXPECT_EQ(schema_problems(json::parse(report_json_text(report))), "");
    EXPECT_EQ(schema_problems(json::parse(thread_json_text(report.thread))), "");
  }
}

TEST(JsonReport, EvidenceOffsetsAreCodePoints) {
  for (const ThreadReport& report : {testing::sample_report(), testing::tricky_report()}) {
    json document = json::parse(report_json_text(report));
    std::size_t checked = 0;
    for (const json& comment : document["comments"])
      for (const json& theme : comment["themes"])
        for (const json& e : theme["evidence"]) {
          EXPECT_EQ(testing::code_point_slice(comment["text"], e["start"], e["end"]), e["text"])
              << comment["id"] << " " << theme["id"];
          ++checked;
        }
    EXPECT_GT(checked, 2u);
  }
}

TEST(JsonReport, NullsNeverEmptyStrings) {
  json document = json::parse(report_json_text(testing::tricky_report()));
  const json& c2 = document["comments"][1];
  EXPECT_TRUE(c2["author"].is_null());
  EXPECT_TRUE(c2["posted_at"].is_null());
  EXPECT_EQ(c2["parent"], "c1");
  EXPECT_EQ(c2["themes"], json::array());
  EXPECT_TRUE(document["summary"]["themes"][2]["quote"].is_null());
  EXPECT_EQ(document["summary"]["article_subject"], "Chine");
  const json& negated = document["comments"][0]["themes"][1]["evidence"][0];
  EXPECT_EQ(negated["negated"], true);
  EXPECT_EQ(document["comments"][2]["themes"][1]["evidence"][0]["via"], "article");
}

TEST(JsonReport, KeysInContractOrder) {
  std::string text = report_json_text(testing::sample_report());
  std::size_t last = 0;
  for (const char* key : {"\"schema\"", "\"source\"", "\"article\"", "\"comments\"", "\"summary\"", "\"warnings\""}) {
    std::size_t at = text.find(key);
    ASSERT_NE(at, std::string::npos) << key;
    EXPECT_GE(at, last) << key;
    last = at;
  }
}

TEST(JsonReport, WriterIsDeterministic) {
  const std::string a = testing::render_page(ReportFormat::kJson, testing::sample_report());
  const std::string b = testing::render_page(ReportFormat::kJson, testing::sample_report());
  EXPECT_EQ(a, b);
  EXPECT_EQ(a.back(), '\n');
  EXPECT_EQ(json::parse(a), json::parse(report_json_text(testing::sample_report())));
}

// The schema must be able to say no: each mutation of a valid document is rejected.
// A streamed record whose page fails midway is closed as a valid record, the failure last
// among its warnings; until the first bytes go out, nothing has reached the output (a failed
// page then writes nothing, as one read whole).
TEST(JsonReport, AStreamedRecordClosedAfterAFailureIsValid) {
  const ThreadReport report = testing::sample_report();
  std::ostringstream out;
  JsonReportStream stream(out, JsonStreamShape::kIndentedRecord);
  stream.begin(report.thread.source, report.thread.article);
  stream.add_comment(report.thread.comments.front(), report.tags.front());
  EXPECT_FALSE(stream.has_output());
  EXPECT_EQ(out.str(), "");
  stream.end_after_failure(report.summary, report.subject, "not read to the end: the file changed");
  EXPECT_TRUE(stream.has_output());
  const json record = json::parse(out.str());
  EXPECT_EQ(schema_problems(record), "");
  EXPECT_EQ(record["comments"].size(), 1u);
  EXPECT_EQ(record["warnings"].back(), "not read to the end: the file changed");
}

TEST(JsonSchema, RejectsBrokenDocuments) {
  const json valid = json::parse(report_json_text(testing::sample_report()));
  struct Case {
    const char* what;
    void (*mutate)(json&);
  };
  const std::vector<Case> cases = {
      {"wrong schema name", [](json& d) { d["schema"] = "palabre.thread/2"; }},
      {"missing source", [](json& d) { d.erase("source"); }},
      {"unknown top-level key", [](json& d) { d["extra"] = 1; }},
      {"empty string for a missing author", [](json& d) { d["comments"][0]["author"] = ""; }},
      {"offset as string", [](json& d) { d["comments"][0]["themes"][0]["evidence"][0]["start"] = "29"; }},
      {"negative offset", [](json& d) { d["comments"][0]["themes"][0]["evidence"][0]["start"] = -1; }},
      {"share above one", [](json& d) { d["summary"]["themes"][0]["share"] = 1.5; }},
      {"bad theme id", [](json& d) { d["summary"]["themes"][0]["id"] = "France vs Chine"; }},
      {"truncated as int", [](json& d) { d["comments"][1]["truncated"] = 1; }},
      {"unknown source format", [](json& d) { d["source"]["format"] = "pdf"; }},
      {"quote without text", [](json& d) { d["summary"]["themes"][0]["quote"].erase("text"); }},
      {"negated false", [](json& d) { d["comments"][0]["themes"][0]["evidence"][0]["negated"] = false; }},
  };
  ASSERT_EQ(schema_problems(valid), "");
  for (const Case& c : cases) {
    json broken = valid;
    c.mutate(broken);
    EXPECT_NE(schema_problems(broken), "") << c.what;
  }
}

}  // namespace
}  // namespace palabre
