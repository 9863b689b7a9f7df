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

Analyzer::Analyzer() : stopwords_(Stopwords::french()) {}
Analyzer::Analyzer(Stopwords stopwords) : stopwords_(std::move(stopwords)) {}

std::uint32_t Analyzer::word_forms(std::string_view surface) {
  if (std::optional<std::uint32_t> known = spellings_.find(surface)) return *known;
  WordForms forms;
  std::string folded = fold(surface);
  forms.folded = storage_.store(folded);
  forms.stopword = stopwords_.contains(folded);
  const std::string_view stem = stemmer_.stem(to_lower(surface));
  forms.stem = stem == folded ? forms.folded : storage_.store(stem);
  // Room first, so that once the id is handed out the push_back cannot throw: spellings_
  // and forms_ stay in step. A memo's worth (and the thread that crosses the limit) is
  // reserved at once: doubling up to it kept the old and new arrays alive together at the
  // peak, and left twice the room (issue 7); pages not written stay out of the RSS.
  if (forms_.size() == forms_.capacity())
    forms_.reserve(std::max(kMemoLimit + kMemoLimit / 8, 2 * forms_.capacity()));
  const std::uint32_t id = spellings_.intern(surface);
  forms_.push_back(forms);
  return id;
}

void Analyzer::forget_words() {
  if (forms_.size() < kMemoLimit) return;
  spellings_.clear();
  forms_.clear();
  storage_.clear();
}

std::vector<Token> Analyzer::analyze(std::string_view text) {
  std::vector<Token> tokens = tokenize(text);
  for (Token& token : tokens) {
    switch (token.kind) {
      case TokenKind::kWord: {
        token.word = word_forms(token.surface);
        const WordForms& forms = forms_[token.word];
        token.folded = forms.folded;
        token.stopword = forms.stopword;
        token.stem = forms.stem;
        break;
      }
      case TokenKind::kUrl:
        token.folded = storage_.store(site_name(fold(token.surface)));
        token.stem = token.folded;
        break;
      case TokenKind::kElision:
        // The memo's folded form is fold(surface), as for a word.
        token.word = word_forms(token.surface);
        token.folded = forms_[token.word].folded;
        token.stem = token.folded;
        token.stopword = true;
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
