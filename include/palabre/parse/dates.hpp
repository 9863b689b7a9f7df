// Dates as pages print them → ISO 8601 local time, without inventing a time zone.
// Reads French, English, German and Spanish wordings: "02/01/2019 à 11:54",
// "2 janvier 2019 à 11 h 54", "Le 1er juillet à 12h57", "January 2, 2019 at 9:05",
// "2. Januar 2019 um 11:54", "2 de enero de 2019", "(22 juin 2018 @11h13)"; machine-readable
// values from datetime attributes and JSON-LD; relative wordings ("il y a 3 heures").
#pragma once

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

// Machine-readable dates (datetime attributes, JSON-LD, microdata): "2018-09-11T10:57:27Z",
// "2017-12-02T17:55:08+00:00", "2019-05-15", and the malformed "2023-11-02T1643" →
// ISO 8601 as given, a missing colon restored ("2023-11-02T16:43"); seconds and the offset
// are kept when present, never invented. nullopt when the value is not such a date.
std::optional<std::string> normalize_machine_date(std::string_view value);

// The calendar date and time of a machine-readable value (offset ignored), e.g. to serve as
// the reference of relative dates.
std::optional<DateTime> parse_machine_date(std::string_view value);

// Relative wordings, counted back from `reference` (the page's own date): "il y a 3 heures",
// "il y a 2 jours", "3 hours ago", "a day ago", "vor 3 Stunden", "hace 2 días",
// "hier à 12:30", "yesterday at 9:05 pm", "aujourd'hui à 10h", "gestern um 8:15",
// "ayer a las 10:00". Minutes and hours need a reference with a time, else only the day is
// kept. nullopt for anything else.
std::optional<DateTime> parse_relative_date(std::string_view text, const DateTime& reference);

}  // namespace palabre
