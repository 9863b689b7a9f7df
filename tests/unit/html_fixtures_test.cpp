// Small realistic pages written for palabre's tests (tests/fixtures/html), one per platform
// markup and per trap: each PAGE.html has a PAGE.json with the comments a reader sees —
// author as shown (null when none), the date as shown where one is printed, the first words
// of the text, the reply depth ("relative": true when the date shown cannot be placed in
// time) — and optionally the count the page announces and a warning it must give. Every fixture is checked whole: count, then each comment in page order.
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <map>
#include <string>
#include <vector>

#include "palabre/parse/page.hpp"
#include "palabre/text/utf8.hpp"

namespace palabre {
namespace {

using nlohmann::json;
namespace fs = std::filesystem;

const fs::path kFixtures = fs::path(PALABRE_SOURCE_DIR) / "tests" / "fixtures" / "html";

struct Fixture {
  std::string name;  // the page's file name without .html
  json expected;
};

std::vector<Fixture> load_fixtures() {
  std::vector<Fixture> fixtures;
  for (const auto& entry : fs::directory_iterator(kFixtures)) {
    if (entry.path().extension() != ".json") continue;
    std::ifstream in(entry.path());
    fixtures.push_back({entry.path().stem().string(), json::parse(in)});
  }
  std::sort(fixtures.begin(), fixtures.end(),
            [](const Fixture& a, const Fixture& b) { return a.name < b.name; });
  return fixtures;
}

// White space runs, no-break spaces included, as one space, as the expectations write them.
std::string plain_spaces(std::string_view text) {
  std::string out;
  bool pending = false;
  std::size_t pos = 0;
  while (pos < text.size()) {
    std::size_t before = pos;
    char32_t c = decode_next(text, pos);
    if (is_space(c) || c == 0x00A0 || c == 0x202F) {
      pending = !out.empty();
      continue;
    }
    if (pending) out += ' ';
    pending = false;
    out.append(text.substr(before, pos - before));
  }
  return out;
}

int depth_of(const Thread& thread, const Comment& comment) {
  std::map<std::string, const Comment*> by_id;
  for (const Comment& c : thread.comments) by_id[c.id] = &c;
  int depth = 0;
  for (const Comment* at = &comment; at->parent && by_id.count(*at->parent) && depth < 100; ++depth)
    at = by_id[*at->parent];
  return depth;
}

void check_fixture(const Fixture& fixture) {
  SCOPED_TRACE(fixture.name);
  Thread thread = read_page((kFixtures / (fixture.name + ".html")).string());
  const json& want = fixture.expected["comments"];
  ASSERT_EQ(thread.comments.size(), want.size());
  for (std::size_t i = 0; i < want.size(); ++i) {
    const Comment& got = thread.comments[i];
    SCOPED_TRACE(got.id + " " + got.text.substr(0, 60));
    EXPECT_EQ(got.author, want[i]["author"].is_string()
                              ? std::optional<std::string>(want[i]["author"].get<std::string>())
                              : std::nullopt);
    std::string start = plain_spaces(want[i]["text_start"].get<std::string>());
    EXPECT_TRUE(plain_spaces(got.text).starts_with(start)) << "wanted start: " << start;
    EXPECT_EQ(depth_of(thread, got), want[i]["depth"].get<int>());
    if (want[i].contains("date")) {
      ASSERT_TRUE(got.posted_at_text.has_value());
      EXPECT_EQ(plain_spaces(*got.posted_at_text), plain_spaces(want[i]["date"].get<std::string>()));
      // A relative date ("hace 3 días") on a page without a date of its own stays unplaced.
      EXPECT_EQ(got.posted_at.has_value(), !want[i].value("relative", false))
          << "a shown date must be read, unless relative to nothing";
    }
  }
  if (fixture.expected.contains("comment_count_declared")) {
    EXPECT_EQ(thread.article.comment_count_declared,
              std::optional<long>(fixture.expected["comment_count_declared"].get<long>()));
  }
  if (fixture.expected.contains("warns")) {
    std::string warns = fixture.expected["warns"].get<std::string>();
    EXPECT_TRUE(std::any_of(thread.warnings.begin(), thread.warnings.end(),
                            [&](const std::string& w) { return w.find(warns) != std::string::npos; }))
        << "no warning says '" << warns << "'";
  }
}

// One test over the folder, so that a fixture added there is checked without rebuilding the
// list of tests (gtest_discover_tests reads it only when the test binary is built).
TEST(HtmlFixtures, EachPageGivesTheCommentsAReaderSees) {
  std::vector<Fixture> fixtures = load_fixtures();
  ASSERT_GE(fixtures.size(), 40u) << "fixtures missing from " << kFixtures;
  for (const Fixture& fixture : fixtures) check_fixture(fixture);
}

}  // namespace
}  // namespace palabre
