// The tokenizer decodes the text once into code points with their byte offsets, then scans
// it with one cursor. Hyphenated words are split (each part a token, marked after_hyphen)
// so that "chez-nous" meets the term "chez nous" and "savoir-faire" meets "savoir faire":
// text and terms are tokenized alike. Elided articles become their own kElision tokens.
#include "palabre/analyze/tokenizer.hpp"

#include <array>
#include <string>

#include "palabre/text/utf8.hpp"

namespace palabre {
namespace {

struct CodePoint {
  char32_t value;
  std::size_t byte;
};

constexpr std::array<std::string_view, 13> kElisions = {
    "l", "d", "j", "m", "n", "s", "t", "c", "qu", "jusqu", "lorsqu", "puisqu", "quoiqu"};

// Top-level domains that make "word.tld" a domain rather than two words run together.
constexpr std::array<std::string_view, 30> kTopLevelDomains = {
    "com", "fr", "org", "net", "eu", "be", "ch", "ca", "de", "uk", "io", "cn", "info", "biz",
    "gouv", "edu", "gov", "it", "es", "nl", "lu", "ma", "tn", "dz", "sn", "us", "co", "tv",
    "me", "app"};

class Scanner {
 public:
  explicit Scanner(std::string_view text) : text_(text) {
    std::size_t pos = 0;
    while (pos < text.size()) {
      std::size_t byte = pos;
      points_.push_back({decode_next(text, pos), byte});
    }
  }

  std::vector<Token> run() {
    std::size_t i = 0;
    while (i < points_.size()) {
      char32_t c = points_[i].value;
      if (std::size_t url_end = url_at(i); url_end > i) {
        emit(i, url_end, TokenKind::kUrl, false);
        i = url_end;
      } else if (is_letter(c) || is_digit(c)) {
        bool after_hyphen = i >= 2 && is_hyphen(at(i - 1)) && is_word_char(at(i - 2));
        i = scan_word(i, after_hyphen);
      } else if (is_symbol(c) && c >= 0x2190) {
        i = scan_emoji(i);
      } else {
        ++i;
      }
    }
    mark_spaced_elisions();
    return std::move(tokens_);
  }

 private:
  static bool is_word_char(char32_t c) { return is_letter(c) || is_digit(c); }

  char32_t at(std::size_t i) const { return i < points_.size() ? points_[i].value : 0; }
  std::size_t byte_at(std::size_t i) const {
    return i < points_.size() ? points_[i].byte : text_.size();
  }
  std::string_view slice(std::size_t from, std::size_t to) const {
    return text_.substr(byte_at(from), byte_at(to) - byte_at(from));
  }

  void emit(std::size_t from, std::size_t to, TokenKind kind, bool after_hyphen) {
    Token token;
    token.surface = slice(from, to);
    token.kind = kind;
    token.start = from;
    token.end = to;
    token.byte_start = byte_at(from);
    token.byte_end = byte_at(to);
    token.after_hyphen = after_hyphen;
    tokens_.push_back(token);
  }

  bool starts_with_ascii(std::size_t i, std::string_view prefix) const {
    for (std::size_t k = 0; k < prefix.size(); ++k) {
      char32_t c = at(i + k);
      if (c >= 'A' && c <= 'Z') c += 32;
      if (c != static_cast<char32_t>(prefix[k])) return false;
    }
    return true;
  }

  // Where a URL starting at i ends (i when there is none): http(s)://… or www.…
  std::size_t url_at(std::size_t i) const {
    if (i > 0 && is_word_char(at(i - 1))) return i;
    if (!starts_with_ascii(i, "http://") && !starts_with_ascii(i, "https://") &&
        !starts_with_ascii(i, "www."))
      return i;
    std::size_t end = i;
    while (end < points_.size() && !is_space(at(end)) && at(end) != '"' && at(end) != '<' &&
           at(end) != '>' && at(end) != 0x00BB && at(end) != 0x00AB)
      ++end;
    // Sentence punctuation after a URL is not part of it.
    while (end > i && (at(end - 1) == '.' || at(end - 1) == ',' || at(end - 1) == ';' ||
                       at(end - 1) == ':' || at(end - 1) == '!' || at(end - 1) == '?' ||
                       at(end - 1) == ')'))
      --end;
    return end;
  }

  std::size_t scan_letters_digits(std::size_t i) const {
    while (i < points_.size() && is_word_char(at(i))) ++i;
    return i;
  }

  bool all_digits(std::size_t from, std::size_t to) const {
    for (std::size_t k = from; k < to; ++k)
      if (!is_digit(at(k))) return false;
    return true;
  }

