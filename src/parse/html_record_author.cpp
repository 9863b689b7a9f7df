// The writer of a record, by order of trust: an element marked as the author (class words,
// microdata, <cite>) with a name-sized text; a byline around the date (read with the date);
// a line introducing a name with a lead or a verb ("Posté par X", "X a dit…"); a bold name
// before the text; the short name-like text nearest the date.
#include <algorithm>
#include <string_view>

#include "palabre/parse/html_byline.hpp"
#include "palabre/parse/html_class_words.hpp"
#include "palabre/parse/html_record.hpp"

namespace palabre {

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
  std::size_t before = kNoNode, after = kNoNode, heading = kNoNode;
  std::optional<std::string> before_name, after_name, heading_name;
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
    bool is_heading = node.tag.size() == 2 && node.tag[0] == 'h' && node.tag[1] >= '1' && node.tag[1] <= '6';
    std::optional<std::string> name =
        clean_person_name(text_without(j, fields, kNoNode, kNoNode, nullptr), true);
    if (!name) continue;
    if (is_heading) {  // more often a title; a name only when nothing else is
      if (heading == kNoNode) heading = j, heading_name = std::move(name);
    } else if (j < fields.date_node) {
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
  } else if (heading != kNoNode) {
    fields.author = std::move(heading_name);
    fields.author_node = heading;
  }
}

}  // namespace palabre
