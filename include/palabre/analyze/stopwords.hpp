// French stopwords (data/stopwords/fr.txt, embedded), compared on the folded form.
#pragma once

#include <string>
#include <string_view>
#include <unordered_set>

namespace palabre {

class Stopwords {
 public:
  // Reads one word per line; '#' starts a comment.
  explicit Stopwords(std::string_view list);
  static Stopwords french();  // the embedded list

  bool contains(std::string_view folded_word) const;
  std::size_t size() const { return words_.size(); }

 private:
  std::unordered_set<std::string> words_;
};

}  // namespace palabre
