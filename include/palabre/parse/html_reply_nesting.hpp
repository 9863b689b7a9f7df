// Which comment each record of a thread answers: by DOM nesting, a block of answers placed
// after the comment, printed depth classes, or a reply marker on the record. Takes the
// thread's records in page order; gives, for each, the index of its parent record or nullopt
// for a top-level comment. A parent always comes before its reply.
#pragma once

#include <cstddef>
#include <optional>
#include <vector>

#include "palabre/parse/html_page_index.hpp"
#include "palabre/parse/html_record.hpp"

namespace palabre {

std::vector<std::optional<std::size_t>> find_reply_parents(const PageIndex& index,
                                                           const std::vector<RecordFields>& records);

}  // namespace palabre
