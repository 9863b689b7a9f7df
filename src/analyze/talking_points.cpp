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
#include <cmath>
#include <map>
#include <set>
#include <unordered_map>

#include "palabre/text/utf8.hpp"

namespace palabre {
namespace {

constexpr std::size_t kMinLetters = 3;
// No French word is longer; a longer run of letters (a pasted hash, a hostile input) is not
// a candidate, which also bounds the string comparisons below.
constexpr std::size_t kMaxWordBytes = 64;
constexpr std::string_view kSentenceBreaks = ".!?;\n";
constexpr std::string_view kPhraseBreaks = ".!?;:,\n()[]\"«»…";
constexpr double kShoutingShare = 0.6;

// One word of a sentence, as YAKE sees it.
struct Word {
  const Token* token = nullptr;
  std::string key;            // stem, or "~" + folded for a stopword
  bool content = false;       // may start, end and score a phrase
  bool break_before = false;  // punctuation between it and the previous word
};

struct Sentence {
  std::size_t comment = 0;
  std::size_t index_in_comment = 0;
  std::vector<Word> words;
};

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

bool gap_has(std::string_view text, std::size_t from, std::size_t to, std::string_view chars) {
  return from < to && text.substr(from, to - from).find_first_of(chars) != std::string_view::npos;
}

std::vector<Sentence> split_sentences(const Thread& thread,
                                      const std::vector<std::vector<Token>>& tokens) {
  std::vector<Sentence> sentences;
  for (std::size_t c = 0; c < tokens.size() && c < thread.comments.size(); ++c) {
    std::string_view text = thread.comments[c].text;
    Sentence current;
    current.comment = c;
    std::size_t previous_end = 0;
    bool pending_break = false;
    auto close = [&] {
      if (!current.words.empty()) {
        sentences.push_back(std::move(current));
        current = Sentence{};
        current.comment = c;
        current.index_in_comment = sentences.back().index_in_comment + 1;
      }
    };
    for (const Token& token : tokens[c]) {
      if (token.kind == TokenKind::kElision) continue;
      if (gap_has(text, previous_end, token.byte_start, kSentenceBreaks)) {
        close();
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
      word.key = token.stopword ? "~" + std::string(token.folded) : std::string(token.stem);
      word.break_before = pending_break || (!token.stopword && !word.content);
      pending_break = !token.stopword && !word.content;  // short words cut phrases too
      current.words.push_back(std::move(word));
    }
    close();
  }
  return sentences;
}

struct WordStats {
  std::size_t tf = 0, tf_upper = 0, tf_acronym = 0;
  bool content = false;
  // Sentences are visited in order, so distinct ones are counted with the last one seen.
  std::size_t sentence_count = 0, last_sentence = static_cast<std::size_t>(-1);
  std::vector<std::size_t> positions;
  std::unordered_map<std::string, std::size_t> left, right;
};

double median(std::vector<std::size_t> values) {
  if (values.empty()) return 0;
  std::sort(values.begin(), values.end());
  std::size_t mid = values.size() / 2;
  return values.size() % 2 ? static_cast<double>(values[mid])
                           : (static_cast<double>(values[mid - 1]) + values[mid]) / 2.0;
}

// Distinct neighbours over co-occurrences: near 1 when every neighbour is new (a word used
// everywhere, like a stopword), small when the word keeps the same company.
double dispersion(const std::unordered_map<std::string, std::size_t>& neighbours) {
  std::size_t total = 0;
  for (const auto& [key, count] : neighbours) total += count;
  return total == 0 ? 0.0 : static_cast<double>(neighbours.size()) / static_cast<double>(total);
}

std::map<std::string, WordFeatures> compute_features(const std::vector<Sentence>& sentences) {
  std::unordered_map<std::string, WordStats> stats;
  for (std::size_t s = 0; s < sentences.size(); ++s) {
    const Sentence& sentence = sentences[s];
    std::size_t shouted = 0, content = 0;
    for (const Word& word : sentence.words) {
      content += word.content;
      shouted += word.content && is_all_upper(word.token->surface);
    }
    const bool shouting =
        static_cast<double>(shouted) > kShoutingShare * static_cast<double>(content);
    for (std::size_t i = 0; i < sentence.words.size(); ++i) {
      const Word& word = sentence.words[i];
      WordStats& w = stats[word.key];
      ++w.tf;
      w.content = word.content;
      if (w.last_sentence != s) {
        w.last_sentence = s;
        ++w.sentence_count;
      }
      w.positions.push_back(sentence.index_in_comment);
      if (!shouting && i > 0 && word.content) {
        if (is_all_upper(word.token->surface)) ++w.tf_acronym;
        else if (starts_with_uppercase(word.token->surface)) ++w.tf_upper;
      }
      if (i > 0 && !word.break_before) {
        ++w.left[sentence.words[i - 1].key];
        ++stats[sentence.words[i - 1].key].right[word.key];
      }
    }
  }

  double sum = 0, sum_squares = 0, max_tf = 1;
  std::size_t content_words = 0;
  for (const auto& [key, w] : stats) {
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
  const double sentence_count = std::max<double>(1, static_cast<double>(sentences.size()));

  std::map<std::string, WordFeatures> features;
  for (const auto& [key, w] : stats) {
    WordFeatures f;
    const double tf = static_cast<double>(w.tf);
    f.casing = static_cast<double>(std::max(w.tf_upper, w.tf_acronym)) / (1.0 + std::log(tf));
    f.position = std::log(std::log(3.0 + median(w.positions)));
    f.frequency = tf / (mean + deviation > 0 ? mean + deviation : 1.0);
    f.relatedness = 1.0 + (dispersion(w.left) + dispersion(w.right)) * tf / max_tf;
    f.sentences = static_cast<double>(w.sentence_count) / sentence_count;
    f.score = f.relatedness * f.position /
              (f.casing + f.frequency / f.relatedness + f.sentences / f.relatedness);
    features.emplace(key, f);
  }
  return features;
}

struct Candidate {
  std::vector<std::string> keys;  // content words only: "place de marché" = "place du marché"
  std::size_t tf = 0;
  std::vector<std::size_t> comments;  // in page order, each once (sentences come in order)
  std::map<std::string, std::size_t> spellings;
  std::size_t first_seen = 0;
  double score = 0;
  std::string phrase;
};

// A hash map: the ranking below sorts by (score, first_seen), a total order (scores are
// finite and positive, first_seen is unique), so the map's iteration order never shows.
std::unordered_map<std::string, Candidate> collect_candidates(
    const Thread& thread, const std::vector<Sentence>& sentences, std::size_t max_words) {
  std::unordered_map<std::string, Candidate> candidates;
  std::size_t order = 0;
  for (const Sentence& sentence : sentences) {
    std::string_view text = thread.comments[sentence.comment].text;
    const auto& words = sentence.words;
    for (std::size_t i = 0; i < words.size(); ++i) {
      if (!words[i].content) continue;
      std::vector<std::string> keys;
      std::string joined;  // grows with keys: the map key of keys[0..j]
      for (std::size_t j = i; j < words.size(); ++j) {
        if (j > i && words[j].break_before) break;
        if (!words[j].content) continue;
        keys.push_back(words[j].key);
        joined += words[j].key;
        joined += ' ';
        Candidate& candidate = candidates[joined];
        if (candidate.tf == 0) {
          candidate.keys = keys;
          candidate.first_seen = order++;
        }
        ++candidate.tf;
        if (candidate.comments.empty() || candidate.comments.back() != sentence.comment)
          candidate.comments.push_back(sentence.comment);
        std::size_t from = words[i].token->byte_start, to = words[j].token->byte_end;
        ++candidate.spellings[to_lower(text.substr(from, to - from))];
        if (keys.size() == max_words) break;
      }
    }
  }
  return candidates;
}

bool contains_run(const std::vector<std::string>& longer, const std::vector<std::string>& shorter) {
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

std::vector<std::pair<std::string, WordFeatures>> word_features(
    const Thread& thread, const std::vector<std::vector<Token>>& tokens) {
  std::map<std::string, WordFeatures> features = compute_features(split_sentences(thread, tokens));
  return {features.begin(), features.end()};
}

std::vector<TalkingPoint> find_talking_points(const Thread& thread,
                                              const std::vector<std::vector<Token>>& tokens,
                                              const TalkingPointOptions& options) {
  std::vector<Sentence> sentences = split_sentences(thread, tokens);
  std::map<std::string, WordFeatures> features = compute_features(sentences);
  std::unordered_map<std::string, Candidate> candidates =
      collect_candidates(thread, sentences, options.max_words);

  const std::size_t min_comments = thread.comments.size() > 1 ? options.min_comments : 1;
  std::vector<Candidate*> ranked;
  for (auto& [joined, candidate] : candidates) {
    if (candidate.comments.size() < min_comments) continue;
    double product = 1, sum = 0;
    for (const std::string& key : candidate.keys) {
      product *= features.at(key).score;
      sum += features.at(key).score;
    }
    candidate.score = product / (static_cast<double>(candidate.tf) * (1.0 + sum));
    candidate.phrase =
        std::max_element(candidate.spellings.begin(), candidate.spellings.end(),
                         [](const auto& a, const auto& b) { return a.second < b.second; })
            ->first;
    ranked.push_back(&candidate);
  }
  std::sort(ranked.begin(), ranked.end(), [](const Candidate* a, const Candidate* b) {
    if (a->score != b->score) return a->score < b->score;
    return a->first_seen < b->first_seen;
  });

  std::vector<const Candidate*> kept;
  std::vector<std::string> kept_folded;  // fold(phrase) of each kept candidate, folded once
  for (const Candidate* candidate : ranked) {
    if (kept.size() == options.limit) break;
    const std::string folded = fold(candidate->phrase);
    bool redundant = false;
    // Stop at the first reason: the edit distance is the costly test (callgrind).
    for (std::size_t k = 0; k < kept.size() && !redundant; ++k) {
      const Candidate* better = kept[k];
      redundant = (contains_run(better->keys, candidate->keys) &&
                   better->comments.size() >= candidate->comments.size()) ||
                  similar_beyond(folded, kept_folded[k], options.max_similarity);
    }
    if (!redundant) {
      kept.push_back(candidate);
      kept_folded.push_back(folded);
    }
  }

  std::vector<TalkingPoint> points;
  for (const Candidate* candidate : kept) {
    TalkingPoint point;
    point.phrase = candidate->phrase;
    point.score = std::round(kept.front()->score / candidate->score * 100.0) / 100.0;
    std::set<std::string> authors;
    std::size_t anonymous = 0;
    for (std::size_t c : candidate->comments) {
      const Comment& comment = thread.comments[c];
      point.comments.push_back(comment.id);
      if (comment.author) authors.insert(*comment.author);
      else ++anonymous;
    }
    point.commenters = authors.size() + anonymous;
    points.push_back(std::move(point));
  }
  return points;
}

}  // namespace palabre
