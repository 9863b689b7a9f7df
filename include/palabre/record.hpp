// The typed records every stage passes along: an Article, its Comments, the Thread.
// Produced by the parsers (parse/), read by the analyzer and the reporters.
// All strings are valid UTF-8; missing values are std::nullopt (null in JSON), never "".
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace palabre {

struct Article {
  std::optional<std::string> title;
  std::optional<std::string> url;
  std::optional<std::string> site;
  std::optional<std::string> published;
  std::vector<std::string> authors;
  std::optional<std::string> lede;
  std::vector<std::string> paragraphs;
  std::optional<std::string> credits;      // "(Crédits : Jason Lee)" → "Jason Lee"
  std::optional<std::string> attribution;  // "(source ARTE)" → "ARTE"
  std::optional<long> comment_count_declared;
  // ISO 639-1 code of the thread's language: what the page declares (<html lang>) when read,
  // what the analysis decides afterwards (analyze/languages.hpp).
  std::optional<std::string> language;
};

// A part of a comment's text that is not the commenter's own words for the thread's talking
// points and theme quotes; the text itself stays whole.
enum class SpanKind {
  kQuote,      // words quoted from an earlier comment or another source
  kSignature,  // a line that already ended earlier comments
  kDuplicate,  // the whole comment repeats an earlier one
  kPingback,   // an automatic notice of a link from another site
};

struct TextSpan {
  SpanKind kind = SpanKind::kQuote;
  std::size_t start = 0, end = 0;  // code-point offsets into the comment's text: [start, end)
  std::optional<std::string> of;   // the comment quoted or repeated, when known
};

struct Comment {
  std::string id;                          // "c1", "c2", … in page order
  std::optional<std::string> author;
  std::optional<std::string> posted_at;    // ISO 8601 local time as printed, no invented zone
  std::optional<std::string> posted_at_text;
  std::optional<std::string> parent;       // id of the comment answered
  std::string text;
  bool truncated = false;                  // the site cut the text short
  std::optional<std::string> language;     // ISO 639-1 code, set by the analysis
  std::vector<TextSpan> spans;             // in text order, not overlapping
};

std::string_view span_kind_name(SpanKind kind);  // "quote", "signature", "duplicate", "pingback"

struct SourceInfo {
  std::string path;
  std::string format;                      // "text", "html" or "json"
  std::string charset;                     // what the bytes were decoded from
  std::size_t bytes = 0;
};

struct Thread {
  SourceInfo source;
  Article article;
  std::vector<Comment> comments;
  std::vector<std::string> warnings;       // non-fatal oddities met while reading
};

}  // namespace palabre
