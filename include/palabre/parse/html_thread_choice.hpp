// Which of the page's comment-shaped records are its thread: records are grouped by kind; a
// group whose records each hold one record of another group is the outer form of the same
// comments — unless those inner records stand apart, with a date of their own (answers
// placed inside the comment they answer); a group whose records hold several is a
// container; of the rest, the group best marked, largest and most complete wins. Takes the
// valid records in page order; gives the thread's records and the answers inside them.
#pragma once

#include <vector>

#include "palabre/parse/html_page_index.hpp"
#include "palabre/parse/html_record.hpp"

namespace palabre {

struct ThreadRecords {
  std::vector<RecordFields> records;  // page order; none when no group qualifies
  std::vector<RecordFields> answers;  // records inside `records` that answer them, page order
};

ThreadRecords choose_thread_records(const PageIndex& index, std::vector<RecordFields> records);

}  // namespace palabre
