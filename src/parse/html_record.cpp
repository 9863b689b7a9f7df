// A record is read in four steps over its node range: its own parts are collected (leaving
// out nested replies, chrome and sidebars); the author is the innermost author-marked
// element with a name-sized text; the date is machine-readable first, else the first text
// node, else the first short element, that reads as a date (a "X - le 02/01/2019" line gives
// the author too); the body is the body-marked element with the most prose that holds
// neither, else the record's own text without them.
#include "palabre/parse/html_record.hpp"

#include <algorithm>
#include <array>
#include <cstdint>
#include <map>
#include <string_view>
#include <vector>

#include "palabre/parse/html_byline.hpp"
#include "palabre/parse/html_class_words.hpp"
#include "palabre/parse/text_page.hpp"
#include "palabre/text/utf8.hpp"

namespace palabre {
namespace {

constexpr std::array<std::string_view, 4> kMachineDateProps = {"datecreated", "datepublished",
                                                               "commenttime", "datemodified"};
constexpr std::array<std::string_view, 6> kContinuationLines = {
    "lire la suite", "lire plus", "voir plus", "read more", "weiterlesen", "leer mas"};

// Letters in the longest entry of kContinuationLines ("lire la suite", "weiterlesen").
constexpr std::size_t kMaxContinuationAlnums = 11;
static_assert(std::all_of(kContinuationLines.begin(), kContinuationLines.end(),
                          [](std::string_view entry) {
                            return static_cast<std::size_t>(std::count_if(
                                       entry.begin(), entry.end(),
                                       [](char c) { return c != ' '; })) <=
                                   kMaxContinuationAlnums;
                          }),
              "kMaxContinuationAlnums must bound the letters of every continuation line");

constexpr std::size_t kMaxAuthorChars = 60;
constexpr std::size_t kMaxDateChars = 120;
constexpr std::size_t kMaxIntroducedBytes = 100;  // "Posté par X", "X a dit…": a short line
constexpr std::size_t kMaxIntroducedNodes = 12;   // …set in a few inline elements at most
constexpr std::size_t kMaxBlockBytes = 4000;  // blocks searched for the line around a date

template <std::size_t N>
bool is_one_of(std::string_view word, const std::array<std::string_view, N>& table) {
  return std::find(table.begin(), table.end(), word) != table.end();
}

std::string lower(std::string_view text) {
  std::string out(text);
  for (char& c : out)
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c + 32);
  return out;
}

bool is_date_like(std::string_view text, const std::optional<DateTime>& page_date) {
  if (text.empty() || text.size() > kMaxDateChars) return false;
  if (parse_date_text(text, 2000)) return true;
  return page_date && parse_relative_date(text, *page_date);
}

bool is_continuation(std::string_view line) {
  // Folding keeps every ASCII letter and digit (accents and marks go, base letters stay), and
  // what may follow an entry holds none: a line with more than an entry has is no match, and
  // most body lines are told so without being folded.
  std::size_t alnums = 0;
  for (char c : line)
    if (((c | 0x20) >= 'a' && (c | 0x20) <= 'z') || (c >= '0' && c <= '9'))
      if (++alnums > kMaxContinuationAlnums) return false;
  std::string folded = fold(trim(line));
  while (!folded.empty() && (folded.back() == '.' || folded.back() == ' ' ||
                             static_cast<unsigned char>(folded.back()) >= 0x80))
    folded.pop_back();  // "Lire la suite…", "Read more »"
  return is_one_of(std::string_view(folded), kContinuationLines);
}

// Where "Le 22/01/2020 …" starts in "Muriel - Le 22/01/2020 …", given where the date starts.
std::size_t with_leading_article(std::string_view text, std::size_t date_at) {
  for (std::string_view lead : {"Le ", "le ", "On ", "on ", "Am ", "am "}) {
    if (date_at < lead.size() || text.substr(date_at - lead.size(), lead.size()) != lead)
      continue;
    std::size_t start = date_at - lead.size();
    if (start == 0 || text[start - 1] == ' ') return start;
  }
  return date_at;
}

// ", 12 octobre 2011 à 18:04" → the date as shown, without the separator that joined it to
// a name before it or a link after it; brackets and a final period stay, being the date's.
std::string_view without_separators(std::string_view text) {
  auto is_separator = [](std::string_view rest, bool at_end) {
    for (std::string_view mark : {",", ";", "|", "-", "\xE2\x80\x93", "\xE2\x80\x94",
                                  "\xE2\x80\xA2", "\xC2\xB7", "\xC2\xBB"})
      if (at_end ? rest.ends_with(mark) : rest.starts_with(mark)) return mark.size();
    return std::size_t{0};
  };
  text = trim(text);
  while (std::size_t size = is_separator(text, false)) text = trim(text.substr(size));
  while (std::size_t size = is_separator(text, true)) text = trim(text.substr(0, text.size() - size));
  return text;
}

// schema.org's articleBody: the post a forum topic or a blog opens with, not a comment on it.
bool is_article_body(const HtmlNode& node) {
  std::string_view itemprop = node.attribute("itemprop");
  return itemprop.find("articleBody") != std::string_view::npos ||
         itemprop.find("articlebody") != std::string_view::npos;
}

bool is_counter_line(std::string_view line) {
  return !line.empty() && line.find_first_not_of("0123456789()+-. ") == std::string_view::npos;
}

// Drops chrome lines ("Signaler", "Répondre", "0", "Lire la suite"); the last marks a cut.
std::string tidy_body(std::string_view text, bool& truncated) {
  std::string out;
  std::size_t start = 0;
  while (start <= text.size()) {
    std::size_t end = text.find('\n', start);
    if (end == std::string_view::npos) end = text.size();
    std::string_view line = trim(text.substr(start, end - start));
    start = end + 1;
    if (line.empty() || is_ui_line(line) || is_counter_line(line)) continue;
    if (is_continuation(line)) {
      truncated = true;
      continue;
    }
    if (!out.empty()) out += '\n';
    out += line;
  }
  if (looks_truncated(out)) truncated = true;
  return out;
}

}  // namespace

