// The trie has one edge kind per match mode, and edges are keyed by the id of the key
// string, so a token's keys are looked up once per spelling (kept in the worker's WordMemo) and
// each step of the walk is an integer lookup; a term with inner stopwords is inserted once
// per variant (with and without them), so matching needs no backtracking over the term,
// only over the text's own stopwords, which may be skipped (one at most, elisions freely)
// between words.
#include "palabre/analyze/tagger.hpp"

#include "palabre/analyze/double_consonants.hpp"

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
    case TermRole::kConstruction:
      return theme.constructions[ref.construction].groups[ref.group][ref.term];
    case TermRole::kExclude: return theme.exclude[ref.term];
  }
  return theme.terms[ref.term];
}

// Where a hit stands for window checks: its sentence and the word it starts at (elisions
// are not words: "l'entreprise" is one).
struct Place {
  std::uint32_t sentence = 0, word = 0;
};

std::vector<Place> places_of(std::string_view text, const std::vector<Token>& tokens) {
  std::vector<Place> places(tokens.size());
  Place here;
  for (std::size_t i = 0; i < tokens.size(); ++i) {
    if (i > 0 && crosses_sentence(text, tokens[i - 1], tokens[i])) ++here.sentence;
    places[i] = here;
    if (tokens[i].kind != TokenKind::kElision) ++here.word;
  }
  return places;
}

// A hit of one group of a construction or of a theme's all_of.
struct GroupHit {
  std::uint32_t group = 0;
  const TermHit* hit = nullptr;
};

// Whether the hits hold one of each of `groups` groups in one sentence, starting at most
// `within` words apart (anywhere in the comment when `within` is 0). The hits of every
// window that does are appended to `used`. Sorting and one sliding window: O(h log h) in
// the number of hits, whatever the comment's length.
bool find_window(std::vector<GroupHit>& hits, std::size_t groups, std::size_t within,
                 const std::vector<Place>& places, std::vector<const TermHit*>& used) {
  if (hits.empty()) return false;
  std::vector<std::uint32_t> count(groups, 0);
  if (within == 0) {
    for (const GroupHit& h : hits) count[h.group] = 1;
    if (std::find(count.begin(), count.end(), 0u) != count.end()) return false;
    for (const GroupHit& h : hits) used.push_back(h.hit);
    return true;
  }
  auto place = [&](const GroupHit& h) { return places[h.hit->first_token]; };
  std::sort(hits.begin(), hits.end(), [&](const GroupHit& a, const GroupHit& b) {
    return std::pair(place(a).sentence, place(a).word) < std::pair(place(b).sentence, place(b).word);
  });
  std::size_t covered = 0, from = 0, marked = 0;
  bool found = false;
  for (std::size_t to = 0; to < hits.size(); ++to) {
    covered += count[hits[to].group]++ == 0;
    while (place(hits[from]).sentence != place(hits[to]).sentence ||
           place(hits[to]).word - place(hits[from]).word > within)
      covered -= --count[hits[from++].group] == 0;
    if (covered < groups) continue;
    found = true;
    for (std::size_t k = std::max(from, marked); k <= to; ++k) used.push_back(hits[k].hit);
    marked = to + 1;
  }
  return found;
}

}  // namespace

