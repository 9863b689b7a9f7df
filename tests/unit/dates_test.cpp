// Dates as pages print them → ISO 8601 local time.
#include "palabre/parse/dates.hpp"

#include <gtest/gtest.h>

#include <cstdio>
#include <string_view>

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

TEST(Dates, ReadsTheWordingsOfSavedPages) {
  const DateCase cases[] = {
      {"(22 juin 2018 @11h13)", "2018-06-22T11:13"},
      {"le 7 mai 2020 - 12:38.", "2020-05-07T12:38"},
      {"02-11-2023 • 16h43", "2023-11-02T16:43"},
      {"Le 22/01/2020 à 12:01:03", "2020-01-22T12:01"},
      {"le mercredi 15 mai 2019 à 08h07", "2019-05-15T08:07"},
      {"03.03.2011, 14:17", "2011-03-03T14:17"},
      {"2. November 2018 um 14:02 Uhr", "2018-11-02T14:02"},
      {"November 2, 2018 at 2:02 pm", "2018-11-02T14:02"},
      {"February 22, 2019 at 12:11 pm", "2019-02-22T12:11"},
      {"February 22, 2019 at 12:11 am", "2019-02-22T00:11"},
      {"15 de marzo de 2021, 10:30", "2021-03-15T10:30"},
      {"» Tue Mar 03, 2015 10:19 am", "2015-03-03T10:19"},
      {"jeu. 4 avr. 2019 à 18 h 02", "2019-04-04T18:02"},
  };
  for (const DateCase& c : cases) {
    auto date = parse_date_text(c.text);
    ASSERT_TRUE(date.has_value()) << c.text;
    EXPECT_EQ(date->iso(), c.iso) << c.text;
  }
}

TEST(Dates, ReadsItalianPortugueseDutchAndShortWeekdays) {
  const DateCase cases[] = {
      {"5 giugno 2021 alle 09:18", "2021-06-05T09:18"},
      {"10 gennaio 2020 alle 08:31", "2020-01-10T08:31"},
      {"lunedì 3 maggio 2021", "2021-05-03"},
      {"14 de março de 2021 às 10:40", "2021-03-14T10:40"},
      {"segunda-feira, 3 de maio de 2021", "2021-05-03"},
      {"12 de abril de 2023, 09:45", "2023-04-12T09:45"},
      {"8 maart 2024 om 16:55", "2024-03-08T16:55"},
      {"zaterdag 9 maart 2024", "2024-03-09"},
      {"ma, 03/06/2019 - 12:14", "2019-06-03T12:14"},
      {"Mi 12. Jul 2023, 18:44", "2023-07-12T18:44"},
      {"Do 13. Jul 2023, 07:02", "2023-07-13T07:02"},
      {"Mittwoch, 3. März 2021", "2021-03-03"},
      {"October 30, 2023,  8:12am", "2023-10-30T08:12"},
      {"6 Sep 2019, 09:12", "2019-09-06T09:12"},
      {"31 de octubre de 2020 a las 10:14", "2020-10-31T10:14"},
  };
  for (const DateCase& c : cases) {
    auto date = parse_date_text(c.text);
    ASSERT_TRUE(date.has_value()) << c.text;
    EXPECT_EQ(date->iso(), c.iso) << c.text;
  }
}

struct FoundDateCase {
  const char* line;
  const char* span;  // the date as it stands in the line; nullptr: none
  const char* iso;
};

TEST(Dates, FindsADateInsideALine) {
  const FoundDateCase cases[] = {
      {"Marek on March 12, 2022 at 10:02 pm said:", "March 12, 2022 at 10:02 pm",
       "2022-03-12T22:02"},
      {"28 janvier 2020 11:42, par Jean-Pierre", "28 janvier 2020 11:42", "2020-01-28T11:42"},
      {"Heike S. am 27.04.2016 um 18:12 Uhr", "27.04.2016 um 18:12 Uhr", "2016-04-27T18:12"},
      {"Posté par Paulette du 47, 13 octobre 2011 à 09:31", "13 octobre 2011 à 09:31",
       "2011-10-13T09:31"},
      {"Guadalupe Ortiz dijo: 31 de octubre de 2020 a las 10:14",
       "31 de octubre de 2020 a las 10:14", "2020-10-31T10:14"},
      {"von Rosi | Moderatorin » Do 13. Jul 2023, 09:15", "13. Jul 2023, 09:15",
       "2023-07-13T09:15"},
      {"Yves Leclercq 214, le 12/03/2020", "12/03/2020", "2020-03-12"},
      {"12 mars 2020 et puis 25:99", "12 mars 2020", "2020-03-12"},
      {"Posté par mamielou à 16:20", nullptr, nullptr},
      {"kiki75 a 300 km", nullptr, nullptr},
      {"Sous les 300 km sur autoroute, c'est rédhibitoire", nullptr, nullptr},
      {"", nullptr, nullptr},
  };
  for (const FoundDateCase& c : cases) {
    std::string_view line = c.line;
    auto found = find_date_in_text(line);
    if (!c.span) {
      EXPECT_FALSE(found.has_value()) << c.line;
      continue;
    }
    ASSERT_TRUE(found.has_value()) << c.line;
    EXPECT_EQ(line.substr(found->begin, found->end - found->begin), c.span) << c.line;
    EXPECT_EQ(found->date.iso(), c.iso) << c.line;
  }
}