// The record's own nodes, in document order.
struct RecordReader::Parts {
  std::vector<std::size_t> author_nodes, body_nodes, texts, elements;
};

bool RecordReader::is_nested_record(const RecordFields& fields, std::size_t j) const {
  const std::size_t record = fields.node;
  if (j == record || index_.tree.nodes[j].is_text()) return false;
  if (std::binary_search(fields.left_out.begin(), fields.left_out.end(), j)) return true;
  return index_.kinds[j] == index_.kinds[record] &&
         index_.is_comment_marked(j) == index_.is_comment_marked(record);
}

// A "Lire la suite" link to the whole comment, as sites put after one they cut. Buttons do
// not count: "Lire plus" buttons unfold text the page already holds (CSS line clamps).
bool RecordReader::is_continuation_link(std::size_t j) const {
  const HtmlNode& node = index_.tree.nodes[j];
  return node.tag == "a" && index_.text_bytes[j] > 0 && index_.text_bytes[j] <= 40 &&
         is_continuation(one_line(subtree_text(index_.tree, j)));
}

// The text of `root` without nested replies, chrome, titles and the nodes left out; `cut`
// (if given) learns whether a continuation link was left out.
std::string RecordReader::text_without(std::size_t root, const RecordFields& fields,
                                       std::size_t left_out_a, std::size_t left_out_b,
                                       bool* cut) const {
  return subtree_text(index_.tree, root, [&](std::size_t j) {
    if (is_nested_record(fields, j)) return true;
    if (cut && is_continuation_link(j)) {
      *cut = true;
      return true;
    }
    if ((index_.hints[j] & kChromeHint) || is_title(fields, j)) return true;
    return j == left_out_a || j == left_out_b;
  });
}

// A title line of the record ("Re: …", a comment's own title) — not the header of a quote
// inside its text ("solderjoe said:" in a blockquote's title bar), which the reader sees
// as part of the text.
bool RecordReader::is_title(const RecordFields& fields, std::size_t j) const {
  if (!(index_.hints[j] & kTitleHint)) return false;
  const HtmlTree& tree = index_.tree;
  for (std::size_t up = tree.nodes[j].parent; up != kNoNode && up >= fields.node && up != fields.node;
       up = tree.nodes[up].parent)
    if (tree.nodes[up].tag == "blockquote") return false;
  return true;
}

