// Reads palabre's own palabre.thread/1 records back, so that scripts can build threads from
// any source. Only comments[].text is required; every other field may be missing.
#pragma once

#include <string>
#include <string_view>

#include "palabre/record.hpp"

namespace palabre {

// Parses one palabre.thread/1 JSON document. Throws Error(kInput, path, …) naming the bad
// field when the document is not JSON or lacks comments[].text.
Thread parse_json_page(std::string_view text, const std::string& path);

}  // namespace palabre
