// The tokenizer scans the bytes with one cursor, decoding a code point only where a byte is
// not ASCII (most of French text is): ASCII letters, digits and punctuation are classified
// from the byte itself. Code-point offsets are counted as tokens are emitted, in text order.
// Hyphenated words are split (each part a token, marked after_hyphen) so that "chez-nous"
// meets the term "chez nous" and "savoir-faire" meets "savoir faire": text and terms are
// tokenized alike. Elided articles become their own kElision tokens.
#include "palabre/analyze/tokenizer.hpp"

#include <algorithm>
#include <array>
#include <string>

#include "palabre/text/utf8.hpp"

namespace palabre {
namespace {

// Top-level domains that make "word.tld" a domain rather than two words run together.
constexpr std::array<std::string_view, 30> kTopLevelDomains = {
    "com", "fr", "org", "net", "eu", "be", "ch", "ca", "de", "uk", "io", "cn", "info", "biz",
    "gouv", "edu", "gov", "it", "es", "nl", "lu", "ma", "tn", "dz", "sn", "us", "co", "tv",
    "me", "app"};
constexpr std::size_t kLongestTopLevelDomain = 4;

// Elisions and top-level domains are short: a longer ASCII word is none of them.
constexpr std::size_t kLongestListedWord = 16;

bool is_ascii_byte(char byte) { return static_cast<unsigned char>(byte) < 0x80; }

bool is_ascii_word_byte(char byte) {
  return (byte >= 'a' && byte <= 'z') || (byte >= 'A' && byte <= 'Z') ||
         (byte >= '0' && byte <= '9');
}

bool is_ascii(std::string_view text) {
  for (char byte : text)
    if (!is_ascii_byte(byte)) return false;
  return true;
}

// Whether fold(text) is one of `table`, without folding ASCII text (the common case):
// folding ASCII only lowercases it.
template <typename Table>
bool folds_to_one_of(std::string_view text, const Table& table, std::size_t longest) {
  // Folding shortens a character to at most a quarter of its bytes.
  if (text.size() > 4 * longest) return false;
  if (!is_ascii(text)) {
    std::string folded = fold(text);
    for (std::string_view entry : table)
      if (folded == entry) return true;
    return false;
  }
  if (text.size() > longest) return false;
  std::array<char, kLongestListedWord> lower{};
  for (std::size_t k = 0; k < text.size(); ++k)
    lower[k] = text[k] >= 'A' && text[k] <= 'Z' ? static_cast<char>(text[k] + 32) : text[k];
  std::string_view folded(lower.data(), text.size());
  for (std::string_view entry : table)
    if (folded == entry) return true;
  return false;
}

std::size_t longest_of(const std::vector<std::string>& words) {
  std::size_t longest = 0;
  for (const std::string& word : words) longest = std::max(longest, word.size());
  return std::min(longest, kLongestListedWord);
}

class Scanner {
 public:
  Scanner(std::string_view text, const ElisionRules& rules)
      : text_(text),
        rules_(rules),
        longest_elision_(longest_of(rules.elisions)),
        longest_spaced_elision_(longest_of(rules.spaced)) {}

  std::vector<Token> run() {
    // About one token per six bytes of French text; capped so that a huge text does not
    // reserve far more than it will use.
    tokens_.reserve(std::min<std::size_t>(text_.size() / 6 + 1, kMaxReserved));
    std::size_t pos = 0;
    while (pos < text_.size()) {
      char byte = text_[pos];
      if (is_ascii_byte(byte) && !is_ascii_word_byte(byte)) {
        ++pos;  // ASCII space or punctuation: never starts a token
        continue;
      }
      std::size_t after = pos;
      char32_t c = read(after);
      if (std::size_t url_end = url_at(pos); url_end > pos) {
        emit(pos, url_end, TokenKind::kUrl, false);
        pos = url_end;
      } else if (is_word_char(c)) {
        bool after_hyphen = false;
        if (std::size_t hyphen = previous(pos); hyphen < pos && is_hyphen(at(hyphen))) {
          std::size_t before = previous(hyphen);
          after_hyphen = before < hyphen && is_word_char(at(before));
        }
        pos = scan_word(pos, after_hyphen);
      } else if (is_symbol(c) && c >= 0x2190) {
        pos = scan_emoji(pos);
      } else {
        pos = after;
      }
    }
    mark_spaced_elisions();
    return std::move(tokens_);
  }

 private:
  static bool is_word_char(char32_t c) { return is_letter(c) || is_digit(c); }

  // The code point at byte `pos`, advancing `pos` past it; 0 at the end of the text.
  char32_t read(std::size_t& pos) const {
    if (pos >= text_.size()) return 0;
    char byte = text_[pos];
    if (is_ascii_byte(byte)) {
      ++pos;
      return static_cast<char32_t>(byte);
    }
    return decode_next(text_, pos);
  }

