#include "palabre/analyze/analyzer.hpp"

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

std::vector<Token> Analyzer::analyze(std::string_view text) {
  std::vector<Token> tokens = tokenize(text);
  for (Token& token : tokens) {
    switch (token.kind) {
      case TokenKind::kWord:
        token.folded = fold(token.surface);
        token.stopword = stopwords_.contains(token.folded);
        token.stem = stemmer_.stem(to_lower(token.surface));
        break;
      case TokenKind::kUrl:
        token.folded = site_name(fold(token.surface));
        token.stem = token.folded;
        break;
      case TokenKind::kElision:
        token.folded = fold(token.surface);
        token.stem = token.folded;
        token.stopword = true;
        break;
      case TokenKind::kNumber:
      case TokenKind::kEmoji:
        token.folded = std::string(token.surface);
        token.stem = token.folded;
        break;
    }
  }
  return tokens;
}

}  // namespace palabre
