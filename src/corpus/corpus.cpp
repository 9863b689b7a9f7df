// Exact merging is the design constraint here: a figure that depends on the order threads
// arrive in (a floating-point sum, "the first article seen") would make map/reduce answers
// differ from a single run. So the report keeps integer counts and, where a list must be
// capped, caps it under a total order — merging two top-10 lists and keeping the top 10
// of the union is then the same as taking the top 10 of everything.
#include "palabre/corpus/corpus.hpp"

#include <algorithm>
#include <memory>
#include <set>

#include "palabre/text/fingerprint.hpp"
#include "palabre/text/utf8.hpp"

namespace palabre {
namespace {

bool is_digits(std::string_view text) {
  return std::all_of(text.begin(), text.end(), [](char c) { return c >= '0' && c <= '9'; });
}

void merge_theme(CorpusTheme& into, const CorpusTheme& part) {
  // A label differs only when partials used different theme files; keep the smaller one
  // so that the answer does not depend on the order of the partials.
  if (into.label.empty() || (!part.label.empty() && part.label < into.label)) into.label = part.label;
  into.comments += part.comments;
  into.threads += part.threads;
}

std::string preferred_spelling(const std::map<std::string, std::size_t>& spellings) {
  const std::string* best = nullptr;
  std::size_t best_count = 0;
  for (const auto& [phrase, count] : spellings)  // map order: ties keep the smallest string
    if (best == nullptr || count > best_count) {
      best = &phrase;
      best_count = count;
    }
  return best ? *best : std::string();
}

}  // namespace

std::string day_of(std::string_view posted_at) {
  if (posted_at.size() < 10) return "";
  std::string_view day = posted_at.substr(0, 10);
  if (!is_digits(day.substr(0, 4)) || day[4] != '-' || !is_digits(day.substr(5, 2)) ||
      day[7] != '-' || !is_digits(day.substr(8, 2)))
    return "";
  if (posted_at.size() > 10 && posted_at[10] != 'T' && posted_at[10] != ' ') return "";
  return std::string(day);
}

ThreadDigest digest_thread(const ThreadReport& report) {
  ThreadDigest digest;
  digest.path = report.thread.source.path;
  Fingerprint identity;
  identity.add(digest.path);
  for (const Comment& comment : report.thread.comments) identity.add(comment.text);
  digest.identity = identity.value();
  digest.comments = report.summary.comments;
  digest.tagged = report.summary.tagged;
  for (const ThemeSummary& theme : report.summary.themes)
    digest.themes.push_back({theme.id, theme.label, theme.comments});
  std::set<std::string> keys;
  for (const TalkingPoint& point : report.summary.talking_points) {
    std::string key = point.key.empty() ? fold(point.phrase) : point.key;
    // Two phrases of one thread that stem alike count once, with the better-ranked one.
    if (!keys.insert(key).second) continue;
    digest.points.push_back({std::move(key), point.phrase, point.comments.size()});
  }
  for (const Comment& comment : report.thread.comments) {
    std::string day = comment.posted_at ? day_of(*comment.posted_at) : "";
    if (day.empty()) ++digest.undated;
    else ++digest.per_day[day];
  }
  return digest;
}

void add_to_corpus(CorpusReport& corpus, const ThreadDigest& digest) {
  ++corpus.threads;
  corpus.threads_fingerprint += digest.identity;
  corpus.comments += digest.comments;
  corpus.tagged += digest.tagged;
  corpus.undated += digest.undated;
  for (const ThreadDigest::Theme& theme : digest.themes)
    merge_theme(corpus.themes[theme.id], CorpusTheme{theme.label, theme.comments, theme.comments > 0 ? 1u : 0u});
  for (const ThreadDigest::Point& point : digest.points) {
    CorpusPoint part;
    part.spellings[point.phrase] = 1;
    part.threads = 1;
    part.comments = point.comments;
    part.articles.push_back({digest.path, point.comments});
    corpus.points.add(point.key, part);
  }
  for (const auto& [day, count] : digest.per_day) corpus.per_day[day] += count;
}

void add_failure(CorpusReport& corpus, Failure failure) { corpus.failures.push_back(std::move(failure)); }

void merge_corpus(CorpusReport& into, const CorpusReport& part) {
  into.threads += part.threads;
  into.threads_fingerprint += part.threads_fingerprint;
  into.comments += part.comments;
  into.tagged += part.tagged;
  into.undated += part.undated;
  for (const auto& [id, theme] : part.themes) merge_theme(into.themes[id], theme);
  part.points.for_each([&](const std::string& key, const CorpusPoint& point) { into.points.add(key, point); });
  for (const auto& [day, count] : part.per_day) into.per_day[day] += count;
  into.failures.insert(into.failures.end(), part.failures.begin(), part.failures.end());
  if (into.palabre_version.empty()) into.palabre_version = part.palabre_version;
  if (into.themes_fingerprint.empty()) into.themes_fingerprint = part.themes_fingerprint;
  if (into.analysis_options.empty()) into.analysis_options = part.analysis_options;
}

std::vector<RankedTheme> rank_themes(const CorpusReport& corpus) {
  std::vector<RankedTheme> ranked;
  for (const auto& [id, theme] : corpus.themes) ranked.push_back({id, &theme});
  std::stable_sort(ranked.begin(), ranked.end(), [](const RankedTheme& a, const RankedTheme& b) {
    return a.theme->comments > b.theme->comments;  // ties stay in id order (map order)
  });
  return ranked;
}

std::vector<RankedPoint> rank_points(const CorpusReport& corpus, std::size_t limit) {
  std::size_t min_threads = corpus.threads > 1 ? 2 : 1;
  auto before = [](const RankedPoint& a, const RankedPoint& b) {
    if (a.point->threads != b.point->threads) return a.point->threads > b.point->threads;
    if (a.point->comments != b.point->comments) return a.point->comments > b.point->comments;
    if (a.phrase != b.phrase) return a.phrase < b.phrase;
    return a.key < b.key;
  };
  // A streaming top-`limit`: the order is total, so what is kept does not depend on the
  // order the points come in. Cut back to `limit` whenever twice as many are held.
  std::vector<RankedPoint> ranked;
  auto cut = [&] {
    std::sort(ranked.begin(), ranked.end(), before);
    if (ranked.size() > limit) ranked.resize(limit);
  };
  corpus.points.for_each([&](const std::string& key, const CorpusPoint& point) {
    if (point.threads < min_threads) return;
    ranked.push_back({key, preferred_spelling(point.spellings), std::make_shared<const CorpusPoint>(point)});
    if (ranked.size() > 2 * limit) cut();
  });
  cut();
  return ranked;
}

}  // namespace palabre
