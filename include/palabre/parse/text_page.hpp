// The plain-text page parser: a page copied from a browser as text (title, lede, body,
// "Commentaires N", then comment headers, UI lines and texts) → a Thread.
// Comment headers and UI lines come from small tables (text_page.cpp), not from one site.
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "palabre/parse/dates.hpp"
#include "palabre/record.hpp"

namespace palabre {

struct CommentHeader {
  std::optional<std::string> author;  // nullopt when the page shows none
  std::string date_text;              // the date as printed, e.g. "02/01/2019 à 11:54"
  std::optional<DateTime> date;       // nullopt when printed without a year and none is known
  bool is_reply = false;              // "Réponse de X le …"
};

// Recognises one comment header line: "X a écrit le 02/01/2019 à 11:54", "à écrit le …"
// (no author), "X le 2 janvier 2019 à 11 h 54", "X, le …", "Réponse de X le …",
// "Posté par X le …". `default_year` completes dates printed without a year.
std::optional<CommentHeader> match_comment_header(std::string_view line,
                                                  std::optional<int> default_year = {});

// True for the buttons and counters a copied page carries around comments
// ("Signaler", "Répondre", "J'aime", "Voir les 3 réponses", …).
bool is_ui_line(std::string_view line);

// True when the text ends the way a site cuts a comment: exactly "...", "…", "[…]" or
// "Lire la suite". Four dots or more are the writer's own style, not a cut.
bool looks_truncated(std::string_view text);

// Article lines the HTML parser reads the same way: "(Crédits : Jason Lee)" → "Jason Lee",
// "(source ARTE)" → "ARTE", and "Lire aussi …" links that are not article text.
std::optional<std::string> match_credits_line(std::string_view line);
std::optional<std::string> match_attribution_line(std::string_view line);
bool is_related_link_line(std::string_view line);

// Parses a whole text page. `text` must be valid UTF-8. Never throws on odd layouts: what
// cannot be placed is left out of the records and noted in Thread::warnings.
Thread parse_text_page(std::string_view text);

}  // namespace palabre