ThemeMatcher::ThemeMatcher(const ThemeSet& themes, std::shared_ptr<const Language> language,
                           WordMemo* memo)
    : themes_(themes), language_(std::move(language)) {
  if (memo) keys_by_word_ = memo->claim_slot<SpellingKeys>();
  nodes_.emplace_back();
  std::unordered_map<std::uint64_t, std::uint32_t> edges;
  for (std::uint32_t t = 0; t < themes.themes.size(); ++t) {
    const Theme& theme = themes.themes[t];
    for (std::uint32_t i = 0; i < theme.terms.size(); ++i)
      insert(theme.terms[i], {t, TermRole::kTerm, 0, 0, i}, edges);
    for (std::uint32_t c = 0; c < theme.constructions.size(); ++c) {
      const auto& groups = theme.constructions[c].groups;
      for (std::uint32_t g = 0; g < groups.size(); ++g)
        for (std::uint32_t i = 0; i < groups[g].size(); ++i)
          insert(groups[g][i], {t, TermRole::kConstruction, c, g, i}, edges);
    }
    for (std::uint32_t g = 0; g < theme.all_of.size(); ++g)
      for (std::uint32_t i = 0; i < theme.all_of[g].size(); ++i)
        insert(theme.all_of[g][i], {t, TermRole::kAllOf, 0, g, i}, edges);
    for (std::uint32_t i = 0; i < theme.exclude.size(); ++i)
      insert(theme.exclude[i], {t, TermRole::kExclude, 0, 0, i}, edges);
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

ThemeMatcher::SpellingKeys ThemeMatcher::keys_of(std::string_view stem,
                                              std::string_view folded) const {
  SpellingKeys keys;
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

ThemeMatcher::SpellingKeys ThemeMatcher::memo_keys_of(const Token& token) const {
  if (!keys_by_word_) return keys_of(token.stem, token.folded);
  if (const SpellingKeys* known = keys_by_word_->find(token.word)) return *known;
  const SpellingKeys keys = keys_of(token.stem, token.folded);
  keys_by_word_->store(token.word, keys);
  return keys;
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
    const SpellingKeys& here_keys = keys[next].spelling;
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
  // A bound on prefix_ids_, checked between comments (the memo's keys hold indices into
  // it): keys computed after the memo forgets its words, or for every token without a
  // memo, append to it.
  constexpr std::size_t kMaxPrefixIds = std::size_t{16} << 10;
  if (prefix_ids_.size() > kMaxPrefixIds) {
    prefix_ids_.clear();
    if (keys_by_word_) keys_by_word_->reset();
  }
  std::vector<TokenKeys> keys;
  keys.reserve(tokens.size());
  for (std::size_t i = 0; i < tokens.size(); ++i) {
    TokenKeys token_keys;
    if (tokens[i].kind != TokenKind::kElision) token_keys.spelling = memo_keys_of(tokens[i]);
    token_keys.after_break = i > 0 && crosses_sentence(text, tokens[i - 1], tokens[i]);
    keys.push_back(token_keys);
  }
  std::vector<TermHit> hits;
  for (std::size_t start = 0; start < tokens.size(); ++start)
    walk(tokens, keys, start, 0, start, start, 0, hits);
  return hits;
}

namespace {

// What one comment's hits say about one theme, before it is decided.
struct ThemeState {
  bool term_hit = false;
  bool excluded = false;
  std::vector<const TermHit*> evidence;                 // hits of terms
  std::vector<std::vector<GroupHit>> construction_hits;  // by construction
  std::vector<GroupHit> all_of_hits;
};

// Sorts the hits by theme and role; a hit whose topic is set aside counts for nothing.
std::vector<ThemeState> collect_hits(const ThemeSet& set, const std::vector<TermHit>& hits,
                                     const std::vector<NegationFinding>& negation) {
  std::vector<ThemeState> states(set.themes.size());
  for (std::size_t t = 0; t < set.themes.size(); ++t)
    states[t].construction_hits.resize(set.themes[t].constructions.size());
  for (std::size_t h = 0; h < hits.size(); ++h) {
    if (negation[h].set_aside) continue;
    const TermHit& hit = hits[h];
    ThemeState& state = states[hit.ref.theme];
    switch (hit.ref.role) {
      case TermRole::kTerm:
        state.term_hit = true;
        state.evidence.push_back(&hit);
        break;
      case TermRole::kConstruction:
        state.construction_hits[hit.ref.construction].push_back({hit.ref.group, &hit});
        break;
      case TermRole::kAllOf: state.all_of_hits.push_back({hit.ref.group, &hit}); break;
      case TermRole::kExclude: state.excluded = true; break;
    }
  }
  return states;
}

// Whether the theme fires; its evidence then holds every hit that made it.
bool decide(const Theme& theme, ThemeState& state, const std::vector<Place>& places) {
  if (state.excluded) return false;
  if (!theme.all_of.empty() && !find_window(state.all_of_hits, theme.all_of.size(),
                                            theme.all_of_within, places, state.evidence))
    return false;
  bool construction_hit = false;
  for (std::size_t c = 0; c < theme.constructions.size(); ++c) {
    const Construction& construction = theme.constructions[c];
    construction_hit |= find_window(state.construction_hits[c], construction.groups.size(),
                                    construction.within, places, state.evidence);
  }
  const bool needs_term = !theme.terms.empty() || !theme.constructions.empty();
  return !needs_term || state.term_hit || construction_hit;
}

// The weight a hit brings to its theme's score: its term's, and for a construction its share
// of the construction's weight, so that one construction counts once like one term.
double weight_of(const Theme& theme, const TermRef& ref) {
  const Term& term = term_of(theme, ref);
  if (ref.role != TermRole::kConstruction) return term.weight;
  const Construction& construction = theme.constructions[ref.construction];
  return term.weight * construction.weight / static_cast<double>(construction.groups.size());
}

ThemeTag make_tag(const Theme& theme, std::vector<const TermHit*>& evidence,
                  std::string_view text, const std::vector<Token>& tokens,
                  const std::vector<TermHit>& hits, const std::vector<NegationFinding>& negation) {
  // One evidence per span: the longest hit wins where hits overlap at the same start.
  std::sort(evidence.begin(), evidence.end(), [](const TermHit* a, const TermHit* b) {
    if (a->first_token != b->first_token) return a->first_token < b->first_token;
    return a->last_token > b->last_token;
  });
  ThemeTag tag;
  tag.id = theme.id;
  std::size_t covered_until = 0;
  bool any = false;
  double weight_sum = 0;
  for (const TermHit* hit : evidence) {
    if (any && hit->first_token < covered_until) continue;
    any = true;
    covered_until = hit->last_token + 1;
    Evidence item;
    item.text = std::string(span_text(text, tokens, *hit));
    item.start = tokens[hit->first_token].start;
    item.end = tokens[hit->last_token].end;
    item.term = hit->ref.role == TermRole::kConstruction
                    ? theme.constructions[hit->ref.construction].text
                    : term_of(theme, hit->ref).text;
    item.negated = negation[static_cast<std::size_t>(hit - hits.data())].negated;
    for (std::size_t k = hit->first_token; k <= hit->last_token; ++k)
      item.via_article |= tokens[k].from_article;
    weight_sum += weight_of(theme, hit->ref);
    tag.evidence.push_back(std::move(item));
  }
  tag.score = std::round(theme.weight * weight_sum * 100.0) / 100.0;
  return tag;
}

}  // namespace

std::vector<ThemeTag> tag_comment(const ThemeMatcher& matcher, std::string_view text,
                                  const std::vector<Token>& tokens) {
  const ThemeSet& set = matcher.themes();
  const std::vector<TermHit> hits = matcher.find_hits(text, tokens);
  std::vector<NegationFinding> negation(hits.size());
  for (std::size_t h = 0; h < hits.size(); ++h)
    negation[h] = find_negation(text, tokens, hits[h].first_token, matcher.language());
  std::vector<ThemeState> states = collect_hits(set, hits, negation);
  // Sentences and word positions, only for a comment with hits that a window must bring
  // together (a theme's all_of without "within" looks at the whole comment).
  std::vector<Place> places;
  for (std::size_t t = 0; t < set.themes.size() && places.empty(); ++t) {
    const Theme& theme = set.themes[t];
    bool windowed = theme.all_of_within > 0 && !states[t].all_of_hits.empty();
    for (std::size_t c = 0; c < theme.constructions.size(); ++c)
      windowed |= theme.constructions[c].within > 0 && !states[t].construction_hits[c].empty();
    if (windowed) places = places_of(text, tokens);
  }
  std::vector<ThemeTag> tags;
  for (std::size_t t = 0; t < set.themes.size(); ++t)
    if (decide(set.themes[t], states[t], places))
      tags.push_back(make_tag(set.themes[t], states[t].evidence, text, tokens, hits, negation));
  return tags;
}

}  // namespace palabre
