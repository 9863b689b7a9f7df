// Plain, stable text unless colour is asked for: no clock time, no terminal probing here
// (the CLI decides width and colour), so that piped output can be diffed.
//
// Everything printed goes through `Cell`s: one code point with its display width and its
// style. Wrapping counts display columns, never escape sequences, and colour is added only
// when a line is rendered — so coloured and plain output wrap at the same places. A cell is
// a small value (its code point's bytes inline, no allocation) and wrapping hands over one
// line at a time, because a comment may be a single word of megabytes.
#include "palabre/report/text.hpp"

#include <algorithm>
#include <array>
#include <cstdint>
#include <cstdio>
#include <cstring>
#include <initializer_list>
#include <sstream>
#include <utility>
#include <vector>

#include "palabre/report/corpus_text.hpp"
#include "palabre/report/highlight.hpp"
#include "palabre/report/presentation.hpp"
#include "palabre/text/utf8.hpp"

namespace palabre {
namespace {

constexpr std::size_t kMinWidth = 40;
constexpr std::size_t kMaxWidth = 120;

enum class Tone : std::uint8_t { kPlain, kTitle, kHeading, kDim, kQuote, kTheme, kEvidence };

struct Style {
  Tone tone = Tone::kPlain;
  std::uint32_t theme = 0;  // rank of the theme, for kTheme and kEvidence (kept small: one per cell)
  bool operator==(const Style&) const = default;
};

Style theme_style(Tone tone, std::size_t rank) {
  return Style{tone, static_cast<std::uint32_t>(std::min<std::size_t>(rank, UINT32_MAX))};
}

// Six colours that read on dark and light backgrounds; themes past six share them.
constexpr std::array<const char*, 6> kThemeColors = {"36", "33", "35", "32", "34", "31"};

std::string sgr(const Style& style) {
  switch (style.tone) {
    case Tone::kPlain: return "";
    case Tone::kTitle: return "\x1b[1m";
    case Tone::kHeading: return "\x1b[1;4m";
    case Tone::kDim: return "\x1b[2m";
    case Tone::kQuote: return "\x1b[3m";
    case Tone::kTheme:
      return std::string("\x1b[") + kThemeColors[style.theme % kThemeColors.size()] + "m";
    case Tone::kEvidence:
      return std::string("\x1b[1;4;") + kThemeColors[style.theme % kThemeColors.size()] + "m";
  }
  return "";
}

struct Cell {
  std::array<char, 4> bytes{};  // the code point's UTF-8 bytes
  std::uint8_t size = 0;
  std::uint8_t width = 1;
  bool space = false;
  Style style;
  std::string_view glyph() const { return {bytes.data(), size}; }
};
using Cells = std::vector<Cell>;

void append_cells(Cells& cells, std::string_view text, Style style) {
  const std::string safe = terminal_safe(text);
  // Exact room for a long text, yet geometric growth over many short appends.
  const std::size_t needed = cells.size() + count_code_points(safe);
  if (needed > cells.capacity()) cells.reserve(std::max(needed, 2 * cells.capacity()));
  std::size_t pos = 0;
  while (pos < safe.size()) {
    std::size_t before = pos;
    char32_t c = decode_next(safe, pos);
    Cell cell;
    cell.size = static_cast<std::uint8_t>(std::min<std::size_t>(pos - before, cell.bytes.size()));
    std::memcpy(cell.bytes.data(), safe.data() + before, cell.size);
    cell.width = static_cast<std::uint8_t>(display_width(cell.glyph()));
    cell.style = style;
    cell.space = c == ' ';  // no-break spaces (« , before ;:!?) keep their words together
    cells.push_back(std::move(cell));
  }
}

Cells cells_of(std::string_view text, Style style = {}) {
  Cells cells;
  append_cells(cells, text, style);
  return cells;
}

struct Part {
  std::string_view text;
  Style style;
};

// Several texts in one row, its room taken once: a part may be a whole comment.
Cells cells_of_parts(std::initializer_list<Part> parts) {
  std::size_t code_points = 0;
  for (const Part& part : parts) code_points += count_code_points(part.text);
  Cells cells;
  cells.reserve(code_points);
  for (const Part& part : parts) append_cells(cells, part.text, part.style);
  return cells;
}

std::size_t width_of(const Cells& cells) {
  std::size_t width = 0;
  for (const Cell& cell : cells) width += cell.width;
  return width;
}

// Greedy word wrap at spaces; a word wider than the line is cut where it must be. Each line
// goes to `emit` as soon as it is full (and the last one, possibly empty, at the end).
template <typename Emit>
void wrap(const Cells& cells, std::size_t usable, Emit&& emit) {
  Cells line;
  std::size_t line_width = 0;
  auto next_line = [&] {
    emit(line);
    line.clear();
    line_width = 0;
  };
  std::size_t i = 0;
  while (i < cells.size()) {
    if (cells[i].space) {
      ++i;
      continue;
    }
    std::size_t end = i;
    std::size_t word_width = 0;
    for (; end < cells.size() && !cells[end].space; ++end) word_width += cells[end].width;
    std::size_t gap = line.empty() ? 0 : 1;
    if (gap && line_width + gap + word_width > usable) {
      next_line();
      gap = 0;
    }
    if (gap) {
      Cell space = cells[i - 1];  // the space keeps the style around it (an underlined phrase)
      if (!(space.style == cells[i].style)) space.style = Style{};
      line.push_back(space);
      line_width += 1;
    }
    for (; i < end; ++i) {
      if (line_width + cells[i].width > usable && line_width > 0) next_line();
      line.push_back(cells[i]);
      line_width += cells[i].width;
    }
  }
  emit(line);
}

class Printer {
 public:
  Printer(std::ostream& out, bool color) : out_(out), color_(color) {}

