// The trie has one edge kind per match mode; a term with inner stopwords is inserted once
// per variant (with and without them), so matching needs no backtracking over the term,
// only over the text's own stopwords, which may be skipped (two at most) between words.
#include "palabre/analyze/tagger.hpp"

#include "palabre/analyze/spelling.hpp"

#include <algorithm>
#include <array>
#include <cmath>

namespace palabre {
namespace {

constexpr int kMaxSkippedStopwords = 1;  // elisions are skipped freely
constexpr std::size_t kNegationWindow = 6;
constexpr char kJoinedMark = '-';  // prefix of edge keys for hyphen-joined words

constexpr std::array<std::string_view, 9> kNegators = {
    "pas", "jamais", "aucun", "aucune", "ni", "guere", "nullement", "sans", "non"};
// Verbs that, negated, set a topic aside: "je ne parle pas d'Amazon".
constexpr std::array<std::string_view, 4> kSetAsideStems = {"parl", "evoqu", "mentionn", "vis"};

bool crosses_sentence(std::string_view text, const Token& earlier, const Token& later) {
  if (earlier.byte_end > later.byte_start || later.byte_start > text.size()) return false;
  std::string_view gap = text.substr(earlier.byte_end, later.byte_start - earlier.byte_end);
  return gap.find_first_of(".!?;\n") != std::string_view::npos;
}

struct NegationFinding {
  bool negated = false;
  bool set_aside = false;
};

bool is_set_aside_verb(const Token& token) {
  for (std::string_view stem : kSetAsideStems)
    if (token.stem == stem) return true;
  return false;
}

// Looks back from the hit, within its sentence, for a negator; a negated verb of speech
// ("je ne parle pas de", "sans parler de") next to it sets the topic aside.
NegationFinding find_negation(std::string_view text, const std::vector<Token>& tokens,
                              std::size_t first) {
  NegationFinding finding;
  std::size_t sentence_start = first;
  while (sentence_start > 0 && first - sentence_start < kNegationWindow + 3 &&
         !crosses_sentence(text, tokens[sentence_start - 1], tokens[sentence_start]))
    --sentence_start;
  for (std::size_t k = first; k > sentence_start && first - k < kNegationWindow; --k) {
    const Token& token = tokens[k - 1];
    bool negator = false;
    for (std::string_view word : kNegators) negator |= token.folded == word;
    if (!negator) continue;
    finding.negated = true;
    std::size_t from = k - 1 >= sentence_start + 3 ? k - 4 : sentence_start;
    for (std::size_t v = from; v < first; ++v) finding.set_aside |= is_set_aside_verb(tokens[v]);
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

ThemeMatcher::ThemeMatcher(const ThemeSet& themes) : themes_(themes) {
  nodes_.emplace_back();
  for (std::uint32_t t = 0; t < themes.themes.size(); ++t) {
    const Theme& theme = themes.themes[t];
    for (std::uint32_t i = 0; i < theme.terms.size(); ++i)
      insert(theme.terms[i], {t, TermRole::kTerm, 0, i});
    for (std::uint32_t g = 0; g < theme.all_of.size(); ++g)
      for (std::uint32_t i = 0; i < theme.all_of[g].size(); ++i)
        insert(theme.all_of[g][i], {t, TermRole::kAllOf, g, i});
    for (std::uint32_t i = 0; i < theme.exclude.size(); ++i)
      insert(theme.exclude[i], {t, TermRole::kExclude, 0, i});
  }
}

void ThemeMatcher::insert(const Term& term, const TermRef& ref) { insert_from(0, term, 0, ref); }

void ThemeMatcher::insert_from(std::uint32_t node, const Term& term, std::size_t word,
                               const TermRef& ref) {
  if (word == term.words.size()) {
    nodes_[node].outputs.push_back(ref);
    return;
  }
  const TermWord& term_word = term.words[word];
  if (term_word.optional) insert_from(node, term, word + 1, ref);
  // The word's own key, then its variants (a verb's inflections, the stem of the
  // unaccented spelling), each an edge to the rest of the term. A word written joined to
  // the previous one ("savoir-faire") must follow it directly: its edge key is marked, and
  // the walk looks marked keys up only when nothing was skipped.
  if (term_word.joined) nodes_[node].has_joined = true;
  for (std::size_t v = 0; v <= term_word.variants.size(); ++v) {
    const std::string& key = v == 0 ? term_word.key : term_word.variants[v - 1];
    auto& edges = term_word.match == WordMatch::kStem     ? nodes_[node].by_stem
                  : term_word.match == WordMatch::kFolded ? nodes_[node].by_folded
                                                          : nodes_[node].by_prefix;
    // Stems and prefixes are compared with doubled consonants squeezed (spelling.hpp);
    // folded words (proper nouns, acronyms) keep their exact spelling.
    std::string spelled =
        term_word.match == WordMatch::kFolded ? key : squeeze_double_consonants(key);
    std::string edge_key = term_word.joined ? kJoinedMark + spelled : spelled;
    if (term_word.match == WordMatch::kPrefix) {
      nodes_[node].longest_prefix = std::max(nodes_[node].longest_prefix, edge_key.size());
      if (spelled.size() < 64) nodes_[node].prefix_lengths |= std::uint64_t{1} << spelled.size();
    }
    std::uint32_t child;
    if (auto found = edges.find(edge_key); found != edges.end()) {
      child = found->second;
    } else {
      child = static_cast<std::uint32_t>(nodes_.size());
      edges.emplace(std::move(edge_key), child);  // before emplace_back, which may move `edges`
      nodes_.emplace_back();
    }
    insert_from(child, term, word + 1, ref);
  }
}

void ThemeMatcher::walk(const std::vector<Token>& tokens, const std::vector<SlackKeys>& slack,
                        std::size_t start, std::uint32_t node, std::size_t next,
                        std::size_t last, int skipped, std::vector<TermHit>& hits) const {
  if (node != 0)
    for (const TermRef& ref : nodes_[node].outputs) hits.push_back({ref, start, last});
  if (next >= tokens.size()) return;
  if (node != 0 && slack[next].after_break) return;  // a term stays within its sentence
  const Token& token = tokens[next];
  const Node& here = nodes_[node];
  const bool adjacent = node != 0 && next == last + 1;
  auto follow = [&](const Edges& edges, std::string_view key) {
    if (auto it = edges.find(key); it != edges.end())
      walk(tokens, slack, start, it->second, next + 1, next, 0, hits);
    if (adjacent && here.has_joined) {
      std::string joined(1, kJoinedMark);
      joined += key;
      if (auto it = edges.find(joined); it != edges.end())
        walk(tokens, slack, start, it->second, next + 1, next, 0, hits);
    }
  };
  if (token.kind != TokenKind::kElision) {
    follow(here.by_stem, slack[next].stem);
    follow(here.by_folded, token.folded);
    if (!here.by_prefix.empty())
      for (std::size_t length = 1,
                       longest = std::min(slack[next].folded.size(), here.longest_prefix);
           length <= longest; ++length)
        if (length >= 64 || (here.prefix_lengths >> length & 1) != 0)
          follow(here.by_prefix, slack[next].folded.substr(0, length));
  }
  if (node == 0) return;
  // Between a term's words the text may hold elisions and one stopword ("place du marché").
  if (token.kind == TokenKind::kElision)
    walk(tokens, slack, start, node, next + 1, last, skipped, hits);
  else if (token.stopword && skipped < kMaxSkippedStopwords)
    walk(tokens, slack, start, node, next + 1, last, skipped + 1, hits);
}

std::vector<TermHit> ThemeMatcher::find_hits(std::string_view text,
                                             const std::vector<Token>& tokens) const {
  // Squeezed copies go to one buffer, reserved up front (for the worst case, every form
  // squeezed) so that the views stay put.
  std::size_t squeezed_bytes = 0;
  for (const Token& token : tokens) squeezed_bytes += token.stem.size() + token.folded.size();
  std::string squeezed;
  squeezed.reserve(squeezed_bytes);
  auto slack_of = [&squeezed](std::string_view key) -> std::string_view {
    if (!has_double_consonant(key)) return key;
    std::size_t from = squeezed.size();
    append_squeezed(squeezed, key);
    return std::string_view(squeezed).substr(from);
  };
  std::vector<SlackKeys> slack;
  slack.reserve(tokens.size());
  for (std::size_t i = 0; i < tokens.size(); ++i)
    slack.push_back({slack_of(tokens[i].stem), slack_of(tokens[i].folded),
                     i > 0 && crosses_sentence(text, tokens[i - 1], tokens[i])});
  std::vector<TermHit> hits;
  for (std::size_t start = 0; start < tokens.size(); ++start)
    walk(tokens, slack, start, 0, start, start, 0, hits);
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
    negation[h] = find_negation(text, tokens, hit.first_token);
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
