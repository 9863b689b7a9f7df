// Data files compiled into the binary at build time (data/ in the source tree).
#pragma once

#include <string_view>

namespace palabre {

// The contents of an embedded data file by its source path, e.g. "data/themes/default.json";
// throws Error(kUsage) for an unknown name.
std::string_view embedded_data(std::string_view name);

}  // namespace palabre
