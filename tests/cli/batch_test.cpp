// Batch runs as a user meets them: folders with broken files, the order of results with
// several workers, JSON lines in and out, and map/reduce — partials of a split corpus merge
// to exactly the summary of the whole, by hand and under GNU parallel.
#include <gtest/gtest.h>
#include <poll.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>
#include <optional>
#include <sstream>

#include "cli/run_command.hpp"

namespace palabre::testing {
namespace {

namespace fs = std::filesystem;
using nlohmann::json;

const char* const kSentences[] = {
    "Les artisans chinois vendent tout sur Alibaba.",
    "La place de marché d'Amazon écrase les petits commerçants.",
    "En France on devrait apprendre de la Chine.",
    "Le savoir-faire de nos artisans disparaît.",
    "Un entrepreneur peut démarrer avec presque rien.",
    "Les villages chinois vendent en ligne.",
    "Amazon paie peu d'impôts en France.",
    "Les petits commerçants ferment les uns après les autres.",
};
constexpr std::size_t kSentenceCount = sizeof kSentences / sizeof kSentences[0];

// A palabre.thread/1 page whose comments recur across pages, so that the corpus has
// shared talking points, several themes and several days.
json make_page(std::size_t i, const std::string& path) {
  json comments = json::array();
  for (std::size_t j = 0; j < 3 + i % 5; ++j) {
    json comment = {{"text", std::string(kSentences[(i + j * 3) % kSentenceCount]) + " " +
                                 kSentences[(i * 5 + j) % kSentenceCount]}};
    if (j % 3) comment["author"] = "auteur" + std::to_string(j % 3);
    if (j % 4) comment["posted_at"] = "2019-0" + std::to_string(1 + i % 3) + "-1" + std::to_string(j % 9) + "T10:00";
    comments.push_back(comment);
  }
  return {{"schema", "palabre.thread/1"},
          {"source", {{"path", path}}},
          {"article", {{"title", "Article " + std::to_string(i)}}},
          {"comments", comments}};
}

std::string read_file(const std::string& path) {
  std::ifstream file(path, std::ios::binary);
  std::ostringstream contents;
  contents << file.rdbuf();
  return contents.str();
}

void write_file(const std::string& path, const std::string& contents) {
  fs::create_directories(fs::path(path).parent_path());
  std::ofstream(path, std::ios::binary) << contents;
}

class BatchTest : public ::testing::Test {
 protected:
  void SetUp() override {
    root_ = "/tmp/palabre-batch-test-" + std::to_string(getpid());
    fs::remove_all(root_);
    fs::create_directories(root_);
  }
  void TearDown() override {
    std::error_code ignored;
    fs::remove_all(root_, ignored);
  }
  std::string path(const std::string& relative) const { return root_ + "/" + relative; }

  // `count` good pages under `folder`: JSON records, and every seventh one the sample text page.
  std::vector<std::string> make_corpus(const std::string& folder, std::size_t count) {
    std::vector<std::string> made;
    std::string sample = read_file(source_path("samples/villages-2-0-chinois.txt"));
    for (std::size_t i = 0; i < count; ++i) {
      char name[32];
      std::snprintf(name, sizeof name, "p%03zu", i);
      std::string file = path(folder + "/" + name + (i % 7 == 3 ? ".txt" : ".json"));
      write_file(file, i % 7 == 3 ? sample : make_page(i, file).dump(2));
      made.push_back(file);
    }
    return made;
  }