TEST(Dates, FindsYearlessDatesOnlyWithADefaultYear) {
  EXPECT_FALSE(find_date_in_text("Ginette, 8 oct.").has_value());
  auto found = find_date_in_text("Ginette, 8 oct.", 2011);
  ASSERT_TRUE(found.has_value());
  EXPECT_EQ(found->date.iso(), "2011-10-08");
  EXPECT_FALSE(found->date.year_printed);
}

TEST(Dates, NormalizesMachineReadableDates) {
  const DateCase cases[] = {
      {"2018-09-11T10:57:27Z", "2018-09-11T10:57:27Z"},
      {"2017-12-02T17:55:08+00:00", "2017-12-02T17:55:08+00:00"},
      {"2019-02-20T15:42:20-07:00", "2019-02-20T15:42:20-07:00"},
      {"2023-11-02T1643", "2023-11-02T16:43"},
      {"2023-11-02T16:43+0100", "2023-11-02T16:43+01:00"},
      {"2020-07-05T07:03:10.123Z", "2020-07-05T07:03:10Z"},
      {" 2019-05-15 ", "2019-05-15"},
      {"2019-05-15 08:07", "2019-05-15T08:07"},
      {"15/05/2019", nullptr},
      {"2019-02-30T10:00", nullptr},
      {"2019-05-15T25:00", nullptr},
      {"2019-05-15Tnoon", nullptr},
      {"", nullptr},
  };
  for (const DateCase& c : cases) {
    auto iso = normalize_machine_date(c.text);
    if (c.iso) {
      ASSERT_TRUE(iso.has_value()) << c.text;
      EXPECT_EQ(*iso, c.iso) << c.text;
    } else {
      EXPECT_FALSE(iso.has_value()) << c.text;
    }
  }
}

TEST(Dates, CountsRelativeDatesBackFromThePageDate) {
  DateTime page = *parse_machine_date("2020-03-01T02:30:00+01:00");
  const DateCase cases[] = {
      {"il y a 3 heures", "2020-02-29T23:30"},   // across a leap day
      {"il y a 45 minutes", "2020-03-01T01:45"},
      {"il y a une heure", "2020-03-01T01:30"},
      {"il y a 2 jours", "2020-02-28"},
      {"il y a 1 semaine", "2020-02-23"},
      {"il y a 2 mois", "2020-01-01"},
      {"il y a 1 an", "2019-03-01"},
      {"3 hours ago", "2020-02-29T23:30"},
      {"a day ago", "2020-02-29"},
      {"vor 3 Stunden", "2020-02-29T23:30"},
      {"vor 2 Tagen", "2020-02-28"},
      {"hace 3 horas", "2020-02-29T23:30"},
      {"hace 2 días", "2020-02-28"},
      {"hier à 12:30", "2020-02-29T12:30"},
      {"Hier à 9h05", "2020-02-29T09:05"},
      {"yesterday at 9:05 pm", "2020-02-29T21:05"},
      {"aujourd'hui à 10h", "2020-03-01T10:00"},
      {"heute um 8:15", "2020-03-01T08:15"},
      {"ayer a las 10:00", "2020-02-29T10:00"},
      {"3 giorni fa", "2020-02-27"},
      {"2 ore fa", "2020-03-01T00:30"},
      {"3 dagen geleden", "2020-02-27"},
      {"há 2 horas", "2020-03-01T00:30"},
      {"hace 5 horas", "2020-02-29T21:30"},
      {"il y a des leçons à prendre", nullptr},
      {"3 heures", nullptr},
      {"hier soir avec des amis", nullptr},
  };
  for (const DateCase& c : cases) {
    auto date = parse_relative_date(c.text, page);
    if (c.iso) {
      ASSERT_TRUE(date.has_value()) << c.text;
      EXPECT_EQ(date->iso(), c.iso) << c.text;
    } else {
      EXPECT_FALSE(date.has_value()) << c.text;
    }
  }
  DateTime without_time = *parse_machine_date("2020-03-01");
  auto day_only = parse_relative_date("il y a 3 heures", without_time);
  ASSERT_TRUE(day_only.has_value());
  EXPECT_EQ(day_only->iso(), "2020-03-01") << "no time invented";
}

}  // namespace
}  // namespace palabre

namespace palabre {
namespace {

// iso() writes its digits by hand; printf's %04d/%02d stays the reference, in range and out.
TEST(DateTimeIso, WritesWhatPrintfWrites) {
  for (int year : {0, 7, 999, 2019, 9999, 10000, -3})
    for (int month : {1, 12, 100})
      for (int hour : {-1, 0, 9, 23})
        for (int minute : {-1, 0, 5, 59}) {
          DateTime date;
          date.year = year;
          date.month = month;
          date.day = 9;
          date.hour = hour;
          date.minute = minute;
          char expected[64];
          if (hour >= 0)
            std::snprintf(expected, sizeof expected, "%04d-%02d-%02dT%02d:%02d", year, month, 9,
                          hour, minute);
          else
            std::snprintf(expected, sizeof expected, "%04d-%02d-%02d", year, month, 9);
          EXPECT_EQ(date.iso(), expected);
        }
}

}  // namespace
}  // namespace palabre
