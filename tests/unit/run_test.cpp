// The one pipeline: one page, a page streamed as it is read and a corpus go through the same
// run, and what changes between them (workers, streaming, chunk size) never changes a byte.
#include "palabre/run/run.hpp"

#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include <cstdio>
#include <fstream>
#include <sstream>
#include <unistd.h>

#include "palabre/batch/pool.hpp"
#include "palabre/error.hpp"
#include "support/json_schema.hpp"

namespace palabre {
namespace {

const std::string kText = PALABRE_SOURCE_DIR "/samples/villages-2-0-chinois.txt";
const std::string kHtml = PALABRE_SOURCE_DIR "/samples/villages-2-0-chinois.html";

struct Ran {
  std::string out;
  RunCounts counts;
};

Ran run(RunRequest request, std::size_t workers = 1) {
  request.quiet = true;
  Pipeline pipeline({}, workers);
  std::ostringstream out;
  RunCounts counts = pipeline.run(request, out);
  return {out.str(), counts};
}

RunRequest page(const std::string& path, ReportFormat format) {
  RunRequest request;
  request.inputs = {path};
  request.format = format;
  return request;
}

TEST(Run, AStreamedPageWritesTheBytesOfTheWholePage) {
  for (ReportFormat format : {ReportFormat::kJson, ReportFormat::kJsonl}) {
    RunRequest whole = page(kText, format);
    whole.chunk_bytes = 0;  // never stream
    Ran expected = run(whole);
    ASSERT_EQ(expected.counts.succeeded, 1u);
    for (std::size_t chunk : {std::size_t{1}, std::size_t{7}, kDefaultChunkBytes}) {
      RunRequest streamed = page(kText, format);
      streamed.chunk_bytes = chunk;
      EXPECT_EQ(run(streamed).out, expected.out) << report_format_name(format) << " in chunks of " << chunk;
    }
  }
}

TEST(Run, ACorpusIsTheSameWithOneWorkerOrSeveral) {
  for (const ReportFormatInfo& info : report_formats()) {
    RunRequest request;
    request.inputs = {kText, kHtml, kText};
    request.format = info.format;
    request.scope = DocumentScope::kCorpus;
    Ran one = run(request, 1);
    EXPECT_EQ(one.counts.succeeded, 3u) << info.name;
    EXPECT_EQ(run(request, 3).out, one.out) << info.name;
  }
}

TEST(Run, AFailedInputIsCountedAndTheOthersGoOn) {
  RunRequest request;
  request.inputs = {kText, PALABRE_SOURCE_DIR "/samples/no-such-page.txt", kHtml};
  request.format = ReportFormat::kJsonl;
  request.scope = DocumentScope::kCorpus;
  Ran ran = run(request, 2);
  EXPECT_EQ(ran.counts.succeeded, 2u);
  EXPECT_EQ(ran.counts.failed, 1u);
  std::istringstream lines(ran.out);
  std::vector<std::string> kept;
  for (std::string line; std::getline(lines, line);) kept.push_back(line);
  ASSERT_EQ(kept.size(), 3u);
  EXPECT_NE(kept[1].find("\"path\":\"" PALABRE_SOURCE_DIR "/samples/no-such-page.txt\",\"error\":"),
            std::string::npos)
      << kept[1];  // the failure in its place, between the two threads
}

TEST(Run, AFailedPageWritesNothing) {
  for (const ReportFormatInfo& info : report_formats()) {
    Ran ran = run(page(PALABRE_SOURCE_DIR "/samples/no-such-page.txt", info.format));
    EXPECT_EQ(ran.counts.failed, 1u) << info.name;
    EXPECT_EQ(ran.out, "") << info.name;
  }
}

TEST(Run, APartialHoldsTheCorpusOnly) {
  RunRequest request;
  request.inputs = {kText, kHtml};
  request.scope = DocumentScope::kCorpus;
  request.emit_partial = true;
  Ran ran = run(request, 2);
  EXPECT_EQ(ran.counts.succeeded, 2u);
  EXPECT_TRUE(ran.out.starts_with("{\"schema\":\"palabre.partial/1\",\"threads\":2,")) << ran.out.substr(0, 80);
  EXPECT_EQ(ran.out.find('\n'), ran.out.size() - 1);
}

TEST(Run, NeverMoreWorkersThanInputs) {
  RunRequest request;
  request.inputs = {kText, kHtml};
  request.format = ReportFormat::kJsonl;
  request.scope = DocumentScope::kCorpus;
  request.quiet = true;
  for (std::size_t asked : {std::size_t{2}, std::size_t{1000}, std::size_t{1} << 40}) {
    Pipeline pipeline({}, asked);
    std::ostringstream out;
    EXPECT_EQ(pipeline.run(request, out).succeeded, 2u) << asked;
    EXPECT_EQ(pipeline.workers_used(), 2u) << asked;
  }
}

TEST(Run, NeverMoreWorkersThanTheMaximum) {
  RunRequest request;
  for (std::size_t i = 0; i < max_worker_count() + 3; ++i) request.inputs.push_back(kText);
  request.format = ReportFormat::kJsonl;
  request.scope = DocumentScope::kCorpus;
  request.quiet = true;
  Pipeline pipeline({}, 1000);
  std::ostringstream out;
  EXPECT_EQ(pipeline.run(request, out).succeeded, request.inputs.size());
  EXPECT_EQ(pipeline.workers_used(), max_worker_count());
}

TEST(Run, TheOutputIsCommittedBeforeTheRunEnds) {
  RunRequest request = page(kText, ReportFormat::kJson);
  Pipeline pipeline({}, 1);
  std::ostringstream out;
  std::size_t written_when_committed = 0;
  pipeline.run(request, out, [&] { written_when_committed = out.str().size(); });
  EXPECT_GT(written_when_committed, 0u);
  EXPECT_EQ(written_when_committed, out.str().size());
}

TEST(Run, ABadThemeFileStopsBeforeTheRun) {
  try {
    Pipeline pipeline({PALABRE_SOURCE_DIR "/samples/villages-2-0-chinois.txt"}, 2);
    FAIL() << "a page read as a theme file was accepted";
  } catch (const Error& error) {
    EXPECT_EQ(error.kind(), ErrorKind::kThemes);
  }
}

// A streamed page that fails once part of its report is out. The output damages the page it
// comes from as soon as the report first reaches it (a file changed while it is read), so
// that reading fails far past the comments already written.
class DamagingOutput : public std::stringbuf {
 public:
  explicit DamagingOutput(std::string page) : page_(std::move(page)) {}

