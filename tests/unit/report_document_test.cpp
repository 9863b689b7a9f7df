// The formats' documents: the table of formats, and the framing of one page, several pages
// and a corpus — what opens and closes each document, what stands between two threads.
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include <sstream>

#include "palabre/report/corpus_json.hpp"
#include "palabre/report/formats.hpp"
#include "report_fixture.hpp"

namespace palabre {
namespace {

using testing::render_document;

std::size_t count(const std::string& text, const std::string& what) {
  std::size_t n = 0;
  for (std::size_t at = text.find(what); at != std::string::npos; at = text.find(what, at + 1)) ++n;
  return n;
}

// A corpus document with two threads, a failed input between them, and its summary.
std::string render_corpus(ReportFormat format, const ReportOptions& options = {}) {
  std::unique_ptr<ReportDocument> document = make_report_document(format, DocumentScope::kCorpus, options);
  std::ostringstream out;
  CorpusReport corpus;
  document->begin(out);
  document->add_thread(out, document->render_thread(testing::sample_report(), 0));
  Failure failure{"broken.html", "binary data"};
  document->add_failure(out, failure);
  add_failure(corpus, failure);
  document->add_thread(out, document->render_thread(testing::tricky_report(), 2));
  document->finish(out, corpus);
  return out.str();
}

TEST(ReportFormats, EveryFormatHasOneName) {
  std::set<std::string_view> names;
  for (const ReportFormatInfo& info : report_formats()) {
    EXPECT_EQ(report_format_name(info.format), info.name);
    EXPECT_FALSE(info.description.empty()) << info.name;
    EXPECT_TRUE(names.insert(info.name).second) << info.name;
  }
  EXPECT_EQ(names, (std::set<std::string_view>{"text", "json", "jsonl", "md", "csv", "html"}));
}

TEST(ReportDocument, SameInputSameBytes) {
  const std::vector<ThreadReport> reports = {testing::sample_report(), testing::tricky_report()};
  for (const ReportFormatInfo& info : report_formats()) {
    for (DocumentScope scope : {DocumentScope::kPage, DocumentScope::kCorpus}) {
      std::string first = render_document(info.format, scope, reports);
      EXPECT_FALSE(first.empty()) << info.name;
      EXPECT_EQ(first, render_document(info.format, scope, reports)) << info.name;
    }
  }
}

TEST(ReportDocument, AnEmptyPageDocumentWritesNothing) {
  for (const ReportFormatInfo& info : report_formats())
    EXPECT_EQ(render_document(info.format, DocumentScope::kPage, {}), "") << info.name;
}

TEST(ReportDocument, SeveralThreadsMakeOneDocument) {
  const std::vector<ThreadReport> two = {testing::sample_report(), testing::tricky_report()};
  std::string csv = render_document(ReportFormat::kCsv, DocumentScope::kPage, two);
  EXPECT_EQ(count(csv, "path,title,url,error,comment_id"), 1u);
  EXPECT_EQ(count(csv, "samples/villages-2-0-chinois.txt,"), 5u);

  std::string jsonl = render_document(ReportFormat::kJsonl, DocumentScope::kPage, two);
  EXPECT_EQ(count(jsonl, "\n"), 2u);
  ReportOptions per_comment;
  per_comment.jsonl.per = JsonlUnit::kComment;
  EXPECT_EQ(count(render_document(ReportFormat::kJsonl, DocumentScope::kPage, two, per_comment), "\n"), 8u);

  std::string html = render_document(ReportFormat::kHtml, DocumentScope::kPage, two);
  EXPECT_EQ(count(html, "<!DOCTYPE html>"), 1u);
  EXPECT_EQ(count(html, "<article class=\"thread\""), 2u);
  EXPECT_TRUE(html.ends_with("</html>\n"));

  std::string md = render_document(ReportFormat::kMarkdown, DocumentScope::kPage, two);
  EXPECT_EQ(count(md, "\n---\n"), 1u);
  EXPECT_EQ(count(md, "\n## Themes\n"), 2u);

  std::string text = render_document(ReportFormat::kText, DocumentScope::kPage, two);
  EXPECT_EQ(count(text, "\nThemes\n"), 2u);
}

TEST(ReportDocument, PassesTextOptions) {
  ReportOptions options;
  options.text.color = true;
  options.text.explain = true;
  std::string text = testing::render_page(ReportFormat::kText, testing::sample_report(), options);
  EXPECT_NE(text.find("\x1b["), std::string::npos);
  EXPECT_NE(text.find("Comments\x1b[0m"), std::string::npos);
}

TEST(ReportDocument, CorpusFramingPerFormat) {
  std::string text = render_corpus(ReportFormat::kText);
  EXPECT_EQ(count(text, "broken.html  FAILED: binary data\n"), 1u);
  EXPECT_LT(text.find("FAILED"), text.find("\nCorpus: "));

  std::string jsonl = render_corpus(ReportFormat::kJsonl);
  EXPECT_EQ(count(jsonl, "\n"), 3u);
  EXPECT_EQ(count(jsonl, "{\"path\":\"broken.html\",\"error\":\"binary data\"}\n"), 1u);

  nlohmann::json corpus = nlohmann::json::parse(render_corpus(ReportFormat::kJson));
  EXPECT_EQ(corpus["schema"], kCorpusSchema);
  EXPECT_EQ(corpus["threads"].size(), 2u);
  EXPECT_EQ(corpus["failures"][0]["path"], "broken.html");

  std::string md = render_corpus(ReportFormat::kMarkdown);
  EXPECT_EQ(count(md, "\n---\n"), 2u);
  EXPECT_NE(md.find("\n## Failed inputs\n"), std::string::npos);

  std::string html = render_corpus(ReportFormat::kHtml);
  EXPECT_EQ(count(html, "<title>palabre — corpus report — palabre</title>"), 1u);
  EXPECT_EQ(count(html, "id=\"t3\""), 1u);  // numbered by input order, failures included
  // The overview first, with a table of contents: a reader starts from the summary.
  EXPECT_GT(html.find("<article"), html.find("<section class=\"corpus\""));
  EXPECT_NE(html.find("<a href=\"#t3\""), std::string::npos);
  EXPECT_TRUE(html.ends_with("</html>\n"));

  std::string csv = render_corpus(ReportFormat::kCsv);
  EXPECT_EQ(count(csv, "path,title,url,error,comment_id"), 1u);
  EXPECT_EQ(count(csv, "\r\nbroken.html,,,binary data,"), 1u);  // a failed input is a row
}

TEST(ReportDocument, OnlyJsonPagesStream) {
  std::ostringstream out;
  for (const ReportFormatInfo& info : report_formats()) {
    bool streams = info.format == ReportFormat::kJson || info.format == ReportFormat::kJsonl;
    EXPECT_EQ(make_report_document(info.format, DocumentScope::kPage, {})->open_stream(out) != nullptr, streams)
        << info.name;
    EXPECT_EQ(make_report_document(info.format, DocumentScope::kCorpus, {})->open_stream(out), nullptr) << info.name;
  }
}

TEST(ReportDocument, PartialWritesOnlyAtTheEnd) {
  std::unique_ptr<ReportDocument> document = make_partial_document();
  std::ostringstream out;
  document->begin(out);
  document->add_thread(out, document->render_thread(testing::sample_report(), 0));
  EXPECT_EQ(out.str(), "");
  const CorpusReport corpus;
  document->finish(out, corpus);
  EXPECT_EQ(nlohmann::json::parse(out.str())["schema"], "palabre.partial/1");
}

}  // namespace
}  // namespace palabre
