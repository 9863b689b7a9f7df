// How a thread is found, in four steps, each a loop over node ranges:
//  1. the page index gives every element its hint bits and kind (html_page_index);
//  2. candidate records: elements whose words say "comment"/"forum"/"post", schema.org Comment
//     objects, and runs of three or more sibling blocks of one kind;
//  3. each candidate is read and judged (html_record);
//  4. the thread is chosen among the groups of valid records (html_thread_choice) and its
//     replies nested (html_reply_nesting); dates are completed in page order.
#include "palabre/parse/html_comments.hpp"

#include <algorithm>
#include <string>

#include "palabre/parse/html_class_words.hpp"
#include "palabre/parse/html_page_index.hpp"
#include "palabre/parse/html_record.hpp"
#include "palabre/parse/html_reply_nesting.hpp"
#include "palabre/parse/html_thread_choice.hpp"

namespace palabre {
namespace {

constexpr std::size_t kWorkPerNode = 40;  // evaluation budget, in visited nodes per page node

// Blocks a record may be: forums of tables give one row per post.
bool is_record_tag(std::string_view tag) {
  return tag == "li" || tag == "article" || tag == "div" || tag == "section" || tag == "tr";
}

// Counts, per kind, how often it occurs among the children of `parent`; `paired` learns the
// kinds that occur at least twice there.
void count_child_kinds(const PageIndex& index, std::size_t parent, std::vector<int>& kinds_here,
                       std::vector<bool>& paired) {
  const HtmlTree& tree = index.tree;
  const std::size_t end = tree.nodes[parent].end;
  for (std::size_t child = parent + 1; child < end; child = tree.nodes[child].end)
    if (!tree.nodes[child].is_text() && ++kinds_here[index.kinds[child]] >= 2 &&
        index.classed_kind[child] && is_record_tag(tree.nodes[child].tag))
      paired[index.kinds[child]] = true;
  for (std::size_t child = parent + 1; child < end; child = tree.nodes[child].end)
    if (!tree.nodes[child].is_text()) kinds_here[index.kinds[child]] = 0;
}

// Kinds of block that repeat like records do: at least twice side by side somewhere, and
// three times on the page — so that replies set apart in blocks of their own count with
// the comments they answer.
std::vector<bool> repeated_kinds(const PageIndex& index) {
  const HtmlTree& tree = index.tree;
  std::vector<bool> paired(index.kind_count, false);
  std::vector<int> kinds_here(index.kind_count, 0);  // children of each kind, reset per parent
  for (std::size_t parent = 0; parent < tree.nodes.size(); ++parent)
    if (!tree.nodes[parent].is_text()) count_child_kinds(index, parent, kinds_here, paired);
  std::vector<int> on_page(index.kind_count, 0);
  for (std::size_t i = 0; i < tree.nodes.size(); ++i)
    if (!tree.nodes[i].is_text() && !index.negative[i]) ++on_page[index.kinds[i]];
  std::vector<bool> repeated(index.kind_count, false);
  for (std::size_t kind = 0; kind < index.kind_count; ++kind)
    repeated[kind] = paired[kind] && on_page[kind] >= 3;
  return repeated;
}

// A record without an element of its own: a head (<dt>, a heading, a bold name or a short
// paragraph) and the siblings after it up to the next head of its kind — <dt>Name</dt>
// <dd>text</dd><dd>date</dd>. Runs are taken only when every one has the same kinds in
// the same order, two to four elements long.
struct SiblingRun {
  std::size_t node, end;
};

bool is_head_tag(std::string_view tag) {
  return tag == "dt" || tag == "h2" || tag == "h3" || tag == "h4" || tag == "h5" ||
         tag == "h6" || tag == "p" || tag == "strong" || tag == "b";
}

void add_runs_under(const PageIndex& index, std::size_t parent, std::vector<SiblingRun>& runs) {
  const HtmlTree& tree = index.tree;
  std::vector<std::size_t> children;
  for (std::size_t child = parent + 1; child < tree.nodes[parent].end; child = tree.nodes[child].end)
    if (!tree.nodes[child].is_text()) children.push_back(child);
  if (children.size() < 4) return;
  auto head = std::find_if(children.begin(), children.end(), [&](std::size_t c) {
    return index.text_bytes[c] > 0 && is_head_tag(tree.nodes[c].tag);
  });
  if (head == children.end()) return;
  const std::uint32_t head_kind = index.kinds[*head];
  std::vector<std::size_t> starts;
  for (std::size_t i = static_cast<std::size_t>(head - children.begin()); i < children.size(); ++i)
    if (index.kinds[children[i]] == head_kind) starts.push_back(i);
  if (starts.size() < 2) return;
  const std::size_t period = starts[1] - starts[0];
  if (period < 2 || period > 4) return;
  for (std::size_t r = 0; r < starts.size(); ++r) {
    if (starts[r] + period > children.size() || (r > 0 && starts[r] - starts[r - 1] != period)) return;
    for (std::size_t m = 0; m < period; ++m)
      if (index.kinds[children[starts[r] + m]] != index.kinds[children[starts[0] + m]]) return;
  }
  for (std::size_t start : starts)
    runs.push_back({children[start], tree.nodes[children[start + period - 1]].end});
}

std::vector<SiblingRun> sibling_runs(const PageIndex& index) {
  std::vector<SiblingRun> runs;
  for (std::size_t i = 0; i < index.tree.nodes.size(); ++i)
    if (!index.tree.nodes[i].is_text() && !index.negative[i]) add_runs_under(index, i, runs);
  return runs;
}

// Marked elements, blocks of a repeated kind, and the blocks of a comment section
// (<section id="comments">): a thread of one comment repeats nothing.
std::vector<std::size_t> candidate_records(const PageIndex& index) {
  const HtmlTree& tree = index.tree;
  std::vector<bool> repeated = repeated_kinds(index);
  std::vector<std::size_t> out;
  for (std::size_t i = 0; i < tree.nodes.size(); ++i) {
    const HtmlNode& node = tree.nodes[i];
    // A block that itself says it lists other pages or is a newsroom's is none, however
    // large (a live blog holding most of the page is no region of chrome).
    if (node.is_text() || index.negative[i] || (index.hints[i] & kNegativeHint) ||
        node.tag == "a" || is_chrome_tag(node.tag))
      continue;
    // "comment reply" is a comment answering another; "reply" alone is a button.
    bool repeats = repeated[index.kinds[i]] && index.classed_kind[i] && is_record_tag(node.tag);
    bool in_section = is_record_tag(node.tag) && index.in_comment_section(i);
    if (index.is_comment_marked(i) || ((repeats || in_section) && !(index.hints[i] & kChromeHint)))
      out.push_back(i);
  }
  return out;
}

// posted_at: the machine date, else the shown one; a date without a year takes the page's,
// else the last one a comment printed.
void date_comment(const RecordFields& record, const std::optional<DateTime>& page_date,
                  std::optional<int>& last_printed_year, Comment& comment,
                  std::vector<std::string>& warnings) {
  comment.posted_at_text = record.date_text;
  if (record.machine_date) {
    comment.posted_at = record.machine_date;
    return;
  }
  if (!record.date_text) return;
  std::optional<int> year = page_date ? std::optional<int>(page_date->year) : last_printed_year;
  std::optional<DateTime> date = parse_date_text(*record.date_text, year);
  if (!date && page_date) date = parse_relative_date(*record.date_text, *page_date);
  if (date) {
    comment.posted_at = date->iso();
    if (date->year_printed) last_printed_year = date->year;
  } else if (!page_date) {
    warnings.push_back(comment.id + ": date '" + *record.date_text +
                       "' is relative or has no year, and the page gives no date: posted_at "
                       "left null");
  } else {
    warnings.push_back(comment.id + ": date '" + *record.date_text + "' could not be read: "
                       "posted_at left null");
  }
}

void build_comments(const PageIndex& index, const std::vector<RecordFields>& records,
                    const std::optional<DateTime>& page_date, CommentThread& thread) {
  std::vector<std::optional<std::size_t>> parents = find_reply_parents(index, records);
  std::optional<int> last_printed_year;
  for (std::size_t k = 0; k < records.size(); ++k) {
    const RecordFields& record = records[k];
    Comment comment;
    comment.id = "c" + std::to_string(k + 1);
    comment.author = record.author;
    comment.text = record.text;
    comment.truncated = record.truncated;
    date_comment(record, page_date, last_printed_year, comment, thread.warnings);
    if (parents[k]) comment.parent = "c" + std::to_string(*parents[k] + 1);
    thread.item_nodes.push_back(record.node);
    thread.comments.push_back(std::move(comment));
  }
  if (records.empty()) return;
  // The section: the nearest element holding every comment.
  const HtmlTree& tree = index.tree;
  std::size_t section = tree.nodes[records.front().node].parent;
  while (section != kNoNode && !tree.contains(section, records.back().node))
    section = tree.nodes[section].parent;
  thread.section = section;
}

// The thread's records with the answers found inside them, each comment once: a record that
// holds answers is read again without them, so that its text and date are its own.
std::vector<RecordFields> with_answers(const RecordReader& reader, ThreadRecords thread) {
  if (thread.answers.empty()) return std::move(thread.records);
  std::vector<RecordFields> out;
  std::size_t next = 0;  // the first answer not yet placed
  for (RecordFields& record : thread.records) {
    std::vector<std::size_t> inside;
    for (const RecordFields& answer : thread.answers)
      if (record.holds(answer.node)) inside.push_back(answer.node);
    if (!inside.empty()) {
      RecordFields again = reader.read(record.node, record.end, std::move(inside));
      if (again.valid) record = std::move(again);
    }
    out.push_back(std::move(record));
  }
  for (; next < thread.answers.size(); ++next) out.push_back(std::move(thread.answers[next]));
  std::sort(out.begin(), out.end(),
            [](const RecordFields& a, const RecordFields& b) { return a.node < b.node; });
  return out;
}

}  // namespace

CommentThread find_comment_thread(const HtmlTree& tree, std::optional<DateTime> page_date) {
  CommentThread thread;
  if (tree.nodes.empty()) return thread;
  const PageIndex index(tree);
  WorkBudget budget(tree.nodes.size() * kWorkPerNode + 10000);
  const RecordReader reader(index, page_date, budget);
  std::vector<RecordFields> records;
  for (std::size_t candidate : candidate_records(index)) {
    if (budget.exhausted()) break;
    RecordFields fields = reader.read(candidate);
    if (fields.valid) records.push_back(std::move(fields));
  }
  for (const SiblingRun& run : sibling_runs(index)) {
    if (budget.exhausted()) break;
    RecordFields fields = reader.read(run.node, run.end);
    if (fields.valid) records.push_back(std::move(fields));
  }
  std::stable_sort(records.begin(), records.end(),
                   [](const RecordFields& a, const RecordFields& b) { return a.node < b.node; });
  if (budget.exhausted())
    thread.warnings.push_back("the page is too large or too deeply nested: the comment "
                              "search stopped early");
  build_comments(index, with_answers(reader, choose_thread_records(index, std::move(records))),
                 page_date, thread);
  return thread;
}

}  // namespace palabre
