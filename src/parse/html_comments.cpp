// How a thread is found, in four steps, each a loop over node ranges:
//  1. every element gets hint bits from its class/id words, microdata and tag (tables below);
//  2. candidate items: elements whose words say "comment"/"forum"/"post", schema.org Comment
//     objects, and runs of three or more sibling blocks of one kind;
//  3. each candidate is read — author, date (machine-readable first), body — leaving out the
//     nested blocks of its own kind (the replies) and chrome (buttons, titles, avatars);
//     a candidate without a body, or with neither author nor date, or whose body is mostly
//     links without both (sidebars of recent comments, share bars, counters), or that holds
//     the page's <h1> (the article) or several comment blocks (a list) is dropped;
//  4. valid items are grouped by kind; a group whose items each hold one item of another
//     group is the outer form of the same comments (it keeps the nesting), a group whose
//     items hold several is a container; the best remaining group is the thread.
#include "palabre/parse/html_comments.hpp"

#include <algorithm>
#include <array>
#include <cstdint>
#include <map>
#include <string_view>
#include <unordered_map>

#include "palabre/parse/text_page.hpp"
#include "palabre/text/utf8.hpp"

namespace palabre {
namespace {

enum Hint : unsigned {
  kStrongComment = 1u << 0,  // class says comment, or schema.org / RDFa Comment
  kWeakComment = 1u << 1,    // class says forum or post
  kAuthorHint = 1u << 2,
  kBodyHint = 1u << 3,
  kTitleHint = 1u << 4,
  kChromeHint = 1u << 5,     // buttons, tools, avatars, counters: never comment text
  kNegativeHint = 1u << 6,   // sidebars, widgets, related links: no thread inside
  kPingbackHint = 1u << 7,
  kReplyHint = 1u << 8,      // the block itself is marked as an answer
};

// Class words, compared whole unless said otherwise. Lower-case ASCII, digits dropped.
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
constexpr std::array<std::string_view, 7> kNegativeWordParts = {
    "related", "recent", "popular", "trending", "teaser", "promo", "newsletter"};
constexpr std::array<std::string_view, 2> kPingbackWords = {"pingback", "trackback"};
constexpr std::array<std::string_view, 8> kReplyWords = {
    "answer", "reponse", "antwort", "respuesta", "child", "isreply", "reply", "replies"};
constexpr std::array<std::string_view, 9> kRepliesBlockWords = {
    "replies", "children", "answers", "reponses", "antworten", "respuestas", "responses",
    "subcomments", "reply"};
constexpr std::array<std::string_view, 10> kChromeTags = {
    "button", "form", "select", "input", "textarea", "svg", "label", "noscript", "iframe",
    "object"};
constexpr std::array<std::string_view, 4> kMachineDateProps = {"datecreated", "datepublished",
                                                               "commenttime", "datemodified"};
constexpr std::array<std::string_view, 6> kContinuationLines = {
    "lire la suite", "lire plus", "voir plus", "read more", "weiterlesen", "leer mas"};

// Letters in the longest entry of kContinuationLines ("lire la suite", "weiterlesen").
constexpr std::size_t kMaxContinuationAlnums = 11;
static_assert(std::all_of(kContinuationLines.begin(), kContinuationLines.end(),
                            [](std::string_view entry) {
                              return static_cast<std::size_t>(std::count_if(
                                         entry.begin(), entry.end(),
                                         [](char c) { return c != ' '; })) <=
                                     kMaxContinuationAlnums;
                            }),
              "kMaxContinuationAlnums must bound the letters of every continuation line");

constexpr std::size_t kMaxAuthorChars = 60;
constexpr std::size_t kMaxDateChars = 120;
constexpr std::size_t kWorkPerNode = 40;  // evaluation budget, in visited nodes per page node

template <std::size_t N>
bool is_one_of(std::string_view word, const std::array<std::string_view, N>& table) {
  return std::find(table.begin(), table.end(), word) != table.end();
}

std::string lower(std::string_view text) {
  std::string out(text);
  for (char& c : out)
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c + 32);
  return out;
}

// The whole-word tables as one sorted table of (word, hint): one binary search per class
// word instead of a scan of every table.
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

// The hints of the parts found anywhere in a word ("recentcomments", "jp-relatedposts").
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

unsigned hints_of(const HtmlNode& node) {
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
  if (ascii_icontains(node.attribute("itemtype"), "comment") ||
      ascii_icontains(node.attribute("typeof"), "comment"))
    hints |= kStrongComment;
  std::string_view itemprop = node.attribute("itemprop");
  if (ascii_iequals(itemprop, "author") || ascii_iequals(itemprop, "creator"))
    hints |= kAuthorHint;
  if (ascii_iequals(itemprop, "text") || ascii_iequals(itemprop, "commenttext"))
    hints |= kBodyHint;
  if (node.tag == "cite") hints |= kAuthorHint;
  if (is_one_of(std::string_view(node.tag), kChromeTags)) hints |= kChromeHint;
  return hints;
}

// "depth-3", "level-2", "comment-level-1" → the nesting level the page prints, or 0.
int printed_depth(const HtmlNode& node) {
  std::string_view classes = node.attribute("class");
  for (std::string_view key : {"depth-", "level-", "depth_", "level_"}) {
    std::size_t at = classes.find(key);
    if (at == std::string_view::npos) continue;
    at += key.size();
    int depth = 0;
    while (at < classes.size() && classes[at] >= '0' && classes[at] <= '9' && depth < 100)
      depth = depth * 10 + (classes[at++] - '0');
    if (depth > 0) return depth;
  }
  return 0;
}

struct ItemFields {
  std::size_t node = kNoNode;
  std::size_t author_node = kNoNode;
  std::size_t date_node = kNoNode;
  std::size_t body_node = kNoNode;
  std::optional<std::string> author;
  std::optional<std::string> machine_date;  // normalized, offset kept
  std::optional<std::string> date_text;
  std::string text;
  bool truncated = false;
  bool valid = false;
};

// Author names as shown, without the "Par … ," the byline wraps them in.
std::optional<std::string> clean_author(std::string_view raw) {
  std::string text = one_line(raw);
  std::string_view name = trim(text);
  for (std::string_view lead : {"Par ", "par ", "By ", "by ", "Von ", "von ", "Posté par ",
                                "Publié par ", "Commentaire de "})
    if (name.starts_with(lead)) name.remove_prefix(lead.size());
  for (std::string_view tail : {" says:", " says", " sagt:", " dit :", " dit:", " a dit :",
                                " a écrit :", " wrote:"})
    if (name.ends_with(tail)) name.remove_suffix(tail.size());
  while (!name.empty() && (name.back() == ',' || name.back() == ':' || name.back() == ' ' ||
                           name.back() == '-' || name.back() == '|'))
    name.remove_suffix(1);
  name = trim(name);
  if (name.empty() || count_code_points(name) > kMaxAuthorChars) return std::nullopt;
  if (std::count(name.begin(), name.end(), ' ') > 5) return std::nullopt;
  return std::string(name);
}

bool is_date_like(std::string_view text, const std::optional<DateTime>& page_date) {
  if (text.empty() || text.size() > kMaxDateChars) return false;
  if (parse_date_text(text, 2000)) return true;
  return page_date && parse_relative_date(text, *page_date);
}

bool is_continuation(std::string_view line) {
  // Folding keeps every ASCII letter and digit (accents and marks go, base letters stay), and
  // what may follow an entry holds none: a line with more than an entry has is no match, and
  // most body lines are told so without being folded.
  std::size_t alnums = 0;
  for (char c : line)
    if (((c | 0x20) >= 'a' && (c | 0x20) <= 'z') || (c >= '0' && c <= '9'))
      if (++alnums > kMaxContinuationAlnums) return false;
  std::string folded = fold(trim(line));
  while (!folded.empty() && (folded.back() == '.' || folded.back() == ' ' ||
                             static_cast<unsigned char>(folded.back()) >= 0x80))
    folded.pop_back();  // "Lire la suite…", "Read more »"
  return is_one_of(std::string_view(folded), kContinuationLines);
}

// Where "Le 22/01/2020 …" starts in "Muriel - Le 22/01/2020 …", given where the date starts.
std::size_t with_leading_article(std::string_view text, std::size_t date_at) {
  for (std::string_view lead : {"Le ", "le ", "On ", "on ", "Am ", "am "}) {
    if (date_at < lead.size() || text.substr(date_at - lead.size(), lead.size()) != lead)
      continue;
    std::size_t start = date_at - lead.size();
    if (start == 0 || text[start - 1] == ' ') return start;
  }
  return date_at;
}

bool is_counter_line(std::string_view line) {
  return !line.empty() && line.find_first_not_of("0123456789()+-. ") == std::string_view::npos;
}

class ThreadFinder {
 public:
  ThreadFinder(const HtmlTree& tree, std::optional<DateTime> page_date)
      : tree_(tree), page_date_(page_date) {
    const std::size_t count = tree.nodes.size();
    hints_.assign(count, 0);
    kinds_.assign(count, kNoKind);
    classed_kind_.assign(count, false);
    // Kinds are compared for every node of every candidate: numbered once, compared as ints.
    std::unordered_map<std::string, std::uint32_t> kind_ids;
    for (std::size_t i = 0; i < count; ++i) {
      const HtmlNode& node = tree.nodes[i];
      if (node.is_text()) continue;
      hints_[i] = hints_of(node);
      std::string kind = block_kind(node);
      classed_kind_[i] = kind.size() > node.tag.size() + 1;  // more than "tag|"
      auto it = kind_ids.find(kind);
      if (it == kind_ids.end())
        it = kind_ids.emplace(std::move(kind), static_cast<std::uint32_t>(kind_ids.size())).first;
      kinds_[i] = it->second;
    }
    kind_count_ = kind_ids.size();
    text_bytes_ = text_sizes(tree);
    negative_ = chrome_regions(tree, text_bytes_, [&](const HtmlNode& node) {
      return (hints_[&node - tree.nodes.data()] & kNegativeHint) != 0;
    });
    budget_ = count * kWorkPerNode + 10000;
  }

