// Theme tagging: every term of a ThemeSet compiled into one token-level automaton (a trie
// whose edges are keyed by integer ids of the term words' keys), run over a comment's
// tokens; the hits decide which themes fire (terms, constructions, all_of groups,
// excludes) and become evidence spans. Negation is marked, not ignored: "ce n'est pas de
// l'artisanat" still talks about craft; a topic named only to be set aside
// ("je ne parle pas d'Amazon") does not count.
#pragma once

#include <cstddef>
#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "palabre/analyze/interner.hpp"
#include "palabre/analyze/themes.hpp"
#include "palabre/analyze/token.hpp"
#include "palabre/analyze/word_memo.hpp"
#include "palabre/lang/language.hpp"

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

enum class TermRole : std::uint8_t { kTerm, kAllOf, kExclude, kConstruction };

struct TermRef {
  std::uint32_t theme = 0;
  TermRole role = TermRole::kTerm;
  std::uint32_t construction = 0;  // for kConstruction: its index in the theme
  std::uint32_t group = 0;         // for kAllOf and kConstruction
  std::uint32_t term = 0;          // index in the theme's list (or group) for that role
};

struct TermHit {
  TermRef ref;
  std::size_t first_token = 0, last_token = 0;  // inclusive
};

class ThemeMatcher {
 public:
  // `themes` compiled for `language` (its terms analysed by that language's Analyzer),
  // whose negations the tagger reads. `themes` must outlive the matcher. `memo`, when given,
  // is the worker's (analyze/word_memo.hpp), shared by the analysers of the tokens the
  // matcher will see and outliving it: each spelling's keys are then computed once.
  ThemeMatcher(const ThemeSet& themes, std::shared_ptr<const Language> language,
               WordMemo* memo = nullptr);

  // Every occurrence of every term in `tokens` of `text`; text stopwords may stand between
  // a term's words, a sentence or paragraph break may not. Not thread-safe (it keeps
  // per-spelling keys): one matcher per thread, like the Analyzer.
  std::vector<TermHit> find_hits(std::string_view text, const std::vector<Token>& tokens) const;

  const ThemeSet& themes() const { return themes_; }
  const Language& language() const { return *language_; }

 private:
  // How an edge compares a token: its stem, its folded form, or a prefix of its folded form.
  enum class EdgeMode : std::uint8_t { kStem, kFolded, kPrefix };
  static constexpr std::uint32_t kNoKey = 0xffffffff;

  struct Node {
    std::vector<TermRef> outputs;
    bool has_joined = false;  // some edge needs its word right after the previous one
    bool has_prefix = false;  // some edge matches on a prefix
  };

  // Child nodes by (node, mode, joined, key id): open addressing over 64-bit keys, filled
  // once by the constructor. 0 (the root) means no edge: the root is nobody's child.
  class EdgeTable {
   public:
    static std::uint64_t key_of(std::uint32_t node, EdgeMode mode, bool joined, std::uint32_t key) {
      return std::uint64_t{node} << 32 | std::uint64_t{static_cast<std::uint8_t>(mode)} << 30 |
             std::uint64_t{joined} << 29 | key;
    }
    void build(const std::unordered_map<std::uint64_t, std::uint32_t>& edges);
    std::uint32_t find(std::uint64_t key) const {
      for (std::size_t i = slot_of(key);; i = (i + 1) & mask_) {
        if (slots_[i].child == 0) return 0;
        if (slots_[i].key == key) return slots_[i].child;
      }
    }

   private:
    struct Slot {
      std::uint64_t key = 0;
      std::uint32_t child = 0;
    };
    std::size_t slot_of(std::uint64_t key) const {
      return static_cast<std::size_t>((key * 0x9e3779b97f4a7c15ULL) >> 32) & mask_;
    }
    std::vector<Slot> slots_ = std::vector<Slot>(1);
    std::size_t mask_ = 0;
  };

  // A token's key ids: its squeezed stem and its folded form (kNoKey when no edge uses
  // them), the prefix keys its squeezed folded form starts with, shortest first (in
  // prefix_ids_[prefix_begin, prefix_end)). A function of the token's spelling.
  struct SpellingKeys {
    std::uint32_t stem = kNoKey, folded = kNoKey;
    std::uint32_t prefix_begin = 0, prefix_end = 0;
  };
  // The same, and whether a sentence ends before the token.
  struct TokenKeys {
    SpellingKeys spelling;
    bool after_break = false;
  };

  void insert(const Term& term, const TermRef& ref,
              std::unordered_map<std::uint64_t, std::uint32_t>& edges);
  void insert_from(std::uint32_t node, const Term& term, std::size_t word, const TermRef& ref,
                   std::unordered_map<std::uint64_t, std::uint32_t>& edges);
  SpellingKeys keys_of(std::string_view stem, std::string_view folded) const;
  SpellingKeys memo_keys_of(const Token& token) const;
  void walk(const std::vector<Token>& tokens, const std::vector<TokenKeys>& keys,
            std::size_t start, std::uint32_t node, std::size_t next, std::size_t last,
            int skipped, std::vector<TermHit>& hits) const;

  const ThemeSet& themes_;
  std::shared_ptr<const Language> language_;
  std::vector<Node> nodes_;
  EdgeTable edges_;
  Interner key_ids_;                 // every edge key as compared (squeezed where it is)
  std::vector<bool> prefix_key_;     // by key id: some edge matches it as a prefix
  std::size_t longest_prefix_ = 0;   // bytes of the longest prefix key
  // Each spelling's keys, in the worker's memo (none without one); reset with prefix_ids_,
  // which they index, when it grows past a bound.
  mutable std::optional<WordMemo::Slot<SpellingKeys>> keys_by_word_;
  mutable std::vector<std::uint32_t> prefix_ids_;
};

// Tags one comment from its tokens. `text` is the comment the tokens view into.
std::vector<ThemeTag> tag_comment(const ThemeMatcher& matcher, std::string_view text,
                                  const std::vector<Token>& tokens);

}  // namespace palabre
