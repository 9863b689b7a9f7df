// Thread hygiene: the parts of a comment that are not its author's own words for the thread,
// found before anything is counted — words copied from an earlier comment (a quotation,
// however it is marked), a line announcing a quotation ("Zitat von X", "X wrote:"), a
// signature (a closing line that already closed an earlier comment), a repeated post, a
// pingback. Comments go in page order, one at a time, so a streamed thread is read the same
// way as a whole one; each comes out with its spans (code-point offsets, like evidence).
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "palabre/analyze/token.hpp"
#include "palabre/lang/language.hpp"
#include "palabre/record.hpp"

namespace palabre {

struct HygieneRules {
  std::size_t copied_words = 6;       // a run of this many words seen earlier is a quotation
  std::size_t signature_words = 3;    // shorter closing lines are not signatures
  std::size_t header_name_words = 4;  // a quote header's name has at most this many words
  // Word runs remembered from earlier comments; past this the memory starts afresh, so a
  // huge thread's quotations are found among its recent comments only.
  std::size_t max_remembered = std::size_t{1} << 20;
};

class ThreadHygiene {
 public:
  explicit ThreadHygiene(HygieneRules rules = {}) : rules_(rules) {}

  // Forgets the thread seen so far.
  void clear();

  // The spans of the next comment, in text order, not overlapping. `tokens` are its
  // analysed tokens; `language` (may be null) gives its quote headers.
  std::vector<TextSpan> mark(const Comment& comment, const std::vector<Token>& tokens,
                             const Language* language);

 private:
  struct Seen {
    std::uint32_t comment = 0;  // index in page order
    bool in_last_line = false;  // the run was in the closing line of a comment of several lines
  };
  struct Line {
    std::size_t first_token = 0, end_token = 0;  // [first, end) of the line's word tokens
  };

  // The lines of `text` that hold tokens, as token ranges.
  std::vector<Line> lines_of(std::string_view text, const std::vector<Token>& tokens) const;
  bool is_quote_header(const std::vector<Token>& tokens, const Line& line, const Language& language) const;
  // Quotations and signatures among the current comment's words (word_hashes_).
  void mark_copies(const std::vector<Token>& tokens, const Line& last_line, bool several_lines,
                   std::vector<TextSpan>& spans) const;
  void remember(const Line& last_line, bool several_lines);
  // The hash of the `copied_words` words from word `from` of the current comment.
  std::uint64_t run_hash(std::size_t from) const;

  HygieneRules rules_;
  std::uint32_t comments_ = 0;
  std::vector<std::string> ids_;  // of the comments seen, for TextSpan::of
  std::unordered_map<std::uint64_t, std::uint32_t> whole_texts_;  // hash → comment
  std::unordered_map<std::uint64_t, Seen> runs_;                  // word-run hash → first seen
  std::unordered_map<std::uint64_t, std::uint32_t> closing_lines_;  // hash → comment
  std::vector<std::uint64_t> word_hashes_;  // of the current comment's word tokens
  std::vector<std::size_t> word_tokens_;    // their indices in the token list
};

}  // namespace palabre