  CommentThread run() {
    CommentThread thread;
    std::vector<ItemFields> items;
    for (std::size_t candidate : candidates()) {
      if (budget_exhausted_) break;
      ItemFields fields = read_item(candidate);
      if (fields.valid) items.push_back(std::move(fields));
    }
    if (budget_exhausted_)
      thread.warnings.push_back("the page is too large or too deeply nested: the comment "
                                "search stopped early");
    std::vector<ItemFields> chosen = choose_group(std::move(items));
    build_comments(chosen, thread);
    return thread;
  }

 private:
  bool is_comment_candidate(std::size_t i) const {
    return (hints_[i] & (kStrongComment | kWeakComment)) && !(hints_[i] & kPingbackHint);
  }

  // Hinted elements, plus runs of three or more sibling blocks of one kind.
  std::vector<std::size_t> candidates() const {
    const std::size_t count = tree_.nodes.size();
    std::vector<bool> repeated(count, false);
    std::vector<int> kinds_here(kind_count_, 0);  // children of each kind, reset per parent
    for (std::size_t parent = 0; parent < count; ++parent) {
      if (tree_.nodes[parent].is_text()) continue;
      for (std::size_t child = parent + 1; child < tree_.nodes[parent].end;
           child = tree_.nodes[child].end)
        if (!tree_.nodes[child].is_text()) ++kinds_here[kinds_[child]];
      for (std::size_t child = parent + 1; child < tree_.nodes[parent].end;
           child = tree_.nodes[child].end) {
        const HtmlNode& node = tree_.nodes[child];
        if (node.is_text() || !classed_kind_[child]) continue;
        repeated[child] = kinds_here[kinds_[child]] >= 3 &&
                          (node.tag == "li" || node.tag == "article" || node.tag == "div" ||
                           node.tag == "section");
      }
      for (std::size_t child = parent + 1; child < tree_.nodes[parent].end;
           child = tree_.nodes[child].end)
        if (!tree_.nodes[child].is_text()) kinds_here[kinds_[child]] = 0;
    }
    std::vector<std::size_t> out;
    for (std::size_t i = 0; i < count; ++i) {
      const HtmlNode& node = tree_.nodes[i];
      if (node.is_text() || negative_[i] || node.tag == "a" ||
          is_one_of(std::string_view(node.tag), kChromeTags))
        continue;
      // "comment reply" is a comment answering another; "reply" alone is a button.
      if (is_comment_candidate(i) || (repeated[i] && !(hints_[i] & kChromeHint)))
        out.push_back(i);
    }
    return out;
  }

