// The real saved pages of ../shared/corpus against their ground truth (MANIFEST.json): for
// every page, the comment count, the article title, the first and last comments (author,
// text start, date as shown and machine date), and every comment's author, text start and
// reply depth. Skipped, with a message, where the corpus is absent.
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include <filesystem>
#include <fstream>
#include <map>
#include <string>
#include <vector>

#include "support/plain_spaces.hpp"
#include "palabre/parse/page.hpp"
#include "palabre/text/utf8.hpp"

namespace palabre {
namespace {

using test::plain_spaces;

using nlohmann::json;

const std::string kCorpusDir = PALABRE_SOURCE_DIR "/../shared/corpus";

struct CorpusPage {
  std::string file;  // empty: the corpus is absent
  json truth;
};

void PrintTo(const CorpusPage& page, std::ostream* out) { *out << page.file; }

std::vector<CorpusPage> load_manifest() {
  std::ifstream in(kCorpusDir + "/MANIFEST.json");
  json manifest = json::parse(in, nullptr, /*allow_exceptions=*/false);
  std::vector<CorpusPage> pages;
  if (manifest.is_array())
    for (const json& entry : manifest)
      if (entry.contains("file")) pages.push_back({entry["file"].get<std::string>(), entry});
  if (pages.empty()) pages.push_back({"", json()});
  return pages;
}

std::optional<std::string> optional_string(const json& value) {
  if (value.is_string()) return value.get<std::string>();
  return std::nullopt;
}

// "2023-11-02T1643" as the page printed it → "2023-11-02T16:43".
std::string with_time_colon(std::string iso) {
  if (iso.size() == 15 && iso[10] == 'T' && iso.find(':') == std::string::npos)
    iso.insert(13, ":");
  return iso;
}

void expect_comment(const Comment& got, const json& want, const std::string& label) {
  SCOPED_TRACE(label + " " + got.id);
  EXPECT_EQ(got.author, optional_string(want["author"]));
  std::string text_start = plain_spaces(want["text_start"].get<std::string>());
  EXPECT_TRUE(plain_spaces(got.text).starts_with(text_start))
      << "text: " << got.text.substr(0, 120) << "\nwanted start: " << text_start;
  if (want.contains("date") && want["date"].is_string()) {
    ASSERT_TRUE(got.posted_at_text.has_value());
    EXPECT_EQ(plain_spaces(*got.posted_at_text), plain_spaces(want["date"].get<std::string>()));
    EXPECT_TRUE(got.posted_at.has_value()) << "a shown date must be read";
  } else {
    EXPECT_FALSE(got.posted_at_text.has_value());
  }
  if (want.contains("date_iso") && want["date_iso"].is_string()) {
    std::string iso = with_time_colon(want["date_iso"].get<std::string>());
    ASSERT_TRUE(got.posted_at.has_value());
    EXPECT_EQ(got.posted_at->substr(0, 16), iso.substr(0, 16)) << *got.posted_at;
    if (iso.size() > 19) {
      EXPECT_TRUE(got.posted_at->ends_with(iso.substr(19))) << "offset kept";
    }
  }
}

int depth_of(const Thread& thread, const Comment& comment) {
  std::map<std::string, const Comment*> by_id;
  for (const Comment& c : thread.comments) by_id[c.id] = &c;
  int depth = 0;
  const Comment* at = &comment;
  while (at->parent && by_id.count(*at->parent) && depth < 1000) {
    at = by_id[*at->parent];
    ++depth;
  }
  return depth;
}

class Corpus : public ::testing::TestWithParam<CorpusPage> {};

TEST_P(Corpus, PageMatchesGroundTruth) {
  const CorpusPage& page = GetParam();
  if (page.file.empty()) GTEST_SKIP() << "corpus not found at " << kCorpusDir;
  const std::string path = kCorpusDir + "/pages/" + page.file;
  if (!std::filesystem::exists(path)) GTEST_SKIP() << "page not found: " << path;
  const json& truth = page.truth;

  Thread thread = read_page(path);
  EXPECT_EQ(thread.source.format, "html");
  ASSERT_TRUE(thread.article.title.has_value());
  EXPECT_EQ(plain_spaces(*thread.article.title), truth["title"].get<std::string>());
  ASSERT_EQ(thread.comments.size(), truth["comment_count"].get<std::size_t>());
  if (thread.comments.empty()) return;

  expect_comment(thread.comments.front(), truth["first_comment"], "first");
  expect_comment(thread.comments.back(), truth["last_comment"], "last");
  if (!truth.contains("comments")) return;
  const json& comments = truth["comments"];
  ASSERT_EQ(comments.size(), thread.comments.size());
  for (std::size_t i = 0; i < comments.size(); ++i) {
    expect_comment(thread.comments[i], comments[i], "comment");
    EXPECT_EQ(depth_of(thread, thread.comments[i]), comments[i]["depth"].get<int>())
        << thread.comments[i].id;
  }
}

INSTANTIATE_TEST_SUITE_P(Pages, Corpus, ::testing::ValuesIn(load_manifest()),
                         [](const ::testing::TestParamInfo<CorpusPage>& info) {
                           std::string name = info.param.file.empty() ? "absent" : info.param.file;
                           for (char& c : name)
                             if (!std::isalnum(static_cast<unsigned char>(c))) c = '_';
                           return name;
                         });

}  // namespace
}  // namespace palabre
