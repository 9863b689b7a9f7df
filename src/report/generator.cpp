#include "palabre/report/generator.hpp"

namespace palabre {

void write_generator_json(JsonWriter& json, const Generator& generator) {
  json.begin_object()
      .member("name", "palabre")
      .member("version", generator.version);
  if (!generator.themes.empty()) json.member("themes", generator.themes);
  json.end_object();
}

}  // namespace palabre
