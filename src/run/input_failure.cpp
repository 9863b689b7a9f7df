#include "palabre/run/input_failure.hpp"

#include <new>

#include "palabre/error.hpp"
#include "palabre/text/utf8.hpp"

namespace palabre {
namespace {

// The error message without the path the record already names.
std::string message_for(const Error& error, const std::string& path) {
  std::string message = error.describe();
  if (message.starts_with(path + ": ")) message.erase(0, path.size() + 2);
  return sanitize_utf8(message);
}

}  // namespace

std::string capture_input_failure(const std::string& path, const std::function<void()>& step) {
  try {
    step();
    return "";
  } catch (const Error& error) {
    if (error.kind() != ErrorKind::kInput) throw;
    return message_for(error, path);
  } catch (const std::bad_alloc&) {
    // By now unwinding has freed what the page held, so the run can go on with the others.
    return "out of memory while reading and analysing this input: it did not fit in the memory "
           "left (fewer --jobs leave more to each page; a lower --max-bytes refuses such pages "
           "before reading them)";
  } catch (const std::exception& error) {
    // One odd page must not cost the other 19,999 their results.
    return sanitize_utf8(std::string("internal error: ") + error.what());
  }
}

}  // namespace palabre
