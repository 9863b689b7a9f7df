// Groups are a seeded k-means: the seeds are the talking points (which already chose varied
// points), the space is the comments' topic words weighted by tf-idf within the thread, and
// the reply links pull a comment towards the group of the comment it answers (a reply talks
// about what it answers, even in other words). A point's own comments always stay in its
// group: the group is at least the point. Everything iterates in a fixed order, so the same
// thread gives the same groups.
#include "palabre/analyze/discussion.hpp"

#include <algorithm>
#include <cmath>
#include <set>

#include "palabre/text/utf8.hpp"

namespace palabre {
namespace {

// Words are renumbered densely over the thread's shared topic words, so a group's centre is
// a plain array.
using SparseVector = std::vector<std::pair<std::uint32_t, double>>;  // by dense word index
using DenseVector = std::vector<double>;

double dot(const SparseVector& a, const DenseVector& b) {
  double sum = 0;
  for (const auto& [word, weight] : a) sum += weight * b[word];
  return sum;
}

DenseVector centre_of(const std::vector<std::uint32_t>& members, const std::vector<SparseVector>& vectors,
                      std::size_t dimensions) {
  DenseVector sum(dimensions, 0.0);
  for (std::uint32_t i : members)
    for (const auto& [word, weight] : vectors[i]) sum[word] += weight;
  double norm = 0;
  for (double value : sum) norm += value * value;
  norm = std::sqrt(norm);
  if (norm > 0)
    for (double& value : sum) value /= norm;
  return sum;
}

std::size_t shared(const std::vector<std::uint32_t>& a, const std::vector<std::uint32_t>& b) {
  std::size_t count = 0;
  for (std::size_t i = 0, j = 0; i < a.size() && j < b.size();) {
    if (a[i] == b[j]) ++count, ++i, ++j;
    else if (a[i] < b[j]) ++i;
    else ++j;
  }
  return count;
}

// The clustering itself, on comment indices.
class GroupBuilder {
 public:
  GroupBuilder(const DiscussionOptions& options, const std::vector<SparseVector>& vectors,
               std::size_t dimensions, const ReplyTracker& replies)
      : options_(options), vectors_(vectors), dimensions_(dimensions), replies_(replies), children_(vectors.size()) {
    for (std::uint32_t i = 0; i < replies.size(); ++i)
      if (replies.target(i) != ReplyTracker::kNone) children_[replies.target(i)].push_back(i);
  }

  // Seeds (sorted comment indices) in, members of each group out (sorted).
  std::vector<std::vector<std::uint32_t>> run(const std::vector<std::vector<std::uint32_t>>& seeds) const {
    std::vector<std::vector<std::uint32_t>> members = seeds;
    for (std::size_t round = 0; round < options_.iterations; ++round) members = assign(members, seeds);
    return members;
  }

 private:
  double score(std::uint32_t comment, std::size_t group, const std::vector<DenseVector>& centroids,
               const std::vector<std::vector<bool>>& in_group) const {
    double value = dot(vectors_[comment], centroids[group]);
    const std::uint32_t target = replies_.target(comment);
    if (target != ReplyTracker::kNone && in_group[group][target]) value += options_.reply_affinity;
    for (std::uint32_t child : children_[comment])
      if (in_group[group][child]) {
        value += options_.reply_affinity / 2;
        break;
      }
    return value;
  }

  std::vector<std::vector<std::uint32_t>> assign(const std::vector<std::vector<std::uint32_t>>& members,
                                                 const std::vector<std::vector<std::uint32_t>>& seeds) const {
    const std::size_t n = vectors_.size(), groups = members.size();
    std::vector<DenseVector> centroids;
    std::vector<std::vector<bool>> in_group(groups, std::vector<bool>(n, false));
    for (std::size_t g = 0; g < groups; ++g) {
      centroids.push_back(centre_of(members[g], vectors_, dimensions_));
      for (std::uint32_t i : members[g]) in_group[g][i] = true;
    }
    std::vector<std::vector<bool>> joined(groups, std::vector<bool>(n, false));
    for (std::size_t g = 0; g < groups; ++g)
      for (std::uint32_t i : seeds[g]) joined[g][i] = true;
    std::vector<double> scores(groups);
    for (std::uint32_t i = 0; i < n; ++i) {
      std::size_t best = 0;
      for (std::size_t g = 0; g < groups; ++g) {
        scores[g] = score(i, g, centroids, in_group);
        if (scores[g] > scores[best]) best = g;
      }
      if (groups == 0 || scores[best] < options_.min_similarity) continue;
      for (std::size_t g = 0; g < groups; ++g)
        if (g == best || scores[g] >= options_.second_group * scores[best]) joined[g][i] = scores[g] >= options_.min_similarity;
    }
    std::vector<std::vector<std::uint32_t>> result(groups);
    for (std::size_t g = 0; g < groups; ++g)
      for (std::uint32_t i = 0; i < n; ++i)
        if (joined[g][i]) result[g].push_back(i);
    return result;
  }

