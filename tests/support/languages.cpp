#include "languages.hpp"

#include <map>
#include <stdexcept>
#include <string>

namespace palabre::test {

std::shared_ptr<const Language> language(std::string_view code) {
  static LanguageCache cache;  // tests are single-threaded
  std::shared_ptr<const Language> found = cache.find(code);
  if (!found) throw std::runtime_error("no language data for " + std::string(code));
  return found;
}

const ElisionRules& french_elisions() {
  static const ElisionRules rules{french()->elisions, french()->spaced_elisions};
  return rules;
}

}  // namespace palabre::test