  std::string root_;
};

TEST_F(BatchTest, BrokenFilesBecomeErrorRecordsTheOthersComplete) {
  make_corpus("pages", 45);
  write_file(path("pages/p100-empty.txt"), "");
  write_file(path("pages/p101-binary.html"), std::string("\x7F" "ELF\x02\x01\x00\x00", 8));
  write_file(path("pages/p102-bad.json"), "{\"comments\": [");
  write_file(path("pages/p103-nocomments.json"), "{\"comments\": 3}");
  ASSERT_EQ(symlink("nowhere.txt", path("pages/p104-dangling.txt").c_str()), 0);
  write_file(path("pages/ignored.pdf"), "%PDF");  // not a page format: not read at all

  CommandResult result = run_palabre({"analyze", path("pages"), "--format", "jsonl", "-j", "2", "-q"});
  EXPECT_EQ(result.exit_code, 1) << result.err;
  std::vector<std::string> lines = lines_of(result.out);
  ASSERT_EQ(lines.size(), 50u) << result.out;
  std::size_t records = 0, errors = 0;
  std::string previous;
  for (const std::string& line : lines) {
    json item = json::parse(line);
    std::string item_path = item.contains("schema") ? item["source"]["path"] : item["path"];
    EXPECT_LT(previous, item_path) << "results out of input order";
    previous = item_path;
    if (item.contains("schema")) {
      ++records;
      EXPECT_EQ(item["schema"], "palabre.thread/1");
      EXPECT_TRUE(item["summary"].contains("themes"));
    } else {
      ++errors;
      EXPECT_EQ(item.size(), 2u) << line;  // {"path", "error"} and nothing else
      EXPECT_FALSE(item["error"].get<std::string>().empty());
      EXPECT_NE(result.err.find("palabre: error: " + item_path + ": "), std::string::npos) << result.err;
    }
  }
  EXPECT_EQ(records, 45u);
  EXPECT_EQ(errors, 5u);
  EXPECT_EQ(lines_of(result.err).back(), "palabre: warning: 45 succeeded, 5 failed") << result.err;
}

TEST_F(BatchTest, UnreadableFileIsAnErrorRecord) {
  make_corpus("pages", 3);
  std::string locked = path("pages/p001.json");
  chmod(locked.c_str(), 0);
  if (access(locked.c_str(), R_OK) == 0)
    GTEST_SKIP() << "running as root: a mode-000 file is still readable, nothing to test";
  CommandResult result = run_palabre({"analyze", path("pages"), "--format", "jsonl", "-q"});
  EXPECT_EQ(result.exit_code, 1);
  std::vector<std::string> lines = lines_of(result.out);
  ASSERT_EQ(lines.size(), 3u);
  json failed = json::parse(lines[1]);
  EXPECT_EQ(failed["path"], locked);
  EXPECT_NE(failed["error"].get<std::string>().find("Permission denied"), std::string::npos) << lines[1];
}

TEST_F(BatchTest, OutputOrderDoesNotDependOnTheWorkers) {
  std::vector<std::string> files = make_corpus("pages", 40);
  for (const char* format : {"json", "jsonl", "text"}) {
    CommandResult one = run_palabre({"analyze", path("pages"), "--format", format, "-j", "1", "-q"});
    CommandResult two = run_palabre({"analyze", path("pages"), "--format", format, "-j", "2", "-q"});
    CommandResult four = run_palabre({"analyze", path("pages"), "--format", format, "-j", "4", "-q"});
    EXPECT_EQ(one.exit_code, 0) << one.err;
    EXPECT_EQ(one.out, two.out) << format;
    EXPECT_EQ(one.out, four.out) << format;
  }
  json document = json::parse(run_palabre({"analyze", path("pages"), "--format", "json", "-j", "2"}).out);
  EXPECT_EQ(document["schema"], "palabre.corpus/1");
  ASSERT_EQ(document["threads"].size(), files.size());
  for (std::size_t i = 0; i < files.size(); ++i)
    EXPECT_EQ(document["threads"][i]["source"]["path"], files[i]);
  EXPECT_EQ(document["failures"], json::array());
  EXPECT_EQ(document["summary"]["threads"], files.size());
}

// Sets PALABRE_SPILL_BYTES (the talking points' in-memory budget) for the commands run
// while it lives; "" leaves the default.
class SpillBudget {
 public:
  explicit SpillBudget(const std::string& bytes) {
    if (!bytes.empty()) setenv("PALABRE_SPILL_BYTES", bytes.c_str(), 1);
  }
  ~SpillBudget() { unsetenv("PALABRE_SPILL_BYTES"); }
  SpillBudget(const SpillBudget&) = delete;
  SpillBudget& operator=(const SpillBudget&) = delete;
};

TEST_F(BatchTest, SplitCorpusMergesToExactlyTheWholeSummary) {
  std::vector<std::string> files = make_corpus("all", 45);
  CommandResult whole = run_palabre({"analyze", path("all"), "--format", "json", "-q"});
  ASSERT_EQ(whole.exit_code, 0) << whole.err;
  json expected = json::parse(whole.out)["summary"];
  ASSERT_EQ(expected["threads"], 45);
  ASSERT_FALSE(expected["talking_points"].empty());
  ASSERT_GT(expected["per_day"].size(), 3u);

  // Three parts of unequal size, mixed formats in each, interleaved in the input order.
  std::vector<std::vector<std::string>> parts(3);
  for (std::size_t i = 0; i < files.size(); ++i) parts[i % 5 == 0 ? 0 : (i % 5 < 3 ? 1 : 2)].push_back(files[i]);
  // In memory, then with the talking points spilled to disk at every point (1 byte) and
  // every few (300 bytes), in the map and the reduce steps alike.
  for (const std::string bytes : {"", "1", "300"}) {
    SCOPED_TRACE("PALABRE_SPILL_BYTES=" + bytes);
    SpillBudget budget(bytes);
    std::vector<std::string> partials;
    for (std::size_t p : {2u, 0u, 1u}) {
      std::string out = path("part-" + std::to_string(p) + ".json");
      std::vector<std::string> args = {"analyze", "--emit", "partial", "-j", "2", "-q", "-o", out};
      args.insert(args.end(), parts[p].begin(), parts[p].end());
      CommandResult map = run_palabre(args);
      ASSERT_EQ(map.exit_code, 0) << map.err;
      EXPECT_EQ(lines_of(read_file(out)).size(), 1u);  // one line: partials concatenate
      partials.push_back(out);
    }
    std::vector<std::string> args = {"merge"};
    args.insert(args.end(), partials.begin(), partials.end());
    CommandResult reduce = run_palabre(args);
    ASSERT_EQ(reduce.exit_code, 0) << reduce.err;
    json merged = json::parse(reduce.out);
    EXPECT_EQ(merged["schema"], "palabre.corpus/1");
    EXPECT_EQ(merged["threads"], json::array());
    EXPECT_EQ(merged["summary"], expected);

    // The same from standard input, all partials on one stream.
    std::string stream;
    for (const std::string& partial : partials) stream += read_file(partial);
    CommandResult from_stdin = run_palabre({"merge", "-"}, stream);
    EXPECT_EQ(from_stdin.out, reduce.out);

    // And one run over the whole corpus prints the same bytes, spilled or not.
    CommandResult again = run_palabre({"analyze", path("all"), "--format", "json", "-q"});
    EXPECT_EQ(again.out, whole.out);
  }
}

TEST_F(BatchTest, BadSpillBudgetIsAUsageError) {
  make_corpus("all", 2);
  for (const char* bytes : {"0", "-5", "lots", "12k"}) {
    SpillBudget budget(bytes);
    CommandResult result = run_palabre({"analyze", path("all"), "--format", "json", "-q"});
    EXPECT_EQ(result.exit_code, 2) << bytes;
    EXPECT_NE(result.err.find("PALABRE_SPILL_BYTES"), std::string::npos) << result.err;
    EXPECT_TRUE(result.out.empty()) << bytes;
  }
}

TEST_F(BatchTest, UnusableTempFolderIsReportedWhenSpilling) {
  make_corpus("all", 3);
  SpillBudget budget("1");
  const char* old = std::getenv("TMPDIR");
  std::optional<std::string> saved = old ? std::optional<std::string>(old) : std::nullopt;
  setenv("TMPDIR", path("no-such-folder").c_str(), 1);
  CommandResult result = run_palabre({"analyze", path("all"), "--emit", "partial", "-q"});
  if (saved) setenv("TMPDIR", saved->c_str(), 1);
  else unsetenv("TMPDIR");
  EXPECT_EQ(result.exit_code, 1);
  EXPECT_NE(result.err.find(path("no-such-folder") + ": cannot create the talking points' temporary file"),
            std::string::npos)
      << result.err;
}

TEST_F(BatchTest, JsonLinesStreamInAndOut) {
  std::string input =
      R"({"thread": "t1", "text": "Les artisans chinois vendent sur Alibaba.", "posted_at": "2019-01-02T11:54"})" "\n"
      R"({"thread": "t1", "text": "Les artisans de France aussi.", "author": "Jean"})" "\n"
      "oops\n"
      R"({"thread": "t2", "text": "Amazon écrase les petits commerçants."})" "\n" +
      make_page(1, "pages/p1.json").dump() + "\n";
  CommandResult result = run_palabre({"analyze", "--input-format", "jsonl", "-"}, input);
  EXPECT_EQ(result.exit_code, 1);
  std::vector<std::string> lines = lines_of(result.out);
  ASSERT_EQ(lines.size(), 4u) << result.out;
  json t1 = json::parse(lines[0]);
  EXPECT_EQ(t1["source"]["path"], "t1");
  EXPECT_EQ(t1["comments"].size(), 2u);
  EXPECT_EQ(t1["comments"][1]["author"], "Jean");
  EXPECT_FALSE(t1["comments"][0]["themes"].empty());
  EXPECT_EQ(json::parse(lines[1]), (json{{"path", "<stdin>:3"},
                                         {"error", "not a JSON object (expected a comment line or a "
                                                   "palabre.thread/1 record)"}}));
  EXPECT_EQ(json::parse(lines[2])["source"]["path"], "t2");
  EXPECT_EQ(json::parse(lines[3])["source"]["path"], "pages/p1.json");
  EXPECT_NE(result.err.find("3 succeeded, 1 failed"), std::string::npos) << result.err;

  CommandResult corpus = run_palabre({"analyze", "--input-format", "jsonl", "--format", "json", "-"}, input);
  json document = json::parse(corpus.out);
  EXPECT_EQ(document["summary"]["threads"], 3);
  EXPECT_EQ(document["failures"].size(), 1u);
}

// --max-bytes bounds each line of a stream as it bounds a page: a longer line is a failure
// record naming it, and the lines around it are read.
TEST_F(BatchTest, JsonLinesLongerThanMaxBytesAreRefused) {
  std::string input = R"({"thread": "t1", "text": "Les artisans chinois vendent sur Alibaba."})" "\n" +
                      make_page(1, "long").dump() + std::string(5000, ' ') + "\n" +
                      R"({"thread": "t2", "text": "Amazon écrase les petits commerçants."})" "\n";
  CommandResult result = run_palabre({"analyze", "--input-format", "jsonl", "--max-bytes", "2000", "-"}, input);
  EXPECT_EQ(result.exit_code, 1);
  std::vector<std::string> lines = lines_of(result.out);
  ASSERT_EQ(lines.size(), 3u) << result.out;
  EXPECT_EQ(json::parse(lines[0])["source"]["path"], "t1");
  EXPECT_EQ(json::parse(lines[1]), (json{{"path", "<stdin>:2"}, {"error", "line larger than --max-bytes (2000 bytes)"}}));
  EXPECT_EQ(json::parse(lines[2])["source"]["path"], "t2");
}

// A filter must answer before its input ends: once a line of thread t2 shows that t1 is
// complete, t1's record comes out while standard input is still open.
TEST_F(BatchTest, JsonLinesComeOutBeforeTheInputEnds) {
  int to_child[2], from_child[2];
  ASSERT_EQ(pipe(to_child), 0);
  ASSERT_EQ(pipe(from_child), 0);
  pid_t child = fork();
  ASSERT_GE(child, 0);
  if (child == 0) {
    dup2(to_child[0], STDIN_FILENO);
    dup2(from_child[1], STDOUT_FILENO);
    close(to_child[1]);
    close(from_child[0]);
    std::string binary = PALABRE_BINARY;
    execl(binary.c_str(), binary.c_str(), "analyze", "--input-format", "jsonl", "-q", "-j", "2", "-",
          static_cast<char*>(nullptr));
    _exit(127);
  }
  close(to_child[0]);
  close(from_child[1]);
  std::string lines = R"({"thread": "t1", "text": "Les artisans chinois vendent sur Alibaba."})" "\n"
                      R"({"thread": "t2", "text": "Amazon écrase les commerçants."})" "\n";
  ASSERT_EQ(write(to_child[1], lines.data(), lines.size()), static_cast<ssize_t>(lines.size()));
  std::string out;
  pollfd ready{from_child[0], POLLIN, 0};
  while (out.find('\n') == std::string::npos && poll(&ready, 1, 20000) == 1) {
    char buffer[4096];
    ssize_t n = read(from_child[0], buffer, sizeof buffer);
    if (n <= 0) break;
    out.append(buffer, static_cast<std::size_t>(n));
  }
  ASSERT_NE(out.find('\n'), std::string::npos) << "no line before the end of input";
  EXPECT_EQ(json::parse(out.substr(0, out.find('\n')))["source"]["path"], "t1");
  close(to_child[1]);  // now the end: t2 follows
  for (char buffer[4096];;) {
    ssize_t n = read(from_child[0], buffer, sizeof buffer);
    if (n <= 0) break;
    out.append(buffer, static_cast<std::size_t>(n));
  }
  close(from_child[0]);
  int status = 0;
  waitpid(child, &status, 0);
  EXPECT_EQ(WEXITSTATUS(status), 0);
  std::vector<std::string> all = lines_of(out);
  ASSERT_EQ(all.size(), 2u);
  EXPECT_EQ(json::parse(all[1])["source"]["path"], "t2");
}

TEST_F(BatchTest, JsonlFilesInAFolderAreStreamsOfThreads) {
  make_corpus("pages", 2);
  write_file(path("pages/scraped.jsonl"), R"({"thread": "s1", "text": "Un artisan."})" "\n"
                                          R"({"thread": "s2", "text": "Deux artisans."})" "\n");
  json document = json::parse(run_palabre({"analyze", path("pages"), "--format", "json", "-q"}).out);
  ASSERT_EQ(document["threads"].size(), 4u);
  EXPECT_EQ(document["threads"][2]["source"]["path"], "s1");
  EXPECT_EQ(document["threads"][3]["source"]["path"], "s2");
}

TEST_F(BatchTest, OddFileNamesKeepOneDiagnosticPerLine) {
  make_corpus("pages", 2);
  write_file(path("pages/with space.json"), make_page(5, "x").dump());
  write_file(path("pages/latin1 \xE9t\xE9.json"), make_page(6, "y").dump());
  write_file(path("pages/broken\nname.txt"), "");
  CommandResult result = run_palabre({"analyze", path("pages"), "--format", "jsonl", "-q"});
  EXPECT_EQ(result.exit_code, 1);
  std::vector<std::string> lines = lines_of(result.out);
  ASSERT_EQ(lines.size(), 5u);
  std::vector<std::string> paths;
  for (const std::string& line : lines) {
    json item = json::parse(line);  // valid JSON, hence valid UTF-8, whatever the names
    paths.push_back(item.contains("path") ? item["path"] : item["source"]["path"]);
  }
  EXPECT_EQ(paths[0], path("pages/broken\nname.txt"));
  EXPECT_EQ(paths[1], path("pages/latin1 \xEF\xBF\xBDt\xEF\xBF\xBD.json"));
  EXPECT_EQ(paths[4], path("pages/with space.json"));
  EXPECT_EQ(lines_of(result.err).size(), 2u) << result.err;  // the failure and the count
  EXPECT_NE(result.err.find("pages/broken\\nname.txt: empty file"), std::string::npos) << result.err;
}

TEST_F(BatchTest, TextCorpusReport) {
  make_corpus("pages", 12);
  CommandResult result = run_palabre({"analyze", path("pages"), "-q"});
  EXPECT_EQ(result.exit_code, 0) << result.err;
  std::vector<std::string> lines = lines_of(result.out);
  ASSERT_GT(lines.size(), 12u);
  EXPECT_TRUE(lines[0].starts_with(path("pages/p000.json") + "  ")) << lines[0];
  EXPECT_NE(lines[0].find("  3 comments"), std::string::npos) << lines[0];
  EXPECT_NE(result.out.find("Corpus: 12 articles"), std::string::npos) << result.out;
  EXPECT_NE(result.out.find("Themes (comments"), std::string::npos);
  EXPECT_NE(result.out.find("Talking points across articles"), std::string::npos);
  EXPECT_NE(result.out.find("Comments per month"), std::string::npos);  // January to March
  EXPECT_TRUE(result.err.empty()) << result.err;
}

TEST_F(BatchTest, MarkdownHtmlAndCsvCorpora) {
  make_corpus("pages", 6);
  write_file(path("pages/p100-empty.txt"), "");
  CommandResult md = run_palabre({"analyze", path("pages"), "--format", "md", "-q", "-j", "2"});
  EXPECT_EQ(md.exit_code, 1);
  EXPECT_EQ(count_occurrences(md.out, "\n---\n"), 6u);  // between the 6 threads, and before the corpus
  EXPECT_NE(md.out.find("# Corpus\n\n6 articles, "), std::string::npos) << md.out;
  EXPECT_NE(md.out.find("## Talking points across articles"), std::string::npos);
  EXPECT_NE(md.out.find("| " + path("pages/p100-empty.txt") + " | empty file"), std::string::npos);

  CommandResult html = run_palabre({"analyze", path("pages"), "--format", "html", "-q", "-j", "2"});
  EXPECT_EQ(html.exit_code, 1);
  EXPECT_EQ(count_occurrences(html.out, "<!DOCTYPE html>"), 1u);
  EXPECT_EQ(count_occurrences(html.out, "<article class=\"thread\""), 6u);
  EXPECT_GT(html.out.find("<article class=\"thread\""), html.out.find("<section class=\"corpus\""));
  EXPECT_TRUE(html.out.ends_with("</html>\n"));

  CommandResult csv = run_palabre({"analyze", path("pages"), "--format", "csv", "-q", "-j", "2"});
  EXPECT_EQ(count_occurrences(csv.out, "path,title,url,error,comment_id"), 1u);
  std::size_t comments = 0;
  for (std::size_t i = 0; i < 6; ++i) comments += i % 7 == 3 ? 5 : 3 + i % 5;
  EXPECT_EQ(count_occurrences(csv.out, "\r\n"), comments + 2);  // header, a row per comment, the failure

  CommandResult per_comment = run_palabre({"analyze", path("pages"), "-f", "jsonl", "--per", "comment", "-q"});
  std::vector<std::string> lines = lines_of(per_comment.out);
  ASSERT_EQ(lines.size(), comments + 1);  // and the failure record
  EXPECT_EQ(json::parse(lines[0])["comment"]["id"], "c1");
}

TEST_F(BatchTest, BadThemeFileStopsBeforeAnyOutput) {
  make_corpus("pages", 3);
  write_file(path("themes.json"), R"({"themes": [{"id": "x", "terms": ["l'"]}]})");
  CommandResult result = run_palabre({"analyze", path("pages"), "--themes", path("themes.json"), "--format", "json"});
  EXPECT_EQ(result.exit_code, 2);
  EXPECT_TRUE(result.out.empty()) << result.out;
}

TEST_F(BatchTest, MergeRefusesWhatIsNotAPartial) {
  write_file(path("thread.json"), make_page(1, "p").dump());
  make_corpus("pages", 3);
  CommandResult map = run_palabre({"analyze", path("pages"), "--emit", "partial", "-q", "-o", path("good.json")});
  ASSERT_EQ(map.exit_code, 0) << map.err;
  CommandResult result = run_palabre({"merge", path("thread.json"), path("good.json"), path("missing.json")});
  EXPECT_EQ(result.exit_code, 1);
  EXPECT_NE(result.err.find(path("thread.json") + ": document 1: not a palabre.partial/1 document"),
            std::string::npos)
      << result.err;
  EXPECT_NE(result.err.find(path("missing.json") + ": cannot open"), std::string::npos) << result.err;
  EXPECT_EQ(json::parse(result.out)["summary"]["threads"], 3);  // the good partial still counts
}

// Partials add up only when they count the same things once: each refused partial is named
// on stderr and listed in the failures, and the others still count.
TEST_F(BatchTest, MergeRefusesPartialsThatDoNotAddUp) {
  make_corpus("pages", 3);
  make_corpus("more", 2);
  write_file(path("themes.json"), R"({"themes": [{"id": "x", "label": "X", "terms": ["artisan"]}]})");
  auto map = [&](const std::string& folder, const std::string& out, std::vector<std::string> extra) {
    std::vector<std::string> args = {"analyze", path(folder), "--emit", "partial", "-q", "-o", path(out)};
    args.insert(args.end(), extra.begin(), extra.end());
    CommandResult result = run_palabre(args);
    ASSERT_EQ(result.exit_code, 0) << result.err;
  };
  map("pages", "good.json", {});
  map("more", "more.json", {});
  map("more", "other-themes.json", {"--themes", path("themes.json")});
  map("more", "other-points.json", {"--points", "3"});
  json forged = json::parse(read_file(path("more.json")));
  forged["palabre_version"] = "0.0.1";
  write_file(path("other-version.json"), forged.dump() + "\n");
  forged = json::parse(read_file(path("more.json")));
  forged["threads"] = 18446744073709551615ULL;
  write_file(path("overflow.json"), forged.dump() + "\n");
  forged = json::parse(read_file(path("more.json")));
  forged["themes"][0]["comments"] = forged["comments"].get<std::size_t>() + 1;
  write_file(path("forged.json"), forged.dump() + "\n");

  const std::vector<std::pair<std::string, std::string>> refused = {
      {"good.json", "the same partial as"},
      {"other-themes.json", "made with another theme set"},
      {"other-points.json", "made with points=3, the partials before it with points=10"},
      {"other-version.json", "made by palabre 0.0.1"},
      {"overflow.json", "too large to be a count"},
      {"forged.json", "the counts do not add up"}};
  std::vector<std::string> args = {"merge", path("good.json")};
  for (const auto& [file, reason] : refused) args.push_back(path(file));
  args.push_back(path("more.json"));
  CommandResult result = run_palabre(args);
  EXPECT_EQ(result.exit_code, 1);
  json merged = json::parse(result.out);
  EXPECT_EQ(merged["summary"]["threads"], 5);  // good.json once, and more.json
  ASSERT_EQ(merged["failures"].size(), refused.size()) << merged["failures"].dump(2);
  for (std::size_t i = 0; i < refused.size(); ++i) {
    const auto& [file, reason] = refused[i];
    EXPECT_EQ(merged["failures"][i]["path"], path(file) + ": document 1");
    EXPECT_NE(merged["failures"][i]["error"].get<std::string>().find(reason), std::string::npos)
        << merged["failures"][i].dump();
    EXPECT_NE(result.err.find(path(file) + ": document 1: "), std::string::npos) << result.err;
  }
}

// Partials that count nothing (empty partitions of a stream) are not duplicates of one
// another; two streams of different threads with the same figures are not either.
TEST_F(BatchTest, MergeTellsEqualFiguresFromTheSamePartial) {
  std::string empty = run_palabre({"analyze", "--input-format", "jsonl", "--emit", "partial", "-q", "-"}, "").out;
  auto partial_of = [](const std::string& text) {
    json record = {{"schema", "palabre.thread/1"}, {"comments", {{{"text", text}}}}};
    return run_palabre({"analyze", "--input-format", "jsonl", "--emit", "partial", "-q", "-"}, record.dump() + "\n").out;
  };
  std::string a = partial_of("Bonjour."), b = partial_of("Merci.");
  json a_figures = json::parse(a), b_figures = json::parse(b);
  a_figures.erase("threads_fingerprint");
  b_figures.erase("threads_fingerprint");
  ASSERT_EQ(a_figures, b_figures);  // nothing but the threads tells them apart
  CommandResult result = run_palabre({"merge", "-"}, empty + a + empty + b);
  EXPECT_EQ(result.exit_code, 0) << result.err;
  EXPECT_EQ(json::parse(result.out)["summary"]["threads"], 2);
}

TEST_F(BatchTest, FullDiskIsReported) {
  make_corpus("pages", 5);
  for (const char* format : {"jsonl", "json", "text"}) {
    CommandResult result = run_palabre({"analyze", path("pages"), "--format", format, "-q", "-o", "/dev/full"});
    EXPECT_EQ(result.exit_code, 1) << format;
    EXPECT_NE(result.err.find("palabre: error: /dev/full: write failed"), std::string::npos) << result.err;
  }
}

// The recipes of docs/batch.md, run as written there with GNU parallel.
TEST_F(BatchTest, GnuParallelRecipes) {
  if (std::system("command -v parallel >/dev/null 2>&1") != 0)
    GTEST_SKIP() << "GNU parallel is not installed (scripts/install-deps.sh test installs it)";
  std::vector<std::string> files = make_corpus("pages", 30);
  std::string palabre = PALABRE_BINARY;
  std::string whole = run_palabre({"analyze", path("pages"), "--format", "json", "-q"}).out;
  json expected = json::parse(whole)["summary"];

  // Map over files: ten pages per job, two jobs at a time; reduce with merge.
  std::string files_recipe = "cd " + root_ + " && find " + path("pages") +
                             " -type f -print0 | parallel -0 -j 2 -n 10 " + palabre +
                             " analyze --emit partial --quiet > parts.jsonl && " + palabre +
                             " merge parts.jsonl --format json > merged.json";
  ASSERT_EQ(std::system(files_recipe.c_str()), 0) << files_recipe;
  EXPECT_EQ(lines_of(read_file(path("parts.jsonl"))).size(), 3u);
  EXPECT_EQ(json::parse(read_file(path("merged.json")))["summary"], expected);

  // Map over a stream of records: parallel --pipe cuts it into blocks of lines.
  std::string records;
  for (const std::string& file : files) {
    if (file.ends_with(".txt")) continue;
    records += json::parse(read_file(file)).dump() + "\n";
  }
  write_file(path("threads.jsonl"), records);
  std::string stream_whole =
      run_palabre({"analyze", "--input-format", "jsonl", "--format", "json", "-q", path("threads.jsonl")}).out;
  std::string pipe_recipe = "cd " + root_ + " && parallel --pipe -N 7 -j 2 " + palabre +
                            " analyze --input-format jsonl --emit partial --quiet - < threads.jsonl | " +
                            palabre + " merge - --format json > merged-stream.json";
  ASSERT_EQ(std::system(pipe_recipe.c_str()), 0) << pipe_recipe;
  EXPECT_EQ(json::parse(read_file(path("merged-stream.json")))["summary"],
            json::parse(stream_whole)["summary"]);
}

}  // namespace
}  // namespace palabre::testing
