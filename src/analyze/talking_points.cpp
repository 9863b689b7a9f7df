// What makes a point, and why:
//  - a thread's point is shared: it is carried by several comments, and it is ranked by its
//    distinct commenters (one person repeating a phrase is not a debate);
//  - words are keyed by stem, elisions and function words are transparent inside a phrase
//    but never open or close one, and a phrase stays within its clause (punctuation cuts);
//  - a word the language uses everywhere ("temps", "people", "Leute": the first ranks of a
//    general frequency list, not this thread's counts) says nothing alone, unless the thread
//    writes it as a name; a word of a commenter's name is an address, not a topic;
//  - the ten are chosen for variety (maximal marginal relevance over the comments they
//    cover), and a phrase sharing a word and half its comments with a better point is that
//    point again;
//  - a word is shown as the longest phrase that still carries most of its comments
//    ("Corée du Sud" rather than "sud").
#include "palabre/analyze/talking_points.hpp"

#include <algorithm>
#include <array>
#include <cmath>
#include <set>

#include "palabre/analyze/id_sets.hpp"
#include "palabre/text/utf8.hpp"

namespace palabre {
namespace {

constexpr std::size_t kMinLetters = 3;
// No word of these languages is longer; a longer run of letters (a pasted hash, a hostile
// input) is not a candidate, which also bounds the string comparisons below.
constexpr std::size_t kMaxWordBytes = 64;
// How many candidates, best first, the variety-seeking choice looks at per point asked for.
constexpr std::size_t kPoolPerPoint = 20;

// What ends a sentence or a phrase between two words: ASCII punctuation, and for phrases
// also quotes, dashes and the ellipsis character, compared as code points (a byte-wise test
// would also cut at the no-break space, "€" or "—", which share bytes with them). Every
// sentence break also ends a phrase.
enum class GapBreak { kNone, kPhrase, kSentence };

constexpr std::array<GapBreak, 128> ascii_breaks() {
  std::array<GapBreak, 128> breaks{};
  for (char c : std::string_view(":,()[]\"/|")) breaks[static_cast<unsigned char>(c)] = GapBreak::kPhrase;
  for (char c : std::string_view(".!?;\n")) breaks[static_cast<unsigned char>(c)] = GapBreak::kSentence;
  return breaks;
}
constexpr std::array<GapBreak, 128> kAsciiBreaks = ascii_breaks();

// The strongest break in text[from, to).
GapBreak gap_break(std::string_view text, std::size_t from, std::size_t to) {
  to = std::min(to, text.size());
  GapBreak found = GapBreak::kNone;
  for (std::size_t pos = from; pos < to;) {
    const auto byte = static_cast<unsigned char>(text[pos]);
    if (byte < 0x80) {
      if (kAsciiBreaks[byte] == GapBreak::kSentence) return GapBreak::kSentence;
      if (kAsciiBreaks[byte] == GapBreak::kPhrase) found = GapBreak::kPhrase;
      ++pos;
      continue;
    }
    const char32_t c = decode_next(text, pos);
    if (c == U'\u00AB' || c == U'\u00BB' || c == U'\u2026' || c == U'\u201C' || c == U'\u201D' ||
        c == U'\u201E' || c == U'\u2013' || c == U'\u2014')
      found = GapBreak::kPhrase;
  }
  return found;
}

// A word that may carry a point: not a function word, three letters or more, or a short
// acronym or code ("EP", "O2", "HD7").
bool is_content(const Token& token) {
  if (token.stopword || token.folded.size() > kMaxWordBytes) return false;
  if (count_code_points(token.folded) >= kMinLetters) return true;
  bool digit = false, letter = false, lower = false;
  for (char c : token.surface) {
    digit |= c >= '0' && c <= '9';
    letter |= (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    lower |= c >= 'a' && c <= 'z';
  }
  return token.surface.size() == 2 && letter && (digit || !lower);
}

// "alibaba.com" names a site the commenters talk about; "https://…/article" is a reference.
bool is_named_site(const Token& token) {
  return token.kind == TokenKind::kUrl && token.surface.find("://") == std::string_view::npos &&
         !token.surface.starts_with("www.") && !token.surface.starts_with("WWW.") &&
         token.surface.find('/') == std::string_view::npos && token.folded.size() >= kMinLetters;
}

// The folded words of the commenters' names: "@Voll Gaga" addresses someone, it is no topic.
std::set<std::string> name_words(const CommentIdentities& comments) {
  std::set<std::string> words;
  for (std::size_t c = 0; c < comments.size(); ++c) {
    const std::string* author = comments.author(c);
    if (!author) continue;
    const std::string folded = fold(*author);
    std::size_t pos = 0;
    while (pos < folded.size()) {
      std::size_t start = pos;
      while (pos < folded.size()) {
        std::size_t next = pos;
        if (!is_letter(decode_next(folded, next))) break;
        pos = next;
      }
      if (pos - start >= kMinLetters) words.insert(folded.substr(start, pos - start));
      if (pos == start) decode_next(folded, pos);
    }
  }
  return words;
}

}  // namespace

struct TalkingPointAccumulator::Scored {
  std::uint32_t id = 0;
  double score = 0;
  std::size_t commenters = 0;
  std::vector<std::uint32_t> comments;  // sorted
};

struct TalkingPointAccumulator::Chosen {
  Scored point;
  std::uint32_t shown = 0;           // the candidate whose phrase is shown for it
  std::vector<std::uint32_t> words;  // word ids of the point and of the phrase shown
};

void TalkingPointAccumulator::CommentList::add(std::uint32_t comment) {
  if (count == 0) {
    first = comment;
  } else {
    const std::uint32_t last = count == 1 ? first : later->back();
    if (last == comment) return;
    if (!later) later = std::make_unique<std::vector<std::uint32_t>>();
    later->push_back(comment);
  }
  ++count;
}

TalkingPointAccumulator::TalkingPointAccumulator(const TalkingPointOptions& options, WordMemo* memo)
    : options_(options), words_(memo), prune_at_(options.prune_above) {
  options_.max_words = std::clamp<std::size_t>(options_.max_words, 1, kMaxPhraseWords);
}

void TalkingPointAccumulator::clear() {
  comments_ = 0;
  prune_at_ = options_.prune_above;
  recent_from_ = 0;
  words_.clear();
  stats_.clear();
  candidates_.clear();
  spellings_.clear();
  excerpts_.clear();
}

std::uint32_t TalkingPointAccumulator::word_id(const Token& token, std::string_view key) {
  bool added = false;
  const std::uint32_t id = words_.intern(token, key, &added);
  if (added) {
    if (id == stats_.size()) stats_.emplace_back();
    stats_[id] = WordStats{};
    stats_[id].folded = std::string(token.folded);
  }
  return id;
}

void TalkingPointAccumulator::count_candidate(const PhraseKey& key, std::string_view text,
                                              const Token& first, const Token& last) {
  bool added = false;
  const std::uint32_t id = candidates_.intern(key, &added);
  if (added) {
    if (id == candidate_stats_.size()) candidate_stats_.emplace_back();
    candidate_stats_[id].comments.clear();
    candidate_stats_[id].excerpt = 0;
  }
  Candidate& candidate = candidate_stats_[id];
  const std::size_t before = candidate.comments.size();
  candidate.comments.add(comments_);
  // The excerpt comes from the comment that makes the phrase shared: the first one's text
  // is gone by then, and a phrase no second comment carries needs none. Its sentence is
  // cut once it ends, for all the phrases it shares.
  if (before == 1 && candidate.comments.size() == 2 && candidate.excerpt == 0) {
    if (awaiting_excerpt_.empty()) excerpt_at_ = first.byte_start;
    awaiting_excerpt_.push_back(id);
  }
  spellings_.count(id, text.substr(first.byte_start, last.byte_end - first.byte_start));
}

void TalkingPointAccumulator::add_phrases(std::string_view text, const std::vector<Word>& chunk) {
  for (std::size_t a = 0; a < chunk.size(); ++a) {
    PhraseKey key;
    key.fill(kNoWord);
    for (std::size_t b = a, length = 0; b < chunk.size() && length < options_.max_words; ++b) {
      if (b > a && gaps_[b] > options_.max_inner_stopwords) break;
      key[length++] = chunk[b].id;
      count_candidate(key, text, *chunk[a].token, *chunk[b].token);
    }
  }
}

void TalkingPointAccumulator::end_sentence(std::string_view text, std::size_t begin, std::size_t end) {
  if (awaiting_excerpt_.empty()) return;
  end = after_closing_marks(text, end);  // "…organisé en spéciali..." keeps its dots
  excerpts_.push_back({comments_, excerpt_of_range(text, begin, end, excerpt_at_, options_.excerpt_bytes)});
  for (std::uint32_t id : awaiting_excerpt_) candidate_stats_[id].excerpt = static_cast<std::uint32_t>(excerpts_.size());
  awaiting_excerpt_.clear();
}

// A content word's statistics; `mid_sentence` when its capital says something (a language
// that does not capitalise its nouns, away from a sentence's start).
std::uint32_t TalkingPointAccumulator::count_word(const Token& token, bool mid_sentence) {
  const std::uint32_t id = word_id(token, token.stem);
  WordStats& stats = stats_[id];
  ++stats.occurrences;
  stats.generic += token.generic;
  stats.proper_noun |= token.proper_noun;
  if (mid_sentence && token.kind == TokenKind::kWord) {
    ++stats.mid_sentence;
    stats.capitalised += starts_with_uppercase(token.surface);
  }
  return id;
}

void TalkingPointAccumulator::add_comment(std::string_view text, const std::vector<Token>& tokens,
                                          const std::vector<TextSpan>& excluded,
                                          const Language* language) {
  if (candidates_.size() > prune_at_) prune_candidates();
  const bool capitals_say_names = language && !language->capitalised_nouns;
  comment_words_.clear();
  chunk_.clear();
  gaps_.clear();
  std::size_t stopwords_since = 0, span = 0, previous_end = 0, sentence_begin = 0;
  bool sentence_start = true;
  auto flush = [&] {
    add_phrases(text, chunk_);
    chunk_.clear();
    gaps_.clear();
    stopwords_since = 0;
  };
  for (std::size_t i = 0; i < tokens.size(); ++i) {
    const Token& token = tokens[i];
    const GapBreak gap = gap_break(text, previous_end, token.byte_start);
    if (gap == GapBreak::kSentence) {
      flush();
      end_sentence(text, sentence_begin, previous_end);
      sentence_begin = token.byte_start;
      sentence_start = true;
    } else if (gap == GapBreak::kPhrase) {
      flush();
    }
    previous_end = token.byte_end;
    while (span < excluded.size() && excluded[span].end <= token.start) ++span;
    if (span < excluded.size() && token.start < excluded[span].end && token.end > excluded[span].start) {
      flush();  // not the commenter's own words
      continue;
    }
    const bool site = is_named_site(token);
    if (token.kind == TokenKind::kElision || (token.kind == TokenKind::kWord && !is_content(token))) {
      ++stopwords_since;
      if (token.kind == TokenKind::kWord) sentence_start = false;
      continue;
    }
    if (token.kind != TokenKind::kWord && !site) {  // numbers, links, emoji cut phrases
      flush();
      continue;
    }
    const std::uint32_t id = count_word(token, capitals_say_names && !sentence_start);
    sentence_start = false;
    chunk_.push_back({&token, id, i});
    comment_words_.push_back(id);
    gaps_.push_back(stopwords_since);
    stopwords_since = 0;
  }
  flush();
  end_sentence(text, sentence_begin, previous_end);
  ++comments_;
}

// Lossy counting (Manku and Motwani, 2002) in its simplest form: a candidate that one
// comment before the last pruning carries, and no later one, is forgotten; if it comes
// back it counts from there. Ids keep their order (ties are broken by first appearance).
// The bound doubles when the survivors alone pass half of it, so pruning stays rare.
void TalkingPointAccumulator::prune_candidates() {
  IdTupleInterner<kMaxPhraseWords> kept_keys;
  std::vector<Candidate> kept_stats;
  std::vector<std::uint32_t> new_id(candidates_.size(), SpellingCounter::kDropped);
  // The older half of the comments since the last pruning: their one-comment phrases had
  // time to come back.
  const auto recent_from = static_cast<std::uint32_t>(recent_from_ + (comments_ - recent_from_) / 2);
  for (std::uint32_t id = 0; id < candidates_.size(); ++id) {
    Candidate& candidate = candidate_stats_[id];
    if (candidate.comments.size() < 2 && candidate.comments[0] < recent_from) continue;
    new_id[id] = kept_keys.intern(candidates_.key(id));
    kept_stats.push_back(std::move(candidate));
  }
  candidates_ = std::move(kept_keys);
  candidate_stats_ = std::move(kept_stats);
  spellings_.keep_owners(new_id);
  recent_from_ = comments_;
  prune_at_ = std::max(options_.prune_above, 2 * candidates_.size());
}

// A name: a proper noun of the language, or written capitalised mid-sentence at least
// three times in five.
bool TalkingPointAccumulator::is_name(const WordStats& w) {
  return w.proper_noun || (w.mid_sentence > 0 && 5 * w.capitalised >= 3 * w.mid_sentence);
}

bool TalkingPointAccumulator::is_generic(const WordStats& w) {
  return 2 * w.generic >= w.occurrences && !is_name(w);
}

bool TalkingPointAccumulator::is_topic_word(std::uint32_t word) const {
  return word < stats_.size() && !is_generic(stats_[word]) &&
         !(word < addressed_words_.size() && addressed_words_[word]);
}

std::vector<TalkingPointAccumulator::Scored> TalkingPointAccumulator::score_candidates(
    const CommentIdentities& comments) {
  const std::size_t min_comments = comments.size() > 1 ? options_.min_comments : 1;
  const std::set<std::string> addressed = name_words(comments);
  addressed_words_.assign(stats_.size(), false);
  for (std::uint32_t word = 0; word < stats_.size(); ++word)
    addressed_words_[word] = addressed.count(stats_[word].folded) > 0;
  std::vector<Scored> scored;
  for (std::uint32_t id = 0; id < candidates_.size(); ++id) {
    const Candidate& candidate = candidate_stats_[id];
    if (candidate.comments.size() < min_comments) continue;
    bool all_generic = true, addresses = false;
    std::size_t length = 0;
    for (std::uint32_t word : candidates_.key(id)) {
      if (word == kNoWord) break;
      const WordStats& w = stats_[word];
      ++length;
      all_generic &= is_generic(w);
      addresses |= addressed_words_[word];
    }
    if (all_generic || addresses) continue;
    Scored point;
    point.id = id;
    std::set<std::string_view> authors;
    for (std::size_t k = 0; k < candidate.comments.size(); ++k) {
      const std::uint32_t c = candidate.comments[k];
      point.comments.push_back(c);
      if (const std::string* author = comments.author(c)) authors.insert(*author);
      else ++point.commenters;  // each anonymous comment counts as its own commenter
    }
    point.commenters += authors.size();
    // Among equals, the longer phrase says more.
    point.score = static_cast<double>(point.commenters) * (1.0 + 0.25 * static_cast<double>(length - 1));
    scored.push_back(std::move(point));
  }
  // Ids follow first appearance: the same order as sorting by (score, first seen).
  std::stable_sort(scored.begin(), scored.end(),
                   [](const Scored& a, const Scored& b) { return a.score > b.score; });
  if (scored.size() > kPoolPerPoint * options_.limit) scored.resize(kPoolPerPoint * options_.limit);
  return scored;
}

// The longest candidate that holds candidate `id`'s words as a run and carries most of its
// comments; `id` itself when there is none.
std::uint32_t TalkingPointAccumulator::display_candidate(std::uint32_t id,
                                                         const std::vector<std::uint32_t>& comments) const {
  const auto length_of = [](const PhraseKey& k) {
    return static_cast<std::size_t>(std::find(k.begin(), k.end(), kNoWord) - k.begin());
  };
  const PhraseKey& key = candidates_.key(id);
  const std::size_t key_length = length_of(key);
  std::uint32_t best = id;
  std::size_t best_length = key_length;
  for (std::uint32_t other_id : shared_phrases_) {
    const PhraseKey& other = candidates_.key(other_id);
    const std::size_t length = length_of(other);
    const Candidate& candidate = candidate_stats_[other_id];
    if (length <= best_length || candidate.comments.size() < 2) continue;
    if (std::search(other.begin(), other.begin() + static_cast<std::ptrdiff_t>(length), key.begin(),
                    key.begin() + static_cast<std::ptrdiff_t>(key_length)) ==
        other.begin() + static_cast<std::ptrdiff_t>(length))
      continue;
    std::size_t carried = 0;
    for (std::size_t k = 0; k < candidate.comments.size(); ++k)
      carried += std::binary_search(comments.begin(), comments.end(), candidate.comments[k]);
    if (static_cast<double>(carried) >= options_.display_coverage * static_cast<double>(comments.size())) {
      best = other_id;
      best_length = length;
    }
  }
  return best;
}

std::vector<TalkingPointAccumulator::Chosen> TalkingPointAccumulator::choose(std::vector<Scored> pool) const {
  std::vector<Chosen> chosen;
  std::vector<bool> covered(comments_, false);
  while (!pool.empty() && chosen.size() < options_.limit) {
    std::size_t best = pool.size();
    double best_gain = 0;
    for (std::size_t p = 0; p < pool.size(); ++p) {
      std::size_t already = 0;
      for (std::uint32_t c : pool[p].comments) already += covered[c];
      const double overlap = static_cast<double>(already) / static_cast<double>(pool[p].comments.size());
      const double gain = pool[p].score * (1.0 - options_.variety * overlap);
      if (gain > best_gain) {
        best = p;
        best_gain = gain;
      }
    }
    if (best == pool.size()) break;
    Scored point = std::move(pool[best]);
    pool.erase(pool.begin() + static_cast<std::ptrdiff_t>(best));
    const PhraseKey& key = candidates_.key(point.id);
    std::vector<std::uint32_t> words;
    for (std::uint32_t word : key)
      if (word != kNoWord) words.push_back(word);
    const bool repeats = std::any_of(chosen.begin(), chosen.end(), [&](const Chosen& better) {
      const bool shares_word = std::any_of(words.begin(), words.end(), [&](std::uint32_t word) {
        return std::find(better.words.begin(), better.words.end(), word) != better.words.end();
      });
      const std::size_t smaller = std::min(point.comments.size(), better.point.comments.size());
      return shares_word && 2 * count_common(point.comments, better.point.comments) >= smaller;
    });
    if (repeats) continue;
    Chosen entry;
    entry.shown = display_candidate(point.id, point.comments);
    for (std::uint32_t word : candidates_.key(entry.shown))
      if (word != kNoWord && std::find(words.begin(), words.end(), word) == words.end()) words.push_back(word);
    entry.words = std::move(words);
    for (std::uint32_t c : point.comments) covered[c] = true;
    entry.point = std::move(point);
    chosen.push_back(std::move(entry));
  }
  std::stable_sort(chosen.begin(), chosen.end(),
                   [](const Chosen& a, const Chosen& b) { return a.point.score > b.point.score; });
  return chosen;
}

TalkingPoint TalkingPointAccumulator::make_point(const Chosen& chosen, double best_score,
                                                 const CommentIdentities& comments) const {
  TalkingPoint point;
  const std::uint32_t shown = chosen.shown;
  point.phrase = spellings_.most_written(shown);
  point.score = std::round(chosen.point.score / best_score * 100.0) / 100.0;
  point.commenters = chosen.point.commenters;
  for (std::uint32_t c : chosen.point.comments) point.comments.emplace_back(comments.id(c));
  for (std::uint32_t word : candidates_.key(chosen.point.id)) {
    if (word == kNoWord) break;
    if (!point.key.empty()) point.key += ' ';
    point.key += words_.key(word);
  }
  std::uint32_t excerpt = candidate_stats_[shown].excerpt;
  if (excerpt == 0) excerpt = candidate_stats_[chosen.point.id].excerpt;
  if (excerpt != 0) point.excerpt = Quote{std::string(comments.id(excerpts_[excerpt - 1].comment)),
                                          excerpts_[excerpt - 1].text};
  return point;
}

std::vector<TalkingPoint> TalkingPointAccumulator::finish(const CommentIdentities& comments) {
  // The phrases of two words or more that two comments share: what a point may be shown as.
  shared_phrases_.clear();
  for (std::uint32_t id = 0; id < candidates_.size(); ++id)
    if (candidates_.key(id)[1] != kNoWord && candidate_stats_[id].comments.size() >= 2) shared_phrases_.push_back(id);
  const std::vector<Chosen> chosen = choose(score_candidates(comments));
  std::vector<TalkingPoint> points;
  for (const Chosen& entry : chosen) points.push_back(make_point(entry, chosen.front().point.score, comments));
  return points;
}

std::vector<TalkingPoint> find_talking_points(const Thread& thread,
                                              const std::vector<std::vector<Token>>& tokens,
                                              const Language* language,
                                              const TalkingPointOptions& options) {
  TalkingPointAccumulator accumulator(options);
  for (std::size_t c = 0; c < tokens.size() && c < thread.comments.size(); ++c)
    accumulator.add_comment(thread.comments[c].text, tokens[c], thread.comments[c].spans, language);
  return accumulator.finish(ThreadIdentities(thread.comments));
}

}  // namespace palabre
