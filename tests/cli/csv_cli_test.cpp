// CSV for spreadsheets: cells a spreadsheet would run as formulas (= + - @, as OWASP's CSV
// injection advice lists them) are written as text unless --csv-raw; failed inputs are rows
// with their error; each row says which article it comes from (title, url).
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include "cli/run_command.hpp"
#include "cli/scratch.hpp"

namespace palabre::testing {
namespace {

using nlohmann::json;
using Rows = std::vector<std::vector<std::string>>;

const std::string kSample = "samples/villages-2-0-chinois.txt";

// RFC 4180, as a spreadsheet reads it: quoted fields may hold commas, quotes and line breaks.
Rows read_csv(const std::string& text) {
  Rows rows(1, std::vector<std::string>(1));
  bool quoted = false;
  for (std::size_t i = 0; i < text.size(); ++i) {
    const char c = text[i];
    std::string& field = rows.back().back();
    if (quoted && c == '"' && i + 1 < text.size() && text[i + 1] == '"') {
      field += '"';
      ++i;
    } else if (c == '"') {
      quoted = !quoted;
    } else if (!quoted && c == ',') {
      rows.back().emplace_back();
    } else if (!quoted && c == '\r' && i + 1 < text.size() && text[i + 1] == '\n') {
      ++i;
      rows.emplace_back(1);
    } else {
      field += c;
    }
  }
  rows.pop_back();  // after the last CRLF
  return rows;
}

std::size_t column(const Rows& rows, const std::string& name) {
  for (std::size_t i = 0; i < rows[0].size(); ++i)
    if (rows[0][i] == name) return i;
  ADD_FAILURE() << "no column " << name;
  return 0;
}

// Comments that start the way formulas do, one of them the 13 real "@Name" replies.
std::string formula_page() {
  json comments = json::array();
  for (const char* text : {"=HYPERLINK(\"http://example.org\",\"clic\")", "+33 6 12 34 56 78",
                           "-5 degrés à Pékin", "@Jean tu as raison", "\tindenté", "Un avis simple"})
    comments.push_back({{"text", text}, {"author", "=cmd|' /C calc'!A0"}});
  return json{{"article", {{"title", "=1+1"}, {"url", "https://example.org/a"}}}, {"comments", comments}}.dump();
}

TEST(CsvCli, FormulaCellsAreWrittenAsText) {
  ScratchFolder folder("formulas");
  const std::string page = folder.write("page.json", formula_page());
  CommandResult result = run_palabre({page, "-f", "csv"});
  ASSERT_EQ(result.exit_code, 0) << result.err;
  Rows rows = read_csv(result.out);
  ASSERT_EQ(rows.size(), 7u);
  const std::size_t text = column(rows, "text"), author = column(rows, "author"), title = column(rows, "title");
  EXPECT_EQ(rows[1][text], "'=HYPERLINK(\"http://example.org\",\"clic\")");
  EXPECT_EQ(rows[2][text], "'+33 6 12 34 56 78");
  EXPECT_EQ(rows[3][text], "'-5 degrés à Pékin");
  EXPECT_EQ(rows[4][text], "'@Jean tu as raison");
  EXPECT_EQ(rows[5][text], "'\tindenté");
  EXPECT_EQ(rows[6][text], "Un avis simple");
  for (std::size_t r = 1; r < rows.size(); ++r) {
    EXPECT_EQ(rows[r][author], "'=cmd|' /C calc'!A0");
    EXPECT_EQ(rows[r][title], "'=1+1");
  }
  // --csv-raw: as they are, for a data frame.
  CommandResult raw = run_palabre({page, "-f", "csv", "--csv-raw"});
  ASSERT_EQ(raw.exit_code, 0) << raw.err;
  Rows plain = read_csv(raw.out);
  EXPECT_EQ(plain[1][text], "=HYPERLINK(\"http://example.org\",\"clic\")");
  EXPECT_EQ(plain[4][text], "@Jean tu as raison");
  EXPECT_EQ(plain[1][title], "=1+1");
  // Only where it means something.
  CommandResult misplaced = run_palabre({page, "-f", "json", "--csv-raw"});
  EXPECT_EQ(misplaced.exit_code, 2);
  EXPECT_NE(misplaced.err.find("--csv-raw: applies to the csv format only"), std::string::npos) << misplaced.err;
}

TEST(CsvCli, FailedInputsAreRowsWithTheirError) {
  ScratchFolder folder("failures");
  const std::string empty = folder.write("empty.txt", "");
  CommandResult result = run_palabre({"-f", "csv", "no/such/page.txt", kSample, empty, "-q"});
  EXPECT_EQ(result.exit_code, 1);
  Rows rows = read_csv(result.out);
  ASSERT_EQ(rows.size(), 1u + 1u + 5u + 1u);  // header, a failure, the sample's comments, a failure
  const std::size_t path = column(rows, "path"), error = column(rows, "error"), id = column(rows, "comment_id");
  for (const std::vector<std::string>& row : rows) EXPECT_EQ(row.size(), rows[0].size());
  EXPECT_EQ(rows[1][path], "no/such/page.txt");
  EXPECT_EQ(rows[1][error], "No such file or directory");
  EXPECT_EQ(rows[1][id], "");
  EXPECT_EQ(rows[2][path], kSample);
  EXPECT_EQ(rows[2][error], "");
  EXPECT_EQ(rows[7][path], empty);
  EXPECT_EQ(rows[7][error], "empty file: nothing to read");
  // Every input failed: still a header and a row each.
  CommandResult none = run_palabre({"-f", "csv", "no/such/page.txt", "no/such/other.txt", "-q"});
  EXPECT_EQ(none.exit_code, 1);
  Rows alone = read_csv(none.out);
  ASSERT_EQ(alone.size(), 3u);
  EXPECT_EQ(alone[2][column(alone, "path")], "no/such/other.txt");
  EXPECT_EQ(alone[2][column(alone, "error")], "No such file or directory");
}

TEST(CsvCli, RowsNameTheirArticle) {
  Rows rows = read_csv(run_palabre({kSample, "-f", "csv"}).out);
  ASSERT_EQ(rows.size(), 6u);
  const std::vector<std::string> leading = {"path", "title", "url", "error", "comment_id"};
  EXPECT_TRUE(std::equal(leading.begin(), leading.end(), rows[0].begin()));
  for (std::size_t r = 1; r < rows.size(); ++r)
    EXPECT_EQ(rows[r][column(rows, "title")], "E-commerce\xC2\xA0: bienvenue dans les villages 2.0 chinois");
}

}  // namespace
}  // namespace palabre::testing
