// The language of a thread and of each comment. The thread's comes from CLD2 on a sample of
// the article (the page's declared language breaks a tie), else from its first comments. A
// comment is in the thread's language when it is too short to tell otherwise, or when its
// function words are mostly the thread language's; only the others go to CLD2, which is
// costly per byte. Takes text and tokens; gives ISO 639-1 codes.
#pragma once

#include <array>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "palabre/analyze/token.hpp"
#include "palabre/lang/language.hpp"
#include "palabre/record.hpp"

namespace palabre {

struct LanguageRules {
  std::size_t sample_bytes = 512;      // what CLD2 reads of an article or a comment
  std::size_t min_words = 5;           // shorter comments take the thread's language
  double min_function_share = 0.10;    // of a comment's words, for the function-word test
  std::size_t min_function_words = 2;
  std::size_t long_text_bytes = 200;   // from here on CLD2's verdict outweighs function words
};

class LanguageChooser {
 public:
  explicit LanguageChooser(const FunctionWordIndex& function_words, LanguageRules rules = {});

  // The thread's language from its article (and the code it declares, if any); empty when
  // the article says too little, then from `comment_sample` (the first comments' text).
  std::optional<std::string> thread_language(const Article& article,
                                             std::string_view comment_sample = {}) const;

  // The language of one comment. `tokens` are its tokens as the thread language's analyser
  // made them (only their function-word languages are read); `thread` may be empty.
  std::optional<std::string> comment_language(std::string_view text,
                                              const std::vector<Token>& tokens,
                                              const std::optional<std::string>& thread) const;

 private:
  struct FunctionWordCounts {
    std::size_t words = 0;   // words looked at
    std::size_t thread = 0;  // function words of the thread's language
    std::size_t best = 0;    // of the language with the most
    std::string best_code;
    std::array<std::size_t, FunctionWordIndex::kMaxLanguages> by_language{};
  };
  // Counts over the masks `masks` hands to its callback (FunctionWordIndex bits).
  template <typename Masks>
  FunctionWordCounts tally(const Masks& masks, const std::optional<std::string>& thread) const;
  FunctionWordCounts count_in_text(std::string_view text) const;
  bool enough(std::size_t count, std::size_t words) const;
  // CLD2 and the function words together, as the file's opening comment says.
  // `counts` of the text's function words, counted here when null (and only if needed).
  std::optional<std::string> decide(std::string_view text, const FunctionWordCounts* counts,
                                    const std::string& hint) const;

  const FunctionWordIndex& function_words_;
  LanguageRules rules_;
};

}  // namespace palabre