  bool spend(std::size_t nodes) {
    if (nodes > budget_) {
      budget_exhausted_ = true;
      budget_ = 0;
      return false;
    }
    budget_ -= nodes;
    return true;
  }

  // Is node j, inside item `item`, one of the item's nested replies (same kind of block)?
  bool is_nested_item(std::size_t item, std::size_t j) const {
    return j != item && !tree_.nodes[j].is_text() && kinds_[j] == kinds_[item] &&
           is_comment_candidate(j) == is_comment_candidate(item);
  }

  // A "Lire la suite" link to the whole comment, as sites put after one they cut. Buttons do
  // not count: "Lire plus" buttons unfold text the page already holds (CSS line clamps).
  bool is_continuation_link(std::size_t j) const {
    const HtmlNode& node = tree_.nodes[j];
    return node.tag == "a" && text_bytes_[j] > 0 &&
           text_bytes_[j] <= 40 && is_continuation(one_line(subtree_text(tree_, j)));
  }

  // The text of `root` without nested replies, chrome and titles; `cut` (if given) learns
  // whether a continuation link was left out.
  std::string text_without(std::size_t root, std::size_t item,
                           std::initializer_list<std::size_t> left_out,
                           bool* cut = nullptr) const {
    return subtree_text(tree_, root, [&](std::size_t j) {
      if (is_nested_item(item, j)) return true;
      if (cut && is_continuation_link(j)) {
        *cut = true;
        return true;
      }
      if (hints_[j] & (kChromeHint | kTitleHint)) return true;
      for (std::size_t out : left_out)
        if (j == out) return true;
      return false;
    });
  }

