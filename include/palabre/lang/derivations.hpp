// Derivational families for theme words (analyze stage, theme compilation): takes a folded
// word and a language's series of endings (data/lang/<code>/derivations.txt), gives the
// other words of its family: "creer" → creation, createur, creatrice; "artisan" →
// artisanat, artisanal. Comment text is never derived: only theme words marked '~'.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace palabre {

class DerivationRules {
 public:
  // Parses rules text: one series of endings per line ("er ation ateur"), '-' for the
  // empty ending, '#' comments. A bad line throws Error(kThemes) naming `source` and line.
  static DerivationRules parse(std::string_view text, std::string_view source);

  // The folded word's family, without the word itself, in rule order, each form once:
  // for every series with a non-empty ending the word ends with (leaving a base of at
  // least kMinBase letters), the base with each other ending of that series; and when one
  // of these is the head of its series (its first ending: the verb), the head's own family.
  std::vector<std::string> family(std::string_view folded_word) const;

  std::size_t series_count() const { return series_.size(); }

  static constexpr std::size_t kMinBase = 2;

 private:
  // Calls emit(form, is_head) for each form one series away from `word`.
  template <typename Emit>
  void derive(std::string_view word, Emit&& emit) const;

  std::vector<std::vector<std::string>> series_;
};

}  // namespace palabre
