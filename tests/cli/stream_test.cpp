// `palabre analyze PAGE.txt --format json|jsonl` streams the page: the bytes on
// stdout and stderr are those of the page read whole, whatever the chunk size.
#include <gtest/gtest.h>
#include <stdlib.h>

#include <string>
#include <vector>

#include "cli/run_command.hpp"

namespace palabre::testing {
namespace {

// Sets PALABRE_STREAM_CHUNK_BYTES for the commands run while it lives ("0": read whole).
class ChunkBytes {
 public:
  explicit ChunkBytes(const std::string& bytes) { setenv("PALABRE_STREAM_CHUNK_BYTES", bytes.c_str(), 1); }
  ~ChunkBytes() { unsetenv("PALABRE_STREAM_CHUNK_BYTES"); }
  ChunkBytes(const ChunkBytes&) = delete;
  ChunkBytes& operator=(const ChunkBytes&) = delete;
};

CommandResult run_with_chunks(const std::string& bytes, const std::vector<std::string>& args) {
  ChunkBytes chunks(bytes);
  return run_palabre(args);
}

TEST(Stream, StreamedReportsAreTheWholeReportsBytes) {
  const std::string page = source_path("samples/villages-2-0-chinois.txt");
  for (const std::vector<std::string>& format :
       {std::vector<std::string>{"--format", "json"}, {"--format", "jsonl"},
        {"--format", "jsonl", "--per", "comment"}}) {
    std::vector<std::string> args = {"analyze", page};
    args.insert(args.end(), format.begin(), format.end());
    CommandResult whole = run_with_chunks("0", args);
    ASSERT_EQ(whole.exit_code, 0) << whole.err;
    ASSERT_FALSE(whole.out.empty());
    for (const std::string chunk : {"1", "3", "4096", ""}) {
      SCOPED_TRACE(format.back() + ", chunks of " + chunk);
      CommandResult streamed = run_with_chunks(chunk, args);
      EXPECT_EQ(streamed.exit_code, 0);
      EXPECT_EQ(streamed.out, whole.out);
      EXPECT_EQ(streamed.err, whole.err);
    }
  }
}

TEST(Stream, PagesThatDoNotStreamAreStillRead) {
  // HTML and standard input take the whole-page path; a bad chunk size is a usage error.
  const std::string html = source_path("samples/villages-2-0-chinois.html");
  EXPECT_EQ(run_with_chunks("1", {"analyze", html, "--format", "json", "-q"}).out,
            run_with_chunks("0", {"analyze", html, "--format", "json", "-q"}).out);
  CommandResult bad = run_with_chunks("lots", {"analyze", html, "--format", "json"});
  EXPECT_EQ(bad.exit_code, 2);
  EXPECT_NE(bad.err.find("PALABRE_STREAM_CHUNK_BYTES"), std::string::npos);
}

}  // namespace
}  // namespace palabre::testing
