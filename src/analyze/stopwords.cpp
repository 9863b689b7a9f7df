#include "palabre/analyze/stopwords.hpp"

#include "palabre/data.hpp"
#include "palabre/text/utf8.hpp"

namespace palabre {

Stopwords::Stopwords(std::string_view list) {
  std::size_t start = 0;
  while (start < list.size()) {
    std::size_t end = list.find('\n', start);
    if (end == std::string_view::npos) end = list.size();
    std::string_view line = list.substr(start, end - start);
    if (std::size_t hash = line.find('#'); hash != std::string_view::npos) line = line.substr(0, hash);
    line = trim(line);
    if (!line.empty()) words_.insert(fold(line));
    start = end + 1;
  }
}

Stopwords Stopwords::french() { return Stopwords(embedded_data("data/stopwords/fr.txt")); }

bool Stopwords::contains(std::string_view folded_word) const {
  return words_.count(std::string(folded_word)) > 0;
}

}  // namespace palabre
