// Dates as pages print them → ISO 8601 local time, without inventing a time zone.
// Reads French, English, German, Spanish, Italian, Portuguese and Dutch wordings:
// "02/01/2019 à 11:54", "2 janvier 2019 à 11 h 54", "Le 1er juillet à 12h57", "January 2,
// 2019 at 9:05", "2. Januar 2019 um 11:54", "2 de enero de 2019", "5 giugno 2021 alle 09:18",
// "14 de março de 2021 às 10:40", "8 maart 2024 om 16:55", "(22 juin 2018 @11h13)", alone
// or inside a line; machine-readable values from datetime attributes and JSON-LD; relative
// wordings ("il y a 3 heures").
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

namespace palabre {

struct DateTime {
  int year = 0;
  int month = 0;
  int day = 0;
  int hour = -1;    // -1: no time printed
  int minute = -1;
  bool year_printed = true;

  // "2019-01-02T11:54", or "2019-01-02" without a time.
  std::string iso() const;
};

// Parses `text` when the whole of it is a date (optionally with a time); leading "le"/"on"
// and a weekday are allowed. A date printed without a year takes `default_year`, and is
// rejected when there is none. Returns nullopt for anything else.
std::optional<DateTime> parse_date_text(std::string_view text,
                                        std::optional<int> default_year = std::nullopt);

// Lines longer than this are prose: find_date_in_text does not look into them.
inline constexpr std::size_t kMaxDateLineBytes = 240;

// Where a date (with its time, if one follows) stands in a line.
struct DateSpan {
  std::size_t begin = 0;  // bytes into the line: from the first number or month name…
  std::size_t end = 0;    // …to the end of the last piece read ("pm", "Uhr" included)
  DateTime date;
};

// The first date printed inside a short line, e.g. "Marek on March 12, 2022 at 10:02 pm
// said:" → "March 12, 2022 at 10:02 pm"; "28 janvier 2020 11:42, par Jean-Pierre" →
// "28 janvier 2020 11:42". Filler words before it ("le", "on", "am") are not part of the
// span. A date without a year needs `default_year`. nullopt when the line holds none.
std::optional<DateSpan> find_date_in_text(std::string_view line,
                                          std::optional<int> default_year = std::nullopt);

// A cheap first look: does `text` have a number next to another with / . - between, or
// next to a month name? Every date parse_date_text or find_date_in_text reads does; most
// texts do not, and are told so without being split.
bool may_hold_date(std::string_view text);

// A word a date phrase may hold besides the date itself, folded: filler ("le", "on", "am",
// "alle", "om") or a weekday ("mardi", "Tue", "Mi", "zaterdag").
bool is_date_filler(std::string_view folded_word);

// Machine-readable dates (datetime attributes, JSON-LD, microdata): "2018-09-11T10:57:27Z",
// "2017-12-02T17:55:08+00:00", "2019-05-15", and the malformed "2023-11-02T1643" →
// ISO 8601 as given, a missing colon restored ("2023-11-02T16:43"); seconds and the offset
// are kept when present, never invented. nullopt when the value is not such a date.
std::optional<std::string> normalize_machine_date(std::string_view value);

// The calendar date and time of a machine-readable value (offset ignored), e.g. to serve as
// the reference of relative dates.
std::optional<DateTime> parse_machine_date(std::string_view value);

// Relative wordings, counted back from `reference` (the page's own date): "il y a 3 heures",
// "il y a 2 jours", "3 hours ago", "a day ago", "vor 3 Stunden", "hace 2 días", "3 giorni fa",
// "3 dagen geleden", "há 2 horas",
// "hier à 12:30", "yesterday at 9:05 pm", "aujourd'hui à 10h", "gestern um 8:15",
// "ayer a las 10:00". Minutes and hours need a reference with a time, else only the day is
// kept. nullopt for anything else.
std::optional<DateTime> parse_relative_date(std::string_view text, const DateTime& reference);

}  // namespace palabre
