// The scheduling itself is a template (pool.hpp) so that jobs and results stay plain typed
// values; only the default worker count lives here.
#include "palabre/batch/pool.hpp"

namespace palabre {

std::size_t default_worker_count() {
  // hardware_concurrency() may return 0 when it cannot tell.
  return std::max<std::size_t>(1, std::thread::hardware_concurrency());
}

std::size_t max_worker_count() { return 4 * default_worker_count(); }

}  // namespace palabre
