// French verb inflection for theme terms. Snowball's French stemmer leaves many verb forms
// apart from their infinitive ("vendre" → vendr, "vendons" → vendon, "vendu" → vendu;
// "occupent" → occupent, "occuper" → occup), so a term written as an infinitive would miss
// the conjugated text. Theme compilation asks this module for the regular forms of such a
// term's verb and adds their stems as alternatives; comment text is never touched.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace palabre {

// The present, imperfect, future, conditional, participle and imperative forms of a French
// infinitive given folded ("vendre", "ceder", "interdire"), also folded: "vendons",
// "vendent", "vendu", "vendait", "vendra", … Regular first-group (-er) and -re verbs
// (-dre, -ire, -prendre) and a few common irregular verbs (faire, mettre); nothing for other
// words, for -ir verbs (the stemmer already joins "finissons" and "finir") or when the
// radical has fewer than three letters ("mer", "fer" are nouns, not verbs).
// The present participle (-ant) is left out: it is too often a noun of its own ("enfant").
std::vector<std::string> verb_forms(std::string_view folded_infinitive);

}  // namespace palabre
