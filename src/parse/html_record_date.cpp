// The date of a record: machine-readable first (datetime, microdata, a tooltip), shown as
// printed; else the first text, then the first short element, that is a date or a byline
// around one ("Posté par X, <date>", "X on <date> said:", which give the author too). Dates
// a label names ("Joined: <date>") are taken only when no other date is there.
#include <algorithm>
#include <array>
#include <string_view>

#include "palabre/parse/html_byline.hpp"
#include "palabre/parse/html_record.hpp"
#include "palabre/parse/text_page.hpp"
#include "palabre/text/utf8.hpp"

namespace palabre {
namespace {

constexpr std::array<std::string_view, 4> kMachineDateProps = {"datecreated", "datepublished",
                                                               "commenttime", "datemodified"};
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

constexpr std::size_t kMaxDatePhraseBytes = 120;  // parse_date_text reads no more

// A date, or a relative one ("il y a 3 jours", "3 years ago"): without the page's date to count
// from it is still the date shown, only not placed in time.
bool is_date_like(std::string_view text, const std::optional<DateTime>& page_date) {
  if (text.empty() || text.size() > kMaxDatePhraseBytes) return false;
  if (parse_date_text(text, 2000)) return true;
  static constexpr DateTime kAnyDay{2000, 1, 1, 12, 0, true};
  return parse_relative_date(text, page_date ? *page_date : kAnyDay).has_value();
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

}  // namespace

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
  // Most texts hold no date: one scan tells, before the whole text is tried as one (or as
  // a relative date: "hace 3 días").
  bool holds_date = find_date_in_text(text, 2000).has_value();
  if (is_date_like(text, page_date_)) {
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
    if (label.empty() || label.back() != ':' || is_posting_label(label)) return false;
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

}  // namespace palabre
