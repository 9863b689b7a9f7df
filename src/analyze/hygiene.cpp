// Quotations are found by their words, not by their markup: a run of words that an earlier
// comment already holds is a quotation wherever it stands (a blockquote flattened to text, a
// "> " line, an inline « … »), and its source is named. Only what is verifiable is marked:
// a header line ("Zitat von X") is, the lines after it are when they are copies. Everything
// is decided from earlier comments only, so a signature's first occurrence, like a quoted
// comment itself, stays the commenter's own words.
#include "palabre/analyze/hygiene.hpp"

#include <algorithm>

#include "palabre/text/utf8.hpp"

namespace palabre {
namespace {

std::uint64_t mix(std::uint64_t h, std::uint64_t value) {
  h ^= value + 0x9e3779b97f4a7c15ULL + (h << 6) + (h >> 2);
  return h * 0xbf58476d1ce4e5b9ULL;
}

bool is_word(const Token& token) {
  return token.kind == TokenKind::kWord || token.kind == TokenKind::kNumber;
}

// The words of a header phrase ("zitat von"), split on spaces.
std::vector<std::string_view> words_of(std::string_view phrase) {
  std::vector<std::string_view> words;
  std::size_t pos = 0;
  while (pos < phrase.size()) {
    std::size_t end = phrase.find(' ', pos);
    if (end == std::string_view::npos) end = phrase.size();
    if (end > pos) words.push_back(phrase.substr(pos, end - pos));
    pos = end + 1;
  }
  return words;
}

bool is_pingback(std::string_view text, const std::vector<Token>& tokens) {
  const std::string_view start = trim(text);
  if (start.starts_with("[…]") || start.starts_with("[...]")) return true;
  for (const Token& token : tokens) {
    if (token.kind == TokenKind::kElision) continue;
    return token.folded == "pingback" || token.folded == "trackback";
  }
  return false;
}

// Sorted by start; a span inside or overlapping an earlier one joins it.
void merge_spans(std::vector<TextSpan>& spans) {
  std::sort(spans.begin(), spans.end(),
            [](const TextSpan& a, const TextSpan& b) { return a.start < b.start; });
  std::vector<TextSpan> merged;
  for (TextSpan& span : spans) {
    if (!merged.empty() && span.start <= merged.back().end) {
      merged.back().end = std::max(merged.back().end, span.end);
      if (!merged.back().of) merged.back().of = span.of;
      continue;
    }
    merged.push_back(std::move(span));
  }
  spans = std::move(merged);
}

}  // namespace

void ThreadHygiene::clear() {
  comments_ = 0;
  ids_.clear();
  whole_texts_.clear();
  runs_.clear();
  closing_lines_.clear();
  whole_text_comment_.clear();
  closing_line_comment_.clear();
  run_seen_.clear();
}

std::vector<ThreadHygiene::Line> ThreadHygiene::lines_of(std::string_view text,
                                                         const std::vector<Token>& tokens) const {
  std::vector<Line> lines;
  std::size_t line_end = text.find('\n');
  Line line;
  for (std::size_t i = 0; i < tokens.size(); ++i) {
    while (line_end != std::string_view::npos && tokens[i].byte_start > line_end) {
      line.end_token = i;
      if (line.end_token > line.first_token) lines.push_back(line);
      line.first_token = i;
      line_end = text.find('\n', line_end + 1);
    }
  }
  line.end_token = tokens.size();
  if (line.end_token > line.first_token) lines.push_back(line);
  return lines;
}

bool ThreadHygiene::is_quote_header(const std::vector<Token>& tokens, const Line& line,
                                    const Language& language) const {
  // A header is a few words: a longer line is text.
  if (line.end_token - line.first_token > 2 * rules_.header_name_words + 4) return false;
  std::vector<std::string_view> words;
  for (std::size_t i = line.first_token; i < line.end_token; ++i)
    if (tokens[i].kind != TokenKind::kElision) words.push_back(tokens[i].folded);
    else words.push_back(tokens[i].folded.substr(0, tokens[i].folded.size() - 1));
  auto matches_at = [&](const std::vector<std::string_view>& header, std::size_t at) {
    if (at + header.size() > words.size()) return false;
    return std::equal(header.begin(), header.end(), words.begin() + static_cast<std::ptrdiff_t>(at));
  };
  for (const std::string& phrase : language.quote_headers.before_name) {
    const std::vector<std::string_view> header = words_of(phrase);
    if (!header.empty() && matches_at(header, 0) && words.size() <= header.size() + rules_.header_name_words)
      return true;
  }
  for (const std::string& phrase : language.quote_headers.after_name) {
    const std::vector<std::string_view> header = words_of(phrase);
    if (header.empty() || words.size() <= header.size()) continue;
    const std::size_t name_words = words.size() - header.size();
    if (name_words <= rules_.header_name_words && matches_at(header, name_words)) return true;
  }
  return false;
}

// Every run of `copied_words` words, hashed as a polynomial in its word hashes so that
// each run's hash follows from the previous one in constant time.
void ThreadHygiene::hash_runs() {
  constexpr std::uint64_t kBase = 0x100000001b3ULL;
  run_hashes_.clear();
  const std::size_t n = rules_.copied_words;
  if (n == 0 || word_hashes_.size() < n) return;
  std::uint64_t leading_power = 1;  // kBase^(n-1): the weight of a run's first word
  for (std::size_t k = 1; k < n; ++k) leading_power *= kBase;
  std::uint64_t h = 0;
  for (std::size_t k = 0; k < n; ++k) h = h * kBase + word_hashes_[k];
  run_hashes_.push_back(h);
  for (std::size_t from = 1; from + n <= word_hashes_.size(); ++from) {
    h = (h - word_hashes_[from - 1] * leading_power) * kBase + word_hashes_[from + n - 1];
    run_hashes_.push_back(h);
  }
}

// One lookup per run both finds where an earlier comment had it and remembers it for later
// comments. A run is remembered as closing its comment only when the comment has other
// lines: a one-line comment is all body.
void ThreadHygiene::match_runs(const Line& last_line, bool several_lines) {
  if (runs_.size() > rules_.max_remembered) {
    runs_.clear();
    run_seen_.clear();
  }
  run_sources_.assign(run_hashes_.size(), kNotSeen);
  for (std::size_t w = 0; w < run_hashes_.size(); ++w) {
    bool added = false;
    const std::uint32_t id = runs_.intern(key_of(run_hashes_[w]), &added);
    if (added) run_seen_.push_back({comments_, several_lines && word_tokens_[w] >= last_line.first_token});
    else if (run_seen_[id].comment != comments_) run_sources_[w] = id;
  }
}

void ThreadHygiene::mark_copies(const std::vector<Token>& tokens, const Line& last_line,
                                bool several_lines, std::vector<TextSpan>& spans) const {
  const std::size_t words = word_hashes_.size();
  if (run_sources_.empty()) return;
  std::vector<const Seen*> source(words, nullptr);
  for (std::size_t w = 0; w < run_sources_.size(); ++w) {
    if (run_sources_[w] == kNotSeen) continue;
    for (std::size_t k = w; k < w + rules_.copied_words; ++k)
      if (!source[k]) source[k] = &run_seen_[run_sources_[w]];
  }
  for (std::size_t w = 0; w < words;) {
    if (!source[w]) {
      ++w;
      continue;
    }
    std::size_t last = w;
    while (last + 1 < words && source[last + 1]) ++last;
    const Token& first_token = tokens[word_tokens_[w]];
    const Token& last_token = tokens[word_tokens_[last]];
    const bool closing = several_lines && word_tokens_[w] >= last_line.first_token && source[w]->in_last_line;
    spans.push_back({closing ? SpanKind::kSignature : SpanKind::kQuote, first_token.start,
                     last_token.end, ids_[source[w]->comment]});
    w = last + 1;
  }
}

std::vector<TextSpan> ThreadHygiene::mark(const Comment& comment, const std::vector<Token>& tokens,
                                          const Language* language) {
  std::vector<TextSpan> spans;
  word_hashes_.clear();
  word_tokens_.clear();
  std::uint64_t whole = 0;
  for (std::size_t i = 0; i < tokens.size(); ++i) {
    if (!is_word(tokens[i])) continue;
    word_hashes_.push_back(hash_bytes(tokens[i].folded));
    word_tokens_.push_back(i);
    whole = mix(whole, word_hashes_.back());
  }
  hash_runs();
  const std::size_t length = count_code_points(comment.text);
  const std::vector<Line> lines = lines_of(comment.text, tokens);
  const Line last_line = lines.empty() ? Line{tokens.size(), tokens.size()} : lines.back();
  match_runs(last_line, lines.size() > 1);

  const std::optional<std::uint32_t> earlier_text = whole_texts_.find(key_of(whole));
  if (!word_hashes_.empty() && earlier_text) {
    spans.push_back({SpanKind::kDuplicate, 0, length, ids_[whole_text_comment_[*earlier_text]]});
  } else if (is_pingback(comment.text, tokens)) {
    spans.push_back({SpanKind::kPingback, 0, length, std::nullopt});
  } else {
    if (language)
      for (const Line& line : lines)
        if (is_quote_header(tokens, line, *language))
          spans.push_back({SpanKind::kQuote, tokens[line.first_token].start,
                           tokens[line.end_token - 1].end, std::nullopt});
    mark_copies(tokens, last_line, lines.size() > 1, spans);
    if (lines.size() > 1) {
      std::uint64_t closing = 0;
      std::size_t closing_words = 0;
      for (std::size_t w = 0; w < word_hashes_.size(); ++w)
        if (word_tokens_[w] >= last_line.first_token) {
          closing = mix(closing, word_hashes_[w]);
          ++closing_words;
        }
      const std::optional<std::uint32_t> earlier = closing_lines_.find(key_of(closing));
      if (closing_words >= rules_.signature_words && earlier)
        spans.push_back({SpanKind::kSignature, tokens[last_line.first_token].start,
                         tokens[last_line.end_token - 1].end, ids_[closing_line_comment_[*earlier]]});
      bool added = false;
      if (closing_words >= rules_.signature_words) closing_lines_.intern(key_of(closing), &added);
      if (added) closing_line_comment_.push_back(comments_);
    }
    merge_spans(spans);
  }
  bool new_text = false;
  if (!word_hashes_.empty()) whole_texts_.intern(key_of(whole), &new_text);
  if (new_text) whole_text_comment_.push_back(comments_);
  ids_.push_back(comment.id);
  ++comments_;
  return spans;
}

}  // namespace palabre
