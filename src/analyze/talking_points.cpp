// YAKE, as the paper describes it, with the choices a comment thread needs:
//  - the document is the thread; sentences are split inside each comment, and a word's
//    position is the index of its sentence *within its comment* (comments are separate
//    texts: a late comment is not less important, but a comment's opening sentence often
//    states its point);
//  - words are keyed by stem, elisions are dropped ("l'artisan" → artisan), stopwords keep
//    their folded form and take part in co-occurrence (they make T_Rel) but never start or
//    end a phrase, and do not enter a phrase's score;
//  - a shouted sentence (mostly upper-case words) says nothing about proper nouns or
//    acronyms, so its words do not count for T_Case;
//  - co-occurrence uses a window of one word, within a phrase chunk (punctuation cuts it);
//  - candidates are runs of up to three content words with inner stopwords, and a point
//    must be carried by several comments, since a thread's talking point is shared;
//  - near-duplicates are dropped with the paper's string similarity test, and a phrase is
//    also dropped when a better-ranked longer phrase contains it and is carried by as many
//    comments (it adds nothing).
#include "palabre/analyze/talking_points.hpp"

#include <algorithm>
#include <array>
#include <cmath>
#include <set>

#include "palabre/text/utf8.hpp"

namespace palabre {
namespace {

constexpr std::size_t kMinLetters = 3;
// No French word is longer; a longer run of letters (a pasted hash, a hostile input) is not
// a candidate, which also bounds the string comparisons below.
constexpr std::size_t kMaxWordBytes = 64;
// What ends a sentence or a phrase between two words: ASCII punctuation, and for phrases
// also French quotes and the ellipsis character, compared as code points (a byte-wise test
// would also cut at the no-break space, "€" or "—", which share bytes with them).
struct Breaks {
  std::array<bool, 128> ascii{};
  bool quotes_and_ellipsis = false;
  constexpr Breaks(std::string_view chars, bool quotes) : quotes_and_ellipsis(quotes) {
    for (char c : chars) ascii[static_cast<unsigned char>(c)] = true;
  }
};
constexpr Breaks kSentenceBreaks(".!?;\n", false);
constexpr Breaks kPhraseBreaks(".!?;:,\n()[]\"", true);
constexpr double kShoutingShare = 0.6;

bool is_all_upper(std::string_view text) {
  std::size_t letters = 0;
  for (std::size_t pos = 0; pos < text.size();) {
    char32_t c = decode_next(text, pos);
    if (c < 0x80) {  // the common case, without a trip through utf8proc
      if (c >= 'a' && c <= 'z') return false;
      letters += c >= 'A' && c <= 'Z';
      continue;
    }
    if (!is_letter(c)) continue;
    std::string one;
    append_utf8(one, c);
    if (to_lower(one) == one) return false;
    ++letters;
  }
  return letters >= 2;
}

bool gap_has(std::string_view text, std::size_t from, std::size_t to, const Breaks& breaks) {
  to = std::min(to, text.size());
  for (std::size_t pos = from; pos < to;) {
    const auto byte = static_cast<unsigned char>(text[pos]);
    if (byte < 0x80) {
      if (breaks.ascii[byte]) return true;
      ++pos;
      continue;
    }
    const char32_t c = decode_next(text, pos);
    if (breaks.quotes_and_ellipsis && (c == U'\u00AB' || c == U'\u00BB' || c == U'\u2026'))
      return true;
  }
  return false;
}

bool contains_run(const std::vector<std::uint32_t>& longer,
                  const std::vector<std::uint32_t>& shorter) {
  return shorter.size() < longer.size() &&
         std::search(longer.begin(), longer.end(), shorter.begin(), shorter.end()) != longer.end();
}

}  // namespace
double string_similarity(std::string_view a, std::string_view b) {
  if (a.empty() && b.empty()) return 1.0;
  std::vector<std::size_t> row(b.size() + 1);
  for (std::size_t j = 0; j <= b.size(); ++j) row[j] = j;
  for (std::size_t i = 1; i <= a.size(); ++i) {
    std::size_t diagonal = row[0];
    row[0] = i;
    for (std::size_t j = 1; j <= b.size(); ++j) {
      std::size_t above = row[j];
      row[j] = std::min({row[j] + 1, row[j - 1] + 1, diagonal + (a[i - 1] == b[j - 1] ? 0 : 1)});
      diagonal = above;
    }
  }
  return 1.0 - static_cast<double>(row[b.size()]) / static_cast<double>(std::max(a.size(), b.size()));
}

namespace {

// string_similarity(a, b) > threshold, without the quadratic edit distance when the length
// difference alone rules it out: the distance is at least |a| - |b|, so the similarity is at
// most 1 - ||a| - |b|| / max(|a|, |b|), computed with the same operations (IEEE division and
// subtraction are monotone, so the bound holds in floating point too).
bool similar_beyond(std::string_view a, std::string_view b, double threshold) {
  const std::size_t longest = std::max(a.size(), b.size());
  if (longest > 0) {
    const std::size_t difference = longest - std::min(a.size(), b.size());
    const double bound =
        1.0 - static_cast<double>(difference) / static_cast<double>(longest);
    if (bound <= threshold) return false;
  }
  return string_similarity(a, b) > threshold;
}

}  // namespace


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

TalkingPointAccumulator::TalkingPointAccumulator(const TalkingPointOptions& options)
    : options_(options), prune_at_(options.prune_above) {}

void TalkingPointAccumulator::clear() {
  comments_ = sentences_ = 0;
  prune_at_ = options_.prune_above;
  recent_from_ = 0;
  // The per-id vectors keep their entries (and their entries' memory): an id is reset when
  // it is handed out again.
  words_.clear();
  neighbours_.clear();
  candidates_.clear();
  spellings_.clear();
  sentence_.clear();
}

// Whether `key` is the key word_id() interns for these forms: the stem, or "~" + folded.
bool TalkingPointAccumulator::is_key_of(std::string_view key, const Token& token, bool stopword) {
  if (!stopword) return key == token.stem;
  return key.size() == token.folded.size() + 1 && key.front() == '~' &&
         key.substr(1) == token.folded;
}

std::uint32_t TalkingPointAccumulator::word_id(const Token& token, bool stopword) {
  // The id given to this spelling last time, when it still names the same key: no hashing
  // of the key for most tokens. After clear() or the analyzer's forget_words() the check
  // fails and the key is interned again.
  if (token.word != kNoWordId && token.word < id_by_word_.size()) {
    const std::uint32_t known = id_by_word_[token.word];
    if (known < words_.size() && is_key_of(words_.key(known), token, stopword)) return known;
  }
  std::string_view key = token.stem;
  if (stopword) {
    key_.assign("~");
    key_.append(std::string_view(token.folded));
    key = key_;
  }
  bool added = false;
  const std::uint32_t id = words_.intern(key, &added);
  if (token.word != kNoWordId) {
    if (token.word >= id_by_word_.size()) id_by_word_.resize(std::size_t{token.word} + 1, kNoWord);
    id_by_word_[token.word] = id;
  }
  if (added) {
    if (id == stats_.size()) stats_.emplace_back();
    WordStats& stats = stats_[id];
    std::vector<PositionCount> positions = std::move(stats.positions);
    positions.clear();
    stats = WordStats{};
    stats.positions = std::move(positions);
  }
  return id;
}

void TalkingPointAccumulator::add_comment(std::string_view text, const std::vector<Token>& tokens) {
  if (candidates_.size() > prune_at_) prune_candidates();
  sentence_.clear();
  sentence_in_comment_ = 0;
  std::size_t previous_end = 0;
  bool pending_break = false;
  for (const Token& token : tokens) {
    if (token.kind == TokenKind::kElision) continue;
    if (gap_has(text, previous_end, token.byte_start, kSentenceBreaks)) {
      add_sentence(text);
      pending_break = false;
    } else if (gap_has(text, previous_end, token.byte_start, kPhraseBreaks)) {
      pending_break = true;
    }
    previous_end = token.byte_end;
    if (token.kind != TokenKind::kWord) {  // numbers, links, emoji cut phrases
      pending_break = true;
      continue;
    }
    Word word;
    word.token = &token;
    word.content = !token.stopword && token.folded.size() <= kMaxWordBytes &&
                   count_code_points(token.folded) >= kMinLetters;
    word.id = word_id(token, token.stopword);
    word.break_before = pending_break || (!token.stopword && !word.content);
    pending_break = !token.stopword && !word.content;  // short words cut phrases too
    sentence_.push_back(word);
  }
  add_sentence(text);
  ++comments_;
}

void TalkingPointAccumulator::count_position(WordStats& stats, std::uint32_t position) {
  std::vector<PositionCount>& positions = stats.positions;
  // Within a comment positions only grow: the last entry is nearly always the one.
  if (!positions.empty() && positions.back().position == position) {
    ++positions.back().count;
    return;
  }
  auto at = std::lower_bound(
      positions.begin(), positions.end(), position,
      [](const PositionCount& entry, std::uint32_t value) { return entry.position < value; });
  if (at != positions.end() && at->position == position) ++at->count;
  else positions.insert(at, PositionCount{position, 1});
}

void TalkingPointAccumulator::add_sentence(std::string_view text) {
  if (sentence_.empty()) return;
  const std::size_t s = sentences_++;
  const auto comment = static_cast<std::uint32_t>(comments_);

  std::size_t shouted = 0, content = 0;
  for (Word& word : sentence_) {
    if (!word.content) continue;
    word.all_upper = is_all_upper(word.token->surface);
    ++content;
    shouted += word.all_upper;
  }
  const bool shouting =
      static_cast<double>(shouted) > kShoutingShare * static_cast<double>(content);
  for (std::size_t i = 0; i < sentence_.size(); ++i) {
    const Word& word = sentence_[i];
    WordStats& w = stats_[word.id];
    ++w.tf;
    w.content = word.content;
    if (w.last_sentence != s + 1) {  // stored + 1, so 0 is "none yet"
      w.last_sentence = s + 1;
      ++w.sentence_count;
    }
    count_position(w, sentence_in_comment_);
    if (!shouting && i > 0 && word.content) {
      if (word.all_upper) ++w.tf_acronym;
      else if (starts_with_uppercase(word.token->surface)) ++w.tf_upper;
    }
    if (i > 0 && !word.break_before) {
      const std::uint32_t left = sentence_[i - 1].id;
      bool added = false;
      neighbours_.intern({left, word.id}, &added);
      ++w.left_total;
      ++stats_[left].right_total;
      if (added) {
        ++w.left_distinct;
        ++stats_[left].right_distinct;
      }
    }
  }

  // Candidates: runs of up to max_words content words, inner stopwords allowed.
  for (std::size_t i = 0; i < sentence_.size(); ++i) {
    if (!sentence_[i].content) continue;
    PhraseKey key;
    key.fill(kNoWord);
    std::size_t length = 0;
    for (std::size_t j = i; j < sentence_.size(); ++j) {
      if (j > i && sentence_[j].break_before) break;
      if (!sentence_[j].content) continue;
      key[length++] = sentence_[j].id;
      bool added = false;
      const std::uint32_t id = candidates_.intern(key, &added);
      if (added) {
        if (id == candidate_stats_.size()) candidate_stats_.emplace_back();
        Candidate& fresh = candidate_stats_[id];
        fresh.tf = 0;
        fresh.comments.clear();
        fresh.score = 0;
      }
      Candidate& candidate = candidate_stats_[id];
      ++candidate.tf;
      candidate.comments.add(comment);
      const std::size_t from = sentence_[i].token->byte_start, to = sentence_[j].token->byte_end;
      spellings_.count(id, text.substr(from, to - from));
      if (length == options_.max_words || length == kMaxPhraseWords) break;
    }
  }

  ++sentence_in_comment_;
  sentence_.clear();
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
  const auto recent_from =
      static_cast<std::uint32_t>(recent_from_ + (comments_ - recent_from_) / 2);
  for (std::uint32_t id = 0; id < candidates_.size(); ++id) {
    Candidate& candidate = candidate_stats_[id];
    if (candidate.comments.size() < 2 && candidate.comments[0] < recent_from) continue;
    new_id[id] = kept_keys.intern(candidates_.key(id));
    kept_stats.push_back(std::move(candidate));
  }
  candidates_ = std::move(kept_keys);
  candidate_stats_ = std::move(kept_stats);
  spellings_.keep_owners(new_id);
  recent_from_ = static_cast<std::uint32_t>(comments_);
  prune_at_ = std::max(options_.prune_above, 2 * candidates_.size());
}

double TalkingPointAccumulator::median_position(const WordStats& stats) {
  if (stats.tf == 0) return 0;
  auto at = [&](std::size_t k) -> std::uint32_t {  // the k-th position in sorted order
    for (const PositionCount& entry : stats.positions) {
      if (k < entry.count) return entry.position;
      k -= entry.count;
    }
    return 0;  // not reached: the counts add up to tf
  };
  const std::size_t mid = stats.tf / 2;
  return stats.tf % 2 ? static_cast<double>(at(mid))
                      : (static_cast<double>(at(mid - 1)) + static_cast<double>(at(mid))) / 2.0;
}

std::vector<WordFeatures> TalkingPointAccumulator::compute_features() const {
  const std::size_t words = words_.size();
  // Sums of integer counts are exact in double, so their order does not matter.
  double sum = 0, sum_squares = 0, max_tf = 1;
  std::size_t content_words = 0;
  for (std::size_t id = 0; id < words; ++id) {
    const WordStats& w = stats_[id];
    if (!w.content) continue;
    ++content_words;
    sum += static_cast<double>(w.tf);
    sum_squares += static_cast<double>(w.tf) * static_cast<double>(w.tf);
    max_tf = std::max(max_tf, static_cast<double>(w.tf));
  }
  const double mean = content_words ? sum / static_cast<double>(content_words) : 0;
  const double deviation =
      content_words ? std::sqrt(std::max(0.0, sum_squares / static_cast<double>(content_words) -
                                                  mean * mean))
                    : 0;
  const double sentence_count = std::max<double>(1, static_cast<double>(sentences_));

  // Distinct neighbours over co-occurrences: near 1 when every neighbour is new (a word used
  // everywhere, like a stopword), small when the word keeps the same company.
  auto dispersion = [](std::size_t distinct, std::size_t total) {
    return total == 0 ? 0.0 : static_cast<double>(distinct) / static_cast<double>(total);
  };
  std::vector<WordFeatures> features(words);
  for (std::size_t id = 0; id < words; ++id) {
    const WordStats& w = stats_[id];
    WordFeatures& f = features[id];
    const double tf = static_cast<double>(w.tf);
    f.casing = static_cast<double>(std::max(w.tf_upper, w.tf_acronym)) / (1.0 + std::log(tf));
    f.position = std::log(std::log(3.0 + median_position(w)));
    f.frequency = tf / (mean + deviation > 0 ? mean + deviation : 1.0);
    f.relatedness = 1.0 + (dispersion(w.left_distinct, w.left_total) +
                           dispersion(w.right_distinct, w.right_total)) *
                              tf / max_tf;
    f.sentences = static_cast<double>(w.sentence_count) / sentence_count;
    f.score = f.relatedness * f.position /
              (f.casing + f.frequency / f.relatedness + f.sentences / f.relatedness);
  }
  return features;
}

std::vector<std::pair<std::string, WordFeatures>> TalkingPointAccumulator::word_features() const {
  std::vector<WordFeatures> features = compute_features();
  std::vector<std::pair<std::string, WordFeatures>> result;
  result.reserve(features.size());
  for (std::uint32_t id = 0; id < features.size(); ++id)
    result.emplace_back(std::string(words_.key(id)), features[id]);
  std::sort(result.begin(), result.end(),
            [](const auto& a, const auto& b) { return a.first < b.first; });
  return result;
}

std::vector<std::uint32_t> TalkingPointAccumulator::ids_of(const PhraseKey& key) {
  std::vector<std::uint32_t> ids;
  for (std::uint32_t id : key)
    if (id != kNoWord) ids.push_back(id);
  return ids;
}

std::vector<TalkingPoint> TalkingPointAccumulator::finish(const CommentIdentities& comments) {
  const std::vector<WordFeatures> features = compute_features();
  const std::size_t min_comments = comments.size() > 1 ? options_.min_comments : 1;
  std::vector<std::uint32_t> ranked;
  for (std::uint32_t id = 0; id < candidates_.size(); ++id) {
    Candidate& candidate = candidate_stats_[id];
    if (candidate.comments.size() < min_comments) continue;
    double product = 1, sum = 0;
    for (std::uint32_t word : candidates_.key(id)) {
      if (word == kNoWord) break;
      product *= features[word].score;
      sum += features[word].score;
    }
    candidate.score = product / (static_cast<double>(candidate.tf) * (1.0 + sum));
    ranked.push_back(id);
  }
  // Scores are finite and positive and ids follow first appearance, so this is a total
  // order: the same as sorting by (score, first seen).
  std::sort(ranked.begin(), ranked.end(), [this](std::uint32_t a, std::uint32_t b) {
    const double score_a = candidate_stats_[a].score, score_b = candidate_stats_[b].score;
    if (score_a != score_b) return score_a < score_b;
    return a < b;
  });

  struct Kept {
    std::uint32_t id;
    std::vector<std::uint32_t> words;
    std::string phrase, folded;  // fold(phrase), folded once
  };
  std::vector<Kept> kept;
  for (std::uint32_t id : ranked) {
    if (kept.size() == options_.limit) break;
    std::string phrase = spellings_.most_written(id);
    std::string folded = fold(phrase);
    std::vector<std::uint32_t> words = ids_of(candidates_.key(id));
    const std::size_t carried_by = candidate_stats_[id].comments.size();
    bool redundant = false;
    // Stop at the first reason: the edit distance is the costly test (callgrind).
    for (std::size_t k = 0; k < kept.size() && !redundant; ++k) {
      const Kept& better = kept[k];
      redundant = (contains_run(better.words, words) &&
                   candidate_stats_[better.id].comments.size() >= carried_by) ||
                  similar_beyond(folded, better.folded, options_.max_similarity);
    }
    if (!redundant) kept.push_back({id, std::move(words), std::move(phrase), std::move(folded)});
  }

  std::vector<TalkingPoint> points;
  for (const Kept& entry : kept) {
    const Candidate& candidate = candidate_stats_[entry.id];
    TalkingPoint point;
    point.phrase = entry.phrase;
    for (std::uint32_t word : entry.words) {
      if (!point.key.empty()) point.key += ' ';
      point.key += words_.key(word);
    }
    point.score = std::round(candidate_stats_[kept.front().id].score / candidate.score * 100.0) / 100.0;
    std::set<std::string_view> authors;
    std::size_t anonymous = 0;
    for (std::size_t k = 0; k < candidate.comments.size(); ++k) {
      const std::size_t c = candidate.comments[k];
      point.comments.emplace_back(comments.id(c));
      if (const std::string* author = comments.author(c)) authors.insert(*author);
      else ++anonymous;
    }
    point.commenters = authors.size() + anonymous;
    points.push_back(std::move(point));
  }
  return points;
}

std::vector<std::pair<std::string, WordFeatures>> word_features(
    const Thread& thread, const std::vector<std::vector<Token>>& tokens) {
  TalkingPointAccumulator accumulator;
  for (std::size_t c = 0; c < tokens.size() && c < thread.comments.size(); ++c)
    accumulator.add_comment(thread.comments[c].text, tokens[c]);
  return accumulator.word_features();
}

std::vector<TalkingPoint> find_talking_points(const Thread& thread,
                                              const std::vector<std::vector<Token>>& tokens,
                                              const TalkingPointOptions& options) {
  TalkingPointAccumulator accumulator(options);
  for (std::size_t c = 0; c < tokens.size() && c < thread.comments.size(); ++c)
    accumulator.add_comment(thread.comments[c].text, tokens[c]);
  return accumulator.finish(ThreadIdentities(thread.comments));
}

}  // namespace palabre
