// A small hand-written scanner rather than regexes: the phrase is split into numbers, words
// and separators; filler words ("le", "à", "at", "um", "de") and weekdays are dropped; then
// one of three date shapes (numeric, day-month-name, month-name-day) and an optional time
// must consume every remaining piece.
#include "palabre/parse/dates.hpp"

#include <algorithm>
#include <array>
#include <cctype>
#include <cstdio>
#include <vector>

#include "palabre/text/utf8.hpp"

namespace palabre {
namespace {

struct Piece {
  enum Kind { kNumber, kWord, kSeparator } kind;
  std::string text;  // folded: lower-case ASCII letters, the digits, or one separator
  int value = 0;     // for numbers
  std::size_t begin = 0, end = 0;  // where the piece stands in the original text, in bytes
};

constexpr auto kMonthNames = std::to_array<std::pair<std::string_view, int>>({
    {"janvier", 1}, {"fevrier", 2}, {"mars", 3}, {"avril", 4}, {"mai", 5}, {"juin", 6},
    {"juillet", 7}, {"aout", 8}, {"septembre", 9}, {"octobre", 10}, {"novembre", 11},
    {"decembre", 12}, {"janv", 1}, {"fevr", 2}, {"fev", 2}, {"avr", 4}, {"juil", 7},
    {"sept", 9}, {"oct", 10}, {"nov", 11}, {"dec", 12},
    {"january", 1}, {"february", 2}, {"march", 3}, {"april", 4}, {"may", 5}, {"june", 6},
    {"july", 7}, {"august", 8}, {"september", 9}, {"october", 10}, {"november", 11},
    {"december", 12},
    {"jan", 1}, {"feb", 2}, {"mar", 3}, {"apr", 4}, {"jun", 6}, {"jul", 7}, {"aug", 8},
    {"sep", 9},
    {"januar", 1}, {"februar", 2}, {"marz", 3}, {"juni", 6}, {"juli", 7}, {"oktober", 10},
    {"dezember", 12}, {"okt", 10}, {"dez", 12},
    {"enero", 1}, {"febrero", 2}, {"marzo", 3}, {"abril", 4}, {"mayo", 5}, {"junio", 6},
    {"julio", 7}, {"agosto", 8}, {"septiembre", 9}, {"setiembre", 9}, {"octubre", 10},
    {"noviembre", 11}, {"diciembre", 12}, {"ene", 1}, {"abr", 4}, {"ago", 8}, {"dic", 12},
    {"gennaio", 1}, {"febbraio", 2}, {"aprile", 4}, {"maggio", 5}, {"giugno", 6},
    {"luglio", 7}, {"settembre", 9}, {"ottobre", 10}, {"dicembre", 12}, {"gen", 1},
    {"mag", 5}, {"giu", 6}, {"lug", 7}, {"set", 9}, {"ott", 10},
    {"janeiro", 1}, {"fevereiro", 2}, {"marco", 3}, {"maio", 5}, {"junho", 6}, {"julho", 7},
    {"setembro", 9}, {"outubro", 10}, {"novembro", 11}, {"dezembro", 12}, {"out", 10},
    {"januari", 1}, {"februari", 2}, {"maart", 3}, {"mei", 5}, {"augustus", 8}, {"mrt", 3},
});

// Filler words and weekdays, full and short, of the languages above — but not French "mar",
// which is March. A word is dropped before the date shapes are tried.
constexpr auto kIgnoredWords = std::to_array<std::string_view>({
    "le", "la", "a", "at", "on", "the", "of", "um", "am", "den", "de", "del", "el", "las",
    "los", "alle", "ore", "il", "di", "da", "do", "as", "em", "om", "op", "van",
    "lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche",
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
    "mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun",
    "lun", "mer", "jeu", "ven", "sam", "dim",
    "mo", "di", "mi", "fr", "sa", "so", "mittwoch", "ma", "wo", "vr", "za", "zo",
    "lunes", "martes", "miercoles", "jueves", "viernes", "sabado", "domingo", "mie", "jue",
    "vie", "sab", "dom", "lunedi", "martedi", "mercoledi", "giovedi", "venerdi", "domenica",
    "gio", "segunda", "terca", "quarta", "quinta", "sexta", "feira", "seg", "ter", "qua",
    "qui", "sex",
    "er", "th", "st", "nd", "rd"});

// The tables sorted once, for a binary search per word: dates are looked for in many texts.
constexpr auto kSortedIgnoredWords = [] {
  auto table = kIgnoredWords;
  std::sort(table.begin(), table.end());
  return table;
}();
constexpr auto kSortedMonthNames = [] {
  auto table = kMonthNames;
  std::sort(table.begin(), table.end(),
            [](const auto& a, const auto& b) { return a.first < b.first; });
  return table;
}();

bool is_ignored(std::string_view word) {
  if (std::binary_search(kSortedIgnoredWords.begin(), kSortedIgnoredWords.end(), word))
    return true;
  // German and Dutch weekdays end in "tag" and "dag" (Samstag, zaterdag).
  return word.size() > 5 && (word.ends_with("tag") || word.ends_with("dag"));
}

int month_from_name(std::string_view word) {
  if (!word.empty() && word.back() == '.') word.remove_suffix(1);
  auto it = std::lower_bound(kSortedMonthNames.begin(), kSortedMonthNames.end(), word,
                             [](const auto& entry, std::string_view w) { return entry.first < w; });
  return it != kSortedMonthNames.end() && it->first == word ? it->second : 0;
}

bool is_ascii_letter(unsigned char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }

// The words of a run of letters, folded ("Février" → "fevrier"), each spanning the run.
void add_words(std::string_view text, std::size_t begin, std::size_t end,
               std::vector<Piece>& pieces) {
  std::string folded = fold(text.substr(begin, end - begin));
  std::size_t i = 0;
  while (i < folded.size()) {
    if (folded[i] < 'a' || folded[i] > 'z') {
      ++i;  // letters folding is not ASCII (Greek, Cyrillic…): no date word
      continue;
    }
    std::size_t start = i;
    while (i < folded.size() && folded[i] >= 'a' && folded[i] <= 'z') ++i;
    std::string word = folded.substr(start, i - start);
    // "am" is German filler ("am 2. Januar") except right after a time ("12:11 am").
    bool after_number = !pieces.empty() && pieces.back().kind == Piece::kNumber;
    if (!is_ignored(word) || (word == "am" && after_number))
      pieces.push_back({Piece::kWord, std::move(word), 0, begin, end});
  }
}

// A character that is neither letter nor digit: a separator, or nothing ("," spaces, "@",
// brackets, bullets). Typographic forms fold to ASCII first ("’" → "'").
void add_mark(std::string_view text, std::size_t begin, std::size_t end,
              std::vector<Piece>& pieces) {
  std::string mark = end - begin == 1 ? std::string(text.substr(begin, 1))
                                      : fold(text.substr(begin, end - begin));
  for (char c : mark) {
    unsigned char b = static_cast<unsigned char>(c);
    if (c == ' ' || c == ',' || c == '\t' || c == '|' || c == '(' || c == ')' || c == '[' ||
        c == ']' || c == '@' || c == '\n' || c == '\r' || b >= 0x80)
      continue;
    pieces.push_back({Piece::kSeparator, std::string(1, c), 0, begin, end});
  }
}

// Splits a phrase into numbers, folded words (filler dropped) and separators, each knowing
// its bytes in `text`.
std::vector<Piece> split_pieces(std::string_view text) {
  std::vector<Piece> pieces;
  std::size_t i = 0;
  while (i < text.size()) {
    unsigned char c = static_cast<unsigned char>(text[i]);
    if (c >= '0' && c <= '9') {
      std::size_t start = i;
      int value = 0;
      while (i < text.size() && text[i] >= '0' && text[i] <= '9' && i - start < 6)
        value = value * 10 + (text[i++] - '0');
      pieces.push_back({Piece::kNumber, std::string(text.substr(start, i - start)), value, start, i});
      continue;
    }
    std::size_t start = i, next = i;
    char32_t cp = decode_next(text, next);
    if (is_ascii_letter(c) || (c >= 0x80 && is_letter(cp))) {
      i = next;
      while (i < text.size()) {
        std::size_t after = i;
        unsigned char d = static_cast<unsigned char>(text[i]);
        if (!(is_ascii_letter(d) || (d >= 0x80 && is_letter(decode_next(text, after))))) break;
        i = d >= 0x80 ? after : i + 1;
      }
      add_words(text, start, i, pieces);
    } else if (c == '-' && start > 0 && is_ascii_letter(static_cast<unsigned char>(text[start - 1])) &&
               next < text.size() && is_ascii_letter(static_cast<unsigned char>(text[next]))) {
      i = next;  // a hyphenated word ("segunda-feira") is no separator
    } else {
      i = next;
      add_mark(text, start, i, pieces);
    }
  }
  return pieces;
}

class PieceReader {
 public:
  explicit PieceReader(const std::vector<Piece>& pieces) : pieces_(pieces) {}
  bool done() const { return at_ >= pieces_.size(); }
  const Piece* peek(std::size_t ahead = 0) const {
    return at_ + ahead < pieces_.size() ? &pieces_[at_ + ahead] : nullptr;
  }
  bool is_number(std::size_t ahead = 0) const {
    const Piece* p = peek(ahead);
    return p && p->kind == Piece::kNumber;
  }
  bool is_separator(char c, std::size_t ahead = 0) const {
    const Piece* p = peek(ahead);
    return p && p->kind == Piece::kSeparator && p->text[0] == c;
  }
  bool is_word(std::string_view word, std::size_t ahead = 0) const {
    const Piece* p = peek(ahead);
    return p && p->kind == Piece::kWord && p->text == word;
  }
  const Piece& take() { return pieces_[at_++]; }
  void skip(std::size_t n) { at_ += n; }
  std::size_t position() const { return at_; }
  void rewind(std::size_t to) { at_ = to; }

