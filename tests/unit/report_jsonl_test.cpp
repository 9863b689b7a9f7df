// JSON Lines: one valid record per line, per thread or per comment, whatever the text holds.
#include <gtest/gtest.h>

#include <sstream>

#include "palabre/error.hpp"
#include "palabre/report/json.hpp"
#include "palabre/report/jsonl.hpp"
#include "report_fixture.hpp"
#include "support/json_schema.hpp"

namespace palabre {
namespace {

using nlohmann::json;

std::vector<std::string> lines(const ThreadReport& report, JsonlUnit per) {
  ReportOptions options;
  options.jsonl.per = per;
  std::string text = testing::render_page(ReportFormat::kJsonl, report, options);
  EXPECT_EQ(text.back(), '\n');
  std::vector<std::string> result;
  std::istringstream in(text);
  for (std::string line; std::getline(in, line);) result.push_back(line);
  return result;
}

TEST(JsonlReport, OneLinePerThread) {
  for (const ThreadReport& report : {testing::sample_report(), testing::tricky_report()}) {
    std::vector<std::string> out = lines(report, JsonlUnit::kThread);
    ASSERT_EQ(out.size(), 1u);
    json line = json::parse(out[0]);
    EXPECT_EQ(testing::schema_problems(line), "");
    EXPECT_EQ(line, json::parse(report_json_text(report)));
  }
}

TEST(JsonlReport, OneLinePerComment) {
  for (const ThreadReport& report : {testing::sample_report(), testing::tricky_report()}) {
    std::vector<std::string> out = lines(report, JsonlUnit::kComment);
    ASSERT_EQ(out.size(), report.thread.comments.size());
    json document = json::parse(report_json_text(report));
    for (std::size_t c = 0; c < out.size(); ++c) {
      json line = json::parse(out[c]);
      EXPECT_EQ(testing::schema_problems(line, "/$defs/comment_line"), "") << out[c];
      EXPECT_EQ(line["path"], report.thread.source.path);
      json expected_comment = document["comments"][c];
      json themes = expected_comment["themes"];
      expected_comment.erase("themes");
      EXPECT_EQ(line["comment"], expected_comment);
      EXPECT_EQ(line["themes"], themes);
    }
  }
}

TEST(JsonlReport, LineBreaksInTextStayEscaped) {
  // tricky c1 and c2 hold \n and \r\n: still three lines for three comments.
  EXPECT_EQ(lines(testing::tricky_report(), JsonlUnit::kComment).size(), 3u);
}

}  // namespace
}  // namespace palabre
