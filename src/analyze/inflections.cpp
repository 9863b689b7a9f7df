// Endings are appended to the folded radical, so accents that conjugation moves ("céder" →
// "cèdent", "acheter" → "achètent") need no special case: folding already removed them.
// Endings that the stemmer reduces to the infinitive's own stem anyway are harmless
// duplicates; the caller keeps distinct stems only.
#include "palabre/analyze/inflections.hpp"

#include <array>

namespace palabre {
namespace {

constexpr std::size_t kMinRadical = 3;

// Feminine participles are left out: they are often nouns of their own ("entrée", "armée").
constexpr std::array<std::string_view, 20> kFirstGroupEndings = {
    "e",    "es",  "ent",   "ons",  "ez",    "ais",   "ait",     "aient", "ions", "iez",
    "a",    "erai", "era",  "erons", "erez", "eront", "erait",   "eraient", "ai",  "erent"};
// -ger verbs keep an 'e' before a and o: "mangeons", "mangeait".
constexpr std::array<std::string_view, 5> kSoftGEndings = {"eons", "eait", "eais", "eaient", "ea"};
constexpr std::array<std::string_view, 14> kDreEndings = {
    "s", "", "ons", "ez", "ent", "u", "us", "ait", "ais", "aient", "ra", "rait", "ront", "rons"};
// -ire: "interdire" → interdis, interdit, interdisons; "construire" → construisent, construit.
constexpr std::array<std::string_view, 10> kIreEndings = {
    "s", "t", "sons", "sez", "sent", "sait", "saient", "ts", "ra", "rait"};
// -prendre (prendre, entreprendre, apprendre, comprendre), after "pren".
constexpr std::array<std::string_view, 14> kPrendreEndings = {
    "ds", "d", "ons", "ez", "nent", "ait", "aient", "ne", "dra", "drait", "dront",
    "ant", "ions", "iez"};

struct Irregular {
  std::string_view infinitive;
  std::array<std::string_view, 12> forms;
};
constexpr std::array<Irregular, 2> kIrregular = {{
    {"faire", {"fais", "fait", "faisons", "faites", "font", "faisait", "faisaient", "fera",
               "ferait", "feront", "ferons", "faits"}},
    {"mettre", {"mets", "met", "mettons", "mettez", "mettent", "mettait", "mis", "mettaient",
                "mettions", "mettra", "mettrait", "mettront"}},
}};

template <std::size_t N>
void append(std::vector<std::string>& forms, std::string_view radical,
            const std::array<std::string_view, N>& endings) {
  for (std::string_view ending : endings) forms.push_back(std::string(radical) + std::string(ending));
}

}  // namespace

std::vector<std::string> verb_forms(std::string_view word) {
  std::vector<std::string> forms;
  for (const Irregular& verb : kIrregular) {
    if (word.ends_with(verb.infinitive)) {
      std::string_view prefix = word.substr(0, word.size() - verb.infinitive.size());
      for (std::string_view form : verb.forms) forms.push_back(std::string(prefix) + std::string(form));
      return forms;
    }
  }
  if (word.ends_with("prendre")) {
    std::string radical(word.substr(0, word.size() - 3));  // "pren"
    append(forms, radical, kPrendreEndings);
    // Not "prise": "entreprise", "surprise" and "reprise" are nouns first.
    forms.push_back(std::string(word.substr(0, word.size() - 7)) + "pris");
    return forms;
  }
  if (word.size() < kMinRadical + 2) return forms;
  std::string_view radical = word.substr(0, word.size() - 2);
  if (word.ends_with("er")) {
    append(forms, radical, kFirstGroupEndings);
    if (radical.ends_with('g')) append(forms, radical, kSoftGEndings);
  } else if (word.ends_with("dre") && !word.ends_with("indre")) {
    append(forms, radical, kDreEndings);
  } else if (word.ends_with("ire")) {
    append(forms, radical, kIreEndings);
  }
  return forms;
}

}  // namespace palabre