  // "alibaba.com", "lemonde.fr", "news.google.fr": labels joined by single dots, the last
  // one a known top-level domain. Returns the end, or `end` unchanged when it is no domain.
  std::size_t extend_domain(std::size_t start, std::size_t end) const {
    std::size_t cursor = end;
    std::size_t last_label_start = start;
    bool extended = false;
    while (at(cursor) == '.' && is_letter(at(cursor + 1))) {
      std::size_t label_end = cursor + 1;
      while (label_end < points_.size() && (is_word_char(at(label_end)) || at(label_end) == '-'))
        ++label_end;
      last_label_start = cursor + 1;
      cursor = label_end;
      extended = true;
    }
    if (!extended) return end;
    std::string tld = fold(slice(last_label_start, cursor));
    for (std::string_view known : kTopLevelDomains)
      if (tld == known) return cursor;
    return end;
  }

  std::size_t scan_word(std::size_t start, bool after_hyphen) {
    std::size_t end = scan_letters_digits(start);
    // Numbers: digits with inner '.' or ',' groups ("2.000", "1,5", "2.0").
    if (all_digits(start, end)) {
      while ((at(end) == '.' || at(end) == ',') && is_digit(at(end + 1)))
        end = scan_letters_digits(end + 1);
      bool has_letter = false;
      for (std::size_t k = start; k < end; ++k) has_letter |= is_letter(at(k));
      emit(start, end, has_letter ? TokenKind::kWord : TokenKind::kNumber, after_hyphen);
      return end;
    }
    if (std::size_t domain_end = extend_domain(start, end); domain_end != end) {
      emit(start, domain_end, TokenKind::kUrl, after_hyphen);
      return domain_end;
    }
    // Apostrophes inside a word: an elided prefix is split off, aujourd'hui and
    // prud'hommes stay whole.
    while (is_apostrophe(at(end)) && is_letter(at(end + 1))) {
      std::string prefix = fold(slice(start, end));
      if (is_elision_prefix(prefix)) {
        emit(start, end + 1, TokenKind::kElision, after_hyphen);
        after_hyphen = false;
        start = end + 1;
        end = scan_letters_digits(start);
      } else {
        end = scan_letters_digits(end + 1);
      }
    }
    // "l'" closing the text (a theme term, a cut comment) is still an elision.
    if (is_apostrophe(at(end)) && is_elision_prefix(fold(slice(start, end)))) {
      emit(start, end + 1, TokenKind::kElision, after_hyphen);
      return end + 1;
    }
    emit(start, end, TokenKind::kWord, after_hyphen);
    return end;
  }

  static bool is_regional_indicator(char32_t c) { return c >= 0x1F1E6 && c <= 0x1F1FF; }

  // One pictograph with its variation selectors, skin tones and zero-width joins; a flag
  // is a pair of regional indicators ("🇫🇷") and stays one token.
  std::size_t scan_emoji(std::size_t start) {
    std::size_t end = start + 1;
    if (is_regional_indicator(at(start)) && end < points_.size() && is_regional_indicator(at(end)))
      ++end;
    while (end < points_.size()) {
      char32_t c = at(end);
      if (c == 0xFE0F || c == 0xFE0E || (c >= 0x1F3FB && c <= 0x1F3FF)) {
        ++end;
      } else if (c == 0x200D && end + 1 < points_.size() && is_symbol(at(end + 1))) {
        end += 2;
      } else {
        break;
      }
    }
    emit(start, end, TokenKind::kEmoji, false);
    return end;
  }

  // "d un", "l aspect": an elision letter typed with a space instead of an apostrophe,
  // before a word starting with a vowel or h.
  void mark_spaced_elisions() {
    for (std::size_t k = 0; k + 1 < tokens_.size(); ++k) {
      Token& token = tokens_[k];
      const Token& next = tokens_[k + 1];
      if (token.kind != TokenKind::kWord || next.kind != TokenKind::kWord) continue;
      if (next.start != token.end + 1 || at(token.end) != ' ') continue;
      std::string folded = fold(token.surface);
      if (folded.size() > 2 || !is_elision_prefix(folded) || folded == "t" || folded == "s")
        continue;
      std::string next_folded = fold(next.surface.substr(0, 4));
      char first = next_folded.empty() ? '\0' : next_folded[0];
      if (first == 'a' || first == 'e' || first == 'i' || first == 'o' || first == 'u' ||
          first == 'y' || first == 'h')
        token.kind = TokenKind::kElision;
    }
  }

  std::string_view text_;
  std::vector<CodePoint> points_;
  std::vector<Token> tokens_;
};

}  // namespace

std::string_view token_kind_name(TokenKind kind) {
  switch (kind) {
    case TokenKind::kWord: return "word";
    case TokenKind::kNumber: return "number";
    case TokenKind::kUrl: return "url";
    case TokenKind::kEmoji: return "emoji";
    case TokenKind::kElision: return "elision";
  }
  return "word";
}

bool is_elision_prefix(std::string_view folded) {
  for (std::string_view elision : kElisions)
    if (folded == elision) return true;
  return false;
}

std::vector<Token> tokenize(std::string_view text) { return Scanner(text).run(); }

}  // namespace palabre
