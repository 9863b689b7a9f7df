// The one pipeline: one page, a page streamed as it is read and a corpus go through the same
// run, and what changes between them (workers, streaming, chunk size) never changes a byte.
#include "palabre/run/run.hpp"

#include <gtest/gtest.h>

#include <sstream>

#include "palabre/batch/pool.hpp"
#include "palabre/error.hpp"

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

}  // namespace
}  // namespace palabre
