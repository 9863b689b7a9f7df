// Verb inflection for theme terms. Snowball stemmers leave many verb forms apart from their
// infinitive (French "vendre" → vendr, "vendons" → vendon, "vendu" → vendu), so a term
// written as an infinitive would miss the conjugated text. Theme compilation asks this
// module for the regular forms of such a term's verb, by the rules of the term's language
// (Language::verb_rules, data/lang/<code>/language.json), and adds their stems as
// alternatives; comment text is never touched.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "palabre/lang/language.hpp"

namespace palabre {

// The forms `rules` give a folded infinitive ("vendre" → "vendons", "vendent", "vendu",
// "vendait", "vendra", …), folded; nothing for a word no rule matches (French: -ir verbs,
// which the stemmer already joins, -indre verbs, radicals under three letters).
std::vector<std::string> verb_forms(std::string_view folded_infinitive,
                                    const std::vector<VerbRule>& rules);

}  // namespace palabre