// The whole record's text without nested replies, chrome, titles, author and date.
std::string RecordReader::record_text(const RecordFields& fields, bool* cut) const {
  return range_text(index_.tree, fields.node, fields.end, [&](std::size_t j) {
    if (is_nested_record(fields, j)) return true;
    if (cut && is_continuation_link(j)) {
      *cut = true;
      return true;
    }
    if ((index_.hints[j] & kChromeHint) || is_title(fields, j)) return true;
    return j == fields.author_node || j == fields.date_node;
  });
}

RecordFields RecordReader::read(std::size_t record) const {
  return read(record, index_.tree.nodes[record].end);
}

RecordFields RecordReader::read(std::size_t record, std::size_t end,
                                std::vector<std::size_t> left_out) const {
  RecordFields fields;
  fields.node = record;
  fields.end = end;
  fields.left_out = std::move(left_out);
  Parts parts;
  if (!collect_parts(parts, fields)) return fields;
  read_marked_author(parts, fields);
  read_shown_date(parts, fields);
  if (!fields.author) read_introduced_author(parts, fields);
  choose_body(record, parts, fields);
  if (!fields.author) read_bold_author(parts, fields);
  if (!fields.author && fields.has_date()) read_name_near_date(record, parts, fields);
  read_body_text(record, fields);
  fields.valid = judge(fields);
  return fields;
}

// False when the record cannot be a comment: it holds the page's <h1> or the article's body
// (the article, "commentary", "Kommentar", a forum topic's first post) or several
// comment-marked blocks of one kind (a list).
bool RecordReader::collect_parts(Parts& parts, RecordFields& fields) const {
  const HtmlTree& tree = index_.tree;
  const std::size_t record = fields.node;
  if (!budget_.spend(fields.end - record)) return false;
  std::map<std::uint32_t, int> inner_kinds;
  for (std::size_t j = record + 1; j < fields.end;) {
    const HtmlNode& node = tree.nodes[j];
    if (is_nested_record(fields, j) || (index_.hints[j] & kChromeHint) || index_.negative[j]) {
      j = node.end;
      continue;
    }
    if (node.tag == "h1" || is_article_body(node)) return false;
    if (!node.is_text() && index_.is_comment_marked(j) && ++inner_kinds[index_.kinds[j]] >= 2)
      return false;
    if (node.is_text()) {
      if (index_.text_bytes[j] > 0) parts.texts.push_back(j);
    } else {
      parts.elements.push_back(j);
      if (index_.hints[j] & kAuthorHint) parts.author_nodes.push_back(j);
      if (index_.hints[j] & kBodyHint) parts.body_nodes.push_back(j);
      if (!fields.machine_date) read_machine_date(j, fields);
    }
    ++j;
  }
  return true;
}

// The innermost author-marked element with a name-sized text.
void RecordReader::read_marked_author(const Parts& parts,
                                      RecordFields& fields) const {
  const std::vector<std::size_t>& nodes = parts.author_nodes;
  for (std::size_t a = 0; a < nodes.size(); ++a) {
    std::size_t candidate = nodes[a];
    std::size_t bytes = index_.text_bytes[candidate];
    if (bytes == 0 || bytes > 4 * kMaxAuthorChars) continue;
    std::optional<std::string> name =
        clean_person_name(text_without(candidate, fields, kNoNode, kNoNode, nullptr), false);
    if (!name) continue;
    bool has_inner = false;
    for (std::size_t b = a + 1; b < nodes.size(); ++b) {
      std::size_t inner = nodes[b];
      if (!index_.tree.contains(candidate, inner)) break;
      if (index_.text_bytes[inner] > 0 &&
          clean_person_name(text_without(inner, fields, kNoNode, kNoNode, nullptr), false))
        has_inner = true;
    }
    if (has_inner) continue;
    fields.author = std::move(name);
    fields.author_node = candidate;
    return;
  }
}

