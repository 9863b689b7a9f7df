// The short lines around a comment that say who wrote it and when, read from their content:
// "Marek on March 12, 2022 at 10:02 pm said:", "Posté par Ginette, 12 octobre 2011 à 18:04",
// "28 janvier 2020 11:42, par Jean-Pierre", "Guadalupe Ortiz dijo:", "Heike S. am
// 27.04.2016 um 18:12 Uhr". Takes one line of text; gives the name and the date as shown.
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "palabre/parse/dates.hpp"

namespace palabre {

struct Byline {
  std::optional<std::string> author;     // as shown, without lead or verb
  std::optional<std::string> date_text;  // the date as shown
  std::optional<DateTime> date;
  bool is_reply = false;   // "Réponse de X …", "In reply to …"
  bool names_parent = false;  // "In reply to X", "En réponse à X": X wrote the parent
  bool labelled = false;      // "Joined: <date>": a field's label, not a writer, before the date
};

// Reads a line holding a date and maybe a name around it, or a name with a lead ("Posté par
// X", "Posted by X") or a speech verb ("X a dit…", "X dijo:", "X said...") and no date.
// A date without a year takes `default_year`. nullopt when the line is neither.
std::optional<Byline> read_byline(std::string_view line, std::optional<int> default_year);

// A person's name as shown, without the lead ("Par", "Posted by", "von") or the speech verb
// ("says:", "a dit…", "dijo") around it; names keep commas, "|", quotes, digits ("Smith,
// John", "Kate | Friends of the Park", "Bill \"Bandstand\" O'Reilly", "kiki75"). nullopt
// when what is left is no name: empty, longer than a name, a button or counter, a date.
// `strict` (for text not marked as a name) also refuses sentences ("Merci pour tout.").
std::optional<std::string> clean_person_name(std::string_view raw, bool strict);

// A label that names the comment's own date ("Posté le :", "Posted:", "Datum:"), not a
// field of the writer's profile ("Joined:", "Registriert:", "Inscrit le :").
bool is_posting_label(std::string_view label);

// Buttons, links and counters set around comments ("Reply", "Répondre", "Antworten",
// "Rispondi", "12 J'aime"), in the languages palabre reads: never a name or a text.
bool is_interface_text(std::string_view line);

}  // namespace palabre