  ItemFields read_item(std::size_t item) {
    ItemFields fields;
    fields.node = item;
    const HtmlNode& root = tree_.nodes[item];
    if (!spend(root.end - item)) return fields;

    std::vector<std::size_t> author_nodes, body_nodes, own_texts, own_elements;
    std::map<std::uint32_t, int> inner_kinds;  // comment-marked blocks of other kinds
    for (std::size_t j = item + 1; j < root.end;) {
      const HtmlNode& node = tree_.nodes[j];
      if (is_nested_item(item, j) || (hints_[j] & kChromeHint) || negative_[j]) {
        j = node.end;
        continue;
      }
      // A block holding the page's <h1> is the article ("commentary", "Kommentar").
      if (node.tag == "h1") return fields;
      // A block holding several comment-marked blocks of one kind is a list, not a comment.
      if (!node.is_text() && is_comment_candidate(j) && ++inner_kinds[kinds_[j]] >= 2)
        return fields;
      if (node.is_text()) {
        if (text_bytes_[j] > 0) own_texts.push_back(j);
      } else {
        own_elements.push_back(j);
        if (hints_[j] & kAuthorHint) author_nodes.push_back(j);
        if (hints_[j] & kBodyHint) body_nodes.push_back(j);
        if (!fields.machine_date) read_machine_date(j, fields);
      }
      ++j;
    }

    // The author: the innermost author-marked element with a name-sized text.
    for (std::size_t a = 0; a < author_nodes.size(); ++a) {
      std::size_t candidate = author_nodes[a];
      if (text_bytes_[candidate] == 0 || text_bytes_[candidate] > 4 * kMaxAuthorChars) continue;
      std::optional<std::string> name = clean_author(text_without(candidate, item, {}));
      if (!name) continue;
      bool has_inner = false;
      for (std::size_t b = a + 1; b < author_nodes.size(); ++b) {
        std::size_t inner = author_nodes[b];
        if (!tree_.contains(candidate, inner)) break;
        if (text_bytes_[inner] > 0 && clean_author(text_without(inner, item, {}))) has_inner = true;
      }
      if (has_inner) continue;
      fields.author = std::move(name);
      fields.author_node = candidate;
      break;
    }

    // The date as shown: a text node, else a short element, that reads as a date; a
    // "X - le 02/01/2019" line gives the author too.
    auto try_date = [&](std::size_t j, std::string_view raw) {
      std::string text = one_line(raw, kMaxDateChars);
      if (text.empty() || text.size() > kMaxDateChars) return false;
      if (fields.author_node != kNoNode &&
          (j == fields.author_node || tree_.contains(fields.author_node, j)))
        return false;
      if (is_date_like(text, page_date_)) {
        fields.date_text = text;
        fields.date_node = j;
        return true;
      }
      if (auto header = match_comment_header(text, 2000)) {
        // "Muriel - Le 22/01/2020 à 12:01:03": after a name the date as shown keeps its
        // "Le"; in "à écrit le 02/01/2019" the "le" belongs to the verb.
        std::size_t at = text.rfind(header->date_text);
        if (at == std::string::npos) at = text.size();
        if (header->author) at = with_leading_article(text, at);
        if (!fields.author && header->author) {
          fields.author = clean_author(text.substr(0, at));
          fields.author_node = j;
        }
        fields.date_text = at < text.size() ? text.substr(at) : header->date_text;
        fields.date_node = j;
        return true;
      }
      return false;
    };
    if (fields.machine_date && fields.date_node != kNoNode) {
      std::string shown = one_line(subtree_text(tree_, fields.date_node));
      if (is_date_like(shown, page_date_)) fields.date_text = shown;
    }
    if (!fields.date_text) {
      for (std::size_t j : own_texts)
        if (try_date(j, tree_.nodes[j].text)) break;
    }
    if (!fields.date_text) {
      for (std::size_t j : own_elements) {
        if (text_bytes_[j] == 0 || text_bytes_[j] > kMaxDateChars) continue;
        if (try_date(j, subtree_text(tree_, j))) break;
      }
    }

    // The body: the body-marked element with the most text that holds neither the author
    // nor the date; the innermost of equals. Without one, the item's own text.
    auto holds = [&](std::size_t outer, std::size_t inner) {
      return inner != kNoNode && (outer == inner || tree_.contains(outer, inner));
    };
    std::size_t best = kNoNode;
    std::size_t best_size = 0;
    bool best_is_prose = false;
    bool best_cut = false;
    std::string best_text;
    for (std::size_t j : body_nodes) {
      if (holds(j, fields.author_node) || holds(j, fields.date_node)) continue;
      if (holds(fields.date_node, j)) continue;
      if (std::any_of(author_nodes.begin(), author_nodes.end(),
                      [&](std::size_t a) { return holds(a, j); }))
        continue;  // a member menu under the name ("Profil", "Beiträge") is no text
      bool cut = false;
      std::string text = text_without(j, item, {}, &cut);
      std::size_t size = count_code_points(text);
      if (size == 0) continue;
      bool prose = link_text_share(tree_, j) <= 0.5;
      bool better = best == kNoNode || (prose && !best_is_prose) ||
                    (prose == best_is_prose &&
                     (size > best_size || (size == best_size && tree_.contains(best, j))));
      if (better) {
        best = j;
        best_size = size;
        best_is_prose = prose;
        best_cut = cut;
        best_text = std::move(text);
      }
    }
    if (best == kNoNode) {
      best = item;
      best_text = text_without(item, item, {fields.author_node, fields.date_node}, &best_cut);
    }
    fields.body_node = best;
    fields.truncated = best_cut;
    fields.text = tidy_body(best_text, fields.truncated);
    if (!fields.author) read_bold_author(own_elements, fields);
    fields.valid = judge(fields);
    return fields;
  }

