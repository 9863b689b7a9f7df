// CLD2 scores quadgrams of letters against per-language tables; it needs no setup and its
// tables are compiled into the library. Its simplest entry points answer ENGLISH when they
// cannot tell, so the extended one (which answers UNKNOWN_LANGUAGE) is used.
#include "palabre/lang/identify.hpp"

#include <cstdio>  // compact_lang_det.h uses FILE without including it
#include <cld2/public/compact_lang_det.h>
#include <cld2/public/encodings.h>

namespace palabre {
namespace {

// The longest prefix of `text` of at most `max_bytes` that does not cut a UTF-8 sequence.
std::string_view prefix_at_boundary(std::string_view text, std::size_t max_bytes) {
  if (text.size() <= max_bytes) return text;
  std::size_t end = max_bytes;
  while (end > 0 && (static_cast<unsigned char>(text[end]) & 0xC0) == 0x80) --end;
  return text.substr(0, end);
}

}  // namespace

LanguageGuess identify_language(std::string_view text, std::string_view hint,
                                std::size_t max_bytes) {
  const std::string_view sample = prefix_at_boundary(text, max_bytes);
  const std::string hint_code(hint);
  CLD2::CLDHints hints{nullptr, nullptr, CLD2::UNKNOWN_ENCODING,
                       hint.empty() ? CLD2::UNKNOWN_LANGUAGE
                                    : CLD2::GetLanguageFromName(hint_code.c_str())};
  CLD2::Language top3[3];
  int percent3[3];
  double scores3[3];
  int text_bytes = 0;
  bool reliable = false;
  const CLD2::Language language = CLD2::ExtDetectLanguageSummary(
      sample.data(), static_cast<int>(sample.size()), /*is_plain_text=*/true, &hints,
      /*flags=*/0, top3, percent3, scores3, /*resultchunkvector=*/nullptr, &text_bytes, &reliable);
  LanguageGuess guess;
  if (language == CLD2::UNKNOWN_LANGUAGE || language == CLD2::TG_UNKNOWN_LANGUAGE) return guess;
  std::string code = CLD2::LanguageCode(language);
  guess.code = code.substr(0, code.find('-'));  // "zh-Hant" → "zh"
  guess.reliable = reliable;
  return guess;
}

}  // namespace palabre
