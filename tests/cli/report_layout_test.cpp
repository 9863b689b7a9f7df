// Reports as a reader opens them: the corpus HTML page starts with its overview and a table
// of contents, an HTML page speaks its article's language, the text lines of a folder fit 80
// columns and name themes by their labels, talking points show the count they are ranked
// by, and comments per month leave no silent month out.
#include <gtest/gtest.h>

#include <cstdio>
#include <nlohmann/json.hpp>

#include "cli/run_command.hpp"
#include "cli/scratch.hpp"

namespace palabre::testing {
namespace {

using nlohmann::json;

const std::string kSample = "samples/villages-2-0-chinois.txt";

// Terminal columns of a line: UTF-8 continuation bytes take none (the reports here hold no
// wide characters).
std::size_t columns(const std::string& line) {
  std::size_t count = 0;
  for (unsigned char c : line) count += (c & 0xC0) != 0x80;
  return count;
}

std::string page_with(const std::string& title, const std::vector<std::pair<std::string, std::string>>& comments) {
  json list = json::array();
  for (const auto& [text, date] : comments) list.push_back({{"text", text}, {"posted_at", date}});
  return json{{"article", {{"title", title}}}, {"comments", list}}.dump();
}

TEST(ReportLayout, CorpusHtmlOpensWithItsOverviewAndContents) {
  ScratchFolder folder("corpus-html");
  folder.write("pages/a.txt", read_text_file(source_path(kSample)));
  folder.write("pages/b.json", page_with("Deuxième article", {{"Les artisans chinois vendent sur Alibaba.", "2019-01-03"},
                                                              {"En France on se plaint des artisans.", "2019-01-04"}}));
  CommandResult result = run_palabre({folder / "pages", "-f", "html", "-q"});
  ASSERT_EQ(result.exit_code, 0) << result.err;
  const std::string& html = result.out;
  const std::size_t overview = html.find("<section class=\"corpus\""), contents = html.find("<nav class=\"contents\"");
  const std::size_t first_thread = html.find("<article class=\"thread\"");
  ASSERT_NE(overview, std::string::npos);
  ASSERT_NE(contents, std::string::npos);
  ASSERT_NE(first_thread, std::string::npos);
  EXPECT_LT(overview, first_thread);
  EXPECT_LT(contents, first_thread);
  EXPECT_LT(html.find("<h1>Corpus</h1>"), html.find("<h1>E-commerce"));
  // The contents link every section and every article, which the threads carry as ids.
  EXPECT_NE(html.find("<a href=\"#corpus-themes\">Themes</a>"), std::string::npos);
  EXPECT_NE(html.find("<a href=\"#corpus-articles\">Articles</a>"), std::string::npos);
  EXPECT_NE(html.find("<li><a href=\"#t1\" lang=\"fr\">E-commerce\xC2\xA0: bienvenue dans les villages 2.0 chinois</a>"),
            std::string::npos);
  EXPECT_NE(html.find("<li><a href=\"#t2\" lang=\"fr\">Deuxième article</a>"), std::string::npos);
  EXPECT_NE(html.find("<article class=\"thread\" id=\"t2\""), std::string::npos);
  EXPECT_EQ(count_occurrences(html, "<!DOCTYPE html>"), 1u);
  EXPECT_TRUE(html.ends_with("</html>\n"));
}

TEST(ReportLayout, HtmlLangFollowsThePage) {
  ScratchFolder folder("lang");
  CommandResult french = run_palabre({kSample, "-f", "html"});
  EXPECT_NE(french.out.find("<html lang=\"fr\">"), std::string::npos);
  const std::string english = folder.write(
      "english.json",
      page_with("Village e-commerce in China",
                {{"The craftsmen of these villages sell everything online, which is remarkable.", "2019-01-02"},
                 {"I would rather read about our own craftsmen selling their work on the internet.", "2019-01-02"},
                 {"Amazon and Alibaba have changed the way small businesses reach their customers.", "2019-01-03"}}));
  CommandResult result = run_palabre({english, "-f", "html"});
  ASSERT_EQ(result.exit_code, 0) << result.err;
  EXPECT_NE(result.out.find("<html lang=\"en\">"), std::string::npos) << result.out.substr(0, 200);
  EXPECT_NE(result.out.find("<article class=\"thread\" id=\"t1\" lang=\"en\""), std::string::npos);
  // A corpus of both is in several languages; each article says its own.
  CommandResult both = run_palabre({kSample, english, "-f", "html", "-q"});
  EXPECT_NE(both.out.find("<html lang=\"mul\">"), std::string::npos);
  EXPECT_NE(both.out.find("id=\"t2\" lang=\"en\""), std::string::npos);
}

// palabre run from `folder`, as a user runs it on "pages/": paths as short as theirs.
std::string run_in(const ScratchFolder& folder, const std::string& args) {
  std::string out;
  FILE* pipe = popen(("cd '" + folder.path().string() + "' && '" PALABRE_BINARY "' " + args + " 2>/dev/null").c_str(), "r");
  if (!pipe) return out;
  char buffer[4096];
  while (std::size_t got = std::fread(buffer, 1, sizeof buffer, pipe)) out.append(buffer, got);
  pclose(pipe);
  return out;
}

TEST(ReportLayout, FolderTextLinesFitAndUseThemeLabels) {
  ScratchFolder folder("text-lines");
  const std::string page = read_text_file(source_path(kSample));
  folder.write("pages/a-rather-long-file-name-for-a-saved-page-of-the-newspaper-site.txt", page);
  folder.write("pages/b.txt", page);
  folder.write("pages/c-" + std::string(90, 'x') + ".txt", page);
  folder.write("pages/h.json", page_with("Hiver", {{"Les artisans chinois vendent sur Alibaba.", "2019-01-10"}}));
  const std::string out = run_in(folder, "pages -q");
  ASSERT_FALSE(out.empty());
  for (const std::string& line : lines_of(out)) EXPECT_LE(columns(line), 80u) << line;
  // Themes by their labels, the title making room for them.
  EXPECT_NE(out.find("\npages/b.txt  5 comments in 1 group  France vs Chine 5 · Alibaba / Amazon 3\n"), std::string::npos) << out;
  EXPECT_NE(out.find("\npages/h.json  \"Hiver\"  1 comment in 1 group  Alibaba / Amazon 1 · Artisanat 1\n"), std::string::npos)
      << out;
  EXPECT_EQ(out.find("france_vs_china"), std::string::npos) << out;
  // A failure's message is wrapped, not cut: it says what to do.
  const std::string binary = folder.write("binary.txt", std::string("\x7F" "ELF\x02\x01\x00\x00\x00\x00", 10));
  CommandResult failed = run_palabre({folder / "pages", binary, std::string(90, 'z') + "/missing.txt", "-q"});
  for (const std::string& line : lines_of(failed.out)) EXPECT_LE(columns(line), 80u) << line;
  EXPECT_EQ(count_occurrences(failed.out, "  FAILED:"), 2u) << failed.out;
  std::string joined = failed.out;
  for (std::size_t at; (at = joined.find("\n    ")) != std::string::npos;) joined.replace(at, 5, " ");
  EXPECT_NE(joined.find("binary.txt  FAILED: binary data (NUL or control bytes): palabre reads text, HTML or JSON pages\n"),
            std::string::npos)
      << failed.out;
  EXPECT_NE(joined.find("  FAILED: No such file or directory\n"), std::string::npos) << failed.out;
}

TEST(ReportLayout, TalkingPointsShowTheCommentersTheyAreRankedBy) {
  json record = json::parse(run_palabre({kSample, "-f", "json"}).out);
  const json& first = record["summary"]["talking_points"][0];
  const std::string figures = std::to_string(first["commenters"].get<int>()) + " commenters, " +
                              std::to_string(first["comments"].size()) + " comments";
  EXPECT_NE(run_palabre({kSample}).out.find(figures), std::string::npos);
  EXPECT_NE(run_palabre({kSample, "-f", "md"}).out.find("- **" + first["phrase"].get<std::string>() + "** — " + figures),
            std::string::npos);
  EXPECT_NE(run_palabre({kSample, "-f", "html"}).out.find("</b> — " + figures + ":"), std::string::npos);
}

TEST(ReportLayout, CommentsPerMonthShowEmptyMonths) {
  ScratchFolder folder("months");
  folder.write("pages/winter.json", page_with("Hiver", {{"Les artisans chinois vendent sur Alibaba.", "2019-01-10T10:00"},
                                                         {"Amazon écrase les petits commerçants.", "2019-01-20"}}));
  folder.write("pages/spring.json", page_with("Printemps", {{"En France on devrait apprendre de la Chine.", "2019-04-02"}}));
  CommandResult text = run_palabre({folder / "pages", "-q"});
  ASSERT_EQ(text.exit_code, 0) << text.err;
  const std::string months = "Comments per month\n  2019-01          2 ";
  ASSERT_NE(text.out.find(months), std::string::npos) << text.out;
  const std::string rest = text.out.substr(text.out.find(months));
  EXPECT_NE(rest.find("\n  2019-02          0 \n  2019-03          0 \n  2019-04          1 "), std::string::npos) << rest;
  CommandResult markdown = run_palabre({folder / "pages", "-f", "md", "-q"});
  EXPECT_NE(markdown.out.find("## Comments per month\n\n| Month | Comments |\n|---|--:|\n| 2019-01 | 2 |\n| 2019-02 | 0 |\n"
                              "| 2019-03 | 0 |\n| 2019-04 | 1 |\n"),
            std::string::npos)
      << markdown.out;
  // Within a month, per day, the silent days listed too.
  folder.write("days/a.json", page_with("A", {{"Les artisans.", "2019-01-30"}, {"Alibaba.", "2019-02-02"}}));
  CommandResult days = run_palabre({folder / "days", "-q"});
  EXPECT_NE(days.out.find("Comments per day\n  2019-01-30       1 "), std::string::npos) << days.out;
  EXPECT_NE(days.out.find("\n  2019-01-31       0 \n  2019-02-01       0 \n  2019-02-02       1 "), std::string::npos)
      << days.out;
}

}  // namespace
}  // namespace palabre::testing