 private:
  const std::vector<Piece>& pieces_;
  std::size_t at_ = 0;
};

int full_year(const Piece& piece) {
  if (piece.text.size() == 4) return piece.value;
  if (piece.text.size() == 2) return 2000 + piece.value;
  return -1;
}

// 02/01/2019, 02.01.2019, 02-01-2019, 2019-01-02, 02/01/19, 02/01
bool read_numeric_date(PieceReader& in, DateTime& date) {
  if (!(in.is_number(0) && in.peek(1) && in.peek(1)->kind == Piece::kSeparator &&
        in.is_number(2)))
    return false;
  char sep = in.peek(1)->text[0];
  if (sep != '/' && sep != '.' && sep != '-') return false;
  const Piece& first = in.take();
  in.skip(1);
  const Piece& second = in.take();
  const Piece* third = nullptr;
  if (in.is_separator(sep) && in.is_number(1)) {
    in.skip(1);
    third = &in.take();
  }
  if (first.text.size() == 4 && third) {  // ISO order
    date.year = first.value;
    date.month = second.value;
    date.day = third->value;
    return true;
  }
  date.day = first.value;
  date.month = second.value;
  if (third) {
    date.year = full_year(*third);
    if (date.year < 0) return false;
  } else {
    date.year_printed = false;
  }
  return true;
}

// 2 janvier 2019, 1er juillet, 2. Januar 2019, 2 de enero de 2019
bool read_day_month_date(PieceReader& in, DateTime& date) {
  std::size_t start = in.position();
  if (!in.is_number()) return false;
  date.day = in.take().value;
  if (in.is_separator('.')) in.skip(1);
  const Piece* month = in.peek();
  if (!month || month->kind != Piece::kWord || !(date.month = month_from_name(month->text))) {
    in.rewind(start);
    return false;
  }
  in.skip(1);
  if (in.is_separator('.')) in.skip(1);
  if (in.is_number() && in.peek()->text.size() == 4 && !in.is_separator(':', 1) &&
      !in.is_word("h", 1)) {
    date.year = in.take().value;
  } else {
    date.year_printed = false;
  }
  return true;
}

// January 2, 2019
bool read_month_day_date(PieceReader& in, DateTime& date) {
  const Piece* month = in.peek();
  if (!month || month->kind != Piece::kWord || !in.is_number(1)) return false;
  date.month = month_from_name(month->text);
  if (!date.month) return false;
  in.skip(1);
  date.day = in.take().value;
  if (in.is_number() && in.peek()->text.size() == 4) {
    date.year = in.take().value;
  } else {
    date.year_printed = false;
  }
  return true;
}

// 11:54, 11h54, 11 h 54, 15 h 09 min, 11h, 9:05 pm, 11:54:07
bool read_time(PieceReader& in, DateTime& date) {
  if (!in.is_number()) return false;
  date.hour = in.take().value;
  date.minute = 0;
  if (in.is_separator(':') || in.is_word("h") || in.is_separator('.')) {
    in.skip(1);
    if (in.is_number()) {
      date.minute = in.take().value;
      if (in.is_separator(':') && in.is_number(1)) in.skip(2);  // seconds are dropped
    }
  } else if (in.peek() && in.peek()->kind == Piece::kWord &&
             in.peek()->text.size() > 1 && in.peek()->text[0] == 'h' &&
             std::isdigit(static_cast<unsigned char>(in.peek()->text[1]))) {
    return false;
  } else {
    return false;  // a bare number is not a time
  }
  if (in.is_word("min") || in.is_word("uhr") || in.is_word("h")) in.skip(1);
  if (in.is_word("pm")) {  // "12:11 pm" is past noon already
    if (date.hour < 12) date.hour += 12;
    in.skip(1);
  } else if (in.is_word("am")) {
    if (date.hour == 12) date.hour = 0;
    in.skip(1);
  }
  return date.hour < 24 && date.minute < 60;
}

bool valid_calendar_date(const DateTime& date) {
  static constexpr int kDays[] = {31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  return date.year >= 1900 && date.year <= 2199 && date.month >= 1 && date.month <= 12 &&
         date.day >= 1 && date.day <= kDays[date.month - 1];
}

// Days since 1970-01-01 of a civil date and back (Howard Hinnant's algorithms), so that
// "il y a 3 jours" crosses month and year ends correctly.
long days_from_civil(int year, int month, int day) {
  year -= month <= 2;
  const long era = (year >= 0 ? year : year - 399) / 400;
  const long year_of_era = year - era * 400;
  const long day_of_year = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1;
  const long day_of_era = year_of_era * 365 + year_of_era / 4 - year_of_era / 100 + day_of_year;
  return era * 146097 + day_of_era - 719468;
}

void civil_from_days(long days, DateTime& date) {
  days += 719468;
  const long era = (days >= 0 ? days : days - 146096) / 146097;
  const long day_of_era = days - era * 146097;
  const long year_of_era =
      (day_of_era - day_of_era / 1460 + day_of_era / 36524 - day_of_era / 146096) / 365;
  const long day_of_year = day_of_era - (365 * year_of_era + year_of_era / 4 - year_of_era / 100);
  const long month_index = (5 * day_of_year + 2) / 153;
  date.day = static_cast<int>(day_of_year - (153 * month_index + 2) / 5 + 1);
  date.month = static_cast<int>(month_index < 10 ? month_index + 3 : month_index - 9);
  date.year = static_cast<int>(year_of_era + era * 400 + (date.month <= 2));
}

struct RelativeUnit {
  std::string_view word;
  enum Kind { kMinute, kHour, kDay, kWeek, kMonth, kYear } kind;
};

constexpr std::array<RelativeUnit, 38> kRelativeUnits = {{
    {"minute", RelativeUnit::kMinute},  {"minutes", RelativeUnit::kMinute},
    {"min", RelativeUnit::kMinute},     {"mn", RelativeUnit::kMinute},
    {"minuten", RelativeUnit::kMinute}, {"minutos", RelativeUnit::kMinute},
    {"minuto", RelativeUnit::kMinute},  {"heure", RelativeUnit::kHour},
    {"heures", RelativeUnit::kHour},    {"h", RelativeUnit::kHour},
    {"hour", RelativeUnit::kHour},      {"hours", RelativeUnit::kHour},
    {"stunde", RelativeUnit::kHour},    {"stunden", RelativeUnit::kHour},
    {"hora", RelativeUnit::kHour},      {"horas", RelativeUnit::kHour},
    {"jour", RelativeUnit::kDay},       {"jours", RelativeUnit::kDay},
    {"day", RelativeUnit::kDay},        {"days", RelativeUnit::kDay},
    {"tag", RelativeUnit::kDay},        {"tagen", RelativeUnit::kDay},
    {"dia", RelativeUnit::kDay},        {"dias", RelativeUnit::kDay},
    {"semaine", RelativeUnit::kWeek},   {"semaines", RelativeUnit::kWeek},
    {"week", RelativeUnit::kWeek},      {"weeks", RelativeUnit::kWeek},
    {"woche", RelativeUnit::kWeek},     {"wochen", RelativeUnit::kWeek},
    {"semana", RelativeUnit::kWeek},    {"semanas", RelativeUnit::kWeek},
    {"mois", RelativeUnit::kMonth},     {"month", RelativeUnit::kMonth},
    {"months", RelativeUnit::kMonth},   {"monaten", RelativeUnit::kMonth},
    {"an", RelativeUnit::kYear},        {"ans", RelativeUnit::kYear},
}};

constexpr auto kMoreUnits = std::to_array<std::pair<std::string_view, RelativeUnit::Kind>>({
    {"monat", RelativeUnit::kMonth}, {"mes", RelativeUnit::kMonth},
    {"meses", RelativeUnit::kMonth}, {"annee", RelativeUnit::kYear},
    {"annees", RelativeUnit::kYear}, {"year", RelativeUnit::kYear},
    {"years", RelativeUnit::kYear},  {"jahr", RelativeUnit::kYear},
    {"jahren", RelativeUnit::kYear}, {"ano", RelativeUnit::kYear},
    {"anos", RelativeUnit::kYear},
    // Italian ("3 giorni fa"), Dutch ("3 dagen geleden"), Portuguese ("há 3 dias")
    {"minuti", RelativeUnit::kMinute}, {"minuut", RelativeUnit::kMinute},
    {"ora", RelativeUnit::kHour},      {"ore", RelativeUnit::kHour},
    {"uur", RelativeUnit::kHour},      {"giorno", RelativeUnit::kDay},
    {"giorni", RelativeUnit::kDay},    {"dag", RelativeUnit::kDay},
    {"dagen", RelativeUnit::kDay},     {"settimana", RelativeUnit::kWeek},
    {"settimane", RelativeUnit::kWeek}, {"weken", RelativeUnit::kWeek},
    {"mese", RelativeUnit::kMonth},    {"mesi", RelativeUnit::kMonth},
    {"maand", RelativeUnit::kMonth},   {"maanden", RelativeUnit::kMonth},
    {"anno", RelativeUnit::kYear},     {"anni", RelativeUnit::kYear},
    {"jaar", RelativeUnit::kYear},     {"jaren", RelativeUnit::kYear},
});

std::optional<RelativeUnit::Kind> relative_unit(std::string_view word) {
  for (const RelativeUnit& unit : kRelativeUnits)
    if (word == unit.word) return unit.kind;
  for (const auto& [name, kind] : kMoreUnits)
    if (word == name) return kind;
  return std::nullopt;
}

// "un", "a", "one", "ein", "una": an amount of one.
bool is_word_for_one(std::string_view word) {
  return word == "un" || word == "une" || word == "a" || word == "an" || word == "one" ||
         word == "ein" || word == "einer" || word == "einem" || word == "einen" ||
         word == "una" || word == "uno";
}

// Lower-case ASCII words and numbers of a folded phrase ("il y a 3 heures" → il y a 3 heures).
std::vector<std::string> plain_words(std::string_view text) {
  std::string folded = fold(text);
  std::vector<std::string> words;
  std::string word;
  auto flush = [&] {
    if (!word.empty()) words.push_back(std::move(word));
    word.clear();
  };
  for (char c : folded) {
    bool digit = c >= '0' && c <= '9';
    bool letter = c >= 'a' && c <= 'z';
    if (!digit && !letter) {
      if (c == ':' && !word.empty() && std::isdigit(static_cast<unsigned char>(word.back()))) {
        word += c;  // keep "12:30" whole
        continue;
      }
      flush();
      continue;
    }
    if (!word.empty() && std::isdigit(static_cast<unsigned char>(word.back())) != digit &&
        word.back() != ':') {
      flush();
    }
    word += c;
  }
  flush();
  return words;
}

void shift_minutes(DateTime& date, long minutes) {
  long total = days_from_civil(date.year, date.month, date.day) * 1440L + date.hour * 60L +
               date.minute - minutes;
  long days = total >= 0 ? total / 1440 : (total - 1439) / 1440;
  long in_day = total - days * 1440;
  civil_from_days(days, date);
  date.hour = static_cast<int>(in_day / 60);
  date.minute = static_cast<int>(in_day % 60);
}

void shift_months(DateTime& date, long months) {
  long index = date.year * 12L + (date.month - 1) - months;
  date.year = static_cast<int>(index / 12);
  date.month = static_cast<int>(index % 12 + 1);
  static constexpr int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  bool leap = (date.year % 4 == 0 && date.year % 100 != 0) || date.year % 400 == 0;
  int last = kDays[date.month - 1] + (date.month == 2 && leap);
  if (date.day > last) date.day = last;
}

// "il y a 3 heures", "3 hours ago", "vor 3 Stunden", "hace 3 horas" → the date counted back.
std::optional<DateTime> read_time_ago(const std::vector<std::string>& words,
                                      const DateTime& reference) {
  std::size_t first = 0;
  std::size_t last = words.size();
  if (words.size() >= 3 && words[0] == "il" && words[1] == "y" && words[2] == "a") first = 3;
  else if (!words.empty() && (words[0] == "vor" || words[0] == "hace" || words[0] == "ha"))
    first = 1;
  else if (!words.empty() && (words.back() == "ago" || words.back() == "fa" || words.back() == "geleden"))
    last = words.size() - 1;
  else return std::nullopt;
  if (last != first + 2) return std::nullopt;
  long amount = 0;
  const std::string& count = words[first];
  if (is_word_for_one(count)) {
    amount = 1;
  } else if (!count.empty() && count.size() <= 4 &&
             count.find_first_not_of("0123456789") == std::string::npos) {
    amount = std::stol(count);
  } else {
    return std::nullopt;
  }
  std::optional<RelativeUnit::Kind> unit = relative_unit(words[first + 1]);
  if (!unit) return std::nullopt;
  DateTime date = reference;
  date.year_printed = false;
  switch (*unit) {
    case RelativeUnit::kMinute:
    case RelativeUnit::kHour: {
      long minutes = amount * (*unit == RelativeUnit::kHour ? 60 : 1);
      if (reference.hour < 0) {  // no time to count from: keep the day only
        DateTime at_midnight = reference;
        at_midnight.hour = at_midnight.minute = 0;
        shift_minutes(at_midnight, minutes > 1440 ? minutes : 0);
        date.year = at_midnight.year, date.month = at_midnight.month, date.day = at_midnight.day;
        return date;
      }
      shift_minutes(date, minutes);
      return date;
    }
    case RelativeUnit::kDay:
    case RelativeUnit::kWeek: {
      long days = amount * (*unit == RelativeUnit::kWeek ? 7 : 1);
      civil_from_days(days_from_civil(date.year, date.month, date.day) - days, date);
      date.hour = date.minute = -1;  // "3 days ago" does not say at what time
      return date;
    }
    case RelativeUnit::kMonth:
    case RelativeUnit::kYear:
      shift_months(date, amount * (*unit == RelativeUnit::kYear ? 12 : 1));
      date.hour = date.minute = -1;
      return date;
  }
  return std::nullopt;
}

// "hier à 12:30", "yesterday at 9:05 pm", "aujourd'hui", "heute um 8:15", "ayer a las 10:00".
std::optional<DateTime> read_named_day(const std::vector<std::string>& words,
                                       const DateTime& reference) {
  if (words.empty()) return std::nullopt;
  long days_back = -1;
  std::size_t at = 1;
  const std::string& day = words[0];
  if (day == "hier" || day == "yesterday" || day == "gestern" || day == "ayer") days_back = 1;
  else if (day == "today" || day == "heute" || day == "hoy") days_back = 0;
  else if (day == "aujourd" && words.size() > 1 && words[1] == "hui") days_back = 0, at = 2;
  else if (day == "aujourdhui") days_back = 0;
  else if (day == "vorgestern" || day == "anteayer") days_back = 2;
  else if (day == "avant" && words.size() > 1 && words[1] == "hier") days_back = 2, at = 2;
  if (days_back < 0) return std::nullopt;
  DateTime date = reference;
  date.year_printed = false;
  civil_from_days(days_from_civil(date.year, date.month, date.day) - days_back, date);
  date.hour = date.minute = -1;
  // What follows may only be filler words and a time: "à 12:30", "at 9:05 pm", "a las 10h".
  std::vector<std::string> rest;
  for (std::size_t i = at; i < words.size(); ++i) {
    const std::string& w = words[i];
    if (w == "a" || w == "at" || w == "um" || w == "las" || w == "la" || w == "vers") continue;
    rest.push_back(w);
  }
  if (rest.empty()) return date;
  std::string time_text;
  for (const std::string& w : rest) time_text += w + " ";
  DateTime with_time;
  std::vector<Piece> pieces = split_pieces(time_text);
  PieceReader in(pieces);
  if (!read_time(in, with_time) || !in.done()) return std::nullopt;
  date.hour = with_time.hour;
  date.minute = with_time.minute;
  return date;
}

// One of the three date shapes: numeric, day-month-name, month-name-day.
bool read_calendar_date(PieceReader& in, DateTime& date) {
  return read_numeric_date(in, date) || read_day_month_date(in, date) ||
         read_month_day_date(in, date);
}

// A date printed without a year takes `default_year`; false when there is none, or when
// the date does not exist.
bool complete_year(DateTime& date, std::optional<int> default_year) {
  if (!date.year_printed) {
    if (!default_year) return false;
    date.year = *default_year;
  }
  return valid_calendar_date(date);
}

}  // namespace

std::optional<std::string> normalize_machine_date(std::string_view value) {
  value = trim(value);
  auto digits = [&](std::size_t from, std::size_t count) {
    if (from + count > value.size()) return false;
    for (std::size_t i = from; i < from + count; ++i)
      if (!std::isdigit(static_cast<unsigned char>(value[i]))) return false;
    return true;
  };
  if (!(digits(0, 4) && value.size() >= 10 && value[4] == '-' && digits(5, 2) &&
        value[7] == '-' && digits(8, 2)))
    return std::nullopt;
  DateTime check;
  check.year = std::stoi(std::string(value.substr(0, 4)));
  check.month = std::stoi(std::string(value.substr(5, 2)));
  check.day = std::stoi(std::string(value.substr(8, 2)));
  if (!valid_calendar_date(check)) return std::nullopt;
  std::string out(value.substr(0, 10));
  if (value.size() == 10) return out;
  if (value[10] != 'T' && value[10] != ' ') return std::nullopt;
  std::size_t at = 11;
  if (digits(at, 2) && at + 2 < value.size() && value[at + 2] == ':' && digits(at + 3, 2)) {
    out += 'T';
    out += value.substr(at, 5);
    at += 5;
  } else if (digits(at, 4)) {  // "T1643": the colon the site forgot
    out += 'T';
    out += value.substr(at, 2);
    out += ':';
    out += value.substr(at + 2, 2);
    at += 4;
  } else {
    return std::nullopt;
  }
  if (std::stoi(out.substr(11, 2)) > 23 || std::stoi(out.substr(14, 2)) > 59) return std::nullopt;
  if (at < value.size() && value[at] == ':' && digits(at + 1, 2)) {
    out += value.substr(at, 3);
    at += 3;
    while (at < value.size() && (value[at] == '.' || std::isdigit(static_cast<unsigned char>(value[at]))))
      ++at;  // fractions of a second say nothing a reader sees
  }
  std::string_view offset = value.substr(at);
  if (offset.empty()) return out;
  if (offset == "Z" || offset == "z") return out + "Z";
  if ((offset[0] == '+' || offset[0] == '-') && offset.size() == 6 && offset[3] == ':')
    return out + std::string(offset);
  if ((offset[0] == '+' || offset[0] == '-') && offset.size() == 5)
    return out + std::string(offset.substr(0, 3)) + ":" + std::string(offset.substr(3));
  return std::nullopt;
}

std::optional<DateTime> parse_machine_date(std::string_view value) {
  std::optional<std::string> iso = normalize_machine_date(value);
  if (!iso) return std::nullopt;
  DateTime date;
  date.year = std::stoi(iso->substr(0, 4));
  date.month = std::stoi(iso->substr(5, 2));
  date.day = std::stoi(iso->substr(8, 2));
  if (iso->size() >= 16) {
    date.hour = std::stoi(iso->substr(11, 2));
    date.minute = std::stoi(iso->substr(14, 2));
  }
  return date;
}

namespace {

// A relative wording starts or ends with one of a few words ("il y a …", "vor …", "… ago",
// "hier …"): its first and last words tell, before the phrase is split.
bool may_be_relative(std::string_view text) {
  static constexpr auto kFirst = std::to_array<std::string_view>({
      "il", "vor", "hace", "ha", "hier", "yesterday", "gestern", "ayer", "today", "heute",
      "hoy", "aujourd", "aujourdhui", "avant", "vorgestern", "anteayer"});
  static constexpr auto kLast = std::to_array<std::string_view>({"ago", "fa", "geleden"});
  text = trim(text);
  auto word_at = [&](bool last) {
    std::size_t space = last ? text.find_last_of(" \t\n") : text.find_first_of(" \t\n'\xE2");
    std::string_view word = space == std::string_view::npos ? text
                            : last ? text.substr(space + 1) : text.substr(0, space);
    return fold(word.substr(0, 16));
  };
  std::string first = word_at(false), last = word_at(true);
  while (!last.empty() && (last.back() == '.' || last.back() == ',')) last.pop_back();
  return std::find(kFirst.begin(), kFirst.end(), first) != kFirst.end() ||
         std::find(kLast.begin(), kLast.end(), last) != kLast.end();
}

}  // namespace

std::optional<DateTime> parse_relative_date(std::string_view text, const DateTime& reference) {
  if (text.size() > 60 || reference.year == 0 || !may_be_relative(text)) return std::nullopt;
  std::vector<std::string> words = plain_words(text);
  if (auto date = read_time_ago(words, reference)) return date;
  return read_named_day(words, reference);
}

namespace {

// `value` in `width` digits, zero-padded, as printf's %0Nd writes a value in [0, 10^width).
void append_padded(std::string& out, int value, int width) {
  char digits[4];
  for (int i = width - 1; i >= 0; --i, value /= 10) digits[i] = static_cast<char>('0' + value % 10);
  out.append(digits, static_cast<std::size_t>(width));
}

bool fits(int value, int limit) { return value >= 0 && value < limit; }

}  // namespace

std::string DateTime::iso() const {
  // Written by hand: this runs for every dated comment, and snprintf would cost more than
  // reading the date did.
  const bool with_time = hour >= 0;
  if (fits(year, 10000) && fits(month, 100) && fits(day, 100) &&
      (!with_time || (fits(hour, 100) && fits(minute, 100)))) {
    std::string out;
    out.reserve(16);
    append_padded(out, year, 4);
    out += '-';
    append_padded(out, month, 2);
    out += '-';
    append_padded(out, day, 2);
    if (with_time) {
      out += 'T';
      append_padded(out, hour, 2);
      out += ':';
      append_padded(out, minute, 2);
    }
    return out;
  }
  char buffer[32];
  if (hour >= 0)
    std::snprintf(buffer, sizeof buffer, "%04d-%02d-%02dT%02d:%02d", year, month, day, hour,
                  minute);
  else
    std::snprintf(buffer, sizeof buffer, "%04d-%02d-%02d", year, month, day);
  return buffer;
}

std::optional<DateTime> parse_date_text(std::string_view text, std::optional<int> default_year) {
  if (text.size() > 120) return std::nullopt;  // a date phrase is short; this is prose
  if (!may_hold_date(text)) return std::nullopt;
  std::vector<Piece> pieces = split_pieces(text);
  PieceReader in(pieces);
  while (in.is_separator('.')) in.skip(1);  // "jeu. 4 avr.": the weekday's dot
  DateTime date;
  if (!read_calendar_date(in, date)) return std::nullopt;
  if (in.is_separator('-')) in.skip(1);  // "le 7 mai 2020 - 12:38."
  if (!in.done() && !read_time(in, date)) return std::nullopt;
  while (!in.done() && in.peek()->kind == Piece::kSeparator && in.peek()->text != ":") in.skip(1);
  if (!in.done()) return std::nullopt;
  if (!complete_year(date, default_year)) return std::nullopt;
  return date;
}

namespace {

// The letters of the word at `at` (going forward) or ending at `at` (backward), folded.
std::string word_near(std::string_view text, std::size_t at, bool forward) {
  std::size_t begin = at, end = at;
  auto letter_at = [&](std::size_t i) {
    unsigned char c = static_cast<unsigned char>(text[i]);
    return is_ascii_letter(c) || c >= 0x80;
  };
  if (forward) {
    while (end < text.size() && letter_at(end)) ++end;
  } else {
    while (begin > 0 && letter_at(begin - 1)) --begin;
  }
  if (end - begin > 12) return {};
  return fold(text.substr(begin, end - begin));
}

// The words next to a number, skipping one space, dot or comma and filler ("12 de abril").
bool month_beside(std::string_view text, std::size_t begin, std::size_t end) {
  std::size_t after = end;
  for (int word = 0; word < 2; ++word) {
    while (after < text.size() && (text[after] == ' ' || text[after] == '.' || text[after] == ','))
      ++after;
    std::string next = word_near(text, after, true);
    if (month_from_name(next)) return true;
    if (next.empty() || !is_ignored(next)) break;
    after += next.size();
  }
  std::size_t before = begin;
  while (before > 0 && (text[before - 1] == ' ' || text[before - 1] == '.' || text[before - 1] == ','))
    --before;
  return month_from_name(word_near(text, before, false)) != 0;
}

}  // namespace

bool may_hold_date(std::string_view text) {
  for (std::size_t i = 0; i < text.size();) {
    if (text[i] < '0' || text[i] > '9') {
      ++i;
      continue;
    }
    std::size_t begin = i;
    while (i < text.size() && text[i] >= '0' && text[i] <= '9') ++i;
    if (i + 1 < text.size() && (text[i] == '/' || text[i] == '.' || text[i] == '-') &&
        text[i + 1] >= '0' && text[i + 1] <= '9')
      return true;  // 02/01/2019, 02.01.19, 2019-01-02
    if (month_beside(text, begin, i)) return true;
  }
  return false;
}

bool is_date_filler(std::string_view folded_word) { return is_ignored(folded_word); }

std::optional<DateSpan> find_date_in_text(std::string_view text, std::optional<int> default_year) {
  if (text.size() > kMaxDateLineBytes || !may_hold_date(text)) return std::nullopt;
  std::vector<Piece> pieces = split_pieces(text);
  for (std::size_t start = 0; start < pieces.size(); ++start) {
    if (pieces[start].kind == Piece::kSeparator) continue;
    PieceReader in(pieces);
    in.skip(start);
    DateTime date;
    if (!read_calendar_date(in, date)) continue;
    std::size_t after_date = in.position();
    if (in.is_separator('-')) in.skip(1);
    DateTime with_time = date;
    if (read_time(in, with_time)) date = with_time;
    else in.rewind(after_date);
    if (!complete_year(date, default_year)) continue;
    return DateSpan{pieces[start].begin, pieces[in.position() - 1].end, date};
  }
  return std::nullopt;
}

}  // namespace palabre
