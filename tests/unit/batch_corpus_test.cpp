// The batch corpus report (corpus/corpus.hpp) is a mergeable partial: for any split of the threads, in any order,
// merging the parts gives exactly the report of the whole — also through the JSON partials
// that travel between map and reduce steps.
#include "support/languages.hpp"
#include "palabre/corpus/corpus.hpp"

#include <gtest/gtest.h>

#include <algorithm>
#include <random>
#include <set>
#include <sstream>

#include "palabre/analyze/pipeline.hpp"
#include "palabre/corpus/partial_reader.hpp"
#include "palabre/report/corpus_json.hpp"
#include "palabre/report/json.hpp"
#include "palabre/error.hpp"

namespace palabre {
namespace {

std::vector<ThreadDigest> random_digests(std::size_t count, unsigned seed) {
  std::mt19937 random(seed);
  auto pick = [&](std::size_t n) { return static_cast<std::size_t>(random() % n); };
  const std::vector<std::pair<std::string, std::string>> themes = {
      {"craft", "Artisanat"}, {"marketplaces", "Alibaba / Amazon"}, {"france_vs_china", "France vs Chine"}};
  const std::vector<std::string> keys = {"artisan", "plac march", "chin", "franc", "savoir fair", "entrepot",
                                         "vend lign", "petit commerc"};
  std::vector<ThreadDigest> digests;
  for (std::size_t i = 0; i < count; ++i) {
    ThreadDigest digest;
    digest.path = "corpus/a" + std::to_string(1000 + i) + ".txt";
    digest.comments = pick(40);
    digest.tagged = digest.comments ? pick(digest.comments + 1) : 0;
    for (const auto& [id, label] : themes) digest.themes.push_back({id, label, pick(digest.tagged + 1)});
    std::size_t points = pick(5);
    for (std::size_t p = 0; p < points; ++p) {
      const std::string& key = keys[pick(keys.size())];
      if (std::any_of(digest.points.begin(), digest.points.end(), [&](const auto& x) { return x.key == key; }))
        continue;
      // Spellings vary by thread, as "artisans" / "l'artisan" would.
      digest.points.push_back({key, key + (pick(3) == 0 ? "s" : ""), 1 + pick(6)});
    }
    std::size_t dated = digest.comments ? pick(digest.comments + 1) : 0;
    for (std::size_t d = 0; d < dated; ++d)
      ++digest.per_day["2019-0" + std::to_string(1 + pick(3)) + "-1" + std::to_string(pick(10))];
    digest.undated = digest.comments - dated;
    digest.identity = std::uint64_t{random()} << 32 | random();  // sums wrap around: all 64 bits
    digests.push_back(std::move(digest));
  }
  return digests;
}

// The corpus document's "summary", compact.
std::string summary_text(const CorpusReport& corpus) {
  std::string text;
  JsonWriter json(text);
  write_corpus_summary_json(json, corpus);
  return text;
}

std::string partial_text(const CorpusReport& corpus) {
  std::ostringstream out;
  write_partial(out, corpus);
  return out.str();
}

OrderedJson partial_json(const CorpusReport& corpus) { return OrderedJson::parse(partial_text(corpus)); }

CorpusReport with_budget(std::size_t budget) {
  CorpusReport corpus;
  corpus.points = PointTable(budget);
  return corpus;
}

CorpusReport round_trip(const CorpusReport& corpus, std::size_t budget) {
  std::istringstream in(partial_text(corpus));
  CorpusReport back = with_budget(budget);
  read_partials(in, "part", back);
  return back;
}

// A budget of one byte spills at every add: every point goes through the temporary file
// and the k-way merge (and, past 16 runs, the merge of runs into one).
class CorpusSplit : public ::testing::TestWithParam<std::size_t> {};

TEST_P(CorpusSplit, AnySplitMergesToTheWholeExactly) {
  const std::size_t budget = GetParam();
  std::vector<ThreadDigest> digests = random_digests(120, 7);
  CorpusReport whole;  // in memory: the reference
  for (const ThreadDigest& digest : digests) add_to_corpus(whole, digest);
  ASSERT_EQ(whole.threads, 120u);
  ASSERT_FALSE(rank_points(whole).empty());
  bool capped = false;
  whole.points.for_each([&](const std::string&, const CorpusPoint& point) {
    capped = capped || point.threads > kArticlesPerPoint;
  });
  ASSERT_TRUE(capped) << "the test needs a point whose article list was capped";
  ASSERT_EQ(whole.points.runs(), 0u);

  std::mt19937 random(11);
  for (std::size_t parts = 1; parts <= 6; ++parts) {
    std::vector<CorpusReport> split;
    for (std::size_t p = 0; p < parts; ++p) split.push_back(with_budget(budget));
    std::vector<std::size_t> order(digests.size());
    for (std::size_t i = 0; i < order.size(); ++i) order[i] = i;
    std::shuffle(order.begin(), order.end(), random);  // each part sees its threads out of order
    for (std::size_t i : order) add_to_corpus(split[random() % parts], digests[i]);
    std::shuffle(split.begin(), split.end(), random);
    CorpusReport merged = with_budget(budget);
    for (const CorpusReport& part : split) merge_corpus(merged, round_trip(part, budget));
    if (budget < 100) {
      EXPECT_GT(merged.points.runs(), 0u) << "nothing spilled";
    }
    EXPECT_EQ(summary_text(merged), summary_text(whole)) << parts << " parts";
    EXPECT_EQ(partial_text(merged), partial_text(whole)) << parts << " parts";
  }
}

INSTANTIATE_TEST_SUITE_P(Budgets, CorpusSplit, ::testing::Values(kDefaultPointBudget, 1, 2000));

TEST(PointTable, SpilledRunsReadBackAsTheInMemoryTable) {
  std::mt19937 random(5);
  PointTable in_memory, spilled(1500);
  for (std::size_t i = 0; i < 3000; ++i) {
    std::string key = "k" + std::to_string(random() % 400);
    CorpusPoint point;
    point.spellings[key + (random() % 2 ? "s" : "")] = 1;
    point.threads = 1;
    point.comments = 1 + random() % 9;
    point.articles.push_back({"a/" + std::to_string(i) + std::string(random() % 30, 'x'), point.comments});
    in_memory.add(key, point);
    spilled.add(key, point);
  }
  EXPECT_EQ(in_memory.runs(), 0u);
  EXPECT_GT(spilled.runs(), 0u);
  EXPECT_LT(spilled.runs(), 16u) << "runs past the fan-in are merged into one";
  std::vector<std::string> expected, got;
  auto describe = [](std::vector<std::string>& into) {
    return [&into](const std::string& key, const CorpusPoint& point) {
      std::string line = key + " " + std::to_string(point.threads) + " " + std::to_string(point.comments);
      for (const auto& [phrase, count] : point.spellings) line += " " + phrase + "=" + std::to_string(count);
      for (const PointArticle& article : point.articles) line += " " + article.path + ":" + std::to_string(article.comments);
      into.push_back(line);
    };
  };
  in_memory.for_each(describe(expected));
  spilled.for_each(describe(got));
  ASSERT_EQ(expected.size(), 400u);
  EXPECT_EQ(got, expected);
  // Reading does not consume: a second pass gives the same.
  std::vector<std::string> again;
  spilled.for_each(describe(again));
  EXPECT_EQ(again, expected);
  // A moved table keeps its runs.
  PointTable moved = std::move(spilled);
  std::vector<std::string> after_move;
  moved.for_each(describe(after_move));
  EXPECT_EQ(after_move, expected);
}

TEST(Corpus, CountsThemesPointsAndDays) {
  std::vector<ThreadDigest> digests(3);
  digests[0] = {"a.txt", 4, 3, 1, {{"craft", "Artisanat", 2}, {"marketplaces", "Alibaba", 0}},
                {{"artisan", "artisans", 2}}, {{"2019-01-02", 3}}};
  digests[1] = {"b.txt", 2, 1, 0, {{"craft", "Artisanat", 1}, {"marketplaces", "Alibaba", 1}},
                {{"artisan", "l'artisan", 2}, {"chin", "chine", 2}}, {{"2019-01-02", 1}, {"2019-01-03", 1}}};
  digests[2] = {"c.txt", 3, 0, 3, {{"craft", "Artisanat", 0}, {"marketplaces", "Alibaba", 0}},
                {{"artisan", "artisans", 3}}, {}};
  CorpusReport corpus;
  for (const ThreadDigest& digest : digests) add_to_corpus(corpus, digest);
  add_failure(corpus, {"broken.html", "binary data"});
  OrderedJson summary = OrderedJson::parse(summary_text(corpus));
  EXPECT_EQ(summary["threads"], 3);
  EXPECT_EQ(summary["comments"], 9);
  EXPECT_EQ(summary["tagged"], 4);
  EXPECT_EQ(summary["failed"], 1);
  EXPECT_EQ(summary["undated"], 4);
  EXPECT_EQ(summary["per_day"], (OrderedJson{{"2019-01-02", 4}, {"2019-01-03", 1}}));
  ASSERT_EQ(summary["themes"].size(), 2u);
  EXPECT_EQ(summary["themes"][0]["id"], "craft");
  EXPECT_EQ(summary["themes"][0]["comments"], 3);
  EXPECT_EQ(summary["themes"][0]["threads"], 2);
  EXPECT_EQ(summary["themes"][0]["share"], 0.3333);
  // "chine" is carried by one article only: not a corpus talking point.
  ASSERT_EQ(summary["talking_points"].size(), 1u);
  EXPECT_EQ(summary["talking_points"][0]["phrase"], "artisans");  // two articles spell it so
  EXPECT_EQ(summary["talking_points"][0]["threads"], 3);
  EXPECT_EQ(summary["talking_points"][0]["comments"], 7);
  EXPECT_EQ(summary["talking_points"][0]["articles"], (OrderedJson{"c.txt", "a.txt", "b.txt"}));
}

TEST(Corpus, TotalsInTheBenchmarkPeersShape) {
  std::vector<ThreadDigest> digests(2);
  digests[0] = {"a.txt", 4, 3, 0, {{"craft", "Artisanat", 2}, {"marketplaces", "Alibaba", 0}}, {}, {}};
  digests[1] = {"b.txt", 2, 1, 0, {{"craft", "Artisanat", 1}, {"marketplaces", "Alibaba", 1}}, {}, {}};
  CorpusReport corpus;
  for (const ThreadDigest& digest : digests) add_to_corpus(corpus, digest);
  add_failure(corpus, {"broken.html", "binary data"});
  std::string text;
  JsonWriter json(text);
  write_corpus_totals_json(json, corpus);
  EXPECT_EQ(OrderedJson::parse(text),
            (OrderedJson{{"files", 3}, {"comments", 6}, {"themes", {{"craft", 3}, {"marketplaces", 1}}}}));

  std::ostringstream document;
  std::unique_ptr<ReportDocument> writer = make_corpus_json_document();
  writer->begin(document);
  writer->finish(document, corpus);
  OrderedJson parsed = OrderedJson::parse(document.str());
  EXPECT_EQ(parsed["totals"], OrderedJson::parse(text));
  EXPECT_EQ(parsed["summary"]["comments"], parsed["totals"]["comments"]);
}

TEST(Corpus, ArticlesPerPointKeepTheMostDiscussed) {
  CorpusReport corpus;
  for (std::size_t i = 0; i < 25; ++i)
    add_to_corpus(corpus, ThreadDigest{"p" + std::to_string(100 + i), 30, 0, 0, {}, {{"k", "k", i % 13 + 1}}, {}});
  CorpusPoint point;
  corpus.points.for_each([&](const std::string& key, const CorpusPoint& found) {
    ASSERT_EQ(key, "k");
    point = found;
  });
  EXPECT_EQ(point.threads, 25u);
  ASSERT_EQ(point.articles.size(), kArticlesPerPoint);
  EXPECT_EQ(point.articles.front().comments, 13u);
  for (std::size_t i = 1; i < point.articles.size(); ++i) {
    const PointArticle& a = point.articles[i - 1];
    const PointArticle& b = point.articles[i];
    EXPECT_TRUE(a.comments > b.comments || (a.comments == b.comments && a.path < b.path));
  }
}

TEST(Corpus, DayOfIsoDates) {
  EXPECT_EQ(day_of("2019-01-02T11:54"), "2019-01-02");
  EXPECT_EQ(day_of("2019-01-02"), "2019-01-02");
  EXPECT_EQ(day_of("2019-01-02 11:54:00"), "2019-01-02");
  EXPECT_EQ(day_of("02/01/2019"), "");
  EXPECT_EQ(day_of("2019-1-2"), "");
  EXPECT_EQ(day_of("2019-01-02x"), "");
  EXPECT_EQ(day_of(""), "");
}

TEST(Corpus, PartialsAreReadStrictly) {
  struct Case {
    const char* text;
    const char* message;
  };
  const Case cases[] = {
      {"{\"schema\": \"palabre.corpus/1\"}", "not a palabre.partial/1 document"},
      {"{\"schema\": \"palabre.partial/1\", \"threads\": -1}", "'threads' must be a count"},
      {"{\"schema\": \"palabre.partial/1\", \"threads\": 1}", "'comments' is missing"},
      {"{\"schema\": \"palabre.partial/1\"", "not valid JSON"},
      {"", "no partial"},
  };
  for (const Case& c : cases) {
    std::istringstream in(c.text);
    CorpusReport corpus;
    try {
      read_partials(in, "p.json", corpus);
      ADD_FAILURE() << "accepted: " << c.text;
    } catch (const Error& error) {
      EXPECT_EQ(error.kind(), ErrorKind::kInput);
      EXPECT_NE(error.describe().find(c.message), std::string::npos) << error.describe();
      EXPECT_TRUE(error.describe().starts_with("p.json")) << error.describe();
    }
  }
}

TEST(Corpus, SeveralPartialsInOneStream) {
  std::vector<ThreadDigest> digests = random_digests(10, 3);
  CorpusReport a, b, whole;
  for (std::size_t i = 0; i < digests.size(); ++i) {
    add_to_corpus(i % 2 ? a : b, digests[i]);
    add_to_corpus(whole, digests[i]);
  }
  std::istringstream in(partial_text(a) + partial_json(b).dump(2) + "\n\n");
  CorpusReport merged;
  read_partials(in, "both", merged);
  EXPECT_EQ(summary_text(merged), summary_text(whole));
}

// A partial far larger than the table's budget: read as a stream, its points spill as they
// come, and the figures are exactly those of the corpus that wrote it.
TEST(Corpus, PartialLargerThanTheBudgetReadsBackExactly) {
  CorpusReport whole;
  for (std::size_t i = 0; i < 400; ++i) {
    ThreadDigest digest{"corpus/b" + std::to_string(1000 + i) + ".txt", 10, 4, 1, {{"craft", "Artisanat", i % 5}}, {}, {}};
    for (std::size_t p = 0; p < 8; ++p) {
      std::string key = "mot" + std::to_string((i * 7 + p * 131) % 2500);
      digest.points.push_back({key, key + (p % 2 ? "s" : ""), 1 + (i + p) % 4});
    }
    add_to_corpus(whole, digest);
  }
  const std::string text = partial_text(whole);
  const std::size_t budget = 4096;
  ASSERT_GT(text.size(), 50 * budget);
  std::istringstream in(text);
  CorpusReport back = with_budget(budget);
  read_partials(in, "big", back);
  EXPECT_GT(back.points.runs(), 0u) << "the points did not spill";
  EXPECT_EQ(partial_text(back), text);
  EXPECT_EQ(summary_text(back), summary_text(whole));
}

// Items are checked as they are read: a bad talking point is named even when the document
// breaks off after it, and fields in another order than palabre writes them are read too.
TEST(Corpus, PartialItemsAreCheckedAsTheyCome) {
  std::istringstream broken(
      "{\"schema\": \"palabre.partial/1\", \"talking_points\": [{\"key\": \"a\", \"spellings\": {}, "
      "\"threads\": 1, \"comments\": 1, \"articles\": []}, {\"key\": 3}, {\"key\": ");
  CorpusReport corpus;
  try {
    read_partials(broken, "p.json", corpus);
    ADD_FAILURE() << "accepted";
  } catch (const Error& error) {
    EXPECT_NE(error.describe().find("p.json: document 1: talking_points[1]: 'spellings' is missing"),
              std::string::npos)
        << error.describe();
  }

  std::vector<ThreadDigest> digests = random_digests(30, 5);
  CorpusReport whole;
  for (const ThreadDigest& digest : digests) add_to_corpus(whole, digest);
  OrderedJson reordered = OrderedJson::object();
  OrderedJson original = partial_json(whole);
  for (auto it = original.rbegin(); it != original.rend(); ++it) reordered[it.key()] = it.value();
  ASSERT_EQ(std::prev(reordered.end()).key(), "schema");  // the schema comes last
  std::istringstream in(reordered.dump());
  CorpusReport back;
  read_partials(in, "reordered", back);
  EXPECT_EQ(summary_text(back), summary_text(whole));
}

TEST(Corpus, DigestOfARealThreadStemsItsTalkingPoints) {
  ThreadAnalyzer analyzer;
  Thread thread;
  thread.source.path = "t.txt";
  for (const char* text : {"Les artisans de mon village vendent sur Alibaba.",
                           "Un artisan ne vend pas sur Amazon.", "Les artisans chinois sont partout."}) {
    Comment comment;
    comment.id = "c" + std::to_string(thread.comments.size() + 1);
    comment.text = text;
    if (thread.comments.size() < 2) comment.posted_at = "2019-01-0" + std::to_string(thread.comments.size() + 2) + "T10:00";
    thread.comments.push_back(comment);
  }
  ThreadReport report = analyzer.analyze(thread);
  ThreadDigest digest = digest_thread(report);
  EXPECT_EQ(digest.path, "t.txt");
  EXPECT_EQ(digest.comments, 3u);
  EXPECT_EQ(digest.undated, 1u);
  EXPECT_EQ(digest.per_day, (std::map<std::string, std::size_t>{{"2019-01-02", 1}, {"2019-01-03", 1}}));
  auto craft = std::find_if(digest.themes.begin(), digest.themes.end(), [](const auto& t) { return t.id == "craft"; });
  ASSERT_NE(craft, digest.themes.end());
  EXPECT_EQ(craft->comments, 3u);
  ASSERT_FALSE(digest.points.empty());
  std::set<std::string> keys;
  for (const ThreadDigest::Point& point : digest.points)
    EXPECT_TRUE(keys.insert(point.key).second) << "a key twice: " << point.key;
  // "artisans" and "artisan" meet under one stem, whatever the thread's spelling.
  auto artisan = std::find_if(digest.points.begin(), digest.points.end(),
                              [](const auto& p) { return p.phrase.starts_with("artisan"); });
  ASSERT_NE(artisan, digest.points.end());
  EXPECT_EQ(artisan->key, "artisan");
  EXPECT_EQ(artisan->comments, 3u);
}

}  // namespace
}  // namespace palabre