  // Pages that mark nothing often set the name in bold before the text: <strong>Name</strong>.
  void read_bold_author(const std::vector<std::size_t>& own_elements, ItemFields& fields) const {
    for (std::size_t j : own_elements) {
      const HtmlNode& node = tree_.nodes[j];
      if (fields.body_node != fields.node && j >= fields.body_node) break;
      if (node.tag != "strong" && node.tag != "b" && node.tag != "cite") continue;
      if (hints_[j] & kTitleHint) continue;
      if (fields.date_node != kNoNode &&
          (j == fields.date_node || tree_.contains(j, fields.date_node) ||
           tree_.contains(fields.date_node, j)))
        continue;
      if (text_bytes_[j] == 0 || text_bytes_[j] > 4 * kMaxAuthorChars) continue;
      if (auto name = clean_author(subtree_text(tree_, j))) {
        fields.author = std::move(name);
        fields.author_node = j;
        return;
      }
    }
  }

  void read_machine_date(std::size_t j, ItemFields& fields) const {
    const HtmlNode& node = tree_.nodes[j];
    std::string itemprop = lower(node.attribute("itemprop"));
    std::string_view value = node.attribute("datetime");
    if (value.empty() && is_one_of(std::string_view(itemprop), kMachineDateProps)) {
      value = node.attribute("content");
      if (value.empty()) value = node.attribute("datetime");
    }
    bool from_title = false;
    if (value.empty() && (node.tag == "abbr" || node.tag == "time" || node.tag == "span" ||
                          node.tag == "a")) {
      value = node.attribute("title");
      from_title = true;
    }
    if (value.empty()) return;
    if (auto iso = normalize_machine_date(value)) {
      fields.machine_date = std::move(iso);
      fields.date_node = j;
    } else if (from_title && value.size() <= kMaxDateChars) {
      // A tooltip with the full date behind "3 years ago": "Tuesday, March 3, 2015 10:19 AM".
      std::optional<DateTime> date = parse_date_text(value);
      if (date && date->hour >= 0) {
        fields.machine_date = date->iso();
        fields.date_node = j;
      }
    }
  }

