// How dates, authors, counts and shares read in the reports for people.
#include <gtest/gtest.h>

#include "palabre/report/presentation.hpp"
#include "report_fixture.hpp"

namespace palabre {
namespace {

TEST(Presentation, DisplayDate) {
  const std::vector<std::pair<std::string, std::string>> cases = {
      {"2019-01-02T11:54", "02/01/2019 11:54"},
      {"2019-01-02T11:54:30", "02/01/2019 11:54"},
      {"2019-01-02", "02/01/2019"},
      {"hier soir", "hier soir"},
      {"2019-1-2", "2019-1-2"},
      {"", ""},
  };
  for (const auto& [iso, shown] : cases) EXPECT_EQ(display_date(iso), shown) << iso;
}

TEST(Presentation, Attribution) {
  Comment comment;
  EXPECT_EQ(attribution(comment), "anonyme");
  comment.posted_at_text = "hier";
  EXPECT_EQ(attribution(comment), "anonyme, hier");
  comment.posted_at = "2019-01-02T11:54";
  comment.author = "Marie";
  EXPECT_EQ(attribution(comment), "Marie, 02/01/2019 11:54");
}

TEST(Presentation, PercentAndCounts) {
  EXPECT_EQ(percent(1.0), "100 %");
  EXPECT_EQ(percent(0.4), "40 %");
  EXPECT_EQ(percent(2.0 / 3.0), "67 %");
  EXPECT_EQ(percent(0.001), "< 1 %");
  EXPECT_EQ(percent(0.0), "0 %");
  EXPECT_EQ(count_noun(1, "comment", "comments"), "1 comment");
  EXPECT_EQ(count_noun(0, "comment", "comments"), "0 comments");
}

TEST(Presentation, Overview) {
  EXPECT_EQ(thread_overview(testing::sample_report()), "5 comments, from 28/12/2018 to 02/01/2019");
  EXPECT_EQ(thread_overview(testing::tricky_report()),
            "3 comments, from 28/12/2018 to 02/01/2019 (the page announces 7)");
  ThreadReport single;
  single.summary.comments = 1;
  Comment c;
  c.posted_at = "2020-05-06T10:00";
  single.thread.comments = {c};
  EXPECT_EQ(thread_overview(single), "1 comment, on 06/05/2020");
}

TEST(Presentation, ThemeLookups) {
  const ThreadReport report = testing::tricky_report();
  EXPECT_EQ(theme_label(report.summary, "craft"), "Artisanat | *métier*");
  EXPECT_EQ(theme_label(report.summary, "nope"), "nope");
  EXPECT_EQ(theme_rank(report.summary, "craft"), 1u);
  EXPECT_EQ(theme_rank(report.summary, "nope"), report.summary.themes.size());
  EXPECT_EQ(find_comment(report.thread, "c2")->parent, "c1");
  EXPECT_EQ(find_comment(report.thread, "c9"), nullptr);
}

}  // namespace
}  // namespace palabre
