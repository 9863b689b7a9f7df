// The article's subject, for comments that point at it without naming it: "ce pays",
// "là-bas", "les gens de là-bas". The dominant place of the article (title counted three
// times, then lede and body) is found with a gazetteer (data/lang/<code>/places.json, a
// theme file whose themes are places); a comment's references (data/lang/<code>/
// subject-references.txt) are replaced, for tagging only, by a token naming that place,
// marked from_article. Languages without those two files have no resolver.
#pragma once

#include <array>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "palabre/analyze/analyzer.hpp"
#include "palabre/analyze/tagger.hpp"
#include "palabre/analyze/themes.hpp"
#include "palabre/record.hpp"

namespace palabre {

struct ArticleSubject {
  std::string place_id;   // "chine"
  std::string name;       // "Chine": the place's label, which the stand-in token spells
  int mentions = 0;       // weighted count in the article
};

class SubjectResolver {
 public:
  // The resolver of `analyzer`'s language, nullptr when its data has no gazetteer.
  static std::unique_ptr<SubjectResolver> for_language(Analyzer& analyzer);

  // The place the article is about, when one clearly dominates (at least two weighted
  // mentions and more than any other place); nullopt otherwise.
  std::optional<ArticleSubject> find_subject(const Article& article, Analyzer& analyzer) const;

  // Whether `tokens` hold a reference phrase that substitute_references() would replace.
  bool has_references(const std::vector<Token>& tokens) const;

  // Replaces each reference phrase in `tokens` by one token standing for `subject`.
  void substitute_references(std::vector<Token>& tokens, const ArticleSubject& subject,
                             Analyzer& analyzer) const;

 private:
  explicit SubjectResolver(Analyzer& analyzer);

  // The length in tokens of the longest reference phrase starting at tokens[i], or 0.
  std::size_t reference_at(const std::vector<Token>& tokens, std::size_t i) const;

  ThemeSet places_;
  ThemeMatcher matcher_;
  std::vector<std::vector<std::string>> references_;  // folded word sequences
  // What the first words of references_ are like, to rule most tokens out at once.
  std::size_t longest_first_word_ = 0;
  std::array<bool, 256> first_bytes_{};
  bool any_first_word_ = false;  // some phrase starts with an empty word: no ruling out
};

}  // namespace palabre
