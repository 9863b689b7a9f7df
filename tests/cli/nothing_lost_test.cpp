// Nothing lost: every comment a page holds appears exactly once, with the same id, in every
// output format — on the samples, every page of ../shared/corpus and a small corpus made by
// ../shared/bench/gen-corpus (when present; its manifest also gives the comment counts).
#include <gtest/gtest.h>

#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <set>
#include <nlohmann/json.hpp>
#include <sstream>

#include "cli/run_command.hpp"

namespace palabre::testing {
namespace {

namespace fs = std::filesystem;

std::vector<std::string> pages_to_check() {
  std::vector<std::string> pages = {"samples/villages-2-0-chinois.txt",
                                    "samples/villages-2-0-chinois.html"};
  fs::path corpus = source_path("../shared/corpus/pages");
  if (fs::is_directory(corpus)) {
    std::vector<std::string> found;
    for (const auto& entry : fs::directory_iterator(corpus)) found.push_back(entry.path().string());
    std::sort(found.begin(), found.end());
    pages.insert(pages.end(), found.begin(), found.end());
  }
  // A small generated corpus (../shared/bench/gen-corpus, deterministic for a seed): text and
  // HTML pages with replies, cut comments, emoji, entities and windows-1252 pages.
  fs::path generator = source_path("../shared/bench/gen-corpus");
  fs::path generated = fs::temp_directory_path() / "palabre-nothing-lost-corpus";
  if (fs::exists(generator) && !fs::exists(generated / "manifest.json")) {
    std::string command = generator.string() + " --seed 7 --articles 4 " + generated.string() +
                          " > /dev/null 2>&1";
    if (std::system(command.c_str()) != 0) fs::remove_all(generated);
  }
  for (const char* format : {"txt", "html"}) {
    if (!fs::is_directory(generated / format)) continue;
    std::vector<std::string> found;
    for (const auto& entry : fs::directory_iterator(generated / format))
      found.push_back(entry.path().string());
    std::sort(found.begin(), found.end());
    pages.insert(pages.end(), found.begin(), found.end());
  }
  return pages;
}

// The number of comments gen-corpus put in a page, from its manifest; -1 when unknown.
long generated_comment_count(const std::string& page) {
  fs::path path(page);
  fs::path manifest = path.parent_path().parent_path() / "manifest.json";
  if (path.parent_path().parent_path().filename() != "palabre-nothing-lost-corpus" ||
      !fs::exists(manifest))
    return -1;
  std::ifstream file(manifest);
  nlohmann::json document = nlohmann::json::parse(file, nullptr, false);
  if (document.is_discarded()) return -1;
  std::string name = path.stem().string();  // "a00001" for a00001.txt and a00001.html
  for (const auto& entry : document["files"])
    if (entry.value("name", "") == name && entry["comments"].is_number()) return entry["comments"];
  return -1;
}

// RFC 4180 records, fields unquoted.
std::vector<std::vector<std::string>> read_csv(const std::string& text) {
  std::vector<std::vector<std::string>> rows(1, std::vector<std::string>(1));
  bool quoted = false;
  for (std::size_t i = 0; i < text.size(); ++i) {
    char c = text[i];
    if (quoted) {
      if (c == '"' && i + 1 < text.size() && text[i + 1] == '"') {
        rows.back().back() += '"';
        ++i;
      } else if (c == '"') {
        quoted = false;
      } else {
        rows.back().back() += c;
      }
    } else if (c == '"') {
      quoted = true;
    } else if (c == ',') {
      rows.back().emplace_back();
    } else if (c == '\n' || c == '\r') {
      if (c == '\r' && i + 1 < text.size() && text[i + 1] == '\n') ++i;
      rows.emplace_back(1);
    } else {
      rows.back().back() += c;
    }
  }
  while (!rows.empty() && rows.back().size() == 1 && rows.back()[0].empty()) rows.pop_back();
  return rows;
}

class NothingLost : public ::testing::TestWithParam<std::string> {};

TEST_P(NothingLost, EveryCommentOnceInEveryFormat) {
  const std::string& page = GetParam();
  CommandResult json = run_palabre({"analyze", "-q", "--format", "json", page});
  ASSERT_EQ(json.exit_code, 0) << json.err;
  nlohmann::json document = nlohmann::json::parse(json.out);
  std::vector<std::string> ids;
  std::vector<bool> truncated;
  for (const auto& comment : document["comments"]) {
    ids.push_back(comment["id"]);
    truncated.push_back(comment["truncated"]);
  }
  if (long expected = generated_comment_count(page); expected >= 0) {
    EXPECT_EQ(static_cast<long>(ids.size()), expected) << "comments in the generator's manifest";
  }
  std::set<std::string> unique(ids.begin(), ids.end());
  ASSERT_EQ(unique.size(), ids.size()) << "ids must be unique";

  CommandResult again = run_palabre({"analyze", "-q", "--format", "json", page});
  EXPECT_EQ(again.out, json.out) << "ids and output must be stable across runs";

  CommandResult jsonl = run_palabre({"analyze", "-q", "--format", "jsonl", "--per", "comment", page});
  ASSERT_EQ(jsonl.exit_code, 0) << jsonl.err;
  std::vector<std::string> jsonl_ids;
  std::istringstream lines(jsonl.out);
  for (std::string line; std::getline(lines, line);)
    if (!line.empty()) jsonl_ids.push_back(nlohmann::json::parse(line)["comment"]["id"]);
  EXPECT_EQ(jsonl_ids, ids) << "jsonl --per comment";

  CommandResult csv = run_palabre({"analyze", "-q", "--format", "csv", page});
  ASSERT_EQ(csv.exit_code, 0) << csv.err;
  auto rows = read_csv(csv.out);
  ASSERT_FALSE(rows.empty());
  std::vector<std::string> csv_ids;
  const auto column = [&](const std::string& name) {
    return static_cast<std::size_t>(std::find(rows[0].begin(), rows[0].end(), name) - rows[0].begin());
  };
  const std::size_t id_column = column("comment_id"), truncated_column = column("truncated");
  for (std::size_t r = 1; r < rows.size(); ++r) {
    ASSERT_GT(rows[r].size(), std::max(id_column, truncated_column));
    csv_ids.push_back(rows[r][id_column]);
    EXPECT_EQ(rows[r][truncated_column] == "1", truncated[r - 1]) << "truncation flag of " << rows[r][id_column];
  }
  EXPECT_EQ(csv_ids, ids) << "csv rows";

  CommandResult md = run_palabre({"analyze", "-q", "--format", "md", page});
  ASSERT_EQ(md.exit_code, 0) << md.err;
  std::string count_line = std::to_string(ids.size()) + (ids.size() == 1 ? " comment" : " comments");
  EXPECT_NE(md.out.find(count_line), std::string::npos) << "md announces " << count_line;

  CommandResult html = run_palabre({"analyze", "-q", "--format", "html", page});
  ASSERT_EQ(html.exit_code, 0) << html.err;
  EXPECT_EQ(count_occurrences(html.out, "<li class=\"comment\""), ids.size()) << "html comments";
  for (const std::string& id : ids)
    EXPECT_EQ(count_occurrences(html.out, "id=\"t1-" + id + "\""), 1u) << "html " << id;
}

INSTANTIATE_TEST_SUITE_P(Pages, NothingLost, ::testing::ValuesIn(pages_to_check()),
                         [](const ::testing::TestParamInfo<std::string>& info) {
                           std::string name = fs::path(info.param).filename().string();
                           for (char& c : name)
                             if (!std::isalnum(static_cast<unsigned char>(c))) c = '_';
                           return name;
                         });

}  // namespace
}  // namespace palabre::testing