// The line of `record`'s text that holds node j, and the block it comes from; `whole` when
// that block holds nothing but this line (a byline of its own).
RecordReader::LineAround RecordReader::line_around(const RecordFields& fields, std::size_t j) const {
  const std::size_t record = fields.node;
  const HtmlTree& tree = index_.tree;
  std::size_t block = j;
  if (tree.nodes[j].is_text() || !detail::is_block_tag(tree.nodes[j].tag)) {
    block = tree.nodes[j].parent;
    while (block != record && block != kNoNode && !detail::is_block_tag(tree.nodes[block].tag))
      block = tree.nodes[block].parent;
  }
  std::string piece = one_line(tree.nodes[j].is_text() ? std::string(tree.nodes[j].text)
                                                       : subtree_text(tree, j));
  if (block == kNoNode || index_.text_bytes[block] > kMaxBlockBytes) return {piece, j, false};
  std::string lines = text_without(block, fields, kNoNode, kNoNode, nullptr);
  std::size_t start = 0, count = 0;
  std::optional<std::string> found;
  while (start <= lines.size()) {
    std::size_t end = lines.find('\n', start);
    if (end == std::string::npos) end = lines.size();
    std::string line = one_line(std::string_view(lines).substr(start, end - start));
    start = end + 1;
    if (line.empty()) continue;
    ++count;
    if (!found && line.find(piece) != std::string::npos) found = std::move(line);
  }
  if (!found) return {piece, j, false};
  return {std::move(*found), block, count == 1};
}

// The innermost element under `container` whose whole text is `text` (a name in a byline).
std::size_t RecordReader::element_with_text(std::size_t container, const std::string& text) const {
  const HtmlTree& tree = index_.tree;
  std::size_t found = kNoNode;
  for (std::size_t j = container; j < tree.nodes[container].end; ++j) {
    if (tree.nodes[j].is_text() || index_.text_bytes[j] == 0 ||
        index_.text_bytes[j] > text.size() + 8)
      continue;
    if (found != kNoNode && !tree.contains(found, j)) break;
    if (one_line(subtree_text(tree, j)) == text) found = j;
  }
  return found;
}

// One text as the date shown: the whole of it a date, or a byline around one ("Posté par
// X, 12 octobre 2011 à 18:04", "X on March 12, 2022 said:"), which gives the author too.
bool RecordReader::try_date_text(std::size_t j, std::string_view raw, bool allow_labelled,
                                 RecordFields& fields) const {
  std::string text = one_line(raw, kMaxDateChars);
  if (text.empty() || text.size() > kMaxDateChars) return false;
  if (fields.author_node != kNoNode &&
      (j == fields.author_node || index_.tree.contains(fields.author_node, j)))
    return false;
  // Most texts hold no date: one scan tells, before the whole text is tried as one.
  bool holds_date = find_date_in_text(text, 2000).has_value();
  if ((holds_date || page_date_) && is_date_like(text, page_date_)) {
    if (!allow_labelled && is_labelled(j)) return false;
    fields.date_text = std::string(without_separators(text));
    fields.date_node = j;
    return true;
  }
  if (!holds_date) return false;
  LineAround line = line_around(fields, j);
  std::optional<Byline> byline = read_byline(line.text, 2000);
  if (byline && byline->date_text) {
    if (byline->labelled && !allow_labelled) return false;
    fields.date_text = byline->date_text;
    fields.date_node = line.whole ? line.container : j;
    if (!fields.author && byline->author) {
      fields.author = byline->author;
      std::size_t named = element_with_text(line.container, *byline->author);
      fields.author_node = named != kNoNode ? named : fields.date_node;
    }
    return true;
  }
  return try_comment_header(j, text, fields);
}

// "<strong>Registriert:</strong> Sa 14. Apr 2012", "<dt>Joined</dt><dd>…</dd>": a date a
// label names is a field of the writer's profile more often than the comment's date.
bool RecordReader::is_labelled(std::size_t j) const {
  const HtmlTree& tree = index_.tree;
  for (std::size_t at = j, level = 0; at != kNoNode && level < 2; at = tree.nodes[at].parent, ++level) {
    std::size_t before = index_.previous_element[at];
    if (before == kNoNode) continue;  // the first child: its parent's label, if any
    if (index_.text_bytes[before] == 0 || index_.text_bytes[before] > 40) return false;
    std::string_view tag = tree.nodes[at].tag, label_tag = tree.nodes[before].tag;
    if ((tag == "dd" && label_tag == "dt") || (tag == "td" && label_tag == "th")) return true;
    std::string label = one_line(subtree_text(tree, before));
    if (label.empty() || label.back() != ':') return false;
    std::optional<Byline> said = read_byline(label, std::nullopt);
    return !(said && said->author);  // "Guadalupe Ortiz dijo:" introduces a writer
  }
  return false;
}

