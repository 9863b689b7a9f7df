// Periods are counted as integers (days since 1970 from Hinnant's civil-calendar formulas,
// months as year * 12 + month) so that filling a gap is a loop from one to the next.
#include "palabre/corpus/periods.hpp"

#include <cstdio>
#include <map>
#include <optional>

namespace palabre {
namespace {

constexpr long kMaxDays = 31;
constexpr long kMaxMonths = 36;
constexpr long kMaxYears = 200;  // past it (dates a page got wrong), only the years that have comments

struct Civil {
  int year = 0, month = 0, day = 0;
};

std::optional<Civil> parse_day(const std::string& text) {
  Civil date;
  char dash1 = 0, dash2 = 0;
  if (text.size() != 10 || std::sscanf(text.c_str(), "%4d%c%2d%c%2d", &date.year, &dash1, &date.month, &dash2, &date.day) != 5 ||
      dash1 != '-' || dash2 != '-')
    return std::nullopt;
  static const int kDays[] = {31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  if (date.month < 1 || date.month > 12 || date.day < 1 || date.day > kDays[date.month - 1]) return std::nullopt;
  bool leap = (date.year % 4 == 0 && date.year % 100 != 0) || date.year % 400 == 0;
  if (date.month == 2 && date.day == 29 && !leap) return std::nullopt;
  return date;
}

long days_from_civil(Civil date) {
  const long y = date.year - (date.month <= 2 ? 1 : 0);
  const long era = (y >= 0 ? y : y - 399) / 400;
  const long yoe = y - era * 400;
  const long doy = (153 * (date.month + (date.month > 2 ? -3 : 9)) + 2) / 5 + date.day - 1;
  const long doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  return era * 146097 + doe - 719468;
}

Civil civil_from_days(long z) {
  z += 719468;
  const long era = (z >= 0 ? z : z - 146096) / 146097;
  const long doe = z - era * 146097;
  const long yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
  const long doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
  const long mp = (5 * doy + 2) / 153;
  Civil date;
  date.day = static_cast<int>(doy - (153 * mp + 2) / 5 + 1);
  date.month = static_cast<int>(mp < 10 ? mp + 3 : mp - 9);
  date.year = static_cast<int>(yoe + era * 400 + (date.month <= 2 ? 1 : 0));
  return date;
}

std::string format_period(long value, const std::string& unit) {
  char text[48];
  if (unit == "day") {
    Civil date = civil_from_days(value);
    std::snprintf(text, sizeof text, "%04d-%02d-%02d", date.year, date.month, date.day);
  } else if (unit == "month") {
    std::snprintf(text, sizeof text, "%04ld-%02ld", value / 12, value % 12 + 1);
  } else {
    std::snprintf(text, sizeof text, "%04ld", value);
  }
  return text;
}

}  // namespace

CommentsPerPeriod comments_per_period(const CorpusReport& corpus) {
  CommentsPerPeriod result;
  result.unit = "day";
  std::map<long, std::size_t> days;
  for (const auto& [day, count] : corpus.per_day) {
    std::optional<Civil> date = parse_day(day);
    if (!date) {  // not a calendar day: shown as it is, no gap filled
      for (const auto& [as_is, comments] : corpus.per_day) result.counts.push_back({as_is, comments});
      return result;
    }
    days[days_from_civil(*date)] += count;
  }
  if (days.empty()) return result;
  std::map<long, std::size_t> periods = days;
  long first = days.begin()->first, last = days.rbegin()->first;
  if (last - first + 1 > kMaxDays) {
    const Civil start = civil_from_days(first), end = civil_from_days(last);
    const long months = (end.year * 12L + end.month) - (start.year * 12L + start.month) + 1;
    result.unit = months > kMaxMonths ? "year" : "month";
    periods.clear();
    for (const auto& [day, count] : days) {
      Civil date = civil_from_days(day);
      periods[result.unit == "year" ? date.year : date.year * 12L + date.month - 1] += count;
    }
    first = periods.begin()->first;
    last = periods.rbegin()->first;
  }
  if (last - first + 1 > kMaxYears) {
    for (const auto& [period, count] : periods) result.counts.push_back({format_period(period, result.unit), count});
    return result;
  }
  for (long period = first; period <= last; ++period) {
    auto found = periods.find(period);
    result.counts.push_back({format_period(period, result.unit), found == periods.end() ? 0 : found->second});
  }
  return result;
}

}  // namespace palabre
