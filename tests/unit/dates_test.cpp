// Dates as pages print them → ISO 8601 local time.
#include "palabre/parse/dates.hpp"

#include <gtest/gtest.h>

namespace palabre {
namespace {

struct DateCase {
  const char* text;
  const char* iso;  // nullptr: not a date
};

TEST(Dates, ReadsPrintedDates) {
  const DateCase cases[] = {
      {"02/01/2019 à 11:54", "2019-01-02T11:54"},
      {"02/01/2019 a 11h54", "2019-01-02T11:54"},
      {"2 janvier 2019 à 11 h 54", "2019-01-02T11:54"},
      {"le 1er juillet 2019 à 12h57", "2019-07-01T12:57"},
      {"Le 11 septembre 2018 à 12:57", "2018-09-11T12:57"},
      {"mardi 3 décembre 2019, 15 h 09 min", "2019-12-03T15:09"},
      {"28/12/2018", "2018-12-28"},
      {"2019-01-02 11:54", "2019-01-02T11:54"},
      {"January 2, 2019 at 9:05 pm", "2019-01-02T21:05"},
      {"2. Januar 2019 um 11:54 Uhr", "2019-01-02T11:54"},
      {"2 de enero de 2019", "2019-01-02"},
      {"02.01.19", "2019-01-02"},
  };
  for (const DateCase& c : cases) {
    auto date = parse_date_text(c.text);
    ASSERT_TRUE(date.has_value()) << c.text;
    EXPECT_EQ(date->iso(), c.iso) << c.text;
  }
}

TEST(Dates, RejectsWhatIsNotADate) {
  const char* not_dates[] = {"", "Signaler", "31/02/2019", "13/13/2019 à 11:54",
                             "02/01/2019 à 25:00", "il y a des leçons à prendre",
                             "2 janvier 2019 et puis voilà", "12"};
  for (const char* text : not_dates) EXPECT_FALSE(parse_date_text(text).has_value()) << text;
}

TEST(Dates, YearlessDatesNeedADefaultYear) {
  EXPECT_FALSE(parse_date_text("Le 9 janvier à 13:06").has_value());
  auto date = parse_date_text("Le 9 janvier à 13:06", 2020);
  ASSERT_TRUE(date.has_value());
  EXPECT_EQ(date->iso(), "2020-01-09T13:06");
  EXPECT_FALSE(date->year_printed);
}

}  // namespace
}  // namespace palabre
