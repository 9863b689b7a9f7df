// The body of a record: the body-marked element with the most prose, else the longest text
// block; its text without author, date, buttons and counters, and whether the site cut it
// ("Lire la suite", "…").
#include <algorithm>
#include <string_view>

#include "palabre/parse/html_byline.hpp"
#include "palabre/parse/html_class_words.hpp"
#include "palabre/parse/html_record.hpp"
#include "palabre/parse/page_wording.hpp"
#include "palabre/parse/text_page.hpp"
#include "palabre/text/utf8.hpp"

namespace palabre {
namespace {

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
    if (is_continuation_line(line)) {
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

// A "Lire la suite" link to the whole comment, as sites put after one they cut. Buttons do
// not count: "Lire plus" buttons unfold text the page already holds (CSS line clamps).
bool RecordReader::is_continuation_link(std::size_t j) const {
  const HtmlNode& node = index_.tree.nodes[j];
  return node.tag == "a" && index_.text_bytes[j] > 0 && index_.text_bytes[j] <= 40 &&
         is_continuation_line(one_line(subtree_text(index_.tree, j)));
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
    std::string_view tag = tree.nodes[j].tag;
    bool heading = tag.size() == 2 && tag[0] == 'h' && tag[1] >= '1' && tag[1] <= '6';
    return detail::is_block_tag(tag) && !heading && !holds(j, fields.date_node) &&
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

}  // namespace palabre