  char32_t at(std::size_t pos) const { return read(pos); }

  std::size_t after(std::size_t pos) const {
    read(pos);
    return pos;
  }

  // Where the code point before byte `pos` starts (`pos` itself at the start of the text).
  std::size_t previous(std::size_t pos) const {
    if (pos == 0) return 0;
    std::size_t start = pos - 1;
    while (start > 0 && pos - start < 4 && (static_cast<unsigned char>(text_[start]) & 0xC0) == 0x80)
      --start;
    // Invalid bytes decode one at a time: then the code point before is the last byte.
    return after(start) == pos ? start : pos - 1;
  }

  // Code-point offset of byte `pos`; calls come in text order, so counting resumes from
  // the previous call.
  std::size_t code_point_offset(std::size_t pos) {
    while (counted_bytes_ < pos) {
      // An ASCII byte is one code point: no call to decode it (most of the text).
      if (is_ascii_byte(text_[counted_bytes_])) ++counted_bytes_;
      else counted_bytes_ = after(counted_bytes_);
      ++counted_points_;
    }
    return counted_points_;
  }

  void emit(std::size_t from, std::size_t to, TokenKind kind, bool after_hyphen) {
    Token token;
    token.surface = text_.substr(from, to - from);
    token.kind = kind;
    token.start = code_point_offset(from);
    token.end = code_point_offset(to);
    token.byte_start = from;
    token.byte_end = to;
    token.after_hyphen = after_hyphen;
    tokens_.push_back(token);
  }

  bool starts_with_ascii(std::size_t pos, std::string_view prefix) const {
    if (text_.size() - pos < prefix.size()) return false;
    for (std::size_t k = 0; k < prefix.size(); ++k) {
      char c = text_[pos + k];
      if (c >= 'A' && c <= 'Z') c = static_cast<char>(c + 32);
      if (c != prefix[k]) return false;
    }
    return true;
  }

  // Where a URL starting at pos ends (pos when there is none): http(s)://… or www.…
  std::size_t url_at(std::size_t pos) const {
    char first = text_[pos];
    if (first != 'h' && first != 'H' && first != 'w' && first != 'W') return pos;
    if (std::size_t before = previous(pos); before < pos && is_word_char(at(before))) return pos;
    if (!starts_with_ascii(pos, "http://") && !starts_with_ascii(pos, "https://") &&
        !starts_with_ascii(pos, "www."))
      return pos;
    std::size_t end = pos;
    while (end < text_.size()) {
      std::size_t next = end;
      char32_t c = read(next);
      if (is_space(c) || c == '"' || c == '<' || c == '>' || c == 0x00BB || c == 0x00AB) break;
      end = next;
    }
    // Sentence punctuation after a URL is not part of it.
    while (end > pos && (text_[end - 1] == '.' || text_[end - 1] == ',' || text_[end - 1] == ';' ||
                         text_[end - 1] == ':' || text_[end - 1] == '!' || text_[end - 1] == '?' ||
                         text_[end - 1] == ')'))
      --end;
    return end;
  }

  std::size_t scan_letters_digits(std::size_t pos) const {
    while (pos < text_.size()) {
      char byte = text_[pos];
      if (is_ascii_byte(byte)) {
        if (!is_ascii_word_byte(byte)) break;
        ++pos;
        continue;
      }
      std::size_t next = pos;
      if (!is_word_char(decode_next(text_, next))) break;
      pos = next;
    }
    return pos;
  }

  // Whether [from, to) holds digits only; with `letter`, whether it holds a letter.
  bool all_digits(std::size_t from, std::size_t to) const {
    for (std::size_t pos = from; pos < to;)
      if (!is_digit(read(pos))) return false;
    return true;
  }
  bool has_letter(std::size_t from, std::size_t to) const {
    for (std::size_t pos = from; pos < to;)
      if (is_letter(read(pos))) return true;
    return false;
  }

  // "alibaba.com", "lemonde.fr", "news.google.fr": labels joined by single dots, the last
  // one a known top-level domain. Returns the end, or `end` unchanged when it is no domain.
  std::size_t extend_domain(std::size_t start, std::size_t end) const {
    std::size_t cursor = end;
    std::size_t last_label_start = start;
    bool extended = false;
    while (at(cursor) == '.' && is_letter(at(cursor + 1))) {
      std::size_t label_end = cursor + 1;
      while (label_end < text_.size()) {
        std::size_t next = label_end;
        char32_t c = read(next);
        if (!is_word_char(c) && c != '-') break;
        label_end = next;
      }
      last_label_start = cursor + 1;
      cursor = label_end;
      extended = true;
    }
    if (!extended) return end;
    std::string_view tld = text_.substr(last_label_start, cursor - last_label_start);
    return folds_to_one_of(tld, kTopLevelDomains, kLongestTopLevelDomain) ? cursor : end;
  }