  // Drops chrome lines ("Signaler", "Répondre", "0", "Lire la suite"); the last marks a cut.
  static std::string tidy_body(std::string_view text, bool& truncated) {
    std::string out;
    std::size_t start = 0;
    while (start <= text.size()) {
      std::size_t end = text.find('\n', start);
      if (end == std::string_view::npos) end = text.size();
      std::string_view line = trim(text.substr(start, end - start));
      start = end + 1;
      if (line.empty() || is_ui_line(line) || is_counter_line(line)) continue;
      if (is_continuation(line)) {
        truncated = true;
        continue;
      }
      if (!out.empty()) out += '\n';
      out += line;
    }
    if (looks_truncated(out)) truncated = true;
    return out;
  }

  bool judge(const ItemFields& fields) const {
    bool has_word_character = false;
    for (std::size_t pos = 0; pos < fields.text.size() && !has_word_character;) {
      char32_t c = decode_next(fields.text, pos);
      has_word_character = is_letter(c) || is_digit(c);
    }
    if (!has_word_character) return false;
    bool has_date = fields.machine_date || fields.date_text;
    bool strong = hints_[fields.node] & kStrongComment;
    if (!has_date && !(strong && fields.author)) return false;
    // Half links: a list of links to other pages (recent comments, share bars), unless the
    // block shows both an author and a date — a reader may well post links.
    if (!(has_date && fields.author) && link_text_share(tree_, fields.body_node) > 0.5) return false;
    return true;
  }

