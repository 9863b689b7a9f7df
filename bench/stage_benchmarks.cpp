// Micro benchmarks of each stage on the founding page's text, repeated to a realistic
// thread size: decode, text and HTML parse, tokenize, analyze (fold + stem), stem, tag,
// whole thread, talking points, coverage suggestions, JSON.
// Bytes processed are reported, so the output reads as MB/s per stage.
#include <benchmark/benchmark.h>

#include <fstream>
#include <sstream>

#include "palabre/analyze/comment_identities.hpp"
#include "palabre/analyze/coverage.hpp"
#include "palabre/analyze/pipeline.hpp"
#include "palabre/analyze/stemmer.hpp"
#include "palabre/analyze/talking_points.hpp"
#include "palabre/analyze/tokenizer.hpp"
#include "palabre/parse/html_page.hpp"
#include "palabre/parse/text_page.hpp"
#include "palabre/report/json.hpp"
#include "palabre/text/charset.hpp"
#include "palabre/text/utf8.hpp"

namespace {

std::string read_sample(const char* name = "villages-2-0-chinois.txt") {
  std::ifstream file(std::string(PALABRE_SOURCE_DIR "/samples/") + name, std::ios::binary);
  std::ostringstream contents;
  contents << file.rdbuf();
  return contents.str();
}

// The sample's comments repeated 40 times: a thread of 200 comments.
std::string large_page() {
  std::string page = read_sample();
  std::size_t heading = page.find("Commentaires 5");
  std::size_t form = page.find("Votre email");
  std::string comments = page.substr(heading + 15, form - heading - 15);
  std::string out = page.substr(0, heading) + "Commentaires 200\n";
  for (int i = 0; i < 40; ++i) out += comments;
  return out + page.substr(form);
}

// The French analysis chain, as the workers build it.
std::shared_ptr<const palabre::Language> french() {
  static palabre::LanguageCache cache;
  return cache.find("fr");
}

const palabre::ElisionRules& french_elisions() {
  static const palabre::ElisionRules rules{french()->elisions, french()->spaced_elisions};
  return rules;
}

std::string comment_text() {
  palabre::Thread thread = palabre::parse_text_page(read_sample());
  std::string text;
  for (const auto& comment : thread.comments) text += comment.text + "\n";
  return text;
}

void BM_Decode(benchmark::State& state) {
  std::string page = large_page();
  for (auto _ : state) benchmark::DoNotOptimize(palabre::decode_bytes(page));
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * page.size()));
}

void BM_ParseTextPage(benchmark::State& state) {
  std::string page = large_page();
  for (auto _ : state) benchmark::DoNotOptimize(palabre::parse_text_page(page));
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * page.size()));
}

void BM_ParseHtmlPage(benchmark::State& state) {
  std::string page = read_sample("villages-2-0-chinois.html");
  for (auto _ : state) benchmark::DoNotOptimize(palabre::parse_html_page(page));
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * page.size()));
}

void BM_Tokenize(benchmark::State& state) {
  std::string text = comment_text();
  for (auto _ : state) benchmark::DoNotOptimize(palabre::tokenize(text, french_elisions()));
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * text.size()));
}

void BM_AnalyzeText(benchmark::State& state) {
  std::string text = comment_text();
  palabre::Analyzer analyzer(french());
  for (auto _ : state) benchmark::DoNotOptimize(analyzer.analyze(text));
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * text.size()));
}

// Snowball on every word of the text.
void BM_Stem(benchmark::State& state) {
  std::string text = comment_text();
  std::vector<std::string> words;
  for (const palabre::Token& token : palabre::tokenize(text, french_elisions()))
    if (token.kind == palabre::TokenKind::kWord) words.push_back(palabre::to_lower(token.surface));
  for (auto _ : state) {
    palabre::Stemmer stemmer("french");
    for (const std::string& word : words) benchmark::DoNotOptimize(stemmer.stem(word));
  }
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * text.size()));
}

void BM_Tag(benchmark::State& state) {
  std::string text = comment_text();
  palabre::Analyzer analyzer(french());
  palabre::ThemeSet themes = palabre::load_theme_file(
      "default", [&](std::string_view) { return &analyzer; });
  palabre::ThemeMatcher matcher(themes, french(), &analyzer.memo());
  std::vector<palabre::Token> tokens = analyzer.analyze(text);
  for (auto _ : state) benchmark::DoNotOptimize(palabre::tag_comment(matcher, text, tokens));
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * text.size()));
}

void BM_AnalyzeThread(benchmark::State& state) {
  std::string page = large_page();
  palabre::ThreadAnalyzer analyzer;
  palabre::Thread thread = palabre::parse_text_page(page);
  for (auto _ : state) benchmark::DoNotOptimize(analyzer.analyze(thread));
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * page.size()));
}

// The summary stage alone, on tokens analysed beforehand: talking points (YAKE) through a
// reused accumulator, as a worker runs it, and coverage suggestions with every comment
// untagged (the most work). Bytes are the comments' text.
struct AnalysedThread {
  palabre::Thread thread;
  std::vector<std::vector<palabre::Token>> tokens;
  std::size_t bytes = 0;
};

AnalysedThread analysed_large_thread(palabre::Analyzer& analyzer) {
  AnalysedThread analysed;
  analysed.thread = palabre::parse_text_page(large_page());
  for (const auto& comment : analysed.thread.comments) {
    analysed.tokens.push_back(analyzer.analyze(comment.text));
    analysed.bytes += comment.text.size();
  }
  return analysed;
}

void BM_TalkingPoints(benchmark::State& state) {
  palabre::Analyzer analyzer(french());
  AnalysedThread analysed = analysed_large_thread(analyzer);
  palabre::TalkingPointAccumulator accumulator({}, &analyzer.memo());
  const palabre::ThreadIdentities identities(analysed.thread.comments);
  for (auto _ : state) {
    accumulator.clear();
    for (std::size_t c = 0; c < analysed.tokens.size(); ++c)
      accumulator.add_comment(analysed.thread.comments[c].text, analysed.tokens[c], {}, french().get());
    benchmark::DoNotOptimize(accumulator.finish(identities));
  }
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * analysed.bytes));
}

void BM_SuggestTerms(benchmark::State& state) {
  palabre::Analyzer analyzer(french());
  AnalysedThread analysed = analysed_large_thread(analyzer);
  std::vector<std::size_t> untagged(analysed.tokens.size());
  for (std::size_t c = 0; c < untagged.size(); ++c) untagged[c] = c;
  for (auto _ : state) benchmark::DoNotOptimize(palabre::suggest_terms(analysed.tokens, untagged));
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * analysed.bytes));
}

void BM_WriteJson(benchmark::State& state) {
  std::string page = large_page();
  palabre::ThreadAnalyzer analyzer;
  palabre::ThreadReport report = analyzer.analyze(palabre::parse_text_page(page));
  for (auto _ : state) benchmark::DoNotOptimize(palabre::report_json_text(report));
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * page.size()));
}

BENCHMARK(BM_Decode);
BENCHMARK(BM_ParseTextPage);
BENCHMARK(BM_ParseHtmlPage);
BENCHMARK(BM_Tokenize);
BENCHMARK(BM_AnalyzeText);
BENCHMARK(BM_Stem);
BENCHMARK(BM_Tag);
BENCHMARK(BM_AnalyzeThread);
BENCHMARK(BM_TalkingPoints);
BENCHMARK(BM_SuggestTerms);
BENCHMARK(BM_WriteJson);

}  // namespace

BENCHMARK_MAIN();