  bool is_elision(std::size_t from, std::size_t to) const {
    return folds_to_one_of(text_.substr(from, to - from), rules_.elisions, longest_elision_);
  }

  std::size_t scan_word(std::size_t start, bool after_hyphen) {
    std::size_t end = scan_letters_digits(start);
    // Numbers: digits with inner '.' or ',' groups ("2.000", "1,5", "2.0").
    if (all_digits(start, end)) {
      while ((at(end) == '.' || at(end) == ',') && is_digit(at(end + 1)))
        end = scan_letters_digits(end + 1);
      emit(start, end, has_letter(start, end) ? TokenKind::kWord : TokenKind::kNumber,
           after_hyphen);
      return end;
    }
    if (std::size_t domain_end = extend_domain(start, end); domain_end != end) {
      emit(start, domain_end, TokenKind::kUrl, after_hyphen);
      return domain_end;
    }
    // Apostrophes inside a word: an elided prefix is split off, aujourd'hui and
    // prud'hommes stay whole.
    for (;;) {
      std::size_t apostrophe_end = end;
      if (!is_apostrophe(read(apostrophe_end)) || !is_letter(at(apostrophe_end))) break;
      if (is_elision(start, end)) {
        emit(start, apostrophe_end, TokenKind::kElision, after_hyphen);
        after_hyphen = false;
        start = apostrophe_end;
        end = scan_letters_digits(start);
      } else {
        end = scan_letters_digits(apostrophe_end);
      }
    }
    // "l'" closing the text (a theme term, a cut comment) is still an elision.
    if (std::size_t apostrophe_end = end; is_apostrophe(read(apostrophe_end)) && is_elision(start, end)) {
      emit(start, apostrophe_end, TokenKind::kElision, after_hyphen);
      return apostrophe_end;
    }
    emit(start, end, TokenKind::kWord, after_hyphen);
    return end;
  }

  static bool is_regional_indicator(char32_t c) { return c >= 0x1F1E6 && c <= 0x1F1FF; }

  // One pictograph with its variation selectors, skin tones and zero-width joins; a flag
  // is a pair of regional indicators ("🇫🇷") and stays one token.
  std::size_t scan_emoji(std::size_t start) {
    std::size_t end = start;
    char32_t first = read(end);
    if (std::size_t next = end; is_regional_indicator(first) && is_regional_indicator(read(next)))
      end = next;
    while (end < text_.size()) {
      std::size_t next = end;
      char32_t c = read(next);
      if (c == 0xFE0F || c == 0xFE0E || (c >= 0x1F3FB && c <= 0x1F3FF)) {
        end = next;
      } else if (std::size_t joined = next;
                 c == 0x200D && next < text_.size() && is_symbol(read(joined))) {
        end = joined;
      } else {
        break;
      }
    }
    emit(start, end, TokenKind::kEmoji, false);
    return end;
  }

  // The first byte of fold(prefix): `prefix` is at most 4 bytes of a word.
  static char first_folded_byte(std::string_view prefix) {
    if (is_ascii(prefix)) {
      char c = prefix.empty() ? '\0' : prefix[0];
      return c >= 'A' && c <= 'Z' ? static_cast<char>(c + 32) : c;
    }
    std::string folded = fold(prefix);
    return folded.empty() ? '\0' : folded[0];
  }

  // "d un", "l aspect": an elision letter typed with a space instead of an apostrophe,
  // before a word starting with a vowel or h.
  void mark_spaced_elisions() {
    if (rules_.spaced.empty()) return;
    for (std::size_t k = 0; k + 1 < tokens_.size(); ++k) {
      Token& token = tokens_[k];
      const Token& next = tokens_[k + 1];
      if (token.kind != TokenKind::kWord || next.kind != TokenKind::kWord) continue;
      if (next.byte_start != token.byte_end + 1 || text_[token.byte_end] != ' ') continue;
      if (!folds_to_one_of(token.surface, rules_.spaced, longest_spaced_elision_)) continue;
      char first = first_folded_byte(next.surface.substr(0, 4));
      if (first == 'a' || first == 'e' || first == 'i' || first == 'o' || first == 'u' ||
          first == 'y' || first == 'h')
        token.kind = TokenKind::kElision;
    }
  }

  static constexpr std::size_t kMaxReserved = 4096;

  std::string_view text_;
  const ElisionRules& rules_;
  std::size_t longest_elision_ = 0, longest_spaced_elision_ = 0;
  std::vector<Token> tokens_;
  std::size_t counted_bytes_ = 0, counted_points_ = 0;
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

std::vector<Token> tokenize(std::string_view text, const ElisionRules& rules) {
  return Scanner(text, rules).run();
}

}  // namespace palabre