  bool has_linked_heading(std::size_t item) const {
    std::size_t heading_end = 0;
    for (std::size_t j = item; j < tree_.nodes[item].end; ++j) {
      const HtmlNode& node = tree_.nodes[j];
      if (node.tag.size() == 2 && node.tag[0] == 'h' && node.tag[1] >= '1' && node.tag[1] <= '6')
        heading_end = node.end;
      if (j < heading_end && node.tag == "a" && !node.attribute("href").starts_with("#") &&
          !node.attribute("href").empty())
        return true;
    }
    return false;
  }

  struct Group {
    std::uint32_t kind;
    std::vector<ItemFields> items;
    bool dropped = false;
  };

  std::vector<ItemFields> choose_group(std::vector<ItemFields> items) const {
    std::map<std::uint32_t, std::size_t> index;
    std::vector<Group> groups;
    for (ItemFields& item : items) {
      std::uint32_t kind = kinds_[item.node];
      auto [it, added] = index.emplace(kind, groups.size());
      if (added) groups.push_back(Group{kind, {}, false});
      groups[it->second].items.push_back(std::move(item));
    }
    // Compare groups pairwise: outer form of the same comments, or a container of them.
    for (Group& outer : groups) {
      for (Group& inner : groups) {
        if (&outer == &inner || inner.dropped || outer.dropped) continue;
        std::size_t inside = 0, max_per_outer = 0;
        std::map<std::size_t, std::size_t> per_outer;
        // One sweep in document order; `open` holds the outer items around the position.
        std::vector<std::size_t> open;
        std::size_t next_outer = 0;
        for (const ItemFields& b : inner.items) {
          while (next_outer < outer.items.size() && outer.items[next_outer].node < b.node) {
            std::size_t a = outer.items[next_outer++].node;
            while (!open.empty() && !tree_.contains(open.back(), a)) open.pop_back();
            open.push_back(a);
          }
          while (!open.empty() && !tree_.contains(open.back(), b.node)) open.pop_back();
          if (open.empty()) continue;
          ++inside;  // open.back() is the innermost outer item holding b
          max_per_outer = std::max(max_per_outer, ++per_outer[open.back()]);
        }
        if (inside == 0) continue;
        if (max_per_outer >= 2 && per_outer.size() * 2 <= inner.items.size()) {
          outer.dropped = true;  // outer holds many: a container, not a comment
        } else if (inside == inner.items.size()) {
          inner.dropped = true;  // inner is a part of each outer comment
        }
      }
    }
    const Group* best = nullptr;
    double best_score = 0;
    for (const Group& group : groups) {
      if (group.dropped) continue;
      const ItemFields& first = group.items.front();
      unsigned hints = hints_[first.node];
      bool strong = hints & kStrongComment;
      bool weak = hints & kWeakComment;
      std::size_t dated = 0, authored = 0;
      for (const ItemFields& item : group.items) {
        dated += item.machine_date || item.date_text;
        authored += item.author.has_value();
      }
      std::size_t size = group.items.size();
      if (!strong && size < 2) continue;
      if (!strong && !weak && (size < 3 || dated < size || authored < size)) continue;
      // Unmarked blocks with a linked heading are teasers of other pages, not comments.
      if (!strong && !weak &&
          std::any_of(group.items.begin(), group.items.end(),
                      [&](const ItemFields& item) { return has_linked_heading(item.node); }))
        continue;
      double score = static_cast<double>(size) * (strong ? 3 : weak ? 2 : 1) *
                     (1.0 + static_cast<double>(dated + authored) / static_cast<double>(size));
      if (score > best_score) {
        best_score = score;
        best = &group;
      }
    }
    if (!best) return {};
    return best->items;
  }

  // The nearest ancestor (a few levels up) that is a block of answers: <div class="replies">
  // placed after the comment it answers rather than inside it.
  std::size_t replies_block(std::size_t node) const {
    std::size_t up = tree_.nodes[node].parent;
    for (int level = 0; level < 4 && up != kNoNode; ++level, up = tree_.nodes[up].parent)
      if (any_class_word(tree_.nodes[up], [](std::string_view word) {
            return is_one_of(word, kRepliesBlockWords);
          }))
        return up;
    return kNoNode;
  }