// The text parser's header wordings ("X a écrit le …"), for lines bylines do not read.
bool RecordReader::try_comment_header(std::size_t j, const std::string& text,
                                      RecordFields& fields) const {
  auto header = match_comment_header(text, 2000);
  if (!header) return false;
  // "Muriel - Le 22/01/2020 à 12:01:03": after a name the date as shown keeps its "Le"; in
  // "à écrit le 02/01/2019" the "le" belongs to the verb.
  std::size_t at = text.rfind(header->date_text);
  if (at == std::string::npos) at = text.size();
  if (header->author) at = with_leading_article(text, at);
  if (!fields.author && header->author) {
    fields.author = clean_person_name(text.substr(0, at), false);
    fields.author_node = j;
  }
  fields.date_text = at < text.size() ? text.substr(at) : header->date_text;
  fields.date_node = j;
  return true;
}

void RecordReader::read_shown_date(const Parts& parts,
                                   RecordFields& fields) const {
  if (fields.machine_date && fields.date_node != kNoNode) {
    std::string shown = one_line(subtree_text(index_.tree, fields.date_node));
    if (is_date_like(shown, page_date_)) fields.date_text = shown;
  }
  if (fields.date_text) return;
  // Every printed date holds a digit, unless it is relative to the page's ("yesterday");
  // an element of one text node is read through that node. Dates a label names come last.
  auto may_date = [&](std::size_t j) { return index_.has_digit[j] || page_date_.has_value(); };
  for (bool allow_labelled : {false, true}) {
    for (std::size_t j : parts.texts)
      if (may_date(j) && try_date_text(j, index_.tree.nodes[j].text, allow_labelled, fields))
        return;
    for (std::size_t j : parts.elements) {
      if (!may_date(j) || index_.text_bytes[j] > kMaxDateChars ||
          index_.tree.nodes[j].end - j <= 2)
        continue;
      if (try_date_text(j, subtree_text(index_.tree, j), allow_labelled, fields)) return;
    }
  }
}

// A line that names the writer with a lead or a verb and no date: "Bertrand a dit…",
// "Posté par Ginette", "Moira said...".
void RecordReader::read_introduced_author(const Parts& parts, RecordFields& fields) const {
  const HtmlTree& tree = index_.tree;
  auto try_node = [&](std::size_t j, std::string_view raw) {
    if (fields.date_node != kNoNode && (j == fields.date_node || tree.contains(fields.date_node, j)))
      return false;
    std::optional<Byline> byline = read_byline(one_line(raw), std::nullopt);
    if (!byline || !byline->author || byline->date_text) return false;
    fields.author = byline->author;
    fields.author_node = j;
    return true;
  };
  // Elements of one text node are read through that node below; larger ones are no line.
  for (std::size_t j : parts.elements) {
    std::size_t nodes = tree.nodes[j].end - j;
    if (index_.text_bytes[j] == 0 || index_.text_bytes[j] > kMaxIntroducedBytes || nodes <= 2 ||
        nodes > kMaxIntroducedNodes)
      continue;
    if (try_node(j, subtree_text(tree, j))) return;
  }
  for (std::size_t j : parts.texts)
    if (index_.text_bytes[j] <= kMaxIntroducedBytes && try_node(j, tree.nodes[j].text)) return;
}

