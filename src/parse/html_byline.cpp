// A byline is read around its date: the date is found in the line (find_date_in_text); what
// stands before it, once the filler next to the date ("on", "am", "le", a weekday), a speech
// verb ("said", "a dit", "dijo") and a lead ("Posté par", "by") are taken off, is the name;
// a name may also follow the date behind a lead ("…, par Jean-Pierre"). The leads and verbs
// are small tables of common wordings in the languages palabre reads; words are compared
// folded, so "Posté" and "poste" are one. Nothing here names a site.
#include "palabre/parse/html_byline.hpp"

#include <algorithm>
#include <array>
#include <vector>

#include "palabre/parse/html_tree.hpp"
#include "palabre/parse/text_page.hpp"
#include "palabre/text/utf8.hpp"

namespace palabre {
namespace {

constexpr std::size_t kMaxNameChars = 60;
constexpr std::size_t kMaxNameSpaces = 5;
constexpr std::size_t kMaxBylineBytes = 240;

// Words that introduce the writer's name, folded. The one-word leads count only in the
// spellings of kShortLeadSpellings (a capitalised "Di" or "Da" starts an Italian surname).
constexpr auto kLeads = std::to_array<std::string_view>({
    "poste par", "publie par", "ecrit par", "envoye par", "commentaire de", "commentaire par",
    "posted by", "written by", "submitted by", "comment by", "comment from",
    "kommentar von", "geschrieben von", "verfasst von", "beitrag von", "eingereicht von",
    "publicado por", "enviado por", "escrito por", "comentario de", "comentado por",
    "postado por", "comentario por", "scritto da", "inviato da", "pubblicato da",
    "commento di", "commento da", "geplaatst door", "gepost door", "geschreven door",
    "reactie van", "ingezonden door", "ingediend door"});
constexpr auto kShortLeadSpellings = std::to_array<std::string_view>({
    "par", "Par", "by", "By", "von", "Von", "por", "Por", "door", "Door", "di", "da"});

// Leads that say the comment answers another, and who wrote it.
constexpr auto kReplyLeads = std::to_array<std::string_view>({
    "reponse de", "reply from", "reply by", "antwort von", "respuesta de", "risposta di",
    "risposta da", "resposta de", "antwoord van", "reactie op"});

// Lines that name the comment answered, not the writer.
constexpr auto kParentMarkers = std::to_array<std::string_view>({
    "en reponse a", "in reply to", "replying to", "reply to", "als antwort auf",
    "antwort auf", "en respuesta a", "respuesta a", "in risposta a", "em resposta a",
    "antwoord op", "reponse a"});

// Speech verbs after the name, folded, longest first where one ends another.
constexpr auto kVerbs = std::to_array<std::string_view>({
    "a dit", "a ecrit", "a repondu", "a commente", "a poste", "dit", "ecrit", "repond",
    "says", "said", "wrote", "writes", "replied", "replies", "commented", "posted", "asks",
    "asked", "hat geschrieben", "sagt", "sagte", "schrieb", "schreibt", "meint", "meinte",
    "antwortete", "kommentierte", "fragt", "dijo", "dice", "escribio", "escribe", "comento",
    "respondio", "pregunto", "disse", "diz", "escreveu", "comentou", "respondeu",
    "ha scritto", "ha detto", "ha risposto", "ha commentato", "scrive", "scrisse",
    "zegt", "zei", "schreef", "schrijft", "reageerde", "antwoordde", "vroeg"});

// Lower-case words a name may hold ("Rentner aus Oberdorf", "Paulette du 47").
constexpr auto kNameParticles = std::to_array<std::string_view>({
    "de", "du", "des", "d", "la", "le", "les", "van", "von", "der", "den", "da", "di", "do",
    "dos", "das", "del", "della", "y", "e", "et", "and", "und", "en", "aus", "from", "of",
    "in", "au", "zu", "the", "op", "ten", "ter"});

// Buttons and links set around comments, folded, beyond the French ones of is_ui_line.
constexpr auto kInterfaceWords = std::to_array<std::string_view>({
    "reply", "report", "share", "like", "quote", "edit", "delete", "permalink", "flag",
    "report abuse", "load more comments", "show more", "hide", "cancel reply", "log in to reply",
    "antworten", "melden", "zitieren", "teilen", "bearbeiten", "loschen", "gefallt mir",
    "responder", "denunciar", "citar", "compartir", "me gusta", "rispondi", "segnala",
    "cita", "condividi", "mi piace", "reageer", "beantwoorden", "rapporteer", "delen",
    "citeer", "responder", "compartilhar", "curtir", "reportar", "citer", "cancel",
    "annuler"});

template <std::size_t N>
bool is_in(std::string_view word, const std::array<std::string_view, N>& table) {
  return std::find(table.begin(), table.end(), word) != table.end();
}

struct Word {
  std::size_t begin = 0, end = 0;  // bytes of the raw word in the line
  std::string folded;              // letters and digits only, folded; empty for punctuation
};

// The text without the code points that are neither letters nor digits at either end.
std::string_view alnum_core(std::string_view text) {
  while (!text.empty()) {
    std::size_t pos = 0;
    char32_t c = decode_next(text, pos);
    if (is_letter(c) || is_digit(c)) break;
    text.remove_prefix(pos);
  }
  while (!text.empty()) {
    std::size_t start = text.size() - 1;
    while (start > 0 && (static_cast<unsigned char>(text[start]) & 0xC0) == 0x80) --start;
    std::size_t pos = start;
    char32_t c = decode_next(text, pos);
    if (is_letter(c) || is_digit(c)) break;
    text.remove_suffix(text.size() - start);
  }
  return text;
}

// The words of a line, split at white space; each word's fold without the punctuation
// around it ("dijo:" → "dijo", "dit…" → "dit", "«" → "").
std::vector<Word> split_words(std::string_view line) {
  std::vector<Word> words;
  std::size_t pos = 0;
  auto at_space = [&](std::size_t at) {
    std::size_t next = at;
    return is_space(decode_next(line, next));
  };
  auto advance = [&](std::size_t at) {
    decode_next(line, at);
    return at;
  };
  while (pos < line.size()) {
    while (pos < line.size() && at_space(pos)) pos = advance(pos);
    std::size_t start = pos;
    while (pos < line.size() && !at_space(pos)) pos = advance(pos);
    if (pos > start)
      words.push_back({start, pos, fold(alnum_core(line.substr(start, pos - start)))});
  }
  return words;
}

// The folded words [from, to) joined by single spaces.
std::string joined(const std::vector<Word>& words, std::size_t from, std::size_t to) {
  std::string out;
  for (std::size_t i = from; i < to; ++i) {
    if (words[i].folded.empty()) continue;
    if (!out.empty()) out += ' ';
    out += words[i].folded;
  }
  return out;
}

// Does a phrase of the table end the words [from, to)? Returns how many words it takes.
// The last three words are joined once; each entry is a suffix of that, at a word border.
template <std::size_t N>
std::size_t phrase_at_end(const std::vector<Word>& words, std::size_t from, std::size_t to,
                          const std::array<std::string_view, N>& table) {
  std::size_t first = to - std::min<std::size_t>(3, to - from);
  std::string tail = joined(words, first, to);
  std::size_t best = 0;
  for (std::string_view entry : table) {
    if (!(tail == entry || (tail.size() > entry.size() && tail.ends_with(entry) &&
                            tail[tail.size() - entry.size() - 1] == ' ')))
      continue;
    best = std::max<std::size_t>(best, static_cast<std::size_t>(std::count(entry.begin(), entry.end(), ' ')) + 1);
  }
  return best;
}

template <std::size_t N>
std::size_t phrase_at_start(const std::vector<Word>& words, std::size_t from, std::size_t to,
                            const std::array<std::string_view, N>& table) {
  std::string head = joined(words, from, from + std::min<std::size_t>(4, to - from));
  std::size_t best = 0;
  for (std::string_view entry : table) {
    if (!(head == entry ||
          (head.size() > entry.size() && head.starts_with(entry) && head[entry.size()] == ' ')))
      continue;
    best = std::max<std::size_t>(best, static_cast<std::size_t>(std::count(entry.begin(), entry.end(), ' ')) + 1);
  }
  return best;
}

bool is_punctuation_only(const Word& word) { return word.folded.empty(); }

struct NamePart {
  std::string_view text;   // the name's bytes in the line (maybe empty)
  bool introduced = false;  // a lead or a verb said a name is there
  bool is_reply = false;
  bool names_parent = false;
};

// The folded first or last word of a line, without the marks around it.
std::string edge_word(std::string_view line, bool last) {
  line = trim(line);
  std::size_t space = last ? line.find_last_of(' ') : line.find(' ');
  std::string_view word = space == std::string_view::npos ? line
                          : last ? line.substr(space + 1) : line.substr(0, space);
  return fold(alnum_core(word));
}

// A line without a date names a writer only when it starts with a lead or a marker, or
// ends with a speech verb: its first and last words tell, before the line is split.
bool may_introduce_name(std::string_view line) {
  static const auto edges = [] {
    std::pair<std::vector<std::string_view>, std::vector<std::string_view>> firsts_lasts;
    auto first_word = [](std::string_view phrase) { return phrase.substr(0, phrase.find(' ')); };
    for (std::string_view lead : kLeads) firsts_lasts.first.push_back(first_word(lead));
    for (std::string_view lead : kReplyLeads) firsts_lasts.first.push_back(first_word(lead));
    for (std::string_view marker : kParentMarkers) firsts_lasts.first.push_back(first_word(marker));
    for (std::string_view lead : kShortLeadSpellings) firsts_lasts.first.push_back(lead);
    for (std::string_view verb : kVerbs) {
      std::size_t space = verb.rfind(' ');
      firsts_lasts.second.push_back(space == std::string_view::npos ? verb : verb.substr(space + 1));
    }
    return firsts_lasts;
  }();
  std::string first = edge_word(line, false), last = edge_word(line, true);
  return std::find(edges.first.begin(), edges.first.end(), first) != edges.first.end() ||
         std::find(edges.second.begin(), edges.second.end(), last) != edges.second.end();
}

// The name in a part of a line: before the date (`before_date`), fillers next to the date
// go first; then a trailing verb and a leading lead.
NamePart name_in(std::string_view part, bool before_date) {
  NamePart out;
  std::vector<Word> words = split_words(part);
  std::size_t from = 0, to = words.size();
  auto skip_marks = [&] {
    while (from < to && is_punctuation_only(words[from])) ++from;
    while (to > from && is_punctuation_only(words[to - 1])) --to;
  };
  skip_marks();
  if (phrase_at_start(words, from, to, kParentMarkers) > 0) {
    out.is_reply = out.names_parent = true;
    return out;
  }
  // Fillers right before the date, written bare ("on", "am", "le", "Do"): not after a comma.
  while (before_date && to > from && is_date_filler(words[to - 1].folded) &&
         part.substr(words[to - 1].begin, words[to - 1].end - words[to - 1].begin).size() ==
             words[to - 1].folded.size())
    --to;
  skip_marks();
  if (std::size_t verb = phrase_at_end(words, from, to, kVerbs)) {
    to -= verb;
    out.introduced = true;
  }
  skip_marks();
  if (std::size_t lead = phrase_at_start(words, from, to, kReplyLeads)) {
    from += lead;
    out.introduced = out.is_reply = true;
  } else if (std::size_t lead = phrase_at_start(words, from, to, kLeads)) {
    from += lead;
    out.introduced = true;
  } else if (from < to && is_in(part.substr(words[from].begin, words[from].end - words[from].begin),
                                kShortLeadSpellings)) {
    ++from;
    out.introduced = true;
  }
  skip_marks();
  if (from < to) out.text = part.substr(words[from].begin, words[to - 1].end - words[from].begin);
  return out;
}

bool ends_with_initial(std::string_view name) {
  if (name.size() < 2 || name.back() != '.') return false;
  char initial = name[name.size() - 2];
  bool word_start = name.size() == 2 || name[name.size() - 3] == ' ' ||
                    name[name.size() - 3] == '.' || name[name.size() - 3] == '-';
  return initial >= 'A' && initial <= 'Z' && word_start;
}

// Trims the marks bylines set around a name: "- ", ",", ":", "|", "»", "(".
std::string_view trim_marks(std::string_view name) {
  auto is_mark = [](char c) {
    return c == ',' || c == ':' || c == ';' || c == '|' || c == '-' || c == '@' || c == '/' ||
           c == '>' || c == '<' || c == '*';
  };
  // A bracket is a mark unless it closes one the name opens: "Jean (Lyon)" keeps both.
  auto lone_bracket = [&](char c) {
    return (c == ')' && name.find('(') == std::string_view::npos) ||
           (c == '(' && name.find(')') == std::string_view::npos);
  };
  while (true) {
    name = trim(name);
    if (!name.empty() && (is_mark(name.back()) || lone_bracket(name.back()))) {
      name.remove_suffix(1);
    } else if (!name.empty() && ((is_mark(name.front()) && name.front() != '@') ||
                                 lone_bracket(name.front()))) {
      name.remove_prefix(1);
    } else if (name.ends_with("\xC2\xBB") || name.ends_with("\xE2\x80\xA2") ||
               name.ends_with("\xC2\xB7") || name.ends_with("\xE2\x80\x93") ||
               name.ends_with("\xE2\x80\x94") || name.ends_with("\xE2\x80\xBA")) {
      name.remove_suffix(name.ends_with("\xC2\xBB") || name.ends_with("\xC2\xB7") ? 2 : 3);
    } else if (name.starts_with("\xC2\xBB") || name.starts_with("\xE2\x80\xA2") ||
               name.starts_with("\xC2\xB7") || name.starts_with("\xE2\x80\x93") ||
               name.starts_with("\xE2\x80\x94")) {
      name.remove_prefix(name.starts_with("\xC2\xBB") || name.starts_with("\xC2\xB7") ? 2 : 3);
    } else {
      return name;
    }
  }
}

// A name written in plain text with no word to introduce it: each word capitalised, a
// particle, or digits ("Heike S.", "Rentner aus Oberdorf"), or one handle ("kiki75").
bool has_plain_name_shape(std::string_view name) {
  std::vector<Word> words = split_words(name);
  if (words.size() == 1) return true;
  for (const Word& word : words) {
    if (word.folded.empty() || is_in(std::string_view(word.folded), kNameParticles)) continue;
    std::string_view core = alnum_core(name.substr(word.begin, word.end - word.begin));
    std::size_t pos = 0;
    if (is_digit(decode_next(core, pos))) continue;
    if (!starts_with_uppercase(core)) return false;
  }
  return true;
}

// clean_person_name, with its two strict checks apart: sentences, and the shape of a name
// for one no word introduced.
std::optional<std::string> clean_name(std::string_view raw, bool refuse_sentences,
                                      bool need_shape) {
  std::string line = one_line(raw, 4 * kMaxNameChars);
  NamePart part = name_in(line, false);
  if (part.names_parent) return std::nullopt;
  std::string_view name = trim_marks(part.text.empty() && !part.introduced ? std::string_view(line) : part.text);
  if (name.empty() || count_code_points(name) > kMaxNameChars) return std::nullopt;
  if (static_cast<std::size_t>(std::count(name.begin(), name.end(), ' ')) > kMaxNameSpaces)
    return std::nullopt;
  bool has_letter = false;  // "#21", "2,811": numbers beside a name are no name
  for (std::size_t pos = 0; pos < name.size() && !has_letter;) has_letter = is_letter(decode_next(name, pos));
  if (!has_letter || is_interface_text(name) || parse_date_text(name, 2000)) return std::nullopt;
  if (refuse_sentences) {
    char last = name.back();
    if ((last == '.' && !ends_with_initial(name)) || last == '!' || last == '?') return std::nullopt;
  }
  if (need_shape && !part.introduced && !has_plain_name_shape(name)) return std::nullopt;
  return std::string(name);
}

}  // namespace

std::optional<std::string> clean_person_name(std::string_view raw, bool strict) {
  return clean_name(raw, strict, strict);
}

bool is_posting_label(std::string_view label) {
  static constexpr auto kPostingWords = std::to_array<std::string_view>({
      "posted", "poste", "publie", "envoye", "ecrit", "date", "datum", "fecha", "data",
      "publicado", "enviado", "pubblicato", "postato", "inviato", "gepostet", "verfasst",
      "geschrieben", "geplaatst", "gepost", "submitted", "written"});
  if (label.size() > 40) return false;
  for (const Word& word : split_words(label))
    if (is_in(std::string_view(word.folded), kPostingWords)) return true;
  return false;
}

bool is_interface_text(std::string_view line) {
  line = trim(line);
  if (line.empty() || line.size() > 40) return false;
  if (is_ui_line(line)) return true;
  std::string folded = fold(alnum_core(line));
  return is_in(std::string_view(folded), kInterfaceWords);
}

namespace {

enum class AfterDate { kNothing, kName, kProse };

// What follows a byline's date: nothing, marks, a verb or a button ("said:", "Répondre");
// a name behind a lead or a mark ("…, par Jean-Pierre", "… - Marie"); else prose that
// happens to hold a date, and the line is no byline.
AfterDate read_after_date(std::string_view after, NamePart& name) {
  name = name_in(after, false);
  if (name.text.empty()) return AfterDate::kNothing;
  if (is_interface_text(name.text)) {
    name.text = {};
    return AfterDate::kNothing;
  }
  if (name.introduced) return AfterDate::kName;
  std::string_view start = trim(after);
  bool behind_mark = trim_marks(start).size() < start.size() || start.starts_with("\xE2\x80") ||
                     start.starts_with("\xC2\xB7");
  if (behind_mark && has_plain_name_shape(name.text) && clean_name(name.text, true, true)) {
    name.introduced = true;
    return AfterDate::kName;
  }
  return AfterDate::kProse;
}

}  // namespace

std::optional<Byline> read_byline(std::string_view raw, std::optional<int> default_year) {
  std::string_view line = trim(raw);
  if (line.empty() || line.size() > kMaxBylineBytes) return std::nullopt;
  Byline byline;
  std::optional<DateSpan> span = find_date_in_text(line, default_year);
  if (!span) {
    if (!may_introduce_name(line)) return std::nullopt;
    NamePart part = name_in(line, false);
    if (part.names_parent) {
      byline.is_reply = byline.names_parent = true;
      return byline;
    }
    if (!part.introduced) return std::nullopt;
    byline.author = clean_person_name(line, true);
    byline.is_reply = part.is_reply;
    if (!byline.author) return std::nullopt;
    return byline;
  }
  NamePart before = name_in(line.substr(0, span->begin), true);
  NamePart after;
  if (read_after_date(line.substr(span->end), after) == AfterDate::kProse) return std::nullopt;
  // "Registriert: Sa 14. Apr 2012": a label names the date, no one wrote it; "Posté le :"
  // names the comment's own date.
  std::string_view lead_in = trim(line.substr(0, span->begin));
  if (lead_in.ends_with(':') && !before.introduced) {
    byline.labelled = !is_posting_label(lead_in);
    before.text = {};
  }
  if (before.names_parent) return std::nullopt;
  const NamePart& name = !after.text.empty() ? after : before;
  if (!name.text.empty()) {
    byline.author = clean_name(name.text, true, false);
    if (!byline.author && !before.text.empty()) return std::nullopt;  // prose before the date
    // "X on <date> said:": the verb after the date introduces the name before it.
    bool introduced = name.introduced || (after.text.empty() && after.introduced);
    if (byline.author && !introduced && !has_plain_name_shape(*byline.author))
      return std::nullopt;
  }
  byline.is_reply = before.is_reply || after.is_reply;
  byline.date = span->date;
  std::size_t begin = span->begin;
  // "Muriel - Le 22/01/2020": a capitalised article after a mark, or at the start, opens the
  // date as shown; a lower-case one right after the name ("Marek on …") joins the two.
  for (std::string_view article : {"Le ", "On ", "Am ", "El ", "Il ", "Op ", "Em ", "Om "}) {
    if (begin < article.size() || line.substr(begin - article.size(), article.size()) != article)
      continue;
    std::string_view rest = trim(line.substr(0, begin - article.size()));
    if (rest.empty() || trim_marks(rest).size() < rest.size()) begin -= article.size();
  }
  byline.date_text = std::string(line.substr(begin, span->end - begin));
  return byline;
}

}  // namespace palabre
