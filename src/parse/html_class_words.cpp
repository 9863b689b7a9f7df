// Class words are compared whole unless said otherwise; they come lower-case, digits dropped
// (any_class_word), so "fig-comment 1234 depth-2" gives "fig", "comment", "depth". The whole
// words live in one sorted table (one binary search per class word); the word parts are
// looked for anywhere in a word ("recentcomments", "jp-relatedposts").
#include "palabre/parse/html_class_words.hpp"

#include <algorithm>
#include <array>
#include <cctype>

namespace palabre {
namespace {

constexpr std::array<std::string_view, 4> kCommentWordParts = {"comment", "komment", "coment",
                                                               "reacti"};
constexpr std::array<std::string_view, 5> kWeakCommentWords = {"forum", "post", "postbit",
                                                               "postcontainer", "reactie"};
constexpr std::array<std::string_view, 16> kAuthorWords = {
    "author", "auteur", "autor", "fn", "username", "user", "name", "nick", "nickname",
    "pseudo", "qui", "creator", "poster", "commenter", "commentator", "member"};
constexpr std::array<std::string_view, 11> kBodyWords = {
    "text", "texte", "content", "contents", "body", "message", "msg", "commenttext", "entry",
    "corps", "contenu"};
constexpr std::array<std::string_view, 5> kTitleWords = {"titre", "title", "subject", "sujet",
                                                         "headline"};
constexpr std::array<std::string_view, 35> kChromeWords = {
    "reply", "respond", "repondre", "antworten", "responder", "report", "signaler", "abuse",
    "abusif", "alert", "alerter", "share", "partager", "like", "likes", "nblike", "vote",
    "votes", "rating", "button", "btn", "tools", "actions", "links", "moderation", "says",
    "permalink", "edit", "flag", "more", "avatar", "recommander", "usertitle", "counter",
    "signature"};
// Blocks that list other pages. Layout words count only when they lead a class token
// ("widget_recent_comments", not "elementor-widget-wrap" or "no-sidebar"); the others count
// anywhere in a word ("jp-relatedposts", "recentcomments").
constexpr std::array<std::string_view, 2> kNegativeLayoutWords = {"widget", "sidebar"};
constexpr std::array<std::string_view, 9> kNegativeWordParts = {
    "related", "recent", "popular", "trending", "teaser", "promo", "newsletter", "sponsor",
    "advert"};
// Blocks pinned above a thread or paid for: promotions and notices, no reader's comment.
// Live blogs and tickers (a newsroom's posts), pinned and paid blocks: however large, no
// reader's comment is inside.
constexpr std::array<std::string_view, 7> kNewsroomWords = {
    "pinned", "ad", "ads", "live", "liveblog", "livefeed", "ticker"};
constexpr std::array<std::string_view, 2> kPingbackWords = {"pingback", "trackback"};
constexpr std::array<std::string_view, 8> kReplyWords = {
    "answer", "reponse", "antwort", "respuesta", "child", "isreply", "reply", "replies"};
constexpr std::array<std::string_view, 9> kRepliesBlockWords = {
    "replies", "children", "answers", "reponses", "antworten", "respuestas", "responses",
    "subcomments", "reply"};
constexpr std::array<std::string_view, 10> kChromeTags = {
    "button", "form", "select", "input", "textarea", "svg", "label", "noscript", "iframe",
    "object"};

template <std::size_t N>
bool is_one_of(std::string_view word, const std::array<std::string_view, N>& table) {
  return std::find(table.begin(), table.end(), word) != table.end();
}

struct WordHint {
  std::string_view word;
  unsigned hint;
};

constexpr auto kWholeWordHints = [] {
  std::array<WordHint, kWeakCommentWords.size() + kAuthorWords.size() + kBodyWords.size() +
                           kTitleWords.size() + kChromeWords.size() + kPingbackWords.size() +
                           kReplyWords.size()>
      table{};
  std::size_t n = 0;
  auto add = [&](const auto& words, unsigned hint) {
    for (std::string_view word : words) table[n++] = WordHint{word, hint};
  };
  add(kWeakCommentWords, kWeakComment);
  add(kAuthorWords, kAuthorHint);
  add(kBodyWords, kBodyHint);
  add(kTitleWords, kTitleHint);
  add(kChromeWords, kChromeHint);
  add(kPingbackWords, kPingbackHint);
  add(kReplyWords, kReplyHint);
  std::sort(table.begin(), table.end(),
            [](const WordHint& a, const WordHint& b) { return a.word < b.word; });
  return table;
}();

// First letters and longest length of the table's words: most class words are ruled out
// before any comparison ("flex", "items-center", "md:w-1/2").
constexpr auto kWholeWordStarts = [] {
  std::array<bool, 256> starts{};
  for (const WordHint& entry : kWholeWordHints) starts[static_cast<unsigned char>(entry.word[0])] = true;
  return starts;
}();
constexpr std::size_t kLongestWholeWord = [] {
  std::size_t longest = 0;
  for (const WordHint& entry : kWholeWordHints) longest = std::max(longest, entry.word.size());
  return longest;
}();

unsigned whole_word_hints(std::string_view word) {
  if (word.empty() || word.size() > kLongestWholeWord ||
      !kWholeWordStarts[static_cast<unsigned char>(word[0])])
    return 0;
  auto by_word = [](const WordHint& a, const WordHint& b) { return a.word < b.word; };
  auto [first, last] = std::equal_range(kWholeWordHints.begin(), kWholeWordHints.end(),
                                        WordHint{word, 0}, by_word);
  unsigned hints = 0;
  for (auto it = first; it != last; ++it) hints |= it->hint;  // "reply": chrome and reply
  return hints;
}

// First letters of the word parts: most positions of most words start none of them.
constexpr auto kPartStarts = [] {
  std::array<bool, 256> starts{};
  for (std::string_view part : kCommentWordParts) starts[static_cast<unsigned char>(part[0])] = true;
  for (std::string_view part : kNegativeWordParts) starts[static_cast<unsigned char>(part[0])] = true;
  return starts;
}();

unsigned part_hints(std::string_view word) {
  unsigned hints = 0;
  for (std::size_t at = 0; at < word.size(); ++at) {
    if (!kPartStarts[static_cast<unsigned char>(word[at])]) continue;
    std::string_view rest = word.substr(at);
    for (std::string_view part : kCommentWordParts)
      if (rest.starts_with(part)) hints |= kStrongComment;
    for (std::string_view part : kNegativeWordParts)
      if (rest.starts_with(part)) hints |= kNegativeHint;
  }
  return hints;
}

bool ascii_iequals(std::string_view text, std::string_view lower_word) {
  if (text.size() != lower_word.size()) return false;
  for (std::size_t i = 0; i < text.size(); ++i) {
    char c = text[i];
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c + 32);
    if (c != lower_word[i]) return false;
  }
  return true;
}

bool ascii_icontains(std::string_view text, std::string_view lower_word) {
  for (std::size_t at = 0; at + lower_word.size() <= text.size(); ++at)
    if (ascii_iequals(text.substr(at, lower_word.size()), lower_word)) return true;
  return false;
}

}  // namespace