// The body-marked element with the most text that is not inside the author or the date;
// prose before link lists; one that holds neither before one that does (its text then goes
// without them: "X on DATE said:" glued to the text); the innermost of equals. Without
// one, the longest text block (content_body).
void RecordReader::choose_body(std::size_t record, const Parts& parts, RecordFields& fields) const {
  const HtmlTree& tree = index_.tree;
  auto holds = [&](std::size_t outer, std::size_t inner) {
    return inner != kNoNode && (outer == inner || tree.contains(outer, inner));
  };
  std::size_t best = kNoNode, best_size = 0;
  bool best_prose = false, best_header = false;
  for (std::size_t j : parts.body_nodes) {
    if (holds(fields.date_node, j) || holds(fields.author_node, j)) continue;
    if (std::any_of(parts.author_nodes.begin(), parts.author_nodes.end(),
                    [&](std::size_t a) { return holds(a, j); }))
      continue;  // a member menu under the name ("Profil", "Beiträge") is no text
    bool header = holds(j, fields.author_node) || holds(j, fields.date_node);
    std::size_t size = count_code_points(text_without(j, fields, fields.author_node, fields.date_node, nullptr));
    if (size == 0) continue;
    bool prose = link_text_share(tree, j) <= 0.5;
    bool better = best == kNoNode || (best_header && !header) ||
                  (header == best_header &&
                   ((prose && !best_prose) ||
                    (prose == best_prose &&
                     (size > best_size || (size == best_size && tree.contains(best, j))))));
    if (better) best = j, best_size = size, best_prose = prose, best_header = header;
  }
  fields.body_node = best != kNoNode ? best : content_body(record, parts, fields);
}

// The element holding the longest text, outside author and date, widened to its parent
// while that holds neither ("<div><p>…</p><p>…</p></div>"). When the text is the record's
// own paragraphs, the record itself, with `body_blocks` naming them.
std::size_t RecordReader::content_body(std::size_t record, const Parts& parts,
                                       RecordFields& fields) const {
  const HtmlTree& tree = index_.tree;
  auto holds = [&](std::size_t outer, std::size_t inner) {
    return inner != kNoNode && (outer == inner || tree.contains(outer, inner));
  };
  auto usable = [&](std::size_t j) {
    return detail::is_block_tag(tree.nodes[j].tag) && !holds(j, fields.date_node) &&
           !holds(j, fields.author_node) && !holds(fields.date_node, j) &&
           !holds(fields.author_node, j) && !(index_.hints[j] & kTitleHint);
  };
  std::size_t best = kNoNode;
  for (std::size_t j : parts.elements)
    if (usable(j) && (best == kNoNode || index_.text_bytes[j] > index_.text_bytes[best])) best = j;
  if (best == kNoNode || index_.text_bytes[best] == 0) return record;
  while (tree.nodes[best].parent != record && usable(tree.nodes[best].parent))
    best = tree.nodes[best].parent;
  if (tree.nodes[best].parent != record) return best;
  // A paragraph right under the record: the text may be several of them.
  // The record's top blocks: its children, or the members of a run.
  std::size_t first = fields.is_run(tree) ? record : record + 1;
  for (std::size_t j = first; j < fields.end; j = tree.nodes[j].end)
    if (!tree.nodes[j].is_text() && usable(j) && index_.text_bytes[j] > 0) fields.body_blocks.push_back(j);
  return fields.body_blocks.size() > 1 ? record : best;
}

// The body's text once author and date are known: chrome lines dropped, a cut noted.
void RecordReader::read_body_text(std::size_t record, RecordFields& fields) const {
  bool cut = false;
  std::string text = fields.body_node == record
                         ? record_text(fields, &cut)
                         : text_without(fields.body_node, fields, fields.author_node, fields.date_node, &cut);
  fields.truncated = cut;
  fields.text = tidy_body(text, fields.truncated);
  // A body element holding one short line holds the comment, even "0" or "🙂".
  std::string_view raw = trim(text);
  if (fields.text.empty() && fields.body_node != record && !raw.empty() &&
      raw.find('\n') == std::string_view::npos && raw.size() <= 16 &&
      (!is_interface_text(raw) || is_counter_line(raw)))
    fields.text = std::string(raw);
}

// Pages that mark nothing often set the name in bold before the text: <strong>Name</strong>.
void RecordReader::read_bold_author(const Parts& parts, RecordFields& fields) const {
  const HtmlTree& tree = index_.tree;
  for (std::size_t j : parts.elements) {
    const HtmlNode& node = tree.nodes[j];
    if (fields.body_node != fields.node && j >= fields.body_node) break;
    if (node.tag != "strong" && node.tag != "b" && node.tag != "cite") continue;
    if (index_.hints[j] & kTitleHint) continue;
    if (fields.date_node != kNoNode &&
        (j == fields.date_node || tree.contains(j, fields.date_node) ||
         tree.contains(fields.date_node, j)))
      continue;
    if (index_.text_bytes[j] == 0 || index_.text_bytes[j] > 4 * kMaxAuthorChars) continue;
    if (auto name = clean_person_name(subtree_text(tree, j), false)) {
      fields.author = std::move(name);
      fields.author_node = j;
      return;
    }
  }
}

