// A simple, explainable scorer: document frequency across comments, with a bonus for
// longer phrases, and a phrase dropped when a longer one that contains it is carried by
// as many comments (it adds nothing). The surface shown is the most frequent spelling.
#include "palabre/analyze/talking_points.hpp"

#include <algorithm>
#include <cmath>
#include <map>
#include <set>

#include "palabre/text/utf8.hpp"

namespace palabre {
namespace {

constexpr std::size_t kMaxWords = 3;
constexpr std::size_t kMinLetters = 3;

bool is_content(const Token& token) {
  return token.kind == TokenKind::kWord && !token.stopword &&
         count_code_points(token.folded) >= kMinLetters;
}

struct Candidate {
  std::vector<std::string> stems;
  std::set<std::size_t> comments;
  std::map<std::string, std::size_t> spellings;
  std::size_t first_seen = 0;
};

bool contains_run(const std::vector<std::string>& longer, const std::vector<std::string>& shorter) {
  if (shorter.size() >= longer.size()) return false;
  return std::search(longer.begin(), longer.end(), shorter.begin(), shorter.end()) != longer.end();
}

}  // namespace

std::vector<TalkingPoint> find_talking_points(const Thread& thread,
                                              const std::vector<std::vector<Token>>& tokens,
                                              std::size_t limit) {
  std::map<std::string, Candidate> candidates;
  std::size_t order = 0;
  for (std::size_t c = 0; c < tokens.size(); ++c) {
    const auto& list = tokens[c];
    std::string_view text = thread.comments[c].text;
    for (std::size_t i = 0; i < list.size(); ++i) {
      if (!is_content(list[i])) continue;
      std::vector<std::string> stems;
      std::size_t inner_stopwords = 0;
      for (std::size_t j = i; j < list.size() && stems.size() < kMaxWords; ++j) {
        if (j > i) {
          std::string_view gap =
              text.substr(list[j - 1].byte_end, list[j].byte_start - list[j - 1].byte_end);
          if (gap.find_first_of(".!?;:,\n()\"«»") != std::string_view::npos) break;
        }
        const Token& token = list[j];
        if (!is_content(token)) {
          if (token.kind == TokenKind::kWord || token.kind == TokenKind::kElision) {
            if (++inner_stopwords > 1) break;
            continue;
          }
          break;
        }
        stems.push_back(token.stem);
        std::string key;
        for (const std::string& stem : stems) key += stem + ' ';
        Candidate& candidate = candidates[key];
        if (candidate.stems.empty()) {
          candidate.stems = stems;
          candidate.first_seen = order;
        }
        ++order;
        candidate.comments.insert(c);
        std::string_view surface =
            text.substr(list[i].byte_start, token.byte_end - list[i].byte_start);
        ++candidate.spellings[to_lower(surface)];
      }
    }
  }

  std::size_t min_comments = thread.comments.size() > 1 ? 2 : 1;
  std::vector<const Candidate*> ranked;
  for (const auto& [key, candidate] : candidates)
    if (candidate.comments.size() >= min_comments) ranked.push_back(&candidate);
  auto score = [](const Candidate* c) {
    return static_cast<double>(c->comments.size()) * (1.0 + 0.5 * (c->stems.size() - 1));
  };
  std::sort(ranked.begin(), ranked.end(), [&](const Candidate* a, const Candidate* b) {
    if (score(a) != score(b)) return score(a) > score(b);
    return a->first_seen < b->first_seen;
  });

  std::vector<const Candidate*> kept;
  for (const Candidate* candidate : ranked) {
    bool redundant = false;
    for (const Candidate* other : ranked) {
      if (other != candidate && contains_run(other->stems, candidate->stems) &&
          other->comments.size() >= candidate->comments.size()) {
        redundant = true;
        break;
      }
    }
    if (!redundant) kept.push_back(candidate);
    if (kept.size() == limit) break;
  }

  std::vector<TalkingPoint> points;
  double best = kept.empty() ? 1.0 : score(kept.front());
  for (const Candidate* candidate : kept) {
    TalkingPoint point;
    point.phrase = std::max_element(candidate->spellings.begin(), candidate->spellings.end(),
                                    [](const auto& a, const auto& b) { return a.second < b.second; })
                       ->first;
    point.score = std::round(score(candidate) / best * 100.0) / 100.0;
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
