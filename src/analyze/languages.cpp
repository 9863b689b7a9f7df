// CLD2 is right on almost every comment of a few lines, and wrong with confidence on some
// one-liners ("En Chine on construit, chez nous on discute." is English to it). Function
// words are the opposite: cheap and robust on short texts, blind to languages without data.
// So a short text whose function words clearly belong to one language goes by them, a
// longer one by CLD2.
#include "palabre/analyze/languages.hpp"

#include <array>
#include <bit>

#include "palabre/lang/identify.hpp"
#include "palabre/text/utf8.hpp"

namespace palabre {
namespace {

std::string article_sample(const Article& article, std::size_t max_bytes) {
  std::string sample;
  auto add = [&](const std::string& text) {
    if (sample.size() >= max_bytes) return;
    if (!sample.empty()) sample += '\n';
    sample += text;
  };
  if (article.title) add(*article.title);
  if (article.lede) add(*article.lede);
  for (const std::string& paragraph : article.paragraphs) add(paragraph);
  return sample;
}

std::size_t count_words(const std::vector<Token>& tokens) {
  std::size_t words = 0;
  for (const Token& token : tokens) words += token.kind == TokenKind::kWord;
  return words;
}

}  // namespace

LanguageChooser::LanguageChooser(const FunctionWordIndex& function_words, LanguageRules rules)
    : function_words_(function_words), rules_(rules) {}

template <typename Masks>
LanguageChooser::FunctionWordCounts LanguageChooser::tally(const Masks& masks,
                                                           const std::optional<std::string>& thread) const {
  std::array<std::size_t, FunctionWordIndex::kMaxLanguages> counts{};
  const std::size_t languages = function_words_.codes().size();
  FunctionWordCounts result;
  masks([&](FunctionWordIndex::Mask mask) {
    ++result.words;
    for (; mask != 0; mask &= mask - 1) ++counts[static_cast<std::size_t>(std::countr_zero(mask))];
  });
  result.by_language = counts;
  for (std::size_t bit = 0; bit < languages; ++bit) {
    const std::string& code = function_words_.codes()[bit];
    if (thread && code == *thread) result.thread = counts[bit];
    if (counts[bit] > result.best) {
      result.best = counts[bit];
      result.best_code = code;
    }
  }
  return result;
}

LanguageChooser::FunctionWordCounts LanguageChooser::count_in_text(std::string_view text) const {
  return tally(
      [&](auto each) {
        std::size_t pos = 0;
        while (pos < text.size()) {
          const std::size_t start = pos;
          const char32_t c = decode_next(text, pos);
          if (!is_letter(c) && !is_apostrophe(c)) continue;
          std::size_t end = pos;
          while (end < text.size()) {
            std::size_t next = end;
            const char32_t d = decode_next(text, next);
            if (!is_letter(d) && !is_apostrophe(d)) break;
            end = next;
          }
          each(function_words_.languages_of(fold(text.substr(start, end - start))));
          pos = end;
        }
      },
      std::nullopt);
}

bool LanguageChooser::enough(std::size_t count, std::size_t words) const {
  return count >= rules_.min_function_words &&
         static_cast<double>(count) >= rules_.min_function_share * static_cast<double>(words);
}

// Function words outvote CLD2 only on a short text, only against a language they know (a
// reliable "pl" stands, whatever Polish words look like French ones) and only clearly.
std::optional<std::string> LanguageChooser::decide(std::string_view text, const FunctionWordCounts* known,
                                                   const std::string& hint) const {
  const LanguageGuess guess = identify_language(text, hint, rules_.sample_bytes);
  // A long text goes by CLD2 alone: its function words need not be counted.
  if (guess.reliable && text.size() >= rules_.long_text_bytes) return guess.code;
  const FunctionWordCounts counts = known ? *known : count_in_text(text);
  const bool voted = enough(counts.best, counts.words);
  if (guess.reliable) {
    const FunctionWordIndex::Mask bit = function_words_.bit_of(guess.code);
    std::size_t guessed = 0;
    for (std::size_t i = 0; i < function_words_.codes().size(); ++i)
      if ((bit >> i) & 1u) guessed = counts.by_language[i];
    // Clearly: function words are shared between related languages ("de", "la", "les").
    const bool outvoted = voted && bit != 0 && counts.best > 2 * guessed;
    if (!outvoted) return guess.code;
  }
  if (voted) return counts.best_code;
  return std::nullopt;
}

std::optional<std::string> LanguageChooser::thread_language(const Article& article,
                                                            std::string_view comment_sample) const {
  std::string sample = article_sample(article, rules_.sample_bytes);
  const std::string declared = article.language.value_or("");
  if (std::optional<std::string> code = decide(sample, nullptr, declared)) return code;
  if (!declared.empty()) return declared;
  sample += '\n';
  sample += comment_sample.substr(0, rules_.sample_bytes);
  if (std::optional<std::string> code = decide(sample, nullptr, {})) return code;
  const LanguageGuess guess = identify_language(sample, {}, rules_.sample_bytes);
  if (!guess.code.empty()) return guess.code;
  return std::nullopt;
}

std::optional<std::string> LanguageChooser::comment_language(
    std::string_view text, const std::vector<Token>& tokens,
    const std::optional<std::string>& thread) const {
  if (thread && count_words(tokens) < rules_.min_words) return thread;
  FunctionWordCounts counts = tally(
      [&](auto each) {
        for (const Token& token : tokens)
          if (token.kind == TokenKind::kWord || token.kind == TokenKind::kElision)
            each(token.function_word_languages);
      },
      thread);
  // The thread's function words at least as many as any other language's: no need to ask.
  if (thread && enough(counts.thread, counts.words) && counts.thread >= counts.best) return thread;
  // Without an analyser for the thread's language, the text's own words are counted.
  if (std::optional<std::string> code = decide(text, tokens.empty() ? nullptr : &counts, thread.value_or("")))
    return code;
  return thread;
}

}  // namespace palabre
