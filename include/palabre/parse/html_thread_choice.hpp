// Which of the page's comment-shaped records are its thread: records are grouped by kind; a
// group whose records each hold one record of another group is the outer form of the same
// comments, a group whose records hold several is a container; of the rest, the group best
// marked, largest and most complete wins. Takes the valid records in page order; gives the
// thread's records in page order (none when no group qualifies).
#pragma once

#include <vector>

#include "palabre/parse/html_page_index.hpp"
#include "palabre/parse/html_record.hpp"

namespace palabre {

std::vector<RecordFields> choose_thread_records(const PageIndex& index,
                                                std::vector<RecordFields> records);

}  // namespace palabre
