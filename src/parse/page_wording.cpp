// Each test folds at most a short line or a line's first bytes: these run on every line of
// every page, and article paragraphs are long.
#include "palabre/parse/page_wording.hpp"

#include <algorithm>
#include <array>

#include "palabre/text/utf8.hpp"

namespace palabre {
namespace {

constexpr std::size_t kMaxUiLineBytes = 60;  // buttons and counters are short

// Lines that are buttons, counters or links around comments (compared folded).
constexpr std::array<std::string_view, 24> kUiLines = {
    "signaler", "signaler un abus", "signaler ce commentaire", "signaler un contenu",
    "repondre", "reagir", "j'aime", "je n'aime pas", "j'aime pas", "partager", "citer",
    "alerter", "modifier", "supprimer", "masquer", "afficher", "voir la reponse",
    "masquer les reponses", "afficher les reponses", "voir les reponses", "reponse",
    "+1", "-1", "recommander"};

// Lines that say "the site cut this comment": dropped, and the comment marked truncated.
constexpr std::array<std::string_view, 14> kContinuationLines = {
    "lire la suite", "lire plus", "voir plus", "afficher la suite", "read more", "show more",
    "weiterlesen", "mehr anzeigen", "leer mas", "ver mas", "leggi tutto", "continua a leggere",
    "lees meer", "ler mais"};

// fold(text), or enough of its start to compare with prefixes of up to `bytes` bytes:
// folding goes code point by code point, so the fold of a prefix starts the fold of the
// text; article paragraphs are long, and only their first words are compared.
std::string folded_start(std::string_view text, std::size_t bytes) {
  std::string_view prefix = utf8_prefix(text, 2 * bytes);
  std::string folded = fold(prefix);
  if (folded.size() < bytes && prefix.size() < text.size()) return fold(text);
  return folded;
}

template <std::size_t N>
bool folded_in(std::string_view folded, const std::array<std::string_view, N>& table) {
  return std::ranges::find(table, folded) != table.end();
}

// "(Crédits : Jason Lee)" → "Jason Lee"; "(source ARTE)" → "ARTE"; "(avec AFP)" → "AFP".
std::optional<std::string> match_labelled_line(std::string_view line,
                                               std::initializer_list<std::string_view> labels) {
  std::string_view body = trim(line);
  bool parenthesised = body.size() > 2 && body.front() == '(' && body.back() == ')';
  if (parenthesised) body = trim(body.substr(1, body.size() - 2));
  std::string folded = folded_start(body, 16);  // the longest label is 12 bytes
  for (std::string_view label : labels) {
    if (!folded.starts_with(label)) continue;
    // Folding keeps byte lengths for these ASCII-or-accented labels only approximately:
    // cut the original at the first ':' or after the label's word count instead.
    std::size_t colon = body.find(':');
    std::string_view value;
    if (colon != std::string_view::npos && colon < 30) {
      value = trim(body.substr(colon + 1));
    } else if (parenthesised) {
      std::size_t space = body.find(' ');
      if (space == std::string_view::npos) continue;
      value = trim(body.substr(space + 1));
    } else {
      continue;
    }
    if (!value.empty() && count_code_points(value) <= 80) return std::string(value);
  }
  return std::nullopt;
}

}  // namespace

bool is_ui_line(std::string_view line) {
  line = trim(line);
  if (line.size() > kMaxUiLineBytes) return false;
  std::string folded = fold(line);
  if (folded_in(folded, kUiLines)) return true;
  // "Voir les 3 réponses", "Afficher 12 réponses", "3 réponses", "12 J'aime"
  std::string words;
  bool has_digit = false;
  for (char c : folded) {
    if (c >= '0' && c <= '9') has_digit = true;
    else words += c;
  }
  if (!has_digit) return false;
  std::string_view w = trim(words);
  return w == "voir les  reponses" || w == "afficher les  reponses" || w == "afficher  reponses" ||
         w == "reponses" || w == "reponse" || w == "j'aime" || w == "" || w == "+" || w == "-";
}

bool looks_truncated(std::string_view text) {
  text = trim(text);
  if (text.ends_with("…") || text.ends_with("[…]") || text.ends_with("[...]") ||
      text.ends_with("(...)") || text.ends_with("(…)"))
    return !text.ends_with("……");
  if (text.ends_with("...")) return !text.ends_with("....");
  return false;
}

bool is_continuation_line(std::string_view line) {
  line = trim(line);
  if (line.size() > kMaxUiLineBytes) return false;
  std::string folded = fold(line);
  // "Lire la suite…", "Read more »": trailing dots, spaces and symbols go.
  while (!folded.empty() && (folded.back() == '.' || folded.back() == ' ' ||
                             static_cast<unsigned char>(folded.back()) >= 0x80))
    folded.pop_back();
  return folded_in(folded, kContinuationLines);
}

std::optional<std::string> match_credits_line(std::string_view line) {
  return match_labelled_line(line, {"credits", "credit photo", "credit"});
}

std::optional<std::string> match_attribution_line(std::string_view line) {
  std::string_view body = trim(line);
  if (!(body.size() > 2 && body.front() == '(' && body.back() == ')')) return std::nullopt;
  return match_labelled_line(line, {"source", "avec"});
}

bool is_related_link_line(std::string_view line) {
  std::string folded = folded_start(trim(line), 16);  // the longest start is 16 bytes
  return folded.starts_with("lire aussi") || folded.starts_with("a lire aussi") ||
         folded.starts_with("voir aussi") || folded.starts_with("a lire egalement");
}

}  // namespace palabre
