// Input shapes whose cost once grew with the square of their size, generated in code at ten
// times the size that exposed them: a page's JSON-LD copy of 40,000 comments (in reverse
// order, and copies that match none), one comment with 400,000 evidence spans under
// --explain, a text report of a comment that is one 100 MB word, and an HTML reply chain
// 40,000 comments deep (each reply inside the one it answers). Each must grow in
// proportion to its size (compare the two sizes of a case); peak memory is measured
// outside, with /usr/bin/time (docs/performance.md).
#include <benchmark/benchmark.h>

#include <cstdint>
#include <sstream>
#include <string>
#include <vector>

#include "palabre/parse/comment_merge.hpp"
#include "palabre/parse/html_page.hpp"
#include "palabre/report/highlight.hpp"
#include "palabre/report/text.hpp"

namespace {

// Distinct comment texts of about 25 words, deterministic.
std::vector<std::string> comment_texts(std::size_t count) {
  static const char* const kWords[] = {"le", "commerce", "chinois", "village", "artisan", "marché",
                                       "boutique", "France", "Chine", "prix", "qualité", "produit",
                                       "client", "vendeur", "usine", "travail", "emploi", "local"};
  std::vector<std::string> texts;
  std::uint32_t state = 7;
  for (std::size_t i = 0; i < count; ++i) {
    std::string text;
    for (int w = 0; w < 25; ++w) {
      state = state * 1664525u + 1013904223u;
      text += std::string(kWords[(state >> 16) % 18]) + " ";
    }
    texts.push_back(text + "numéro " + std::to_string(i) + ".");
  }
  return texts;
}

// The first `words` words of `text`.
std::string cut_to_words(const std::string& text, int words) {
  std::size_t end = 0;
  for (int w = 0; w < words && end != std::string::npos; ++w) end = text.find(' ', end + 1);
  return text.substr(0, end);
}

// range(0): comments; range(1): 0 = the copies in reverse page order (newest first), 1 =
// copies that match no comment (every one is appended), 2 = copies in reverse order cut to
// their first five words (shorter than the index's strings: found by prefix).
void BM_MergeLinkedComments(benchmark::State& state) {
  const auto count = static_cast<std::size_t>(state.range(0));
  const std::vector<std::string> texts = comment_texts(count);
  std::vector<palabre::Comment> comments(count);
  std::vector<palabre::LinkedComment> copies(count);
  for (std::size_t i = 0; i < count; ++i) {
    comments[i].id = "c" + std::to_string(i + 1);
    comments[i].text = texts[i];
    const std::string& copied = texts[count - 1 - i];
    if (state.range(1) == 0) copies[i].text = copied;
    else if (state.range(1) == 1) copies[i].text = "Autre " + std::string(copied.rbegin(), copied.rend());
    else copies[i].text = cut_to_words(copied, 5);
    copies[i].posted_at = "2019-01-02T11:54:00+01:00";
  }
  for (auto _ : state) {
    std::vector<palabre::Comment> merged = comments;
    std::vector<std::string> warnings;
    palabre::merge_linked_comments(merged, copies, warnings);
    state.counters["appended"] = static_cast<double>(merged.size() - count);
    benchmark::DoNotOptimize(merged.data());
  }
  state.SetItemsProcessed(static_cast<std::int64_t>(state.iterations() * count));
}

// One comment that names a theme term range(0) times: that many evidence spans.
void BM_SegmentByEvidence(benchmark::State& state) {
  const auto spans = static_cast<std::size_t>(state.range(0));
  std::string text;
  palabre::ThemeTag tag;
  tag.id = "marketplaces";
  for (std::size_t i = 0; i < spans; ++i) {
    palabre::Evidence evidence;
    evidence.start = text.size();
    evidence.end = evidence.start + 6;
    evidence.text = evidence.term = "amazon";
    tag.evidence.push_back(evidence);
    text += "amazon ";
  }
  const std::vector<palabre::ThemeTag> tags = {tag};
  for (auto _ : state) benchmark::DoNotOptimize(palabre::segment_by_evidence(text, tags).size());
  state.SetItemsProcessed(static_cast<std::int64_t>(state.iterations() * spans));
}

// The text report with --explain of one comment that is a single word of range(0) bytes.
void BM_TextReportLongWord(benchmark::State& state) {
  palabre::ThreadReport report;
  report.thread.article.title = "Titre";
  palabre::Comment comment;
  comment.id = "c1";
  comment.text = std::string(static_cast<std::size_t>(state.range(0)), 'a');
  report.thread.comments.push_back(comment);
  report.tags.emplace_back();
  report.summary.comments = 1;
  const palabre::TextOptions options{80, false, true};
  for (auto _ : state) {
    std::ostringstream out;
    palabre::write_text_report(out, report, options);
    benchmark::DoNotOptimize(out.tellp());
  }
  state.SetBytesProcessed(static_cast<std::int64_t>(state.iterations() * state.range(0)));
}

// An HTML page whose range(0) comments each answer the one before, nested inside it: far
// deeper than the HTML reader's nesting cap, every comment must still be read.
void BM_DeepReplyChain(benchmark::State& state) {
  const auto depth = static_cast<std::size_t>(state.range(0));
  std::string page = "<html><body><h1>Un article</h1><p>Le texte de l'article.</p><div id=\"zone\">";
  for (std::size_t i = 0; i < depth; ++i)
    page += "<div class=\"comment\"><p class=\"comment-author\">lecteur" + std::to_string(i) +
            "</p><p class=\"comment-body\">Réponse " + std::to_string(i) +
            " sur le commerce.</p><div class=\"replies\">";
  for (std::size_t i = 0; i < depth; ++i) page += "</div></div>";
  page += "</div></body></html>";
  for (auto _ : state) {
    const palabre::Thread thread = palabre::parse_html_page(page);
    if (thread.comments.size() != depth) state.SkipWithError("comments lost");
    benchmark::DoNotOptimize(thread.comments.data());
  }
  state.SetItemsProcessed(static_cast<std::int64_t>(state.iterations() * depth));
}

}  // namespace

BENCHMARK(BM_DeepReplyChain)->Arg(4000)->Arg(40000)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_MergeLinkedComments)->Args({4000, 0})->Args({40000, 0})->Args({4000, 1})->Args({40000, 1})
    ->Args({4000, 2})->Args({40000, 2})
    ->Unit(benchmark::kMillisecond);
BENCHMARK(BM_SegmentByEvidence)->Arg(40000)->Arg(400000)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_TextReportLongWord)->Arg(10 << 20)->Arg(100 << 20)->Unit(benchmark::kMillisecond);

BENCHMARK_MAIN();
