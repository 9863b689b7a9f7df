// A small hand-written scanner rather than regexes: the phrase is split into numbers, words
// and separators; filler words ("le", "à", "at", "um", "de") and weekdays are dropped; then
// one of three date shapes (numeric, day-month-name, month-name-day) and an optional time
// must consume every remaining piece.
#include "palabre/parse/dates.hpp"

#include <array>
#include <cctype>
#include <cstdio>
#include <vector>

#include "palabre/text/utf8.hpp"

namespace palabre {
namespace {

struct Piece {
  enum Kind { kNumber, kWord, kSeparator } kind;
  std::string text;
  int value = 0;  // for numbers
};

constexpr std::array<std::pair<std::string_view, int>, 62> kMonthNames = {{
    {"janvier", 1}, {"fevrier", 2}, {"mars", 3}, {"avril", 4}, {"mai", 5}, {"juin", 6},
    {"juillet", 7}, {"aout", 8}, {"septembre", 9}, {"octobre", 10}, {"novembre", 11},
    {"decembre", 12}, {"janv", 1}, {"fevr", 2}, {"fev", 2}, {"avr", 4}, {"juil", 7},
    {"sept", 9}, {"oct", 10}, {"nov", 11}, {"dec", 12},
    {"january", 1}, {"february", 2}, {"march", 3}, {"april", 4}, {"may", 5}, {"june", 6},
    {"july", 7}, {"august", 8}, {"september", 9}, {"october", 10}, {"december", 12},
    {"jan", 1}, {"feb", 2}, {"mar", 3}, {"apr", 4}, {"jun", 6}, {"jul", 7}, {"aug", 8},
    {"sep", 9},
    {"januar", 1}, {"februar", 2}, {"marz", 3}, {"juni", 6}, {"juli", 7}, {"oktober", 10},
    {"dezember", 12},
    {"enero", 1}, {"febrero", 2}, {"marzo", 3}, {"abril", 4}, {"mayo", 5}, {"junio", 6},
    {"julio", 7}, {"agosto", 8}, {"septiembre", 9}, {"setiembre", 9}, {"octubre", 10},
    {"noviembre", 11}, {"diciembre", 12}, {"ene", 1}, {"dic", 12},
}};

constexpr std::array<std::string_view, 33> kIgnoredWords = {
    "le", "la", "a", "at", "on", "the", "um", "am", "den", "de", "del", "el", "las", "los",
    "lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche",
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
    "er", "th", "st", "nd", "rd"};

bool is_ignored(std::string_view word) {
  for (std::string_view ignored : kIgnoredWords)
    if (word == ignored) return true;
  // German and Spanish weekdays end in "tag" / are listed rarely: drop "...tag" and "...es".
  return word.size() > 5 && word.substr(word.size() - 3) == "tag";
}

int month_from_name(std::string_view word) {
  if (!word.empty() && word.back() == '.') word.remove_suffix(1);
  for (const auto& [name, month] : kMonthNames)
    if (word == name) return month;
  return 0;
}

std::vector<Piece> split_pieces(std::string_view text) {
  std::string folded = fold(text);
  std::vector<Piece> pieces;
  std::size_t i = 0;
  while (i < folded.size()) {
    unsigned char c = static_cast<unsigned char>(folded[i]);
    if (c >= '0' && c <= '9') {
      std::size_t start = i;
      int value = 0;
      while (i < folded.size() && folded[i] >= '0' && folded[i] <= '9' && i - start < 6)
        value = value * 10 + (folded[i++] - '0');
      pieces.push_back({Piece::kNumber, folded.substr(start, i - start), value});
    } else if ((c >= 'a' && c <= 'z')) {
      std::size_t start = i;
      while (i < folded.size() && folded[i] >= 'a' && folded[i] <= 'z') ++i;
      std::string word = folded.substr(start, i - start);
      if (!is_ignored(word)) pieces.push_back({Piece::kWord, word});
    } else if (c == '/' || c == ':' || c == '.' || c == '-') {
      pieces.push_back({Piece::kSeparator, std::string(1, static_cast<char>(c))});
      ++i;
    } else if (c == ' ' || c == ',' || c == '\t' || c == '|' || c >= 0x80) {
      ++i;  // spaces, commas, non-breaking spaces, bullets: no meaning here
    } else {
      pieces.push_back({Piece::kSeparator, std::string(1, static_cast<char>(c))});
      ++i;
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
  if (in.is_word("pm") && date.hour < 12) {
    date.hour += 12;
    in.skip(1);
  } else if (in.is_word("am")) {
    in.skip(1);
  }
  return date.hour < 24 && date.minute < 60;
}

bool valid_calendar_date(const DateTime& date) {
  static constexpr int kDays[] = {31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  return date.year >= 1900 && date.year <= 2199 && date.month >= 1 && date.month <= 12 &&
         date.day >= 1 && date.day <= kDays[date.month - 1];
}

}  // namespace

std::string DateTime::iso() const {
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
  std::vector<Piece> pieces = split_pieces(text);
  PieceReader in(pieces);
  DateTime date;
  if (!read_numeric_date(in, date) && !read_day_month_date(in, date) &&
      !read_month_day_date(in, date))
    return std::nullopt;
  if (!in.done() && !read_time(in, date)) return std::nullopt;
  while (!in.done() && in.peek()->kind == Piece::kSeparator && in.peek()->text != ":") in.skip(1);
  if (!in.done()) return std::nullopt;
  if (!date.year_printed) {
    if (!default_year) return std::nullopt;
    date.year = *default_year;
  }
  if (!valid_calendar_date(date)) return std::nullopt;
  return date;
}

}  // namespace palabre
