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
  std::size_t node = kNoNode;  // the element holding the record
  std::size_t author_node = kNoNode;
  std::size_t date_node = kNoNode;
  std::size_t body_node = kNoNode;
  std::optional<std::string> author;
  std::optional<std::string> machine_date;  // normalized, offset kept
  std::optional<std::string> date_text;     // as shown
  std::vector<std::size_t> body_blocks;  // when body_node is the record: its paragraphs
  std::string text;
  bool truncated = false;
  bool valid = false;  // has the shape of a comment: a text, and a date or a marked author

  bool has_date() const { return machine_date || date_text; }
};

class RecordReader {
 public:
  // `page_date` completes yearless dates and anchors relative ones while looking for dates.
  RecordReader(const PageIndex& index, std::optional<DateTime> page_date, WorkBudget& budget)
      : index_(index), page_date_(page_date), budget_(budget) {}

  // Reads the record held by element `node`; fields.valid says whether it is one.
  RecordFields read(std::size_t node) const;

  // Is node j, inside record `record`, one of the record's nested replies (same kind)?
  bool is_nested_record(std::size_t record, std::size_t j) const;

 private:
  struct Parts;
  struct LineAround {
    std::string text;
    std::size_t container;
    bool whole;
  };
  bool collect_parts(std::size_t record, Parts& parts, RecordFields& fields) const;
  void read_marked_author(std::size_t record, const Parts& parts, RecordFields& fields) const;
  void read_shown_date(std::size_t record, const Parts& parts, RecordFields& fields) const;
  bool try_date_text(std::size_t record, std::size_t j, std::string_view raw,
                     RecordFields& fields) const;
  bool try_comment_header(std::size_t j, const std::string& text, RecordFields& fields) const;
  LineAround line_around(std::size_t record, std::size_t j) const;
  std::size_t element_with_text(std::size_t container, const std::string& text) const;
  void read_introduced_author(const Parts& parts, RecordFields& fields) const;
  void choose_body(std::size_t record, const Parts& parts, RecordFields& fields) const;
  std::size_t content_body(std::size_t record, const Parts& parts, RecordFields& fields) const;
  void read_body_text(std::size_t record, RecordFields& fields) const;
  void read_bold_author(const Parts& parts, RecordFields& fields) const;
  void read_name_near_date(std::size_t record, const Parts& parts, RecordFields& fields) const;
  void read_machine_date(std::size_t j, RecordFields& fields) const;
  bool is_continuation_link(std::size_t j) const;
  std::string text_without(std::size_t root, std::size_t record, std::size_t left_out_a,
                           std::size_t left_out_b, bool* cut) const;
  bool judge(const RecordFields& fields) const;

  const PageIndex& index_;
  std::optional<DateTime> page_date_;
  WorkBudget& budget_;
};

}  // namespace palabre
