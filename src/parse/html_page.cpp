// MyHTML is confined to this file: the page is parsed once (single-threaded mode: palabre
// parallelises across files, not inside one) and copied into an HtmlTree of plain values by
// one loop — no recursion, so nesting depth costs nothing but memory. Everything after that
// (article, comments, JSON-LD) works on the HtmlTree and knows nothing of MyHTML.
#include "palabre/parse/html_page.hpp"

#include <myhtml/myhtml.h>

#include <algorithm>
#include <cstdio>
#include <iterator>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "palabre/error.hpp"
#include "palabre/parse/comment_merge.hpp"
#include "palabre/parse/dates.hpp"
#include "palabre/parse/html_article.hpp"
#include "palabre/parse/html_comments.hpp"
#include "palabre/parse/html_nesting.hpp"
#include "palabre/parse/html_tree.hpp"
#include "palabre/parse/linked_data.hpp"

namespace palabre {
namespace {

struct MyHtmlDeleter {
  void operator()(myhtml_t* parser) const { myhtml_destroy(parser); }
  void operator()(myhtml_tree_t* tree) const { myhtml_tree_destroy(tree); }
};

// The text of an element's children, for <script type="application/ld+json">.
std::string child_text(myhtml_tree_node_t* node) {
  std::string text;
  for (myhtml_tree_node_t* child = myhtml_node_child(node); child; child = myhtml_node_next(child)) {
    std::size_t length = 0;
    const char* chunk = myhtml_node_text(child, &length);
    if (chunk) text.append(chunk, length);
  }
  return text;
}

bool contains_ascii_lower(std::string_view text, std::string_view lower_word) {
  for (std::size_t at = 0; at + lower_word.size() <= text.size(); ++at) {
    bool match = true;
    for (std::size_t i = 0; i < lower_word.size() && match; ++i) {
      char c = text[at + i];
      if (c >= 'A' && c <= 'Z') c = static_cast<char>(c + 32);
      match = c == lower_word[i];
    }
    if (match) return true;
  }
  return false;
}

// Walks the nodes copy_tree keeps, in document order, with one loop (no recursion): comments
// and doctype are left out, and the children of text, scripts, styles and templates are not
// visited. enter(node, tag, descends) sees each kept node; leave() is called on climbing out
// of a node whose children were visited.
template <typename Enter, typename Leave>
void walk_kept_nodes(myhtml_tree_node_t* root, Enter enter, Leave leave) {
  myhtml_tree_node_t* node = root;
  while (node) {
    myhtml_tag_id_t tag = myhtml_node_tag_id(node);
    bool descend = false;
    if (tag != MyHTML_TAG__COMMENT && tag != MyHTML_TAG__DOCTYPE) {
      descend = tag != MyHTML_TAG__TEXT && tag != MyHTML_TAG_SCRIPT &&
                tag != MyHTML_TAG_STYLE && tag != MyHTML_TAG_TEMPLATE &&
                tag != MyHTML_TAG_NOSCRIPT && myhtml_node_child(node) != nullptr;
      enter(node, tag, descend);
    }
    if (descend) {
      node = myhtml_node_child(node);
      continue;
    }
    // Climb until a next sibling, leaving each ancestor on the way.
    while (node && node != root && !myhtml_node_next(node)) {
      node = myhtml_node_parent(node);
      if (node) leave();
    }
    node = (node && node != root) ? myhtml_node_next(node) : nullptr;
  }
}

// An element's attributes, names lowercased, into the tree's storage (`scratch` is reused
// between elements).
std::span<HtmlAttribute> copy_attributes(myhtml_tree_node_t* node, HtmlStorage& storage,
                                         std::vector<HtmlAttribute>& scratch) {
  scratch.clear();
  for (myhtml_tree_attr_t* attr = myhtml_node_attribute_first(node); attr; attr = myhtml_attribute_next(attr)) {
    std::size_t key_length = 0, value_length = 0;
    const char* key = myhtml_attribute_key(attr, &key_length);
    const char* value = myhtml_attribute_value(attr, &value_length);
    if (!key) continue;
    scratch.push_back({storage.keep_lower(std::string_view(key, key_length)),
                       value ? storage.keep(std::string_view(value, value_length)) : std::string_view()});
  }
  std::span<HtmlAttribute> slots = storage.attribute_slots(scratch.size());
  std::copy(scratch.begin(), scratch.end(), slots.begin());
  return slots;
}

// Copies MyHTML's tree: elements with their attributes, text nodes; JSON-LD scripts are kept
// aside. Names and texts go into the tree's storage, so a node costs no allocation of its
// own; the nodes are counted first so that their array is allocated once, at its size (on a
// page of millions of nodes, growing it by doubling would hold two copies at once).
HtmlTree copy_tree(myhtml_tree_t* tree, myhtml_tree_node_t* root) {
  HtmlTree out;
  std::size_t count = 0;
  walk_kept_nodes(root, [&](myhtml_tree_node_t*, myhtml_tag_id_t, bool) { ++count; }, [] {});
  out.nodes.reserve(count);

  HtmlStorage& storage = out.storage;
  const std::string_view text_tag = storage.tag_name("#text");
  std::vector<std::string_view> names_by_id;  // lower-case tag names, by MyHTML tag id
  std::vector<HtmlAttribute> attributes;      // the current element's, reused
  std::vector<std::size_t> open;  // indices of the copied ancestors of the current node
  auto enter = [&](myhtml_tree_node_t* node, myhtml_tag_id_t tag, bool descends) {
    HtmlNode copy;
    copy.parent = open.empty() ? kNoNode : open.back();
    copy.depth = static_cast<int>(open.size());
    if (tag == MyHTML_TAG__TEXT) {
      copy.tag = text_tag;
      std::size_t length = 0;
      const char* text = myhtml_node_text(node, &length);
      if (text) copy.text = storage.keep(std::string_view(text, length));
    } else {
      if (tag >= names_by_id.size()) names_by_id.resize(tag + 1);
      if (names_by_id[tag].data() == nullptr) {
        std::size_t length = 0;
        const char* name = myhtml_tag_name_by_id(tree, tag, &length);
        std::string lower(name ? name : "", name ? length : 0);
        for (char& c : lower)
          if (c >= 'A' && c <= 'Z') c = static_cast<char>(c + 32);
        names_by_id[tag] = storage.tag_name(lower);
      }
      copy.tag = names_by_id[tag];
      copy.attributes = copy_attributes(node, storage, attributes);
      if (tag == MyHTML_TAG_SCRIPT && contains_ascii_lower(copy.attribute("type"), "ld+json"))
        out.linked_data.push_back(child_text(node));
    }
    copy.end = out.nodes.size() + 1;
    out.nodes.push_back(copy);
    if (descends) open.push_back(out.nodes.size() - 1);
  };
  auto leave = [&] {
    if (open.empty()) return;
    out.nodes[open.back()].end = out.nodes.size();
    open.pop_back();
  };
  walk_kept_nodes(root, enter, leave);
  for (std::size_t index : open) out.nodes[index].end = out.nodes.size();
  return out;
}

}  // namespace

namespace detail {

void require_html_parser_ok(unsigned int status, std::string_view step) {
  if (status == MyHTML_STATUS_OK) return;
  static constexpr unsigned int kOutOfMemory[] = {
      MyHTML_STATUS_ERROR_MEMORY_ALLOCATION,        MyHTML_STATUS_RULES_ERROR_MEMORY_ALLOCATION,
      MyHTML_STATUS_TOKENIZER_ERROR_MEMORY_ALLOCATION, MyHTML_STATUS_TAGS_ERROR_MEMORY_ALLOCATION,
      MyHTML_STATUS_TAGS_ERROR_CACHE_MEMORY_ALLOCATION, MyHTML_STATUS_TAGS_ERROR_INDEX_MEMORY_ALLOCATION,
      MyHTML_STATUS_TREE_ERROR_MEMORY_ALLOCATION};
  const bool memory = std::find(std::begin(kOutOfMemory), std::end(kOutOfMemory), status) != std::end(kOutOfMemory);
  char code[16];
  std::snprintf(code, sizeof code, "0x%04x", status);
  throw Error(ErrorKind::kInput, "",
              "the HTML parser (MyHTML) failed to " + std::string(step) + " (status " + code + ")" +
                  (memory ? ": memory ran out (fewer --jobs leave more to each page)" : ""));
}

}  // namespace detail

Thread parse_html_page(std::string_view html) {
  Thread thread;
  std::unique_ptr<myhtml_t, MyHtmlDeleter> parser(myhtml_create());
  if (!parser) detail::require_html_parser_ok(MyHTML_STATUS_ERROR_MEMORY_ALLOCATION, "start");
  detail::require_html_parser_ok(myhtml_init(parser.get(), MyHTML_OPTIONS_PARSE_MODE_SINGLE, 1, 0), "start");
  std::optional<std::string> capped = cap_html_nesting(html);
  if (capped) {
    html = *capped;
    thread.warnings.push_back(
        "elements nested deeper than " + std::to_string(html_nesting_cut_depth(kMaxHtmlNesting)) +
        " levels were moved up beside shallower ones: in a reply chain that deep, some replies "
        "show as answering an earlier comment");
  }
  std::unique_ptr<myhtml_tree_t, MyHtmlDeleter> tree(myhtml_tree_create());
  if (!tree) detail::require_html_parser_ok(MyHTML_STATUS_ERROR_MEMORY_ALLOCATION, "start");
  detail::require_html_parser_ok(myhtml_tree_init(tree.get(), parser.get()), "start");
  detail::require_html_parser_ok(myhtml_parse(tree.get(), MyENCODING_UTF_8, html.data(), html.size()),
                                 "read the page");
  myhtml_tree_node_t* root = myhtml_tree_get_node_html(tree.get());
  if (!root) throw Error(ErrorKind::kInput, "", "the HTML parser (MyHTML) gave no document for this page");
  const HtmlTree page = copy_tree(tree.get(), root);
  // The copy is all we need: free MyHTML's memory (tree, then the parser it was made with)
  // before the analysis.
  tree.reset();
  parser.reset();

  LinkedData linked = read_linked_data(page.linked_data);
  thread.warnings.insert(thread.warnings.end(), linked.warnings.begin(), linked.warnings.end());
  read_article_metadata(page, linked, thread.article);
  std::optional<DateTime> page_date;
  if (thread.article.published) page_date = parse_machine_date(*thread.article.published);

  CommentThread comments = find_comment_thread(page, page_date);
  read_article_text(page, comments, thread.article);
  thread.article.comment_count_declared = find_declared_comment_count(page, linked, comments);
  merge_linked_comments(comments.comments, linked.comments, comments.warnings);
  thread.comments = std::move(comments.comments);
  thread.warnings.insert(thread.warnings.end(), comments.warnings.begin(), comments.warnings.end());

  const auto& declared = thread.article.comment_count_declared;
  if (declared && *declared != static_cast<long>(thread.comments.size()))
    thread.warnings.push_back("the page announces " + std::to_string(*declared) +
                              " comments but holds " + std::to_string(thread.comments.size()));
  return thread;
}

}  // namespace palabre
