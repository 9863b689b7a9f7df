// Division of labour: the producer thread walks folders and splits JSON lines into
// threads (cheap, sequential by nature); the workers read, parse, analyse and also render
// each thread's output, since dumping JSON is a fair share of the cost; the calling thread
// only writes finished text in order, keeps the corpus counts, and is the one thread that
// logs — so that diagnostics never interleave and the progress line can be cleared first.
#include "palabre/batch/runner.hpp"

#include <spdlog/spdlog.h>

#include <cerrno>
#include <cstring>
#include <fstream>
#include <iostream>
#include <memory>
#include <optional>
#include <sstream>

#include "palabre/analyze/pipeline.hpp"
#include "palabre/batch/corpus.hpp"
#include "palabre/batch/corpus_document.hpp"
#include "palabre/batch/corpus_json.hpp"
#include "palabre/batch/corpus_text.hpp"
#include "palabre/parse/jsonl_stream.hpp"
#include "palabre/batch/progress.hpp"
#include "palabre/error.hpp"
#include "palabre/report/csv.hpp"
#include "palabre/report/html.hpp"
#include "palabre/report/json.hpp"
#include "palabre/report/jsonl.hpp"
#include "palabre/report/markdown.hpp"
#include "palabre/text/utf8.hpp"

namespace palabre {
namespace {

constexpr auto kReplace = nlohmann::ordered_json::error_handler_t::replace;

struct Job {
  std::size_t index = 0;        // input order, from 0: numbers the HTML sections
  std::string path;             // raw, as walked; for JSON lines the thread's name
  std::optional<Thread> thread;  // already parsed (JSON lines)
  std::string problem;          // the walk or the line failed: report it
  bool skipped = false;         // a warning only
};

struct Outcome {
  std::string path;       // for records: valid UTF-8
  std::string shown;      // for stderr: escaped
  std::string error;      // non-empty: the input failed
  bool skipped = false;
  std::optional<ThreadDigest> digest;
  std::string rendered;   // what this thread writes to the output, in its turn
  std::string preamble;   // what the document needs once before the first thread (CSV header)
  std::vector<std::string> warnings;
};

bool is_jsonl_name(const std::string& path) { return path.ends_with(".jsonl"); }

// Hands out jobs: walk entries, and the threads of any JSON-lines input, one at a time.
class JobSource {
 public:
  explicit JobSource(const BatchOptions& options)
      : walker_(options.inputs, options.filter), all_jsonl_(options.jsonl_input) {}

  std::optional<Job> next() {
    std::optional<Job> job = next_unnumbered();
    if (job) job->index = count_++;
    return job;
  }

 private:
  std::optional<Job> next_unnumbered() {
    for (;;) {
      if (lines_) {
        if (std::optional<JsonlItem> item = lines_->next()) {
          if (item->thread) return Job{0, item->path, std::move(item->thread), "", false};
          return Job{0, item->path, std::nullopt, item->error, false};
        }
        lines_.reset();
        file_.reset();
      }
      std::optional<InputEntry> entry = walker_.next();
      if (!entry) return std::nullopt;
      switch (entry->kind) {
        case InputKind::kFailure: return Job{0, entry->path, std::nullopt, entry->message, false};
        case InputKind::kSkipped: return Job{0, entry->path, std::nullopt, entry->message, true};
        case InputKind::kStdin:
          if (!all_jsonl_) return Job{0, entry->path, std::nullopt, "", false};
          lines_ = std::make_unique<JsonlThreadReader>(std::cin, "<stdin>");
          continue;
        case InputKind::kFile:
          if (!all_jsonl_ && !is_jsonl_name(entry->path)) return Job{0, entry->path, std::nullopt, "", false};
          file_ = std::make_unique<std::ifstream>(entry->path, std::ios::binary);
          if (!*file_) {
            file_.reset();
            return Job{0, entry->path, std::nullopt, "cannot open: " + std::string(std::strerror(errno)), false};
          }
          lines_ = std::make_unique<JsonlThreadReader>(*file_, path_for_record(entry->path));
          continue;
      }
    }
  }

