// The unit every analysis step works on: one token of a comment with its span.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string_view>

namespace palabre {

enum class TokenKind : std::uint8_t {
  kWord,     // letters, possibly with digits: "artisans", "aujourd'hui", "4G"
  kNumber,   // "2.000", "800", "2.0", "1,5"
  kUrl,      // "https://…", "www.x.fr", "alibaba.com"
  kEmoji,    // a pictograph or symbol, with its modifiers
  kElision,  // an elided article or pronoun: "l'", "d’", or "d" typed for "d'" in "d un"
};

std::string_view token_kind_name(TokenKind kind);

// Token::word when the token has no entry in the memo: numbers, emoji, a stand-in for an
// article subject the analyser gives no word (a link has its site name's entry).
inline constexpr std::uint32_t kNoWordId = 0xffffffff;

struct Token {
  // The three forms are views: into the analysed text, or into the worker's memo (valid
  // until it forgets its spellings: analyze/word_memo.hpp).
  std::string_view surface;        // the text as written, a view into the analysed text
  std::string_view folded;         // lowercase, no accents; for a URL its site name ("alibaba")
  std::string_view stem;           // Snowball stem (the comment's language) of the lowercase word, folded
  TokenKind kind = TokenKind::kWord;
  // The memo entry of this spelling (words and elisions; analyze/word_memo.hpp), where
  // later stages keep what they derive from the forms per spelling instead of per token.
  std::uint32_t word = kNoWordId;
  std::size_t start = 0, end = 0;  // code-point offsets into the text: [start, end)
  std::size_t byte_start = 0, byte_end = 0;
  // Languages whose function words include this word (FunctionWordIndex bits).
  std::uint32_t function_word_languages = 0;
  bool stopword = false;           // function words and elisions: skipped by theme terms
  bool generic = false;            // too common to say anything alone ("temps", "people")
  bool proper_noun = false;        // the language writes it capitalised ("France")
  bool after_hyphen = false;       // written joined to the previous token: "chez-nous"
  bool from_article = false;       // stands for the article's subject ("ce pays" → "Chine")
};

}  // namespace palabre
