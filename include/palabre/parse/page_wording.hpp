// Parse stage, the wording pages share: the lines that every page format carries around an
// article and its comments (buttons, "Lire la suite", credits, "Lire aussi" links), as
// small tables read by the text and HTML parsers alike. Takes one line of valid UTF-8;
// gives what it is. Compared folded (no case, no accents), so "Répondre" is "repondre".
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace palabre {

// True for the buttons and counters around comments ("Signaler", "Répondre", "J'aime",
// "Voir les 3 réponses", "12", …).
bool is_ui_line(std::string_view line);

// True for a link that says the site cut the comment above it ("Lire la suite", "Voir
// plus", trailing dots and spaces allowed): the line is dropped and the comment marked
// truncated.
bool is_continuation_line(std::string_view line);

// True when the text itself ends the way a site cuts a comment: "...", "…", "[…]", "[...]",
// "(...)" or "(…)". Four dots or more ("....", "……") are the writer's own style, not a cut.
bool looks_truncated(std::string_view text);

// Article lines: "(Crédits : Jason Lee)" → "Jason Lee", "(source ARTE)" → "ARTE", and
// "Lire aussi …" links that are not article text.
std::optional<std::string> match_credits_line(std::string_view line);
std::optional<std::string> match_attribution_line(std::string_view line);
bool is_related_link_line(std::string_view line);

}  // namespace palabre