  InputWalker walker_;
  std::size_t count_ = 0;
  bool all_jsonl_;
  std::unique_ptr<std::ifstream> file_;
  std::unique_ptr<JsonlThreadReader> lines_;
};

// A failure as one jsonl line.
std::string failure_line(const Failure& failure) {
  std::string line;
  JsonWriter json(line);
  write_failure_json(json, failure);
  line += '\n';
  return line;
}

// The error message without the path the record already names.
std::string message_for(const Error& error, const std::string& path) {
  std::string message = error.describe();
  if (message.starts_with(path + ": ")) message.erase(0, path.size() + 2);
  return sanitize_utf8(message);
}

// Each thread's share of the document, rendered on the worker: the writers are pure
// functions of one report, and the separators between threads are the sink's business.
void render(const BatchOptions& options, const ThreadReport& report, std::size_t index, Outcome& outcome) {
  // The JSON writers build their string directly: no stream, no copy of a large record.
  if (options.output == BatchOutput::kJson) {
    outcome.rendered = render_thread_for_corpus(report);
    return;
  }
  if (options.output == BatchOutput::kJsonl) {
    outcome.rendered = jsonl_report_text(report, options.jsonl);
    return;
  }
  std::ostringstream text;
  switch (options.output) {
    case BatchOutput::kJsonl:
    case BatchOutput::kJson: break;
    case BatchOutput::kText:
      text << render_article_line(*outcome.digest, report.thread.article.title.value_or(""));
      break;
    case BatchOutput::kMarkdown: write_markdown_report(text, report); break;
    case BatchOutput::kCsv: {
      std::vector<std::string> columns = csv_theme_columns(report.summary);  // the same for all
      std::ostringstream header;
      write_csv_header(header, columns);
      outcome.preamble = header.str();
      write_csv_rows(text, report, columns);
      break;
    }
    case BatchOutput::kHtml: write_html_thread(text, report, index + 1); break;
    case BatchOutput::kPartial: break;
  }
  outcome.rendered = text.str();
}

std::optional<std::size_t> count_inputs(const BatchOptions& options) {
  std::size_t count = 0;
  InputWalker walker(options.inputs, options.filter);
  while (std::optional<InputEntry> entry = walker.next()) {
    if (entry->kind == InputKind::kSkipped) continue;
    // A JSON-lines input holds an unknown number of threads.
    if (entry->kind == InputKind::kStdin && options.jsonl_input) return std::nullopt;
    if (entry->kind == InputKind::kFile && (options.jsonl_input || is_jsonl_name(entry->path))) return std::nullopt;
    ++count;
  }
  return count;
}

}  // namespace

BatchResult run_batch(const BatchOptions& options, std::ostream& out) {
  const std::size_t workers = options.workers ? options.workers : default_worker_count();
  // Built here, before any thread starts, so that a bad theme file stops the run at once.
  std::vector<std::unique_ptr<ThreadAnalyzer>> analyzers;
  for (std::size_t w = 0; w < workers; ++w)
    analyzers.push_back(std::make_unique<ThreadAnalyzer>(options.theme_files));

  ProgressBar progress(options.progress, options.progress ? count_inputs(options) : std::nullopt);
  JobSource source(options);
  CorpusReport corpus;
  corpus.points = PointTable(options.point_budget);
  CorpusJsonWriter json_writer(out);
  if (options.output == BatchOutput::kJson) json_writer.begin();
  if (options.output == BatchOutput::kHtml) write_html_begin(out, "palabre — corpus report");
  BatchResult result;

  auto work = [&](Job job, std::size_t worker) {
    Outcome outcome;
    outcome.path = job.thread ? job.path : path_for_record(job.path == "-" ? "<stdin>" : job.path);
    outcome.shown = path_for_terminal(outcome.path == "<stdin>" ? outcome.path : job.path);
    outcome.skipped = job.skipped;
    if (job.skipped || !job.problem.empty()) {
      outcome.error = sanitize_utf8(job.problem);
      return outcome;
    }
    try {
      Thread thread = job.thread ? std::move(*job.thread) : read_page(job.path, options.page_format, options.max_bytes);
      thread.source.path = outcome.path;
      ThreadAnalyzer& analyzer = *analyzers[worker];
      ThreadReport report = analyzer.analyze(std::move(thread));
      outcome.digest = digest_thread(report, analyzer.analyzer());
      render(options, report, job.index, outcome);
      outcome.warnings = std::move(report.thread.warnings);
    } catch (const Error& error) {
      if (error.kind() != ErrorKind::kInput) throw;
      outcome.error = message_for(error, job.path == "-" ? "<stdin>" : job.path);
    } catch (const std::exception& error) {
      // One odd page must not cost the other 19,999 their results.
      outcome.error = sanitize_utf8(std::string("internal error: ") + error.what());
    }
    if (outcome.error.empty() && !outcome.digest) outcome.error = "internal error: no result";
    return outcome;
  };

  // Results go out on the terminal that shows the progress line: erase it first. A failed
  // write stops the run at once rather than after the last of 20,000 files.
  auto write = [&](auto&& put, bool flush) {
    if (options.output_is_terminal) progress.clear();
    put();
    if (flush || options.output_is_terminal) out.flush();
    if (!out) {
      int error = errno;
      throw Error(ErrorKind::kOutput, options.output_name,
                  "write failed" + (error ? ": " + std::string(std::strerror(error)) : std::string()));
    }
  };

  auto sink = [&](Outcome outcome) {
    if (outcome.skipped) {
      ++result.skipped;
      progress.clear();
      spdlog::warn("{}: {}", outcome.shown, outcome.error);
      return;
    }
    if (!outcome.error.empty()) {
      ++result.failed;
      progress.clear();
      spdlog::error("{}: {}", outcome.shown, outcome.error);
      Failure failure{outcome.path, outcome.error};
      if (options.output == BatchOutput::kJsonl)
        write([&] { out << failure_line(failure); }, true);
      else if (options.output == BatchOutput::kText)
        write([&] { out << render_failure_line(failure); }, false);
      add_failure(corpus, std::move(failure));
    } else {
      ++result.succeeded;
      if (!options.quiet && !outcome.warnings.empty()) {
        progress.clear();
        for (const std::string& warning : outcome.warnings)
          spdlog::warn("{}: {}", outcome.shown, warning);
      }
      add_to_corpus(corpus, *outcome.digest);
      bool first = result.succeeded == 1;
      if (options.output == BatchOutput::kJson)
        write([&] { json_writer.add_thread(outcome.rendered); }, false);
      else if (options.output == BatchOutput::kMarkdown)
        write([&] { out << (first ? "" : "\n---\n\n") << outcome.rendered; }, false);
      else if (options.output == BatchOutput::kCsv)
        write([&] { out << (first ? outcome.preamble : "") << outcome.rendered; }, false);
      else if (options.output != BatchOutput::kPartial)
        // A filter's reader (GNU parallel, a pipe) gets each line as soon as it is ready.
        write([&] { out << outcome.rendered; }, options.output == BatchOutput::kJsonl);
    }
    progress.update(result.succeeded + result.failed, result.failed);
  };

  PoolOptions pool_options;
  pool_options.workers = workers;
  result.pool = run_ordered(pool_options, [&] { return source.next(); }, work, sink);
  progress.finish();
  // The workers' word memos and buffers (megabytes each) are of no use to the summary,
  // which reads the spilled talking points back: not to stack the two at the end.
  analyzers.clear();

  switch (options.output) {
    case BatchOutput::kJson: json_writer.finish(corpus); break;
    case BatchOutput::kText: write_corpus_summary_text(out, corpus, options.width); break;
    case BatchOutput::kPartial: write_partial(out, corpus); break;
    case BatchOutput::kMarkdown:
      if (result.succeeded > 0) out << "\n---\n\n";
      write_corpus_summary_markdown(out, corpus);
      break;
    case BatchOutput::kHtml:
      write_corpus_summary_html(out, corpus);
      write_html_end(out);
      break;
    case BatchOutput::kJsonl:
    case BatchOutput::kCsv: break;
  }
  if (result.failed > 0)
    spdlog::warn("{} succeeded, {} failed", result.succeeded, result.failed);
  else if (!options.quiet)
    spdlog::info("{} succeeded, 0 failed", result.succeeded);
  return result;
}

}  // namespace palabre
