// Theme tagging: every term of a ThemeSet compiled into one token-level trie, run over a
// comment's tokens; the hits decide which themes fire (terms, all_of groups, excludes)
// and become evidence spans. Negation is marked, not ignored: "ce n'est pas de
// l'artisanat" still talks about craft; a topic named only to be set aside
// ("je ne parle pas d'Amazon") does not count.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "palabre/analyze/themes.hpp"
#include "palabre/analyze/token.hpp"

namespace palabre {

struct Evidence {
  std::string text;                // the words as written in the comment
  std::size_t start = 0, end = 0;  // code-point offsets into the comment's text
  std::string term;                // the theme-file term that matched
  bool negated = false;
  bool via_article = false;        // "ce pays" standing for the article's subject
};

struct ThemeTag {
  std::string id;
  double score = 0;                // theme weight × the summed weights of distinct evidence
  std::vector<Evidence> evidence;  // in text order
};

enum class TermRole : std::uint8_t { kTerm, kAllOf, kExclude };

struct TermRef {
  std::uint32_t theme = 0;
  TermRole role = TermRole::kTerm;
  std::uint32_t group = 0;         // for kAllOf
  std::uint32_t term = 0;          // index in the theme's list for that role
};

struct TermHit {
  TermRef ref;
  std::size_t first_token = 0, last_token = 0;  // inclusive
};

class ThemeMatcher {
 public:
  explicit ThemeMatcher(const ThemeSet& themes);

  // Every occurrence of every term in `tokens` of `text`; text stopwords may stand between
  // a term's words, a sentence or paragraph break may not.
  std::vector<TermHit> find_hits(std::string_view text, const std::vector<Token>& tokens) const;

  const ThemeSet& themes() const { return themes_; }

 private:
  // Edge keys are looked up by string_view, with no key string built per token.
  struct KeyHash {
    using is_transparent = void;
    std::size_t operator()(std::string_view key) const {
      return std::hash<std::string_view>{}(key);
    }
  };
  using Edges = std::unordered_map<std::string, std::uint32_t, KeyHash, std::equal_to<>>;
  struct Node {
    Edges by_stem, by_folded, by_prefix;
    std::vector<TermRef> outputs;
    bool has_joined = false;  // some edge needs its word right after the previous one
    std::size_t longest_prefix = 0;  // bytes of the longest by_prefix key: bounds the lookups
    // Bit n set: some by_prefix key (without its joined mark) is n bytes long; lengths
    // from 64 on are always tried. Saves the lookups of lengths no key has.
    std::uint64_t prefix_lengths = 0;
  };
  void insert(const Term& term, const TermRef& ref);
  void insert_from(std::uint32_t node, const Term& term, std::size_t word, const TermRef& ref);
  // A token's stem and folded form with doubled consonants squeezed (spelling.hpp): the
  // token's own forms when nothing is doubled, else views into find_hits' buffer.
  struct SlackKeys {
    std::string_view stem, folded;
    bool after_break = false;  // a sentence or paragraph ends before this token
  };
  void walk(const std::vector<Token>& tokens, const std::vector<SlackKeys>& slack,
            std::size_t start, std::uint32_t node, std::size_t next, std::size_t last,
            int skipped, std::vector<TermHit>& hits) const;

  const ThemeSet& themes_;
  std::vector<Node> nodes_;
};

// Tags one comment from its tokens. `text` is the comment the tokens view into.
std::vector<ThemeTag> tag_comment(const ThemeMatcher& matcher, std::string_view text,
                                  const std::vector<Token>& tokens);

}  // namespace palabre