unsigned class_hints(const HtmlNode& node) {
  if (node.is_text()) return 0;
  unsigned hints = 0;
  any_class_word(node, [&](std::string_view word) {
    hints |= part_hints(word);
    hints |= whole_word_hints(word);
    return false;
  });
  any_leading_class_word(node, [&](std::string_view word) {
    if (is_one_of(word, kNegativeLayoutWords)) hints |= kNegativeHint;
    return false;
  });
  any_class_word(node, [&](std::string_view word) {
    if (is_one_of(word, kNewsroomWords)) hints |= kNegativeHint | kNewsroomHint;
    return false;
  });
  if (ascii_icontains(node.attribute("itemtype"), "comment") ||
      ascii_icontains(node.attribute("typeof"), "comment"))
    hints |= kStrongComment;
  if (ascii_icontains(node.attribute("itemtype"), "liveblog")) hints |= kNegativeHint | kNewsroomHint;
  std::string_view itemprop = node.attribute("itemprop");
  if (ascii_iequals(itemprop, "author") || ascii_iequals(itemprop, "creator"))
    hints |= kAuthorHint;
  if (ascii_iequals(itemprop, "text") || ascii_iequals(itemprop, "commenttext"))
    hints |= kBodyHint;
  if (node.tag == "cite") hints |= kAuthorHint;
  if (is_chrome_tag(node.tag)) hints |= kChromeHint;
  return hints;
}

bool is_chrome_tag(std::string_view tag) { return is_one_of(tag, kChromeTags); }

std::optional<int> printed_level(const HtmlNode& node) {
  static constexpr std::array<std::string_view, 9> kKeys = {
      "depth", "level", "lvl", "indent", "nivel", "niveau", "ebene", "tiefe", "nest"};
  std::string_view classes = node.attribute("class");
  for (std::string_view key : kKeys) {
    for (std::size_t at = classes.find(key); at != std::string_view::npos;
         at = classes.find(key, at + 1)) {
      std::size_t digits = at + key.size();
      if (digits < classes.size() && (classes[digits] == '-' || classes[digits] == '_')) ++digits;
      int level = 0, count = 0;
      while (digits < classes.size() && classes[digits] >= '0' && classes[digits] <= '9' && count < 3)
        level = level * 10 + (classes[digits++] - '0'), ++count;
      bool word_ends = digits >= classes.size() || !(std::isalnum(static_cast<unsigned char>(classes[digits])));
      if (count > 0 && word_ends) return level;
    }
  }
  return std::nullopt;
}

std::optional<int> printed_indent(const HtmlNode& node) {
  std::string_view style = node.attribute("style");
  for (std::string_view key : {"margin-left", "padding-left", "margin-inline-start"}) {
    std::size_t at = style.find(key);
    if (at == std::string_view::npos) continue;
    at = style.find(':', at);
    if (at == std::string_view::npos) continue;
    ++at;
    while (at < style.size() && style[at] == ' ') ++at;
    int value = 0, count = 0;
    while (at < style.size() && style[at] >= '0' && style[at] <= '9' && count < 5)
      value = value * 10 + (style[at++] - '0'), ++count;
    if (count == 0) continue;
    std::string_view unit = style.substr(at, 3);
    return unit.starts_with("em") || unit.starts_with("rem") ? value * 16 : value;
  }
  return std::nullopt;
}

bool is_replies_block(const HtmlNode& node) {
  return any_class_word(node, [](std::string_view word) { return is_one_of(word, kRepliesBlockWords); });
}

}  // namespace palabre
