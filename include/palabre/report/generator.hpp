// Report stage, provenance: which palabre wrote a JSON output, and with which theme set,
// so that a script can tell apart outputs that cannot be compared. The JSON documents for
// readers (a thread record, a JSON line per thread, a corpus document, eval's result)
// carry it as
//   "generator": {"name": "palabre", "version": "0.1.0", "themes": "…"}
// right after "schema"; "themes" (the theme set's fingerprint) only where themes tagged.
#pragma once

#include <string>

#include "palabre/report/json_writer.hpp"
#include "palabre/version.hpp"

namespace palabre {

// Generator{} is this build of palabre.
struct Generator {
  std::string version = kVersion;
  std::string themes;  // ThemeSet::fingerprint of the themes that tagged; empty: none did
};

// {"name": "palabre", "version": …} as the value of the key just written.
void write_generator_json(JsonWriter& json, const Generator& generator);

}  // namespace palabre
