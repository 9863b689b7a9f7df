#include "palabre/analyze/analyzer.hpp"

#include <algorithm>
#include <optional>

#include "palabre/analyze/tokenizer.hpp"
#include "palabre/text/utf8.hpp"

namespace palabre {
namespace {

// "alibaba.com" → "alibaba", "https://www.amazon.fr/x" → "amazon": the site's own name,
// which is what theme terms name.
std::string site_name(std::string_view folded_url) {
  std::string_view host = folded_url;
  if (std::size_t scheme = host.find("://"); scheme != std::string_view::npos)
    host = host.substr(scheme + 3);
  host = host.substr(0, host.find_first_of("/?#:"));
  if (host.starts_with("www.")) host.remove_prefix(4);
  std::size_t last_dot = host.rfind('.');
  if (last_dot == std::string_view::npos) return std::string(host);
  std::string_view without_tld = host.substr(0, last_dot);
  std::size_t previous_dot = without_tld.rfind('.');
  return std::string(previous_dot == std::string_view::npos ? without_tld
                                                            : without_tld.substr(previous_dot + 1));
}

}  // namespace

Analyzer::Analyzer(std::shared_ptr<const Language> language, const FunctionWordIndex* function_words,
                   WordMemo* memo)
    : language_(std::move(language)),
      function_words_(function_words),
      elisions_{language_->elisions, language_->spaced_elisions},
      stemmer_(language_->snowball),
      own_memo_(memo ? nullptr : std::make_unique<WordMemo>()),
      memo_(memo ? memo : own_memo_.get()),
      memo_language_(memo_->add_language()) {
  for (const std::string& word : language_->generic_words) generic_words_.insert(word);
}

// By spelling, not by stem: a stem joins derived words too ("trabajo", "trabajadores"), and
// the frequency list holds the frequent inflections ("jour", "jours") itself.
bool Analyzer::is_generic(std::string_view folded) const {
  return !language_->proper_nouns.contains(folded) && generic_words_.contains(folded);
}

// Fold, stopword lookup and Snowball stemming run once per spelling: most tokens repeat a
// word already seen.
std::uint32_t Analyzer::word_forms(std::string_view surface) {
  if (std::optional<std::uint32_t> known = memo_->find(memo_language_, surface)) return *known;
  WordMemo::Forms forms;
  std::string folded = fold(surface);
  forms.folded = memo_->keep(folded);
  forms.stopword = language_->stopwords.contains(folded);
  const std::string_view stem = stemmer_.stem(to_lower(surface));
  forms.stem = stem == folded ? forms.folded : memo_->keep(stem);
  forms.proper_noun = language_->proper_nouns.contains(folded);
  forms.generic = !forms.stopword && is_generic(forms.folded);
  if (function_words_) forms.function_word_languages = function_words_->languages_of(forms.folded);
  return memo_->add(memo_language_, surface, forms);
}

std::vector<Token> Analyzer::analyze(std::string_view text) {
  std::vector<Token> tokens = tokenize(text, elisions_);
  for (Token& token : tokens) {
    switch (token.kind) {
      case TokenKind::kWord: {
        token.word = word_forms(token.surface);
        const WordMemo::Forms& forms = memo_->forms(token.word);
        token.folded = forms.folded;
        token.stopword = forms.stopword;
        token.stem = forms.stem;
        token.generic = forms.generic;
        token.proper_noun = forms.proper_noun;
        token.function_word_languages = forms.function_word_languages;
        break;
      }
      case TokenKind::kUrl: {
        // The site's name, analysed as the word it is: "alibaba.com" meets "Alibaba".
        const std::string site = site_name(fold(token.surface));
        token.word = word_forms(site);
        token.folded = memo_->forms(token.word).folded;
        token.stem = memo_->forms(token.word).stem;
        token.proper_noun = true;
        break;
      }
      case TokenKind::kElision:
        // The memo's folded form is fold(surface), as for a word.
        token.word = word_forms(token.surface);
        token.folded = memo_->forms(token.word).folded;
        token.stem = token.folded;
        token.stopword = true;
        token.function_word_languages = memo_->forms(token.word).function_word_languages;
        break;
      case TokenKind::kNumber:
      case TokenKind::kEmoji:
        token.folded = token.surface;
        token.stem = token.folded;
        break;
    }
  }
  return tokens;
}

}  // namespace palabre
