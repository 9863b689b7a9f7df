// Data files compiled into the binary at build time (data/ in the source tree).
#pragma once

#include <optional>
#include <string_view>
#include <vector>

namespace palabre {

// The contents of an embedded data file by its source path, e.g. "data/themes/default.json";
// throws Error(kUsage) for an unknown name.
std::string_view embedded_data(std::string_view name);

// The same, std::nullopt for an unknown name.
std::optional<std::string_view> find_embedded_data(std::string_view name);

// The source paths of every embedded file, in build order.
std::vector<std::string_view> embedded_data_names();

}  // namespace palabre