  void line(const Cells& cells) {
    const Style* open = nullptr;
    for (const Cell& cell : cells) {
      if (color_ && (!open || !(*open == cell.style))) {
        if (open && open->tone != Tone::kPlain) out_ << "\x1b[0m";
        out_ << sgr(cell.style);
        open = &cell.style;
      }
      out_ << cell.glyph();
    }
    if (color_ && open && open->tone != Tone::kPlain) out_ << "\x1b[0m";
    out_ << '\n';
  }
  void line(std::string_view text, Style style = {}) { line(cells_of(text, style)); }
  void wrapped(const Cells& cells, std::size_t width, std::size_t indent) {
    wrapped(cells, width, indent, indent);
  }
  void blank() { out_ << '\n'; }

  // `cells` wrapped to `width`, `indent` columns before the first line and `hanging`
  // before the others (a list item's continuation stands out from the next item).
  void wrapped(const Cells& cells, std::size_t width, std::size_t indent, std::size_t hanging) {
    std::size_t widest = std::max(indent, hanging);
    std::size_t usable = width > widest + 20 ? width - widest : 20;
    bool first = true;
    wrap(cells, usable, [&](const Cells& text) {
      if (text.empty()) return;  // an empty comment: no line of trailing blanks
      Cells full = cells_of(std::string(first ? indent : hanging, ' '));
      first = false;
      full.insert(full.end(), text.begin(), text.end());
      line(full);
    });
  }

