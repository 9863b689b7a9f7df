// Comments per day, month or year with the empty periods listed: a table of spans.
#include "palabre/corpus/periods.hpp"

#include <gtest/gtest.h>

namespace palabre {
namespace {

std::string shown(const std::map<std::string, std::size_t>& per_day) {
  CorpusReport corpus;
  corpus.per_day = per_day;
  CommentsPerPeriod periods = comments_per_period(corpus);
  std::string out = periods.unit + ":";
  for (const PeriodCount& period : periods.counts) out += " " + period.period + "=" + std::to_string(period.comments);
  return out;
}

TEST(Periods, TheSpanChoosesTheUnitAndGapsAreFilled) {
  const std::vector<std::pair<std::map<std::string, std::size_t>, std::string>> cases = {
      {{}, "day:"},
      {{{"2019-01-02", 3}}, "day: 2019-01-02=3"},
      {{{"2019-02-27", 1}, {"2019-03-02", 2}}, "day: 2019-02-27=1 2019-02-28=0 2019-03-01=0 2019-03-02=2"},
      {{{"2020-02-28", 1}, {"2020-03-01", 1}}, "day: 2020-02-28=1 2020-02-29=0 2020-03-01=1"},  // a leap year
      {{{"2018-12-31", 1}, {"2019-01-30", 1}}, "day: 2018-12-31=1 2019-01-01=0 2019-01-02=0 2019-01-03=0 "
                                               "2019-01-04=0 2019-01-05=0 2019-01-06=0 2019-01-07=0 2019-01-08=0 "
                                               "2019-01-09=0 2019-01-10=0 2019-01-11=0 2019-01-12=0 2019-01-13=0 "
                                               "2019-01-14=0 2019-01-15=0 2019-01-16=0 2019-01-17=0 2019-01-18=0 "
                                               "2019-01-19=0 2019-01-20=0 2019-01-21=0 2019-01-22=0 2019-01-23=0 "
                                               "2019-01-24=0 2019-01-25=0 2019-01-26=0 2019-01-27=0 2019-01-28=0 "
                                               "2019-01-29=0 2019-01-30=1"},
      {{{"2018-12-31", 1}, {"2019-01-31", 2}, {"2019-03-01", 4}}, "month: 2018-12=1 2019-01=2 2019-02=0 2019-03=4"},
      {{{"2016-01-01", 1}, {"2019-01-01", 2}}, "year: 2016=1 2017=0 2018=0 2019=2"},
      {{{"2019-02-30", 1}, {"2019-03-01", 1}}, "day: 2019-02-30=1 2019-03-01=1"},  // not a day: as it is
      {{{"0001-01-01", 1}, {"2019-01-01", 1}}, "year: 0001=1 2019=1"},            // too long a span to fill
  };
  for (const auto& [per_day, expected] : cases) EXPECT_EQ(shown(per_day), expected);
}

}  // namespace
}  // namespace palabre