 protected:
  std::streamsize xsputn(const char* text, std::streamsize count) override {
    if (!damaged_) {
      damaged_ = true;
      std::fstream file(page_, std::ios::in | std::ios::out | std::ios::binary);
      file.seekp(0, std::ios::end);
      file.seekp(file.tellp() * 9 / 10);
      file.write("\xff\xff", 2);
    }
    return std::stringbuf::xsputn(text, count);
  }

 private:
  std::string page_;
  bool damaged_ = false;
};

std::string long_text_page(const std::string& path) {
  std::string page = "Un titre\n\nUn chapeau.\n\nCommentaires 3000\n";
  for (int i = 0; i < 3000; ++i)
    page += "lecteur" + std::to_string(i) + " a écrit le 02/01/2019 à 11:54\nSignaler\nUn avis, le numéro " +
            std::to_string(i) + ", sur le commerce du village.\n";
  std::ofstream(path, std::ios::binary) << page;
  return path;
}

struct Failed {
  std::string out;
  RunCounts counts;
  bool committed = false;
};

Failed run_damaged(ReportFormat format, JsonlUnit per) {
  const std::string path = long_text_page("/tmp/palabre-run-test-" + std::to_string(getpid()) + ".txt");
  RunRequest request = page(path, format);
  request.quiet = true;
  request.chunk_bytes = 4096;
  request.report.jsonl.per = per;
  DamagingOutput buffer(path);
  std::ostream out(&buffer);
  Pipeline pipeline({}, 1);
  Failed failed;
  failed.counts = pipeline.run(request, out, [&] { failed.committed = true; });
  std::remove(path.c_str());
  failed.out = buffer.str();
  return failed;
}

// The report cannot be taken back: it is closed as a valid document whose warnings say where
// the page failed, the page counts as failed, and the output is not committed (-o keeps the
// file it would have replaced).
TEST(Run, AStreamedPageFailingMidwayClosesItsReportSayingSo) {
  for (ReportFormat format : {ReportFormat::kJson, ReportFormat::kJsonl}) {
    Failed failed = run_damaged(format, JsonlUnit::kThread);
    EXPECT_EQ(failed.counts.failed, 1u);
    EXPECT_FALSE(failed.committed);
    const nlohmann::json record = nlohmann::json::parse(failed.out, nullptr, false);
    ASSERT_FALSE(record.is_discarded()) << failed.out.substr(failed.out.size() - 300);
    EXPECT_EQ(testing::schema_problems(record), "");
    EXPECT_GT(record["comments"].size(), 100u);
    EXPECT_LT(record["comments"].size(), 3000u);
    EXPECT_EQ(record["summary"]["comments"], record["comments"].size());
    ASSERT_FALSE(record["warnings"].empty());
    const std::string warning = record["warnings"].back();
    EXPECT_TRUE(warning.starts_with("not read to the end: the file changed while it was read (at line "))
        << warning;
    EXPECT_NE(warning.find(", byte "), std::string::npos) << warning;
  }
}

TEST(Run, StreamedCommentLinesFailingMidwayEndWithAFailureLine) {
  Failed failed = run_damaged(ReportFormat::kJsonl, JsonlUnit::kComment);
  EXPECT_EQ(failed.counts.failed, 1u);
  std::istringstream lines(failed.out);
  std::string line, last;
  std::size_t count = 0;
  while (std::getline(lines, line)) {
    ASSERT_FALSE(nlohmann::json::parse(line, nullptr, false).is_discarded()) << line;
    last = line;
    ++count;
  }
  EXPECT_GT(count, 100u);
  const nlohmann::json failure = nlohmann::json::parse(last);
  EXPECT_FALSE(failure.contains("comment"));
  EXPECT_NE(failure.value("error", "").find("not read to the end"), std::string::npos) << last;
}

}  // namespace
}  // namespace palabre
