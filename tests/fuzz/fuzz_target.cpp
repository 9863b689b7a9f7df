// One libFuzzer target per entry point: compiled once per target with
// PALABRE_FUZZ_TARGET naming it (see tests/fuzz/CMakeLists.txt).
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "entry_points.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  static const palabre::fuzz::EntryPoint entry = palabre::fuzz::entry_point(PALABRE_FUZZ_TARGET);
  entry(std::string_view(reinterpret_cast<const char*>(data), size));
  return 0;
}
