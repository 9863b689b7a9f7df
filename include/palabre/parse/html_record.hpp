// One candidate comment record of an HTML page → its fields: author, date (machine-readable
// and as shown), body text, and whether it has the shape of a comment at all. Takes the page
// index and the element holding the record; gives a RecordFields value. Nested records of
// the same kind (replies) and chrome (buttons, titles, avatars) are left out of the fields.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "palabre/parse/dates.hpp"
#include "palabre/parse/html_page_index.hpp"

namespace palabre {

struct RecordFields {
  std::size_t node = kNoNode;  // the element holding the record, or the first of a run
  std::size_t end = 0;         // one past its last node: a subtree, or a run of siblings
  std::size_t author_node = kNoNode;
  std::size_t date_node = kNoNode;
  std::size_t body_node = kNoNode;
  std::optional<std::string> author;
  std::optional<std::string> machine_date;  // normalized, offset kept
  std::optional<std::string> date_text;     // as shown
  std::vector<std::size_t> body_blocks;  // when body_node is the record: its paragraphs
  std::vector<std::size_t> left_out;     // records inside this one, read on their own
  std::string text;
  bool truncated = false;
  bool valid = false;  // has the shape of a comment: a text, and a date or a marked author

  bool has_date() const { return machine_date || date_text; }
  bool is_run(const HtmlTree& tree) const { return end != tree.nodes[node].end; }
  // True when node n lies inside the record (and is not its first node).
  bool holds(std::size_t n) const { return n > node && n < end; }
};

class RecordReader {
 public:
  // `page_date` completes yearless dates and anchors relative ones while looking for dates.
  RecordReader(const PageIndex& index, std::optional<DateTime> page_date, WorkBudget& budget)
      : index_(index), page_date_(page_date), budget_(budget) {}

  // Reads the record held by element `node`; fields.valid says whether it is one.
  RecordFields read(std::size_t node) const;
  // Reads the record made of the nodes [node, end): an element's subtree, or a sibling run
  // (a <dt> and the <dd>s after it); the records at `left_out` (sorted) are read apart.
  RecordFields read(std::size_t node, std::size_t end, std::vector<std::size_t> left_out = {}) const;

 private:
  static constexpr std::size_t kMaxAuthorChars = 60;
  static constexpr std::size_t kMaxDateChars = 120;
  static constexpr std::size_t kMaxIntroducedBytes = 100;  // "Posté par X", "X a dit…": short
  static constexpr std::size_t kMaxIntroducedNodes = 12;   // …in a few inline elements at most
  static constexpr std::size_t kMaxBlockBytes = 4000;  // blocks searched for a date's line

  // The record's own nodes, in document order.
  struct Parts {
    std::vector<std::size_t> author_nodes, body_nodes, texts, elements;
  };
  struct LineAround {
    std::string text;
    std::size_t container;
    bool whole;
  };
  bool inside_link(std::size_t record) const;
  bool collect_parts(Parts& parts, RecordFields& fields) const;
  void read_marked_author(const Parts& parts, RecordFields& fields) const;
  void read_shown_date(const Parts& parts, RecordFields& fields) const;
  bool try_date_text(std::size_t j, std::string_view raw, bool allow_labelled,
                     RecordFields& fields) const;
  bool is_labelled(std::size_t j) const;
  bool try_comment_header(std::size_t j, const std::string& text, RecordFields& fields) const;
  LineAround line_around(const RecordFields& fields, std::size_t j) const;
  std::size_t element_with_text(std::size_t container, const std::string& text) const;
  void read_introduced_author(const Parts& parts, RecordFields& fields) const;
  void choose_body(std::size_t record, const Parts& parts, RecordFields& fields) const;
  std::size_t content_body(std::size_t record, const Parts& parts, RecordFields& fields) const;
  void read_body_text(std::size_t record, RecordFields& fields) const;
  void read_bold_author(const Parts& parts, RecordFields& fields) const;
  void read_name_near_date(std::size_t record, const Parts& parts, RecordFields& fields) const;
  void read_machine_date(std::size_t j, RecordFields& fields) const;
  bool is_continuation_link(std::size_t j) const;
  bool is_nested_record(const RecordFields& fields, std::size_t j) const;
  bool is_title(const RecordFields& fields, std::size_t j) const;
  std::string text_without(std::size_t root, const RecordFields& fields, std::size_t left_out_a,
                           std::size_t left_out_b, bool* cut) const;
  std::string record_text(const RecordFields& fields, bool* cut) const;
  bool judge(const RecordFields& fields) const;

  const PageIndex& index_;
  std::optional<DateTime> page_date_;
  WorkBudget& budget_;
};

}  // namespace palabre