  // Replies: DOM nesting first, then a block of answers after the comment, then depth-N
  // classes, then a reply marker on the block itself.
  std::optional<std::size_t> find_parent(const std::vector<ItemFields>& items, std::size_t k,
                                         const std::vector<std::size_t>& open,
                                         std::map<int, std::size_t>& last_at_depth,
                                         std::optional<std::size_t> last_top_level) const {
    if (!open.empty()) return open.back();
    if (std::size_t block = replies_block(items[k].node); block != kNoNode) {
      for (std::size_t m = k; m-- > 0;)
        if (items[m].node < block) return m;
    }
    if (int depth = printed_depth(tree_.nodes[items[k].node]); depth > 0) {
      last_at_depth[depth] = k;
      auto parent = last_at_depth.find(depth - 1);
      if (depth > 1 && parent != last_at_depth.end()) return parent->second;
      return std::nullopt;
    }
    if (hints_[items[k].node] & kReplyHint) return last_top_level;
    return std::nullopt;
  }

  void build_comments(const std::vector<ItemFields>& items, CommentThread& thread) const {
    std::vector<std::size_t> open;  // items whose subtree we are in, outermost first
    std::map<int, std::size_t> last_at_depth;
    std::optional<std::size_t> last_top_level;
    std::optional<int> last_printed_year;
    for (std::size_t k = 0; k < items.size(); ++k) {
      const ItemFields& item = items[k];
      Comment comment;
      comment.id = "c" + std::to_string(k + 1);
      comment.author = item.author;
      comment.text = item.text;
      comment.truncated = item.truncated;
      comment.posted_at_text = item.date_text;
      if (item.machine_date) {
        comment.posted_at = item.machine_date;
      } else if (item.date_text) {
        // A date without a year takes the page's, else the last one a comment printed.
        std::optional<int> year = page_date_ ? std::optional<int>(page_date_->year) : last_printed_year;
        std::optional<DateTime> date = parse_date_text(*item.date_text, year);
        if (!date && page_date_) date = parse_relative_date(*item.date_text, *page_date_);
        if (date) {
          comment.posted_at = date->iso();
          if (date->year_printed) last_printed_year = date->year;
        } else {
          thread.warnings.push_back(comment.id + ": date '" + *item.date_text +
                                    "' has no year and the page gives none: posted_at left null");
        }
      }
      while (!open.empty() && !tree_.contains(items[open.back()].node, item.node)) open.pop_back();
      std::optional<std::size_t> parent = find_parent(items, k, open, last_at_depth, last_top_level);
      if (parent) comment.parent = "c" + std::to_string(*parent + 1);
      else last_top_level = k;
      open.push_back(k);
      thread.item_nodes.push_back(item.node);
      thread.comments.push_back(std::move(comment));
    }
    // The section: the nearest element holding every comment.
    if (!items.empty()) {
      std::size_t section = tree_.nodes[items.front().node].parent;
      while (section != kNoNode && !tree_.contains(section, items.back().node))
        section = tree_.nodes[section].parent;
      thread.section = section;
    }
  }

  const HtmlTree& tree_;
  std::optional<DateTime> page_date_;
  std::vector<unsigned> hints_;
  static constexpr std::uint32_t kNoKind = static_cast<std::uint32_t>(-1);  // text nodes
  std::vector<std::uint32_t> kinds_;  // block_kind numbered in order of first appearance
  std::vector<bool> classed_kind_;    // the kind names a class, not the tag alone
  std::size_t kind_count_ = 0;
  std::vector<bool> negative_;
  std::vector<std::size_t> text_bytes_;
  std::size_t budget_ = 0;
  bool budget_exhausted_ = false;
};

}  // namespace

CommentThread find_comment_thread(const HtmlTree& tree, std::optional<DateTime> page_date) {
  if (tree.nodes.empty()) return {};
  return ThreadFinder(tree, page_date).run();
}

}  // namespace palabre
