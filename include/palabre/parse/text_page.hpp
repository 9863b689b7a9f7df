// The plain-text page parser: a page copied from a browser as text (title, lede, body,
// "Commentaires N", then comment headers, UI lines and texts) → a Thread.
// Comment headers and UI lines come from small tables (text_page.cpp), not from one site.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "palabre/parse/dates.hpp"
#include "palabre/parse/page_wording.hpp"  // the HTML parser's files still reach it through here
#include "palabre/parse/warning_cap.hpp"
#include "palabre/record.hpp"

namespace palabre {

struct CommentHeader {
  std::optional<std::string> author;  // nullopt when the page shows none
  std::string date_text;              // the date as printed, e.g. "02/01/2019 à 11:54"
  std::optional<DateTime> date;       // nullopt when printed without a year and none is known
  bool is_reply = false;              // "Réponse de X le …"
};

// Recognises one comment header line: "X a écrit le 02/01/2019 à 11:54", "à écrit le …"
// (no author), "X le 2 janvier 2019 à 11 h 54", "X, le …", "Réponse de X le …",
// "Posté par X le …". `default_year` completes dates printed without a year.
std::optional<CommentHeader> match_comment_header(std::string_view line,
                                                  std::optional<int> default_year = {});

// What TextPageParser hands over as the lines come: the article once the comment section
// starts (or the page ends without one), then each comment once the next header, the
// comment form or the end of the page closes it.
class TextPageEvents {
 public:
  virtual ~TextPageEvents() = default;
  virtual void on_article(Article article) = 0;
  virtual void on_comment(Comment comment) = 0;
};

// The text page parser, line by line, so that a page too large to hold can be read in
// chunks: it keeps the article's lines until the comment section starts, then only the
// comment being read. parse_text_page feeds it the whole page's lines.
class TextPageParser {
 public:
  explicit TextPageParser(TextPageEvents& events) : events_(events) {}

  // The next line, without its '\n' (a final '\r' is dropped here). Valid UTF-8.
  void add_line(std::string_view line);

  // The page ended: closes the last comment (and the article, if no section started).
  // Returns the page's warnings in order.
  std::vector<std::string> finish();

 private:
  struct PendingComment {
    CommentHeader header;
    std::string text;                 // its lines trimmed and joined, blank ends dropped
    std::size_t blank_lines_held = 0;  // blank lines after the text, kept if more follows
    bool cut_by_site = false;
  };

  void add_article_line(std::string_view line);
  void add_comment_line(std::string_view line);
  void close_article();
  void close_comment();

  TextPageEvents& events_;
  bool in_comments_ = false;
  bool after_form_ = false;              // the comment form ended the thread
  std::vector<std::string> article_lines_;
  std::optional<long> declared_;
  std::optional<PendingComment> pending_;
  std::optional<int> year_in_use_;
  std::size_t stray_lines_ = 0;
  std::size_t comments_ = 0;
  std::string last_top_level_;
  WarningCollector warnings_;  // a streamed page holds a few of each kind, not one per comment
};

// Parses a whole text page. `text` must be valid UTF-8. Never throws on odd layouts: what
// cannot be placed is left out of the records and noted in Thread::warnings.
Thread parse_text_page(std::string_view text);

}  // namespace palabre
