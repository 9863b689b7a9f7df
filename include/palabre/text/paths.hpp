// Text utilities, file names: a path as the system gives it (any bytes) → the string a
// record or a diagnostic shows, so that a report stays valid UTF-8 and a stderr line stays
// one line whatever the file is called.
#pragma once

#include <string>
#include <string_view>

namespace palabre {

// A raw path as it goes into a record: valid UTF-8 (bad bytes become U+FFFD).
std::string path_for_record(std::string_view raw);
// A raw path as it goes on a stderr line: valid UTF-8 with control characters (a newline
// in a file name) written as \n, \t or \xNN, so that one diagnostic stays one line.
std::string path_for_terminal(std::string_view raw);

}  // namespace palabre
