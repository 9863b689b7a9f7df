#include "entry_points.hpp"

#include "palabre/analyze/pipeline.hpp"
#include "palabre/error.hpp"
#include "palabre/parse/html_page.hpp"
#include "palabre/parse/json_page.hpp"
#include "palabre/parse/page.hpp"
#include "palabre/parse/text_page.hpp"
#include "palabre/text/charset.hpp"
#include "palabre/text/utf8.hpp"

namespace palabre::fuzz {
namespace {

std::string_view capped(std::string_view bytes) { return bytes.substr(0, kMaxInputBytes); }

}  // namespace

void fuzz_decode(std::string_view bytes) {
  DecodedText decoded = decode_bytes(capped(bytes));
  if (!is_valid_utf8(decoded.text)) __builtin_trap();  // the decode contract
  (void)detect_format(decoded.text);
}

void fuzz_text_page(std::string_view bytes) {
  Thread thread = parse_text_page(sanitize_utf8(capped(bytes)));
  for (const Comment& comment : thread.comments)
    if (!is_valid_utf8(comment.text)) __builtin_trap();
}

void fuzz_html_page(std::string_view bytes) {
  try {
    (void)parse_html_page(sanitize_utf8(capped(bytes)));
  } catch (const Error&) {  // MyHTML itself failed (memory): the page's failure, not a crash
  }
}

void fuzz_analyze(std::string_view bytes) {
  static ThreadAnalyzer* analyzer = new ThreadAnalyzer();  // built once per process: loading themes is slow
  Thread thread;
  std::string text = sanitize_utf8(capped(bytes));
  // Two comments: the input and its second half, so talking points have something to share.
  Comment first, second;
  first.id = "c1";
  first.text = text;
  second.id = "c2";
  second.text = sanitize_utf8(text.substr(text.size() / 2));
  thread.comments = {first, second};
  ThreadReport report = analyzer->analyze(thread);
  std::size_t length = count_code_points(text);
  for (const ThemeTag& tag : report.tags[0])
    for (const Evidence& evidence : tag.evidence)
      if (evidence.start > evidence.end || evidence.end > length) __builtin_trap();
}

void fuzz_theme_file(std::string_view bytes) {
  static AnalyzerSet* analyzers = new AnalyzerSet();  // built once per process
  Analyzer& analyzer = *analyzers->find("fr");
  try {
    ThemeSet set = parse_theme_file(capped(bytes), "fuzz.json", analyzers->lookup());
    ThemeMatcher matcher(set, analyzers->language("fr"));
    std::string text = "Les artisans d'Amazon en Chine et en France";
    (void)tag_comment(matcher, text, analyzer.analyze(text));
  } catch (const Error&) {
  }
}

void fuzz_json_page(std::string_view bytes) {
  try {
    (void)parse_json_page(sanitize_utf8(capped(bytes)), "fuzz.json");
  } catch (const Error&) {
  }
}

EntryPoint entry_point(std::string_view target) {
  if (target == "decode") return fuzz_decode;
  if (target == "text_page") return fuzz_text_page;
  if (target == "html_page") return fuzz_html_page;
  if (target == "analyze") return fuzz_analyze;
  if (target == "theme_file") return fuzz_theme_file;
  if (target == "json_page") return fuzz_json_page;
  return nullptr;
}

}  // namespace palabre::fuzz
