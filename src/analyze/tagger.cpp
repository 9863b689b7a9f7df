// The trie has one edge kind per match mode, and edges are keyed by the id of the key
// string, so a token's keys are looked up once per spelling (cached by Token::word) and
// each step of the walk is an integer lookup; a term with inner stopwords is inserted once
// per variant (with and without them), so matching needs no backtracking over the term,
// only over the text's own stopwords, which may be skipped (two at most) between words.
#include "palabre/analyze/tagger.hpp"

#include "palabre/analyze/spelling.hpp"

#include <algorithm>
#include <array>
#include <cmath>
#include <optional>
#include <unordered_map>

namespace palabre {
namespace {

constexpr int kMaxSkippedStopwords = 1;  // elisions are skipped freely
constexpr std::size_t kNegationWindow = 6;


bool crosses_sentence(std::string_view text, const Token& earlier, const Token& later) {
  if (earlier.byte_end > later.byte_start || later.byte_start > text.size()) return false;
  std::string_view gap = text.substr(earlier.byte_end, later.byte_start - earlier.byte_end);
  return gap.find_first_of(".!?;\n") != std::string_view::npos;
}

struct NegationFinding {
  bool negated = false;
  bool set_aside = false;
};

bool is_one_of(std::string_view word, const std::vector<std::string>& list) {
  return std::find(list.begin(), list.end(), word) != list.end();
}

// Looks back from the hit, within its sentence, for one of the language's negations; a
// negated verb of speech ("je ne parle pas de", "sans parler de") next to it sets the
// topic aside.
NegationFinding find_negation(std::string_view text, const std::vector<Token>& tokens,
                              std::size_t first, const Language& language) {
  NegationFinding finding;
  std::size_t sentence_start = first;
  while (sentence_start > 0 && first - sentence_start < kNegationWindow + 3 &&
         !crosses_sentence(text, tokens[sentence_start - 1], tokens[sentence_start]))
    --sentence_start;
  for (std::size_t k = first; k > sentence_start && first - k < kNegationWindow; --k) {
    const Token& token = tokens[k - 1];
    if (!is_one_of(token.folded, language.negations)) continue;
    finding.negated = true;
    std::size_t from = k - 1 >= sentence_start + 3 ? k - 4 : sentence_start;
    for (std::size_t v = from; v < first; ++v)
      finding.set_aside |= is_one_of(tokens[v].stem, language.set_aside_stems);
    return finding;
  }
  return finding;
}

std::string_view span_text(std::string_view text, const std::vector<Token>& tokens,
                           const TermHit& hit) {
  std::size_t from = tokens[hit.first_token].byte_start;
  std::size_t to = tokens[hit.last_token].byte_end;
  return text.substr(from, to - from);
}

const Term& term_of(const Theme& theme, const TermRef& ref) {
  switch (ref.role) {
    case TermRole::kTerm: return theme.terms[ref.term];
    case TermRole::kAllOf: return theme.all_of[ref.group][ref.term];
    case TermRole::kExclude: return theme.exclude[ref.term];
  }
  return theme.terms[ref.term];
}

}  // namespace

ThemeMatcher::ThemeMatcher(const ThemeSet& themes, std::shared_ptr<const Language> language)
    : themes_(themes), language_(std::move(language)) {
  nodes_.emplace_back();
  std::unordered_map<std::uint64_t, std::uint32_t> edges;
  for (std::uint32_t t = 0; t < themes.themes.size(); ++t) {
    const Theme& theme = themes.themes[t];
    for (std::uint32_t i = 0; i < theme.terms.size(); ++i)
      insert(theme.terms[i], {t, TermRole::kTerm, 0, i}, edges);
    for (std::uint32_t g = 0; g < theme.all_of.size(); ++g)
      for (std::uint32_t i = 0; i < theme.all_of[g].size(); ++i)
        insert(theme.all_of[g][i], {t, TermRole::kAllOf, g, i}, edges);
    for (std::uint32_t i = 0; i < theme.exclude.size(); ++i)
      insert(theme.exclude[i], {t, TermRole::kExclude, 0, i}, edges);
  }
  edges_.build(edges);
}

void ThemeMatcher::EdgeTable::build(const std::unordered_map<std::uint64_t, std::uint32_t>& edges) {
  std::size_t size = 2;
  while (size < 2 * edges.size()) size *= 2;  // at most half full keeps probes short
  slots_.assign(size, Slot{});
  mask_ = size - 1;
  for (const auto& [key, child] : edges) {
    std::size_t i = slot_of(key);
    while (slots_[i].child != 0) i = (i + 1) & mask_;
    slots_[i] = {key, child};
  }
}

void ThemeMatcher::insert(const Term& term, const TermRef& ref,
                          std::unordered_map<std::uint64_t, std::uint32_t>& edges) {
  insert_from(0, term, 0, ref, edges);
}

void ThemeMatcher::insert_from(std::uint32_t node, const Term& term, std::size_t word,
                               const TermRef& ref,
                               std::unordered_map<std::uint64_t, std::uint32_t>& edges) {
  if (word == term.words.size()) {
    nodes_[node].outputs.push_back(ref);
    return;
  }
  const TermWord& term_word = term.words[word];
  if (term_word.optional) insert_from(node, term, word + 1, ref, edges);
  // The word's own key, then its variants (a verb's inflections, the stem of the
  // unaccented spelling), each an edge to the rest of the term. A word written joined to
  // the previous one ("savoir-faire") must follow it directly: its edge is marked, and
  // the walk follows marked edges only when nothing was skipped.
  if (term_word.joined) nodes_[node].has_joined = true;
  const EdgeMode mode = term_word.match == WordMatch::kStem     ? EdgeMode::kStem
                        : term_word.match == WordMatch::kFolded ? EdgeMode::kFolded
                                                                : EdgeMode::kPrefix;
  for (std::size_t v = 0; v <= term_word.variants.size(); ++v) {
    const std::string& key = v == 0 ? term_word.key : term_word.variants[v - 1];
    // Stems and prefixes are compared with doubled consonants squeezed (spelling.hpp);
    // folded words (proper nouns, acronyms) keep their exact spelling.
    const std::string spelled =
        mode == EdgeMode::kFolded ? key : squeeze_double_consonants(key);
    const std::uint32_t key_id = key_ids_.intern(spelled);
    if (key_id >= prefix_key_.size()) prefix_key_.resize(key_id + 1, false);
    if (mode == EdgeMode::kPrefix) {
      nodes_[node].has_prefix = true;
      prefix_key_[key_id] = true;
      longest_prefix_ = std::max(longest_prefix_, spelled.size());
    }
    const std::uint64_t edge = EdgeTable::key_of(node, mode, term_word.joined, key_id);
    auto [found, added] = edges.emplace(edge, static_cast<std::uint32_t>(nodes_.size()));
    const std::uint32_t child = found->second;
    if (added) nodes_.emplace_back();
    insert_from(child, term, word + 1, ref, edges);
  }
}

ThemeMatcher::TokenKeys ThemeMatcher::keys_of(std::string_view stem,
                                              std::string_view folded) const {
  TokenKeys keys;
  auto id_of = [this](std::string_view key) {
    std::optional<std::uint32_t> id = key_ids_.find(key);
    return id ? *id : kNoKey;
  };
  keys.stem = id_of(has_double_consonant(stem) ? squeeze_double_consonants(stem)
                                               : std::string(stem));
  keys.folded = id_of(folded);
  keys.prefix_begin = keys.prefix_end = static_cast<std::uint32_t>(prefix_ids_.size());
  if (longest_prefix_ == 0) return keys;
  const std::string squeezed = squeeze_double_consonants(folded);
  const std::size_t longest = std::min(squeezed.size(), longest_prefix_);
  for (std::size_t length = 1; length <= longest; ++length) {
    const std::uint32_t id = id_of(std::string_view(squeezed).substr(0, length));
    if (id != kNoKey && prefix_key_[id]) prefix_ids_.push_back(id);
  }
  keys.prefix_end = static_cast<std::uint32_t>(prefix_ids_.size());
  return keys;
}

ThemeMatcher::TokenKeys ThemeMatcher::cached_keys_of(const Token& token) const {
  const std::size_t form_bytes = token.folded.size() + token.stem.size();
  if (token.word == kNoWordId || form_bytes > kCachedFormBytes)
    return keys_of(token.stem, token.folded);
  if (cache_.empty()) cache_.resize(kCacheSlots);
  CachedKeys& entry = cache_[token.word % kCacheSlots];
  if (entry.word == token.word && entry.folded_size == token.folded.size() &&
      entry.stem_size == token.stem.size()) {
    const std::string_view forms(entry.forms, form_bytes);
    if (forms.substr(0, entry.folded_size) == token.folded &&
        forms.substr(entry.folded_size) == token.stem)
      return entry.keys;
  }
  entry.keys = keys_of(token.stem, token.folded);
  entry.word = token.word;
  entry.folded_size = static_cast<std::uint8_t>(token.folded.size());
  entry.stem_size = static_cast<std::uint8_t>(token.stem.size());
  std::copy(token.folded.begin(), token.folded.end(), entry.forms);
  std::copy(token.stem.begin(), token.stem.end(), entry.forms + token.folded.size());
  return entry.keys;
}

void ThemeMatcher::walk(const std::vector<Token>& tokens, const std::vector<TokenKeys>& keys,
                        std::size_t start, std::uint32_t node, std::size_t next,
                        std::size_t last, int skipped, std::vector<TermHit>& hits) const {
  if (node != 0)
    for (const TermRef& ref : nodes_[node].outputs) hits.push_back({ref, start, last});
  if (next >= tokens.size()) return;
  if (node != 0 && keys[next].after_break) return;  // a term stays within its sentence
  const Token& token = tokens[next];
  const Node& here = nodes_[node];
  const bool joined_too = node != 0 && next == last + 1 && here.has_joined;
  auto follow = [&](EdgeMode mode, std::uint32_t key) {
    if (key == kNoKey) return;
    if (std::uint32_t child = edges_.find(EdgeTable::key_of(node, mode, false, key)))
      walk(tokens, keys, start, child, next + 1, next, 0, hits);
    if (!joined_too) return;
    if (std::uint32_t child = edges_.find(EdgeTable::key_of(node, mode, true, key)))
      walk(tokens, keys, start, child, next + 1, next, 0, hits);
  };
  if (token.kind != TokenKind::kElision) {
    const TokenKeys& here_keys = keys[next];
    follow(EdgeMode::kStem, here_keys.stem);
    follow(EdgeMode::kFolded, here_keys.folded);
    if (here.has_prefix)
      for (std::uint32_t p = here_keys.prefix_begin; p < here_keys.prefix_end; ++p)
        follow(EdgeMode::kPrefix, prefix_ids_[p]);
  }
  if (node == 0) return;
  // Between a term's words the text may hold elisions and one stopword ("place du marché").
  if (token.kind == TokenKind::kElision)
    walk(tokens, keys, start, node, next + 1, last, skipped, hits);
  else if (token.stopword && skipped < kMaxSkippedStopwords)
    walk(tokens, keys, start, node, next + 1, last, skipped + 1, hits);
}

std::vector<TermHit> ThemeMatcher::find_hits(std::string_view text,
                                             const std::vector<Token>& tokens) const {
  // A bound on prefix_ids_, checked between comments (cached keys hold indices into it):
  // entries computed again after a collision or the analyzer's forget_words() append to
  // it. The cache itself is a fixed table of kCacheSlots entries (~230 KB): a table that
  // grew with the memo, with the checked forms beside it, held ~2 MB per matcher at the
  // peak (issue 7).
  constexpr std::size_t kMaxPrefixIds = std::size_t{16} << 10;
  if (prefix_ids_.size() > kMaxPrefixIds) {
    prefix_ids_.clear();
    for (CachedKeys& entry : cache_) entry.word = kNoKey;
  }
  std::vector<TokenKeys> keys;
  keys.reserve(tokens.size());
  for (std::size_t i = 0; i < tokens.size(); ++i) {
    TokenKeys token_keys = tokens[i].kind == TokenKind::kElision ? TokenKeys{}
                                                                  : cached_keys_of(tokens[i]);
    token_keys.after_break = i > 0 && crosses_sentence(text, tokens[i - 1], tokens[i]);
    keys.push_back(token_keys);
  }
  std::vector<TermHit> hits;
  for (std::size_t start = 0; start < tokens.size(); ++start)
    walk(tokens, keys, start, 0, start, start, 0, hits);
  return hits;
}

std::vector<ThemeTag> tag_comment(const ThemeMatcher& matcher, std::string_view text,
                                  const std::vector<Token>& tokens) {
  const ThemeSet& set = matcher.themes();
  std::vector<TermHit> hits = matcher.find_hits(text, tokens);

  struct ThemeState {
    bool term_hit = false;
    std::vector<bool> groups_hit;
    bool excluded = false;
    std::vector<const TermHit*> evidence;
  };
  std::vector<ThemeState> states(set.themes.size());
  for (std::size_t t = 0; t < set.themes.size(); ++t)
    states[t].groups_hit.assign(set.themes[t].all_of.size(), false);

  std::vector<NegationFinding> negation(hits.size());
  for (std::size_t h = 0; h < hits.size(); ++h) {
    const TermHit& hit = hits[h];
    negation[h] = find_negation(text, tokens, hit.first_token, matcher.language());
    if (negation[h].set_aside) continue;
    ThemeState& state = states[hit.ref.theme];
    switch (hit.ref.role) {
      case TermRole::kTerm: state.term_hit = true; break;
      case TermRole::kAllOf: state.groups_hit[hit.ref.group] = true; break;
      case TermRole::kExclude: state.excluded = true; break;
    }
    if (hit.ref.role != TermRole::kExclude) state.evidence.push_back(&hit);
  }

  std::vector<ThemeTag> tags;
  for (std::size_t t = 0; t < set.themes.size(); ++t) {
    const Theme& theme = set.themes[t];
    ThemeState& state = states[t];
    bool groups_ok = std::all_of(state.groups_hit.begin(), state.groups_hit.end(),
                                 [](bool hit) { return hit; });
    if (state.excluded || !groups_ok || (!theme.terms.empty() && !state.term_hit)) continue;

    // One evidence per span: the longest hit wins where hits overlap at the same start.
    std::sort(state.evidence.begin(), state.evidence.end(), [](const TermHit* a, const TermHit* b) {
      if (a->first_token != b->first_token) return a->first_token < b->first_token;
      return a->last_token > b->last_token;
    });
    ThemeTag tag;
    tag.id = theme.id;
    std::size_t covered_until = 0;
    bool any = false;
    double weight_sum = 0;
    for (const TermHit* hit : state.evidence) {
      if (any && hit->first_token < covered_until) continue;
      any = true;
      covered_until = hit->last_token + 1;
      const Token& first = tokens[hit->first_token];
      const Token& last = tokens[hit->last_token];
      const Term& term = term_of(theme, hit->ref);
      Evidence evidence;
      evidence.text = std::string(span_text(text, tokens, *hit));
      evidence.start = first.start;
      evidence.end = last.end;
      evidence.term = term.text;
      evidence.negated = negation[static_cast<std::size_t>(hit - hits.data())].negated;
      for (std::size_t k = hit->first_token; k <= hit->last_token; ++k)
        evidence.via_article |= tokens[k].from_article;
      weight_sum += term.weight;
      tag.evidence.push_back(std::move(evidence));
    }
    tag.score = std::round(theme.weight * weight_sum * 100.0) / 100.0;
    tags.push_back(std::move(tag));
  }
  return tags;
}

}  // namespace palabre