 private:
  std::ostream& out_;
  bool color_;
};

Cells padded(Cells cells, std::size_t width) {
  std::size_t have = width_of(cells);
  if (have < width) append_cells(cells, std::string(width - have, ' '), {});
  return cells;
}

// At most `width` columns, "…" marking a cut.
Cells cut(Cells cells, std::size_t width) {
  if (width_of(cells) <= width) return cells;
  Cells out;
  std::size_t used = 0;
  for (Cell& cell : cells) {
    if (used + cell.width + 1 > width) break;
    used += cell.width;
    out.push_back(std::move(cell));
  }
  append_cells(out, "…", out.empty() ? Style{} : out.back().style);
  return out;
}

// Exactly the room needed: a row may hold a whole comment, and vector growth would double it.
Cells join(Cells a, const Cells& b) {
  a.reserve(a.size() + b.size());
  a.insert(a.end(), b.begin(), b.end());
  return a;
}

Cells bar(double share, std::size_t width, Style style) {
  std::size_t cells = static_cast<std::size_t>(share * static_cast<double>(width) + 0.5);
  std::string out;
  for (std::size_t i = 0; i < cells; ++i) out += "█";
  if (cells == 0 && share > 0) out = "▏";
  return cells_of(out, style);
}

void write_themes(Printer& print, const ThreadSummary& summary, std::size_t width) {
  print.line("Themes", {Tone::kHeading});
  std::size_t label_width = 0;
  for (const ThemeSummary& theme : summary.themes)
    label_width = std::max(label_width, display_width(theme.label));
  label_width = std::min<std::size_t>(label_width, std::min<std::size_t>(28, width - 30));
  std::size_t bar_width = width > label_width + 20 ? width - label_width - 18 : 10;
  bar_width = std::min<std::size_t>(bar_width, 40);
  for (std::size_t rank = 0; rank < summary.themes.size(); ++rank) {
    const ThemeSummary& theme = summary.themes[rank];
    const Style colour = theme_style(Tone::kTheme, rank);
    char numbers[40];
    std::snprintf(numbers, sizeof numbers, "%4zu %4.0f %%  ", theme.comments, theme.share * 100.0);
    Cells row = cells_of("  ");
    row = join(std::move(row), padded(cut(cells_of(theme.label, colour), label_width), label_width));
    row = join(std::move(row), cells_of(numbers));
    print.line(join(std::move(row), bar(theme.share, bar_width, colour)));
  }
}

void write_quotes(Printer& print, const ThreadReport& report, std::size_t width) {
  bool any = false;
  for (std::size_t rank = 0; rank < report.summary.themes.size(); ++rank) {
    const ThemeSummary& theme = report.summary.themes[rank];
    if (!theme.quote) continue;
    if (!any) {
      print.blank();
      print.line("Quotes", {Tone::kHeading});
    }
    any = true;
    const Comment* comment = find_comment(report.thread, theme.quote->comment);
    std::string who = comment ? attribution(*comment) : std::string(kAnonymous);
    Cells head = cells_of(theme.label, theme_style(Tone::kTheme, rank));
    head = join(std::move(head), cells_of(" — " + who + " (" + theme.quote->comment + ")", {Tone::kDim}));
    print.wrapped(head, width, 2, 4);
    print.wrapped(cells_of("« " + theme.quote->text + " »", {Tone::kQuote}), width, 4);
  }
}

void write_talking_points(Printer& print, const ThreadSummary& summary, std::size_t width) {
  if (summary.talking_points.empty()) return;
  print.blank();
  print.line("Talking points", {Tone::kHeading});
  std::size_t phrase_width = std::min<std::size_t>(36, width - 30);
  for (const TalkingPoint& point : summary.talking_points) {
    Cells row = join(cells_of("  "), padded(cut(cells_of(point.phrase), phrase_width), phrase_width));
    print.line(join(std::move(row), cells_of("  " + point_figures(point))));
  }
}

std::string agreement_note(const AgreementCues& cues) {
  if (cues.agree == 0 && cues.disagree == 0) return "";
  return ", agreement cues " + std::to_string(cues.agree) + ", disagreement cues " + std::to_string(cues.disagree);
}

void write_discussion(Printer& print, const ThreadReport& report, std::size_t width) {
  const Discussion& discussion = report.summary.discussion;
  if (discussion.groups.empty()) return;
  print.blank();
  print.line("Discussion", {Tone::kHeading});
  for (const DiscussionGroup& group : discussion.groups) {
    const std::string figures = " — " + count_noun(group.comments.size(), "comment", "comments") + ", " +
                                count_noun(group.commenters, "commenter", "commenters") +
                                agreement_note(group.agreement);
    print.wrapped(cells_of_parts({{group.label, {Tone::kTitle}}, {figures, {Tone::kDim}}}), width, 2, 4);
    if (!group.representative) continue;
    const Representative& speaker = *group.representative;
    print.wrapped(cells_of("« " + speaker.excerpt + " » — " + speaker.author.value_or(std::string(kAnonymous)) +
                           " (" + speaker.comment + ")", {Tone::kQuote}), width, 4);
  }
  if (!discussion.other.empty())
    print.wrapped(cells_of("Other: " + count_noun(discussion.other.size(), "comment", "comments") +
                           " in no group"), width, 2);
}

void write_exchanges(Printer& print, const Discussion& discussion, std::size_t width) {
  if (discussion.exchanges.empty()) return;
  print.blank();
  print.line("Exchanges", {Tone::kHeading});
  for (const Exchange& exchange : discussion.exchanges) {
    std::string line = exchange.first + "–" + exchange.last + ": " + std::to_string(exchange.turns) + " turns";
    std::string who;
    for (const std::string& name : exchange.participants) who += (who.empty() ? "" : ", ") + name;
    if (!who.empty()) line += " between " + who;
    print.wrapped(cells_of(line), width, 2, 4);
  }
  if (discussion.most_answered.empty()) return;
  std::string line = "Most answered:";
  for (std::size_t i = 0; i < discussion.most_answered.size(); ++i)
    line += (i ? ", " : " ") + discussion.most_answered[i].author + " (" +
            count_noun(discussion.most_answered[i].replies, "reply", "replies") + ")";
  print.wrapped(cells_of(line), width, 2, 4);
}

// Comments palabre left out: their languages have no data.
void write_languages(Printer& print, const ThreadSummary& summary, std::size_t width) {
  std::size_t left_out = 0;
  std::string codes;
  for (const LanguageCount& count : summary.languages) {
    if (count.analysed) continue;
    left_out += count.comments;
    codes += (codes.empty() ? "" : ", ") + count.code.value_or("unknown");
  }
  if (left_out == 0) return;
  print.blank();
  print.wrapped(cells_of(count_noun(left_out, "comment", "comments") +
                         " in languages palabre does not analyse: " + codes), width, 0);
}

// When the theme set hardly touches the page, the reader learns it before trusting it.
void write_theme_fit(Printer& print, const ThreadReport& report, std::size_t width) {
  const ThreadSummary& summary = report.summary;
  if (!themes_fit_poorly(summary)) return;
  print.wrapped(cells_of("The themes in use hardly match this page (" + std::to_string(summary.tagged) + " of " +
                             count_noun(summary.comments, "comment", "comments") + " tagged): `palabre themes "
                             "draft " + report.thread.source.path + " -o themes.json` drafts a theme file from its "
                             "discussion.", {Tone::kDim}), width, 0);
  print.blank();
}

std::string describe_evidence(const Evidence& e) {
  std::string out = "\"" + e.text + "\"";
  if (e.term != e.text) out += " (" + e.term + ")";
  if (e.negated) out += " [negated]";
  if (e.via_article) out += " [for the article's subject]";
  return out;
}

// Every comment, its words that carry a theme marked: underlined in the theme's colour, or
// [bracketed] when there is no colour.
void write_explained_comments(Printer& print, const ThreadReport& report,
                              const TextOptions& options, std::size_t width) {
  print.blank();
  print.line("Comments", {Tone::kHeading});
  const ThreadSummary& summary = report.summary;
  for (std::size_t c = 0; c < report.thread.comments.size(); ++c) {
    const Comment& comment = report.thread.comments[c];
    static const std::vector<ThemeTag> kNoTags;
    const std::vector<ThemeTag>& tags = c < report.tags.size() ? report.tags[c] : kNoTags;
    std::string head = comment.id + " · " + attribution(comment);
    if (comment.parent) head += " · reply to " + *comment.parent;
    if (comment.truncated) head += " · cut short by the site";
    print.blank();
    print.wrapped(cells_of(head, {Tone::kTitle}), width, 0);

    const std::vector<Segment> segments = segment_by_evidence(comment.text, tags);
    Cells text;
    text.reserve(count_code_points(comment.text) + (options.color ? 0 : 2 * segments.size()));
    for (const Segment& segment : segments) {
      if (segment.tags.empty()) {
        append_cells(text, segment.text, {});
        continue;
      }
      const Style mark = theme_style(Tone::kEvidence, theme_rank(summary, tags[segment.tags.front()].id));
      if (!options.color) append_cells(text, "[", {});
      append_cells(text, segment.text, mark);
      if (!options.color) append_cells(text, "]", {});
    }
    print.wrapped(text, width, 4);

    if (tags.empty()) print.line("    → no theme", {Tone::kDim});
    for (const ThemeTag& tag : tags) {
      std::string evidence;
      for (const Evidence& e : tag.evidence)
        evidence += (evidence.empty() ? "" : ", ") + describe_evidence(e);
      Cells row = join(cells_of("→ "), cells_of(theme_label(summary, tag.id),
                                                theme_style(Tone::kTheme, theme_rank(summary, tag.id))));
      print.wrapped(join(std::move(row), cells_of(": " + evidence)), width, 4, 6);
    }
  }
}

}  // namespace

bool use_color(ColorMode mode, bool is_terminal, const char* no_color, const char* term) {
  switch (mode) {
    case ColorMode::kAlways: return true;
    case ColorMode::kNever: return false;
    case ColorMode::kAuto: break;
  }
  if (!is_terminal) return false;
  if (no_color && *no_color) return false;
  return !(term && std::strcmp(term, "dumb") == 0);
}

std::string terminal_safe(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  std::size_t pos = 0;
  while (pos < text.size()) {
    std::size_t before = pos;
    char32_t c = decode_next(text, pos);
    if (c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v') {
      out += ' ';
    } else if (c < 0x20 || c == 0x7F || (c >= 0x80 && c < 0xA0) || (c >= 0x202A && c <= 0x202E) ||
               (c >= 0x2066 && c <= 0x2069)) {
      append_utf8(out, kReplacementChar);
    } else if (c == kReplacementChar) {
      append_utf8(out, c);  // an invalid byte never reaches the terminal either
    } else {
      out.append(text.substr(before, pos - before));
    }
  }
  return out;
}

void write_text_report(std::ostream& out, const ThreadReport& report, const TextOptions& options) {
  const std::size_t width = std::clamp(options.width, kMinWidth, kMaxWidth);
  const Thread& thread = report.thread;
  const ThreadSummary& summary = report.summary;
  Printer print(out, options.color);

  print.wrapped(cells_of(thread.article.title.value_or(thread.source.path), {Tone::kTitle}), width, 0);
  print.wrapped(cells_of(thread_overview(report)), width, 0);
  print.line(std::string(std::min<std::size_t>(width, 60), '-'), {Tone::kDim});
  print.blank();

  if (summary.comments == 0) {
    print.line("No comments on this page.");
    return;
  }
  write_theme_fit(print, report, width);
  write_themes(print, summary, width);
  write_quotes(print, report, width);
  write_talking_points(print, summary, width);
  write_discussion(print, report, width);
  write_exchanges(print, summary.discussion, width);
  write_languages(print, summary, width);

  print.blank();
  if (summary.untagged.empty()) {
    print.line("Every comment matched a theme.");
  } else {
    std::string line = count_noun(summary.untagged.size(), "comment", "comments") + " matched no theme:";
    for (const std::string& id : summary.untagged) line += " " + id;
    print.wrapped(cells_of(line), width, 0);
    if (!summary.suggested_terms.empty()) {
      std::string terms = "Candidate terms for the theme file (untagged comments using them):";
      for (const SuggestedTerm& term : summary.suggested_terms)
        terms += " " + term.term + " (" + std::to_string(term.comments) + ")";
      print.wrapped(cells_of(terms), width, 0);
    }
  }
  if (options.explain) write_explained_comments(print, report, options, width);
}

namespace {

class TextPageDocument : public ReportDocument {
 public:
  explicit TextPageDocument(TextOptions options) : ReportDocument("\n"), options_(options) {}

  RenderedThread render_thread(const ThreadReport& report, std::size_t) const override {
    std::ostringstream body;
    write_text_report(body, report, options_);
    return {"", body.str()};
  }

 private:
  TextOptions options_;
};

}  // namespace

std::unique_ptr<ReportDocument> make_text_document(DocumentScope scope, const TextOptions& options) {
  if (scope == DocumentScope::kCorpus) return make_corpus_text_document(options.width);
  return std::make_unique<TextPageDocument>(options);
}

}  // namespace palabre
