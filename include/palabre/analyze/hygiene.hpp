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
#include <vector>

#include "palabre/analyze/interner.hpp"
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
  // Quotations and signatures among the current comment's words (from run_sources_).
  void mark_copies(const std::vector<Token>& tokens, const Line& last_line, bool several_lines,
                   std::vector<TextSpan>& spans) const;
  // Fills run_sources_ for the current comment's runs and remembers them.
  void match_runs(const Line& last_line, bool several_lines);
  // run_hashes_[w]: the hash of the `copied_words` words from word w of the current comment.
  void hash_runs();

  HygieneRules rules_;
  std::uint32_t comments_ = 0;
  std::vector<std::string> ids_;  // of the comments seen, for TextSpan::of
  // Hashes of whole texts, word runs and closing lines, each with its first sighting (ids of
  // these sets index the vectors beside them).
  using HashSet = IdTupleInterner<2>;
  static HashSet::Key key_of(std::uint64_t hash) {
    return {static_cast<std::uint32_t>(hash >> 32), static_cast<std::uint32_t>(hash)};
  }
  HashSet whole_texts_, runs_, closing_lines_;
  std::vector<std::uint32_t> whole_text_comment_, closing_line_comment_;
  std::vector<Seen> run_seen_;
  std::vector<std::uint64_t> word_hashes_;  // of the current comment's word tokens
  std::vector<std::size_t> word_tokens_;    // their indices in the token list
  std::vector<std::uint64_t> run_hashes_;
  // run_sources_[w]: the run_seen_ entry of run w when an earlier comment had it.
  static constexpr std::uint32_t kNotSeen = 0xffffffff;
  std::vector<std::uint32_t> run_sources_;
};

}  // namespace palabre
