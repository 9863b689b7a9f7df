// The single-page path of `palabre analyze` for a text page in json or jsonl (issue 7): the
// page is read in chunks and each comment analysed and written as soon as it is read, so a
// 200 MB page needs the memory of its longest comment and of the summary, not of the file.
#pragma once

#include <cstddef>
#include <ostream>
#include <string>

#include "palabre/analyze/pipeline.hpp"
#include "palabre/parse/page.hpp"
#include "palabre/report/writer.hpp"

namespace palabre::cli {

struct StreamRequest {
  const std::string& path;
  InputFormat input_format;
  std::size_t max_bytes;
  ReportFormat format;
  JsonlOptions jsonl;
  bool quiet;
  std::size_t chunk_bytes;  // 0: never stream
};

// Writes the report of the page at `request.path` to `out` as read_page, analyze and the
// ReportWriter would, and returns true; returns false, having written nothing, when the
// page or the format does not stream (the caller then reads the page whole).
bool analyze_streamed(const StreamRequest& request, ThreadAnalyzer& analyzer, std::ostream& out);

// The chunk size: PALABRE_STREAM_CHUNK_BYTES when set (tests set it tiny to cut lines and
// UTF-8 sequences across chunks, or 0 to read every page whole), else kDefaultChunkBytes.
// Throws Error(kUsage) when it is not a number.
std::size_t stream_chunk_bytes_from_environment();

}  // namespace palabre::cli
