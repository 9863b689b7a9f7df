// Titles: sites decorate <title> and og:title with their name or section ("X - Le Site",
// "Pétition : X"); the page's own <h1> tells the bare title, so a candidate that is the h1
// plus a separator and decoration is cut back to the h1. When <title> and <h1> agree and
// og:title says something else, the share headline was rewritten for social networks and the
// page's own pair wins. Main text: the element under which the most paragraph text sits.
#include "palabre/parse/html_article.hpp"

#include <algorithm>
#include <array>
#include <cctype>
#include <map>

#include "palabre/parse/dates.hpp"
#include "palabre/parse/text_page.hpp"
#include "palabre/text/utf8.hpp"

namespace palabre {
namespace {

constexpr std::size_t kMinParagraphChars = 40;
constexpr std::array<std::string_view, 8> kTitleSeparators = {
    " - ", " | ", " – ", " — ", " :: ", " · ", " » ", " : "};
constexpr std::array<std::string_view, 13> kLeaveOutWords = {
    "widget", "sidebar", "related", "share", "sharing", "social", "newsletter", "footer",
    "nav", "menu", "breadcrumb", "comments", "promo"};
constexpr std::array<std::string_view, 9> kLedeWords = {
    "lede", "chapo", "chapeau", "standfirst", "intro", "lead", "leadin", "summary", "excerpt"};

// Titles are one line; like every text palabre records, they keep the no-break spaces of
// French typography ("E-commerce\u00a0: …"), as the text parser does.
std::string title_text(std::string_view raw) {
  std::string line(raw);
  for (char& c : line)
    if (c == '\n' || c == '\r' || c == '\t' || c == '\f') c = ' ';
  return detail::tidy_lines(line);
}

// "H | Site", "Rubrique : H" → H, when H is one of the page's <h1>.
std::optional<std::string> strip_decoration(const std::string& title,
                                            const std::vector<std::string>& headings) {
  for (const std::string& heading : headings) {
    // The decoration is the shorter part: a site-logo <h1> is no article title.
    if (heading.empty() || heading.size() * 2 <= title.size()) continue;
    for (std::string_view separator : kTitleSeparators) {
      if (title.starts_with(heading) &&
          std::string_view(title).substr(heading.size()).starts_with(separator))
        return heading;
      if (title.ends_with(heading)) {
        // "Rubrique : H" ends in " : " and "Rubrique: H" in ": ".
        std::string_view before = std::string_view(title).substr(0, title.size() - heading.size());
        if (before.ends_with(separator) || before.ends_with(separator.substr(1))) return heading;
      }
    }
  }
  return std::nullopt;
}

// "Title - Site" without the site, when there is no <h1> to tell: the longest part.
std::string strip_site_suffix(const std::string& title, const std::optional<std::string>& site) {
  for (std::string_view separator : kTitleSeparators) {
    if (separator == " : ") continue;  // a colon is part of many titles
    std::vector<std::string> parts;
    std::size_t start = 0;
    while (true) {
      std::size_t at = title.find(separator, start);
      parts.push_back(title.substr(start, at == std::string::npos ? std::string::npos : at - start));
      if (at == std::string::npos) break;
      start = at + separator.size();
    }
    if (parts.size() < 2) continue;
    if (site) {
      std::string site_key = folded_letters_and_digits(*site);
      std::erase_if(parts, [&](const std::string& part) { return folded_letters_and_digits(part) == site_key; });
    }
    std::string longest;
    for (const std::string& part : parts)
      if (count_code_points(part) > count_code_points(longest)) longest = part;
    if (!longest.empty()) return std::string(trim(longest));
  }
  return title;
}

bool is_left_out(const HtmlNode& node) {
  if (node.tag == "footer" || node.tag == "form") return true;
  return any_leading_class_word(node, [](std::string_view word) {
    return std::find(kLeaveOutWords.begin(), kLeaveOutWords.end(), word) != kLeaveOutWords.end();
  });
}

// Elements inside comment blocks (class words saying comment, schema.org Comment).
std::vector<bool> comment_blocks(const HtmlTree& tree) {
  std::vector<bool> inside(tree.nodes.size(), false);
  for (std::size_t i = 0; i < tree.nodes.size(); ++i) {
    const HtmlNode& node = tree.nodes[i];
    inside[i] = node.parent != kNoNode && inside[node.parent];
    if (inside[i] || node.is_text()) continue;
    if (any_class_word(node, [](std::string_view word) {
          return word.find("comment") != std::string_view::npos ||
                 word.find("coment") != std::string_view::npos ||
                 word.find("komment") != std::string_view::npos;
        }))
      inside[i] = true;
    if (node.attribute("itemtype").find("Comment") != std::string_view::npos) inside[i] = true;
  }
  return inside;
}

// Many pages name the publication as the author ("lefigaro.fr", "L'Opinion"): no person.
bool is_site_name(const std::string& name, const std::optional<std::string>& site) {
  if (name.find(' ') == std::string::npos && name.find('.') != std::string::npos) return true;
  if (!site) return false;
  std::string name_key = folded_letters_and_digits(name);
  std::string site_key = folded_letters_and_digits(*site);
  return !name_key.empty() && !site_key.empty() &&
         (name_key.find(site_key) != std::string::npos ||
          site_key.find(name_key) != std::string::npos);
}

template <std::size_t N>
bool has_word(const HtmlNode& node, const std::array<std::string_view, N>& table) {
  return any_class_word(node, [&](std::string_view word) {
    return std::find(table.begin(), table.end(), word) != table.end();
  });
}

}  // namespace

namespace {

// What the page says of itself, gathered in one pass: <meta> tags, <title>, canonical link,
// <h1>s, and microdata or rel="author" outside the comments.
struct PageMetadata {
  std::optional<std::string> og_title, document_title, og_url, canonical, og_site, published;
  std::vector<std::string> headings, authors, marked_authors;
  std::optional<std::string> marked_published;
};

void read_meta_tag(const HtmlNode& node, PageMetadata& page) {
  std::string_view key = node.attribute("property");
  if (key.empty()) key = node.attribute("name");
  std::string_view value = node.attribute("content");
  if (value.empty()) value = node.attribute("value");
  if (trim(value).empty()) return;
  if (key == "og:title" && !page.og_title) page.og_title = title_text(value);
  else if (key == "og:url" && !page.og_url) page.og_url = std::string(trim(value));
  else if (key == "og:site_name" && !page.og_site) page.og_site = title_text(value);
  else if ((key == "article:published_time" || key == "datePublished" || key == "date" ||
            key == "pubdate" || key == "DC.date.issued" || key == "dc.date") && !page.published)
    page.published = std::string(trim(value));
  else if (key == "author" || (key == "article:author" && !trim(value).starts_with("http")))
    page.authors.push_back(title_text(value));
  if (node.attribute("itemprop") == "datePublished" && !page.published)
    page.published = std::string(trim(value));
}

// Microdata and rel="author" in the article itself (comments carry their own).
void read_marked_metadata(const HtmlTree& tree, std::size_t i, PageMetadata& page) {
  const HtmlNode& node = tree.nodes[i];
  std::string_view itemprop = node.attribute("itemprop");
  if (itemprop == "datePublished" && !page.marked_published) {
    std::string_view value = node.attribute("datetime");
    if (value.empty()) value = node.attribute("content");
    if (normalize_machine_date(value)) page.marked_published = std::string(trim(value));
  } else if ((itemprop == "author" || node.attribute("rel") == "author") &&
             page.marked_authors.size() < 8) {
    std::string name = title_text(subtree_text(tree, i));
    // A name, not "View all posts by Daniel Lemire".
    if (!name.empty() && count_code_points(name) <= 60 && std::count(name.begin(), name.end(), ' ') <= 3)
      page.marked_authors.push_back(name);
  }
}

PageMetadata read_page_metadata(const HtmlTree& tree) {
  PageMetadata page;
  const std::vector<bool> in_comments = comment_blocks(tree);
  for (std::size_t i = 0; i < tree.nodes.size(); ++i) {
    const HtmlNode& node = tree.nodes[i];
    if (node.tag != "meta" && !node.is_text() && !in_comments[i]) read_marked_metadata(tree, i, page);
    if (node.tag == "meta") {
      read_meta_tag(node, page);
    } else if (node.tag == "title" && !page.document_title) {
      page.document_title = title_text(subtree_text(tree, i));
    } else if (node.tag == "link" && node.attribute("rel") == "canonical" && !page.canonical) {
      if (!trim(node.attribute("href")).empty()) page.canonical = std::string(trim(node.attribute("href")));
    } else if (node.tag == "h1" && page.headings.size() < 8) {
      std::string heading = title_text(subtree_text(tree, i));
      if (!heading.empty()) page.headings.push_back(std::move(heading));
    }
  }
  return page;
}

// By order of trust: og:title or JSON-LD headline (unless <title> and <h1> agree on another
// one), then <title> and <h1> together, then <title> without its decoration, then <h1>.
std::optional<std::string> choose_title(const PageMetadata& page, const LinkedData& linked,
                                        const std::optional<std::string>& site) {
  std::optional<std::string> headline;
  if (linked.headline) headline = title_text(*linked.headline);
  const std::vector<std::string>& headings = page.headings;
  // <title> and an <h1> that agree speak for the page itself.
  std::optional<std::string> page_pair;
  if (page.document_title) {
    std::string stripped = strip_decoration(*page.document_title, headings).value_or(*page.document_title);
    std::string key = folded_letters_and_digits(stripped);
    for (const std::string& heading : headings) {
      if (!key.empty() && folded_letters_and_digits(heading) == key) {
        page_pair = stripped;
        break;
      }
    }
  }
  const std::optional<std::string>& shared = page.og_title ? page.og_title : headline;
  if (shared && !folded_letters_and_digits(*shared).empty() &&
      (!page_pair || folded_letters_and_digits(*shared).find(folded_letters_and_digits(*page_pair)) != std::string::npos))
    return strip_decoration(*shared, headings).value_or(*shared);
  if (page_pair) return page_pair;
  if (page.document_title && !page.document_title->empty())
    return strip_decoration(*page.document_title, headings).value_or(strip_site_suffix(*page.document_title, site));
  if (!headings.empty()) return headings.front();
  return std::nullopt;
}

// The site's name, else the host of the page's url.
std::optional<std::string> choose_site(const std::optional<std::string>& named,
                                       const std::optional<std::string>& url) {
  if (named) return named;
  if (!url) return std::nullopt;
  std::string_view rest = *url;
  std::size_t scheme = rest.find("://");
  if (scheme == std::string_view::npos) return std::nullopt;
  rest.remove_prefix(scheme + 3);
  rest = rest.substr(0, rest.find('/'));
  if (rest.empty()) return std::nullopt;
  return std::string(rest);
}

}  // namespace

void read_article_metadata(const HtmlTree& tree, const LinkedData& linked, Article& article) {
  PageMetadata page = read_page_metadata(tree);
  std::optional<std::string> site = page.og_site ? page.og_site : linked.site;
  article.title = choose_title(page, linked, site);
  article.url = page.canonical ? page.canonical : page.og_url ? page.og_url : linked.url;
  article.site = choose_site(site, article.url);
  std::optional<std::string> published = page.published;
  if (!published) published = linked.published;
  if (!published) published = page.marked_published;
  std::vector<std::string> authors = std::move(page.authors);
  if (authors.empty() && linked.authors.empty()) authors = std::move(page.marked_authors);
  if (published) article.published = normalize_machine_date(*published).value_or(*published);
  authors.insert(authors.begin(), linked.authors.begin(), linked.authors.end());
  for (std::string& name : authors) {
    if (name.empty() || is_site_name(name, article.site) ||
        std::find(article.authors.begin(), article.authors.end(), name) != article.authors.end())
      continue;
    article.authors.push_back(std::move(name));
  }
}

namespace {

struct TextBlock {
  std::size_t node;
  std::string text;
};

// The paragraphs under the container with the most paragraph text (`score`), in page order.
std::vector<std::string> main_paragraphs(const HtmlTree& tree, std::vector<TextBlock> blocks,
                                         const std::map<std::size_t, std::size_t>& score) {
  std::size_t best = kNoNode, best_score = 0;
  for (const auto& [container, points] : score)
    if (points > best_score) best = container, best_score = points;
  std::vector<std::string> paragraphs;
  for (TextBlock& block : blocks)
    if (best != kNoNode && (block.node == best || tree.contains(best, block.node)))
      paragraphs.push_back(std::move(block.text));
  return paragraphs;
}

}  // namespace

void read_article_text(const HtmlTree& tree, const CommentThread& thread, Article& article) {
  const std::size_t count = tree.nodes.size();
  // Nodes out of the article: chrome containers and the comment thread.
  std::vector<bool> out = chrome_regions(tree, text_sizes(tree), is_left_out);
  auto mark_out = [&](std::size_t root) {
    if (root == kNoNode) return;
    for (std::size_t j = root; j < tree.nodes[root].end; ++j) out[j] = true;
  };
  mark_out(thread.section);
  for (std::size_t item : thread.item_nodes) mark_out(item);

  std::vector<TextBlock> blocks;
  std::map<std::size_t, std::size_t> score;  // container → paragraph characters under it
  std::optional<std::string> lede;
  for (std::size_t i = 0; i < count; ++i) {
    const HtmlNode& node = tree.nodes[i];
    if (out[i] || node.is_text()) continue;
    bool is_lede = has_word(node, kLedeWords);
    if (node.tag != "p" && node.tag != "figcaption" && !is_lede) continue;
    std::string text = one_line(subtree_text(tree, i));
    if (text.empty()) continue;
    if (auto credits = match_credits_line(text)) {
      article.credits = std::move(credits);
      continue;
    }
    if (auto attribution = match_attribution_line(text)) {
      article.attribution = std::move(attribution);
      continue;
    }
    if (count_code_points(text) < kMinParagraphChars || is_related_link_line(text) ||
        link_text_share(tree, i) > 0.5)
      continue;
    if (is_lede) {
      if (!lede) lede = text;
      i = node.end - 1;
      continue;
    }
    if (node.tag != "p") continue;
    std::size_t size = count_code_points(text);
    if (node.parent != kNoNode) {
      score[node.parent] += size;
      std::size_t grand = tree.nodes[node.parent].parent;
      if (grand != kNoNode) score[grand] += size / 2;
    }
    blocks.push_back({i, std::move(text)});
    i = node.end - 1;  // a <p> inside a <p> is the same paragraph
  }
  std::vector<std::string> paragraphs = main_paragraphs(tree, std::move(blocks), score);
  if (!lede && !paragraphs.empty()) {
    lede = std::move(paragraphs.front());
    paragraphs.erase(paragraphs.begin());
  } else if (lede && !paragraphs.empty() && paragraphs.front() == *lede) {
    paragraphs.erase(paragraphs.begin());
  }
  article.lede = std::move(lede);
  article.paragraphs = std::move(paragraphs);
}

namespace {

// The "." of "1.977" or the space of "1 977": a digit before, exactly three after.
bool is_thousands_separator(const std::string& text, std::size_t at, const std::string& token) {
  auto digit = [&](std::size_t i) {
    return i < text.size() && std::isdigit(static_cast<unsigned char>(text[i]));
  };
  return !token.empty() && std::isdigit(static_cast<unsigned char>(token.back())) &&
         digit(at + 1) && digit(at + 2) && digit(at + 3) && !digit(at + 4);
}

}  // namespace

std::optional<long> match_comment_count(std::string_view text) {
  static constexpr auto kCountWords = std::to_array<std::string_view>({
      "commentaire", "commentaires", "comment", "comments", "reaction", "reactions",
      "reflexion", "reflexions", "response", "responses", "reply", "replies", "thought",
      "thoughts", "kommentar", "kommentare", "leserkommentare", "gedanke", "gedanken",
      "erganzung", "erganzungen", "comentario", "comentarios", "respuesta", "respuestas",
      "opiniones", "commento", "commenti", "risposta", "risposte", "pensieri", "resposta",
      "respostas", "opinioes", "reactie", "reacties", "contribution", "contributions", "avis",
      "antworten", "antwort", "messages", "discussion"});
  // Words a title may follow the count with: "5 thoughts on “…”", "3 reacties op …".
  static constexpr auto kTitleLinks = std::to_array<std::string_view>({
      "on", "sur", "to", "zu", "a", "au", "pour", "en", "su", "em", "para", "op", "over",
      "sobre", "in", "voor", "de"});
  std::string folded = fold(text);
  if (folded.size() > 160) return std::nullopt;
  // Words and numbers; "1.977" and "1 977" are one number.
  std::vector<std::string> tokens;
  std::string token;
  auto flush = [&] {
    if (!token.empty()) tokens.push_back(std::move(token));
    token.clear();
  };
  for (std::size_t i = 0; i < folded.size(); ++i) {
    char c = folded[i];
    bool digit = c >= '0' && c <= '9';
    bool letter = c >= 'a' && c <= 'z';
    if ((c == '.' || c == ',' || c == ' ') && is_thousands_separator(folded, i, token)) continue;
    if (!digit && !letter) {
      flush();
      continue;
    }
    if (!token.empty() && (std::isdigit(static_cast<unsigned char>(token.back())) != 0) != digit) flush();
    token += c;
  }
  flush();
  auto is_number = [](const std::string& t) {
    return !t.empty() && t.size() <= 9 && std::isdigit(static_cast<unsigned char>(t[0]));
  };
  auto is_count_word = [](const std::string& t) {
    return std::find(kCountWords.begin(), kCountWords.end(), t) != kCountWords.end();
  };
  if (tokens.size() >= 2 && is_number(tokens[0]) && is_count_word(tokens[1])) {
    // "160 commentaires", "5 thoughts on “Title”": the count leads, a title may follow.
    if (tokens.size() == 2 ||
        std::find(kTitleLinks.begin(), kTitleLinks.end(), tokens[2]) != kTitleLinks.end())
      return std::stol(tokens[0]);
    return std::nullopt;
  }
  // "Commentaires (6)", "Vos réactions 12", "Kommentare: 3".
  std::size_t at = 0;
  while (at < tokens.size() && !is_count_word(tokens[at]) && at < 2) ++at;
  if (at < tokens.size() && is_count_word(tokens[at]) && at + 2 == tokens.size() &&
      is_number(tokens[at + 1]))
    return std::stol(tokens[at + 1]);
  return std::nullopt;
}

namespace {

// Navigation, sidebars, related and recent lists: their counters count other pages' comments.
std::vector<bool> counter_exclusions(const HtmlTree& tree) {
  std::vector<bool> out(tree.nodes.size(), false);
  for (std::size_t i = 0; i < tree.nodes.size(); ++i) {
    const HtmlNode& node = tree.nodes[i];
    bool chrome = node.tag == "aside" || node.tag == "nav" || node.tag == "script" ||
                  any_class_word(node, [](std::string_view word) {
                    return word == "widget" || word == "sidebar" || word == "related" ||
                           word == "teaser" || word == "recent";
                  });
    out[i] = (node.parent != kNoNode && out[node.parent]) || chrome;
  }
  return out;
}

// Elements whose class or link speaks of comments, and what they hold.
std::vector<bool> about_comments(const HtmlTree& tree) {
  std::vector<bool> about(tree.nodes.size(), false);
  for (std::size_t i = 0; i < tree.nodes.size(); ++i) {
    const HtmlNode& node = tree.nodes[i];
    about[i] = (node.parent != kNoNode && about[node.parent]) ||
               any_class_word(node, [](std::string_view word) {
                 return word.find("comment") != std::string_view::npos ||
                        word.find("coment") != std::string_view::npos ||
                        word.find("komment") != std::string_view::npos ||
                        word.find("reacti") != std::string_view::npos;
               });
  }
  return about;
}

// <span class="comment-count">15</span>: a bare number in a counter about comments.
std::optional<long> bare_counter(const HtmlNode& node, const std::string& text) {
  if (text.empty() || text.size() > 7 || text.find_first_not_of("0123456789") != std::string::npos)
    return std::nullopt;
  bool counter = any_class_word(node, [](std::string_view word) {
    return word == "count" || word == "counter" || word == "number" || word == "nb" ||
           word == "total" || word == "compteur" || word == "anzahl" || word == "contador" ||
           word.ends_with("count");
  });
  if (!counter) return std::nullopt;
  return std::stol(text);
}

}  // namespace

std::optional<long> find_declared_comment_count(const HtmlTree& tree, const LinkedData& linked,
                                                const CommentThread& thread) {
  if (linked.comment_count) return linked.comment_count;
  const std::vector<bool> out = counter_exclusions(tree);
  const std::vector<bool> about = about_comments(tree);
  auto count_at = [&](std::size_t i) -> std::optional<long> {
    const HtmlNode& node = tree.nodes[i];
    if (out[i] || node.is_text() || node.end - i > 40) return std::nullopt;
    std::string text = one_line(subtree_text(tree, i));
    if (auto n = match_comment_count(text)) return n;
    return about[i] ? bare_counter(node, text) : std::nullopt;
  };
  if (!thread.item_nodes.empty()) {
    // The nearest count before the first comment, within a few levels of the thread.
    std::size_t first = thread.item_nodes.front();
    std::size_t scope = thread.section;
    for (int up = 0; up < 3 && scope != kNoNode && tree.nodes[scope].parent != kNoNode; ++up)
      scope = tree.nodes[scope].parent;
    if (scope == kNoNode) scope = 0;
    std::optional<long> found;
    for (std::size_t i = scope; i < first; ++i)
      if (auto n = count_at(i)) found = n;
    return found;
  }
  for (std::size_t i = 0; i < tree.nodes.size(); ++i) {
    const HtmlNode& node = tree.nodes[i];
    bool heading = node.tag.size() == 2 && node.tag[0] == 'h' && node.tag[1] >= '1' &&
                   node.tag[1] <= '6';
    if (!heading && !about[i]) continue;
    if (auto n = count_at(i)) return n;
  }
  return std::nullopt;
}

}  // namespace palabre
