// Dates as pages print them → ISO 8601 local time, without inventing a time zone.
// Reads French, English, German and Spanish wordings: "02/01/2019 à 11:54",
// "2 janvier 2019 à 11 h 54", "Le 1er juillet à 12h57", "January 2, 2019 at 9:05",
// "2. Januar 2019 um 11:54", "2 de enero de 2019".
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

}  // namespace palabre
