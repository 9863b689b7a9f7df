// A copied page is a sequence of lines. The parser finds the comment section (a
// "Commentaires 5" heading, else the first comment header), reads the article above it and
// the comments below it. Everything site-specific is data: the header patterns and the form
// text that closes the thread are tables at the top of this file; the wording the HTML
// parser reads too (buttons, "Lire la suite", credits) is page_wording.cpp's.
#include "palabre/parse/text_page.hpp"

#include <algorithm>
#include <array>
#include <cctype>
#include <vector>

#include "palabre/text/utf8.hpp"

namespace palabre {
namespace {

// Lines longer than these cannot be headers, buttons or headings: skip the folding.
constexpr std::size_t kMaxHeaderBytes = 200;
constexpr std::size_t kMaxHeadingBytes = 60;
constexpr std::size_t kFormPrefixBytes = 48;  // enough for the longest kFormStarts entry

// What may stand before the author on a header line.
struct HeaderLead {
  std::string_view text;
  bool is_reply;
};
constexpr std::array<HeaderLead, 8> kHeaderLeads = {{
    {"Réponse de ", true}, {"Réponse à ", true}, {"En réponse à ", true}, {"↳ ", true},
    {"Posté par ", false}, {"Publié par ", false}, {"Commentaire de ", false}, {"Par ", false},
}};

// What stands between the author and the date, tried in this order.
constexpr std::array<std::string_view, 12> kAuthorDateSeparators = {
    " a écrit le ", " à écrit le ", " a ecrit le ", " a écrit : le ", " a écrit, le ",
    ", le ", " le ", " Le ", " - ", " – ", " | ", ", "};

// A header with no author starts with one of these.
constexpr std::array<std::string_view, 6> kAnonymousHeaderStarts = {
    "a écrit le ", "à écrit le ", "a ecrit le ", "le ", "Le ", "Posté le "};

// Authors that mean "nobody named" (folded: "invité" is "invite").
constexpr std::array<std::string_view, 5> kAnonymousNames = {"anonyme", "anonymous", "invite",
                                                             "visiteur", "un lecteur"};

// The comment form and its messages: the thread ends where one of these starts a line.
constexpr std::array<std::string_view, 14> kFormStarts = {
    "votre email ne sera pas", "votre adresse e-mail ne sera pas", "votre adresse email ne sera pas",
    "votre adresse de messagerie ne sera pas", "tous les champs sont obligatoires",
    "les champs obligatoires sont", "merci pour votre commentaire", "laisser un commentaire",
    "ajouter un commentaire", "ecrire un commentaire", "vous devez etre connecte",
    "connectez-vous pour commenter", "poster un commentaire", "envoyer un commentaire"};

// Headings that open the comment section; the declared count may stand before or after.
constexpr std::array<std::string_view, 5> kSectionWords = {"commentaires", "commentaire",
                                                           "reactions", "reaction", "comments"};

bool is_ascii_prefix(std::string_view text, std::size_t bytes) {
  for (std::size_t i = 0; i < bytes; ++i)
    if (static_cast<unsigned char>(text[i]) >= 0x80) return false;
  return true;
}

bool is_anonymous(std::string_view author) {
  return std::ranges::find(kAnonymousNames, fold(author)) != kAnonymousNames.end();
}

// True when `author` ends with an initial: "Pierre D.", "J.".
bool ends_with_initial(std::string_view author) {
  if (author.size() < 2 || author.back() != '.') return false;
  char initial = author[author.size() - 2];
  bool word_start = author.size() == 2 || author[author.size() - 3] == ' ' ||
                    author[author.size() - 3] == '.' || author[author.size() - 3] == '-';
  return initial >= 'A' && initial <= 'Z' && word_start;
}

// A plausible author: short, not a sentence. A final '.' ends a sentence unless it closes
// an initial, as in "Pierre D.".
bool plausible_author(std::string_view author) {
  if (author.empty() || count_code_points(author) > 60) return false;
  char last = author.back();
  if ((last == '.' && !ends_with_initial(author)) || last == '!' || last == '?' || last == ':')
    return false;
  std::size_t spaces = 0;
  for (char c : author) spaces += c == ' ';
  return spaces <= 5;  // a name, not a sentence
}

// "Commentaires 5", "5 commentaires", "Commentaires (5)", "Réactions : 12" → the count, or
// -1 when the line is a bare "Commentaires" heading, nullopt when it is no heading.
std::optional<long> match_section_heading(std::string_view line) {
  line = trim(line);
  if (line.size() > kMaxHeadingBytes) return std::nullopt;
  std::string folded = fold(line);
  if (folded.size() > 40) return std::nullopt;
  long number = -1;
  std::string words;
  for (char c : folded) {
    if (c >= '0' && c <= '9') {
      number = (number < 0 ? 0 : number * 10) + (c - '0');
      if (number > 100000000) return std::nullopt;
    } else if (c >= 'a' && c <= 'z') {
      words += c;
    } else if (c != ' ' && c != '(' && c != ')' && c != ':' && c != '\t' &&
               static_cast<unsigned char>(c) < 0x80) {
      return std::nullopt;
    }
  }
  for (std::string_view word : kSectionWords)
    if (words == word) return number;
  return std::nullopt;
}

// False when the line's first bytes are ASCII and begin no kFormStarts entry: ASCII folds to
// its lowercase, so no fold is needed to tell (most comment lines stop here).
bool may_be_form_start(std::string_view line) {
  constexpr std::size_t kBytes = 3;  // every entry is longer
  if (line.size() < kBytes) return !is_ascii_prefix(line, line.size());
  if (!is_ascii_prefix(line, kBytes)) return true;
  for (std::string_view start : kFormStarts) {
    bool same = true;
    for (std::size_t i = 0; i < kBytes && same; ++i) same = ascii_lower(line[i]) == start[i];
    if (same) return true;
  }
  return false;
}

bool is_form_start(std::string_view line) {
  line = trim(line);
  if (!may_be_form_start(line)) return false;
  std::string folded = fold(utf8_prefix(line, kFormPrefixBytes));
  for (std::string_view start : kFormStarts)
    if (folded.starts_with(start)) return true;
  return false;
}

// A date with or without a year, completed with `default_year` when it has none (nullopt
// inside when there is none). The outer nullopt: not a date. The default year matters only
// to a year-less date, so a date with its year is parsed once.
std::optional<std::optional<DateTime>> read_date_phrase(std::string_view text,
                                                        std::optional<int> default_year) {
  std::optional<DateTime> date = parse_date_text(text, 2000);
  if (!date) return std::nullopt;
  if (date->year_printed) return date;
  return parse_date_text(text, default_year);
}

// Tries "author SEPARATOR date" with each separator; the whole rest must be a date.
std::optional<CommentHeader> match_author_and_date(std::string_view rest,
                                                   std::optional<int> default_year) {
  for (std::string_view start : kAnonymousHeaderStarts) {
    if (!rest.starts_with(start)) continue;
    std::string_view date_text = trim(rest.substr(start.size()));
    auto date = read_date_phrase(date_text, default_year);
    if (!date) continue;
    return CommentHeader{std::nullopt, std::string(date_text), std::move(*date), false};
  }
  for (std::string_view separator : kAuthorDateSeparators) {
    std::size_t at = rest.find(separator);
    if (at == std::string_view::npos) continue;
    std::string_view author = trim(rest.substr(0, at));
    std::string_view date_text = trim(rest.substr(at + separator.size()));
    if (!plausible_author(author)) continue;
    auto date = read_date_phrase(date_text, default_year);
    if (!date) continue;
    CommentHeader header;
    if (!is_anonymous(author)) header.author = std::string(author);
    header.date_text = std::string(date_text);
    header.date = std::move(*date);
    return header;
  }
  return std::nullopt;
}

void read_article(const std::vector<std::string>& lines, Article& article) {
  std::vector<std::string> paragraphs;
  for (std::string_view raw : lines) {
    std::string_view line = trim(raw);
    if (line.empty() || line == "-") continue;
    if (!article.title) {
      article.title = std::string(line);
      continue;
    }
    if (auto credits = match_credits_line(line)) {
      article.credits = std::move(credits);
    } else if (auto attribution = match_attribution_line(line)) {
      article.attribution = std::move(attribution);
    } else if (!is_related_link_line(line)) {
      paragraphs.emplace_back(line);
    }
  }
  if (!paragraphs.empty()) {
    article.lede = std::move(paragraphs.front());
    paragraphs.erase(paragraphs.begin());
  }
  article.paragraphs = std::move(paragraphs);
}

}  // namespace

std::optional<CommentHeader> match_comment_header(std::string_view line,
                                                  std::optional<int> default_year) {
  std::string_view rest = trim(line);
  // Every header holds a date, hence a digit: most text lines are rejected here.
  // (A plain loop: find_first_of calls memchr on the ten digits for every byte.)
  if (rest.empty() || rest.size() > kMaxHeaderBytes ||
      std::none_of(rest.begin(), rest.end(), [](char c) { return c >= '0' && c <= '9'; }))
    return std::nullopt;
  bool is_reply = false;
  for (const HeaderLead& lead : kHeaderLeads) {
    if (rest.starts_with(lead.text)) {
      rest = rest.substr(lead.text.size());
      is_reply = lead.is_reply;
      break;
    }
  }
  std::optional<CommentHeader> header = match_author_and_date(rest, default_year);
  if (header) header->is_reply = is_reply;
  return header;
}

void TextPageParser::add_line(std::string_view line) {
  if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
  if (after_form_) return;
  if (in_comments_) add_comment_line(line);
  else add_article_line(line);
}

// The comment section starts at its heading, else at the first comment header.
void TextPageParser::add_article_line(std::string_view line) {
  if (auto declared = match_section_heading(line)) {
    if (*declared >= 0) declared_ = *declared;
    close_article();
    return;
  }
  if (match_comment_header(line, 2000)) {
    close_article();
    add_comment_line(line);
    return;
  }
  article_lines_.emplace_back(line);
}

void TextPageParser::close_article() {
  Article article;
  read_article(article_lines_, article);
  article.comment_count_declared = declared_;
  article_lines_ = {};
  in_comments_ = true;
  events_.on_article(std::move(article));
}

void TextPageParser::add_comment_line(std::string_view line) {
  if (auto header = match_comment_header(line, year_in_use_)) {
    close_comment();
    if (header->date && header->date->year_printed) year_in_use_ = header->date->year;
    pending_ = PendingComment{std::move(*header), {}, 0, false};
    return;
  }
  if (is_form_start(line)) {
    after_form_ = true;
    return;
  }
  if (is_ui_line(line)) return;
  if (is_continuation_line(line)) {
    if (pending_) pending_->cut_by_site = true;
    return;
  }
  std::string_view trimmed = trim(line);
  if (!pending_) {
    if (!trimmed.empty()) ++stray_lines_;
    return;
  }
  // Blank lines count only between two lines of text: held until text follows.
  if (trimmed.empty()) {
    if (!pending_->text.empty()) ++pending_->blank_lines_held;
    return;
  }
  if (!pending_->text.empty()) pending_->text.append(pending_->blank_lines_held + 1, '\n');
  pending_->blank_lines_held = 0;
  pending_->text += trimmed;
}

void TextPageParser::close_comment() {
  if (!pending_) return;
  PendingComment pending = std::move(*pending_);
  pending_.reset();
  Comment comment;
  comment.id = "c" + std::to_string(++comments_);
  comment.author = std::move(pending.header.author);
  comment.posted_at_text = pending.header.date_text;
  if (pending.header.date) {
    comment.posted_at = pending.header.date->iso();
  } else {
    warnings_.add(comment.id + ": date '" + pending.header.date_text +
                        "' has no year: posted_at left null");
  }
  comment.text = std::move(pending.text);
  comment.truncated = pending.cut_by_site || looks_truncated(comment.text);
  if (pending.header.is_reply) {
    if (last_top_level_.empty())
      warnings_.add(comment.id + ": a reply with no comment before it");
    else
      comment.parent = last_top_level_;
  } else {
    last_top_level_ = comment.id;
  }
  if (comment.text.empty()) warnings_.add(comment.id + ": comment with an empty text");
  events_.on_comment(std::move(comment));
}

std::vector<std::string> TextPageParser::finish() {
  if (!in_comments_) close_article();
  close_comment();
  if (stray_lines_ > 0)
    warnings_.add(std::to_string(stray_lines_) +
                        " lines before the first comment header were left out");
  if (declared_ && *declared_ != static_cast<long>(comments_))
    warnings_.add("the page announces " + std::to_string(*declared_) +
                        " comments but holds " + std::to_string(comments_));
  return warnings_.take();
}

namespace {

// Collects what the parser hands over into one Thread.
class ThreadCollector : public TextPageEvents {
 public:
  explicit ThreadCollector(Thread& thread) : thread_(thread) {}
  void on_article(Article article) override { thread_.article = std::move(article); }
  void on_comment(Comment comment) override { thread_.comments.push_back(std::move(comment)); }

 private:
  Thread& thread_;
};

}  // namespace

Thread parse_text_page(std::string_view text) {
  Thread thread;
  ThreadCollector collector(thread);
  TextPageParser parser(collector);
  // Every '\n' ends a line, and what follows the last one is a line too, even empty.
  std::size_t start = 0;
  while (true) {
    std::size_t end = text.find('\n', start);
    if (end == std::string_view::npos) {
      parser.add_line(text.substr(start));
      break;
    }
    parser.add_line(text.substr(start, end - start));
    start = end + 1;
  }
  thread.warnings = parser.finish();
  return thread;
}

}  // namespace palabre
