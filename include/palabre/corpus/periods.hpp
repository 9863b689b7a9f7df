// Corpus stage, a view for people: the corpus's comments per day → comments per day, month
// or year, whichever the dates' span calls for, with the empty periods in between listed as
// 0 (a silent month is news too: a chart that skips it draws a trend that is not there).
#pragma once

#include <cstddef>
#include <string>
#include <vector>

#include "palabre/corpus/corpus.hpp"

namespace palabre {

struct PeriodCount {
  std::string period;  // "2019-01-02", "2019-01" or "2019"
  std::size_t comments = 0;
};

struct CommentsPerPeriod {
  std::string unit;                 // "day", "month" or "year"
  std::vector<PeriodCount> counts;  // first to last dated period, every one between included
};

// Per day when the dated comments span 31 days or fewer, per month over 36 months or
// fewer, else per year. Dates that are not real calendar days (a merged partial may hold
// anything) are listed as they are, and then no gap is filled.
CommentsPerPeriod comments_per_period(const CorpusReport& corpus);

}  // namespace palabre
