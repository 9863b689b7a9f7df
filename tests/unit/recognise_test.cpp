// palabre's own outputs told from pages: every format of every scope is recognised, and no
// page is — the samples, records that were only parsed, and the real pages of
// ../shared/corpus when it is there.
#include "palabre/report/recognise.hpp"

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <sstream>

#include "palabre/parse/page.hpp"
#include "palabre/report/corpus_json.hpp"
#include "palabre/report/formats.hpp"
#include "palabre/report/json.hpp"
#include "report_fixture.hpp"

namespace palabre {
namespace {

namespace fs = std::filesystem;

std::optional<std::string> recognised(const std::string& text) {
  const std::string head = text.substr(0, kRecogniseHeadBytes);
  const std::string tail = text.size() > kRecogniseTailBytes ? text.substr(text.size() - kRecogniseTailBytes) : text;
  return recognise_palabre_output(head, tail);
}

std::string read(const fs::path& path) {
  std::ifstream file(path, std::ios::binary);
  std::ostringstream bytes;
  bytes << file.rdbuf();
  return bytes.str();
}

TEST(Recognise, EveryReportFormatInEveryScope) {
  const std::vector<ThreadReport> reports = {testing::sample_report(), testing::tricky_report()};
  for (const ReportFormatInfo& info : report_formats())
    for (DocumentScope scope : {DocumentScope::kPage, DocumentScope::kCorpus})
      for (bool colour : {false, true}) {
        ReportOptions options;
        options.text.color = colour;
        const std::string document = testing::render_document(info.format, scope, reports, options);
        EXPECT_TRUE(recognised(document).has_value())
            << info.name << (scope == DocumentScope::kPage ? " page" : " corpus") << ":\n" << document.substr(0, 300);
      }
  ReportOptions per_comment;
  per_comment.jsonl.per = JsonlUnit::kComment;
  EXPECT_EQ(recognised(testing::render_document(ReportFormat::kJsonl, DocumentScope::kPage, reports, per_comment)),
            "a JSON-lines report (--per comment)");
  std::ostringstream partial;
  const CorpusReport empty;
  write_partial(partial, empty);
  EXPECT_EQ(recognised(partial.str()), "a palabre.partial/1 document");
  // Reports written before they carried a "generator": themes on the comments tell.
  std::string old = report_json_text(testing::sample_report(), 2);
  old.erase(old.find("  \"generator\""), old.find("  \"source\"") - old.find("  \"generator\""));
  EXPECT_EQ(recognised(old), "a palabre.thread/1 report");
}

TEST(Recognise, PagesAndRecordsAreNotOutputs) {
  std::vector<fs::path> pages = {PALABRE_SOURCE_DIR "/samples/villages-2-0-chinois.txt",
                                 PALABRE_SOURCE_DIR "/samples/villages-2-0-chinois.html"};
  const fs::path corpus = PALABRE_SOURCE_DIR "/../shared/corpus/pages";
  if (fs::exists(corpus))
    for (const fs::directory_entry& entry : fs::directory_iterator(corpus)) pages.push_back(entry.path());
  for (const fs::path& page : pages) EXPECT_FALSE(recognised(read(page)).has_value()) << page;
  // Records only: what `palabre parse` writes, and what a scraper builds by hand.
  EXPECT_FALSE(recognised(thread_json_text(testing::sample_report().thread, 2)).has_value());
  EXPECT_FALSE(recognised(thread_json_text(testing::sample_report().thread)).has_value());
  EXPECT_FALSE(recognised(R"({"comments": [{"text": "Les artisans"}]})").has_value());
  EXPECT_FALSE(recognised("{\"thread\": \"a\", \"text\": \"un\"}\n{\"thread\": \"a\", \"text\": \"deux\"}\n").has_value());
  // A page that talks like palabre, without its layout.
  EXPECT_FALSE(recognised("Titre\n5 comments, from 01/01/2019 to 02/01/2019\nLe texte.\n").has_value());
  EXPECT_FALSE(recognised("path,comment,author\nx,y,z\n").has_value());
  EXPECT_FALSE(recognised("").has_value());
}

}  // namespace
}  // namespace palabre