  const DiscussionOptions& options_;
  const std::vector<SparseVector>& vectors_;
  std::size_t dimensions_;
  const ReplyTracker& replies_;
  std::vector<std::vector<std::uint32_t>> children_;
};

}  // namespace

void DiscussionAccumulator::clear() {
  replies_.clear();
  words_.clear();
  openings_.clear();
  cues_.clear();
}

const DiscussionAccumulator::CuePhrases& DiscussionAccumulator::cue_phrases(Analyzer& analyzer) {
  const Language& language = analyzer.language();
  const auto [entry, added] = cue_phrases_.try_emplace(language.code);
  if (!added) return entry->second;
  CuePhrases& cues = entry->second;
  auto compile = [&](const std::vector<std::string>& phrases, bool agrees) {
    for (const std::string& phrase : phrases) {
      std::vector<std::string> words;
      for (const Token& token : analyzer.analyze(phrase)) words.emplace_back(token.folded);
      if (!words.empty()) cues.phrases.emplace_back(std::move(words), agrees);
    }
  };
  compile(language.disagreement, false);  // first: "pas d'accord" before "d'accord"
  compile(language.agreement, true);
  std::stable_sort(cues.phrases.begin(), cues.phrases.end(),
                   [](const auto& a, const auto& b) { return a.first.size() > b.first.size(); });
  for (std::size_t p = 0; p < cues.phrases.size(); ++p) {
    const std::string& first = cues.phrases[p].first.front();
    const std::uint32_t id = cues.first_words.intern(first);
    if (id == cues.by_first_word.size()) cues.by_first_word.emplace_back();
    cues.by_first_word[id].push_back(p);
    if (!first.empty()) cues.openings.set(CuePhrases::opening_of(first));
  }
  return cues;
}

// Cue phrases in the comment's own words, longest first, each token used once.
std::vector<DiscussionAccumulator::CueHit> DiscussionAccumulator::find_cues(
    const Comment& comment, const std::vector<Token>& tokens, Analyzer& analyzer) {
  const CuePhrases& cues = cue_phrases(analyzer);
  std::vector<CueHit> hits;
  std::size_t span = 0;
  for (std::size_t i = 0; i < tokens.size();) {
    while (span < comment.spans.size() && comment.spans[span].end <= tokens[i].start) ++span;
    if (span < comment.spans.size() && tokens[i].start >= comment.spans[span].start) {
      ++i;  // quoted, not the commenter's own cue
      continue;
    }
    std::size_t matched = 0;
    if (tokens[i].folded.empty() || !cues.openings.test(CuePhrases::opening_of(tokens[i].folded))) {
      ++i;
      continue;
    }
    const std::optional<std::uint32_t> starting = cues.first_words.find(tokens[i].folded);
    if (!starting) {
      ++i;
      continue;
    }
    for (std::size_t p : cues.by_first_word[*starting]) {
      const auto& [words, agrees] = cues.phrases[p];
      if (i + words.size() > tokens.size()) continue;
      bool same = true;
      for (std::size_t k = 0; k < words.size() && same; ++k) same = tokens[i + k].folded == words[k];
      if (!same) continue;
      const Token& first = tokens[i];
      const Token& last = tokens[i + words.size() - 1];
      hits.push_back({agrees, first.start, last.end,
                      comment.text.substr(first.byte_start, last.byte_end - first.byte_start)});
      matched = words.size();
      break;
    }
    i += matched ? matched : 1;
  }
  return hits;
}

void DiscussionAccumulator::add_comment(const Comment& comment, const std::vector<Token>& tokens,
                                        Analyzer* analyzer, std::vector<std::uint32_t> topic_words) {
  replies_.add(comment, analyzer ? &analyzer->language() : nullptr);
  std::sort(topic_words.begin(), topic_words.end());
  topic_words.erase(std::unique(topic_words.begin(), topic_words.end()), topic_words.end());
  words_.push_back(std::move(topic_words));
  // The opening of its own words: a reply that starts by quoting is shown by its answer.
  std::size_t own_start = 0;
  for (const Token& token : tokens) {
    const bool quoted = std::any_of(comment.spans.begin(), comment.spans.end(), [&](const TextSpan& span) {
      return token.start >= span.start && token.start < span.end;
    });
    if (!quoted) {
      own_start = token.byte_start;
      break;
    }
  }
  openings_.push_back(opening_sentence(comment.text, own_start, options_.excerpt_bytes));
  cues_.push_back(analyzer ? find_cues(comment, tokens, *analyzer) : std::vector<CueHit>{});
}

namespace {

// The seeds: each point's comments, but one seed for points that share most of theirs,
// and at most `limit`.
std::vector<std::vector<std::uint32_t>> seeds_of(const std::vector<TalkingPoint>& points,
                                                 const std::unordered_map<std::string_view, std::uint32_t>& index,
                                                 double same_seed, std::size_t limit,
                                                 std::vector<std::size_t>& seed_point) {
  std::vector<std::vector<std::uint32_t>> seeds;
  for (std::size_t p = 0; p < points.size() && seeds.size() < limit; ++p) {
    std::vector<std::uint32_t> comments;
    for (const std::string& id : points[p].comments)
      if (auto found = index.find(id); found != index.end()) comments.push_back(found->second);
    std::sort(comments.begin(), comments.end());
    if (comments.empty()) continue;
    const bool known = std::any_of(seeds.begin(), seeds.end(), [&](const std::vector<std::uint32_t>& seed) {
      return static_cast<double>(shared(seed, comments)) >=
             same_seed * static_cast<double>(std::max(seed.size(), comments.size()));
    });
    if (known) continue;
    seeds.push_back(std::move(comments));
    seed_point.push_back(p);
  }
  return seeds;
}

std::size_t commenters_of(const std::vector<std::uint32_t>& members, const CommentIdentities& comments) {
  std::set<std::string_view> authors;
  std::size_t anonymous = 0;
  for (std::uint32_t i : members) {
    if (const std::string* author = comments.author(i)) authors.insert(*author);
    else ++anonymous;
  }
  return authors.size() + anonymous;
}

}  // namespace

std::vector<std::pair<std::uint32_t, double>> DiscussionAccumulator::vector_of(
    std::size_t comment, const std::vector<WordIndex>& shared_words) const {
  SparseVector vector;
  double norm = 0;
  for (std::uint32_t word : words_[comment]) {
    const WordIndex& index = shared_words[word];
    if (index.idf <= 0) continue;
    vector.emplace_back(index.dense, index.idf);
    norm += index.idf * index.idf;
  }
  norm = std::sqrt(norm);
  for (auto& entry : vector) entry.second = norm > 0 ? entry.second / norm : 0;
  return vector;
}

DiscussionGroup DiscussionAccumulator::describe(const std::vector<std::uint32_t>& members, std::size_t seed_point,
                                                const std::vector<TalkingPoint>& points,
                                                const std::unordered_map<std::string_view, std::uint32_t>& index,
                                                const std::vector<SparseVector>& vectors, std::size_t dimensions,
                                                const CommentIdentities& comments) const {
  DiscussionGroup group;
  for (std::uint32_t i : members) group.comments.emplace_back(comments.id(i));
  group.commenters = commenters_of(members, comments);
  // Its points: the seed's, then the others mostly inside it, in rank order.
  auto inside = [&](const TalkingPoint& point) {
    std::size_t in = 0;
    for (const std::string& id : point.comments)
      if (auto found = index.find(id); found != index.end())
        in += std::binary_search(members.begin(), members.end(), found->second);
    return 2 * in > point.comments.size();
  };
  group.points.push_back(points[seed_point].phrase);
  for (std::size_t p = 0; p < points.size() && group.points.size() < options_.label_points; ++p)
    if (p != seed_point && inside(points[p])) group.points.push_back(points[p].phrase);
  for (const std::string& phrase : group.points) group.label += (group.label.empty() ? "" : " · ") + phrase;
  // The comment closest to the group's centre of words stands for it.
  const DenseVector centre = centre_of(members, vectors, dimensions);
  std::uint32_t best = members.front();
  double best_score = -1;
  for (std::uint32_t i : members)
    if (const double value = dot(vectors[i], centre); value > best_score) {
      best = i;
      best_score = value;
    }
  const std::string* author = comments.author(best);
  group.representative = Representative{std::string(comments.id(best)),
                                        author ? std::optional<std::string>(*author) : std::nullopt,
                                        openings_[best]};
  for (std::uint32_t i : members)
    for (const CueHit& cue : cues_[i]) {
      std::size_t& count = cue.agrees ? group.agreement.agree : group.agreement.disagree;
      std::vector<CueEvidence>& evidence = cue.agrees ? group.agreement.agreeing : group.agreement.disagreeing;
      ++count;
      if (evidence.size() < options_.cue_evidence)
        evidence.push_back({std::string(comments.id(i)), cue.text, cue.start, cue.end});
    }
  return group;
}

Discussion DiscussionAccumulator::finish(const std::vector<TalkingPoint>& points,
                                         const std::function<bool(std::uint32_t)>& is_topic_word,
                                         const CommentIdentities& comments) {
  Discussion discussion;
  const std::size_t n = words_.size();
  discussion.exchanges = replies_.exchanges(comments, options_.exchanges);
  discussion.most_answered = replies_.most_answered(comments, options_.exchanges);
  if (n == 0) return discussion;
  std::unordered_map<std::string_view, std::uint32_t> index;
  for (std::uint32_t i = 0; i < n; ++i) index.try_emplace(comments.id(i), i);
  std::uint32_t word_ids = 0;
  for (const std::vector<std::uint32_t>& words : words_)
    for (std::uint32_t word : words) word_ids = std::max(word_ids, word + 1);
  std::vector<std::uint32_t> df(word_ids, 0);
  for (const std::vector<std::uint32_t>& words : words_)
    for (std::uint32_t word : words) ++df[word];
  // The topic words two comments share or more, numbered densely in first-seen order, with
  // their inverse document frequency (0 for the other words).
  std::vector<WordIndex> shared_words(word_ids);
  std::uint32_t dimensions = 0;
  for (const std::vector<std::uint32_t>& words : words_)
    for (std::uint32_t word : words) {
      if (df[word] < 2 || shared_words[word].idf > 0 || df[word] == n || !is_topic_word(word)) continue;
      shared_words[word] = WordIndex{dimensions++, std::log(static_cast<double>(n) / df[word])};
    }
  std::vector<SparseVector> vectors;
  vectors.reserve(n);
  for (std::size_t i = 0; i < n; ++i) vectors.push_back(vector_of(i, shared_words));

  const std::size_t limit = std::clamp<std::size_t>(n / options_.comments_per_group, 1, options_.max_groups);
  std::vector<std::size_t> seed_point;
  const std::vector<std::vector<std::uint32_t>> seeds = seeds_of(points, index, options_.same_seed, limit, seed_point);
  const std::vector<std::vector<std::uint32_t>> members = GroupBuilder(options_, vectors, dimensions, replies_).run(seeds);
  std::vector<bool> grouped(n, false);
  for (std::size_t g = 0; g < members.size(); ++g) {
    discussion.groups.push_back(
        describe(members[g], seed_point[g], points, index, vectors, dimensions, comments));
    for (std::uint32_t i : members[g]) grouped[i] = true;
  }
  std::stable_sort(discussion.groups.begin(), discussion.groups.end(),
                   [](const DiscussionGroup& a, const DiscussionGroup& b) { return a.comments.size() > b.comments.size(); });
  for (std::uint32_t i = 0; i < n; ++i)
    if (!grouped[i]) discussion.other.emplace_back(comments.id(i));
  return discussion;
}

}  // namespace palabre