// Without any mark or wording, the writer is the short name-like text nearest the date,
// before it rather than after: <div><span>Teresa Lopes</span><span>12 de abril…</span></div>.
// Titles, buttons, the body and what holds it are not names.
void RecordReader::read_name_near_date(std::size_t record, const Parts& parts,
                                       RecordFields& fields) const {
  const HtmlTree& tree = index_.tree;
  auto holds = [&](std::size_t outer, std::size_t inner) {
    return inner != kNoNode && (outer == inner || tree.contains(outer, inner));
  };
  std::size_t before = kNoNode, after = kNoNode;
  std::optional<std::string> before_name, after_name;
  for (std::size_t j : parts.elements) {
    if (index_.text_bytes[j] == 0 || index_.text_bytes[j] > 4 * kMaxAuthorChars) continue;
    bool in_body = fields.body_node != record && holds(fields.body_node, j);
    if (holds(j, fields.date_node) || holds(fields.date_node, j) || in_body ||
        (fields.body_node != record && holds(j, fields.body_node)) ||
        std::any_of(fields.body_blocks.begin(), fields.body_blocks.end(),
                    [&](std::size_t b) { return holds(b, j) || holds(j, b); }) ||
        (index_.hints[j] & kTitleHint))
      continue;
    const HtmlNode& node = tree.nodes[j];
    if (node.tag.size() == 2 && node.tag[0] == 'h' && node.tag[1] >= '1' && node.tag[1] <= '6')
      continue;
    std::optional<std::string> name =
        clean_person_name(text_without(j, fields, kNoNode, kNoNode, nullptr), true);
    if (!name) continue;
    if (j < fields.date_node) {
      if (before == kNoNode || !tree.contains(j, before)) before = j, before_name = std::move(name);
    } else if (after == kNoNode) {
      after = j, after_name = std::move(name);
    }
  }
  if (before != kNoNode) {
    fields.author = std::move(before_name);
    fields.author_node = before;
  } else if (after != kNoNode) {
    fields.author = std::move(after_name);
    fields.author_node = after;
  }
}

void RecordReader::read_machine_date(std::size_t j, RecordFields& fields) const {
  const HtmlNode& node = index_.tree.nodes[j];
  std::string itemprop = lower(node.attribute("itemprop"));
  std::string_view value = node.attribute("datetime");
  if (value.empty() && is_one_of(std::string_view(itemprop), kMachineDateProps)) {
    value = node.attribute("content");
    if (value.empty()) value = node.attribute("datetime");
  }
  bool from_title = false;
  if (value.empty() && (node.tag == "abbr" || node.tag == "time" || node.tag == "span" ||
                        node.tag == "a")) {
    value = node.attribute("title");
    from_title = true;
  }
  if (value.empty()) return;
  if (auto iso = normalize_machine_date(value)) {
    fields.machine_date = std::move(iso);
    fields.date_node = j;
  } else if (from_title && value.size() <= kMaxDateChars) {
    // A tooltip with the full date behind "3 years ago": "Tuesday, March 3, 2015 10:19 AM".
    std::optional<DateTime> date = parse_date_text(value);
    if (date && date->hour >= 0) {
      fields.machine_date = date->iso();
      fields.date_node = j;
    }
  }
}

// A text with a letter or digit, a date or a marked author with it, and not mostly links
// unless it shows both an author and a date (a reader may well post links; sidebars of
// recent comments, share bars and counters are links with one or neither).
bool RecordReader::judge(const RecordFields& fields) const {
  bool has_visible_character = false;
  for (std::size_t pos = 0; pos < fields.text.size() && !has_visible_character;) {
    char32_t c = decode_next(fields.text, pos);
    has_visible_character = !is_space(c);
  }
  if (!has_visible_character) return false;
  bool strong = index_.hints[fields.node] & kStrongComment;
  if (!fields.has_date() && !(strong && fields.author)) return false;
  if (!(fields.has_date() && fields.author) && link_text_share(index_.tree, fields.body_node) > 0.5)
    return false;
  return true;
}

}  // namespace palabre
