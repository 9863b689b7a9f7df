// MyHTML is confined to this file. The page is parsed once (single-threaded mode: palabre
// parallelises across files, not inside one) and walked once to collect the article.
// Comment threads in HTML are recognised by the generic extractor of issue 3; until then
// this parser returns the article alone and says so in a warning.
#include "palabre/parse/html_page.hpp"

#include <myhtml/myhtml.h>

#include <cstring>
#include <memory>
#include <optional>
#include <vector>
#include <string>

#include "palabre/text/utf8.hpp"

namespace palabre {
namespace {

struct MyHtmlDeleter {
  void operator()(myhtml_t* parser) const { myhtml_destroy(parser); }
  void operator()(myhtml_tree_t* tree) const { myhtml_tree_destroy(tree); }
};

std::string_view attribute(myhtml_tree_node_t* node, const char* key) {
  myhtml_tree_attr_t* attr = myhtml_attribute_by_key(node, key, std::strlen(key));
  if (!attr) return {};
  std::size_t length = 0;
  const char* value = myhtml_attribute_value(attr, &length);
  return value ? std::string_view(value, length) : std::string_view();
}

// The visible text below a node, white space collapsed.
void collect_text(myhtml_tree_node_t* node, std::string& out) {
  for (myhtml_tree_node_t* child = myhtml_node_child(node); child;
       child = myhtml_node_next(child)) {
    myhtml_tag_id_t tag = myhtml_node_tag_id(child);
    if (tag == MyHTML_TAG__TEXT) {
      std::size_t length = 0;
      const char* text = myhtml_node_text(child, &length);
      if (text) out.append(text, length);
    } else if (tag == MyHTML_TAG_BR) {
      out += '\n';
    } else if (tag != MyHTML_TAG_SCRIPT && tag != MyHTML_TAG_STYLE && tag != MyHTML_TAG__COMMENT) {
      collect_text(child, out);
    }
  }
}

std::string collapse_spaces(std::string_view text) {
  std::string out;
  bool pending_space = false;
  std::size_t pos = 0;
  while (pos < text.size()) {
    std::size_t before = pos;
    char32_t c = decode_next(text, pos);
    if (is_space(c) && c != 0x202F && c != 0x00A0) {
      pending_space = !out.empty();
      continue;
    }
    if (pending_space) out += ' ';
    pending_space = false;
    out.append(text.substr(before, pos - before));
  }
  return out;
}

bool is_boilerplate_container(myhtml_tree_node_t* node) {
  myhtml_tag_id_t tag = myhtml_node_tag_id(node);
  return tag == MyHTML_TAG_NAV || tag == MyHTML_TAG_HEADER || tag == MyHTML_TAG_FOOTER ||
         tag == MyHTML_TAG_ASIDE || tag == MyHTML_TAG_FORM || tag == MyHTML_TAG_SCRIPT ||
         tag == MyHTML_TAG_STYLE;
}

class ArticleCollector {
 public:
  explicit ArticleCollector(Article& article) : article_(article) {}

  void walk(myhtml_tree_node_t* node, int depth) {
    // Iterative over siblings, recursive over children with a depth cap: saved pages can
    // nest deeper than any stack should follow.
    for (; node; node = myhtml_node_next(node)) {
      myhtml_tag_id_t tag = myhtml_node_tag_id(node);
      if (tag == MyHTML_TAG_META) {
        read_meta(node);
        continue;
      }
      if (tag == MyHTML_TAG_TITLE && !document_title_) {
        std::string text;
        collect_text(node, text);
        document_title_ = collapse_spaces(text);
        continue;
      }
      if (is_boilerplate_container(node)) continue;
      if (tag == MyHTML_TAG_H1 && !first_h1_) {
        std::string text;
        collect_text(node, text);
        if (!trim(text).empty()) first_h1_ = collapse_spaces(text);
      }
      if (tag == MyHTML_TAG_P) {
        std::string text;
        collect_text(node, text);
        std::string paragraph = collapse_spaces(text);
        if (count_code_points(paragraph) >= 40) paragraphs_.push_back(std::move(paragraph));
        continue;
      }
      if (depth < 512) walk(myhtml_node_child(node), depth + 1);
    }
  }

  void finish() {
    if (og_title_) article_.title = og_title_;
    else if (document_title_ && !document_title_->empty()) article_.title = document_title_;
    else article_.title = first_h1_;
    if (!paragraphs_.empty()) {
      article_.lede = paragraphs_.front();
      article_.paragraphs.assign(paragraphs_.begin() + 1, paragraphs_.end());
    }
  }

 private:
  void read_meta(myhtml_tree_node_t* node) {
    std::string_view property = attribute(node, "property");
    std::string_view content = attribute(node, "content");
    if (content.empty()) return;
    if (property == "og:title") og_title_ = collapse_spaces(content);
    else if (property == "og:url") article_.url = std::string(content);
    else if (property == "og:site_name") article_.site = collapse_spaces(content);
    else if (property == "article:published_time") article_.published = std::string(content);
  }

  Article& article_;
  std::optional<std::string> og_title_, document_title_, first_h1_;
  std::vector<std::string> paragraphs_;
};

}  // namespace

Thread parse_html_page(std::string_view html) {
  Thread thread;
  std::unique_ptr<myhtml_t, MyHtmlDeleter> parser(myhtml_create());
  if (myhtml_init(parser.get(), MyHTML_OPTIONS_PARSE_MODE_SINGLE, 1, 0) != MyHTML_STATUS_OK) {
    thread.warnings.push_back("the HTML parser could not start");
    return thread;
  }
  std::unique_ptr<myhtml_tree_t, MyHtmlDeleter> tree(myhtml_tree_create());
  if (myhtml_tree_init(tree.get(), parser.get()) != MyHTML_STATUS_OK ||
      myhtml_parse(tree.get(), MyENCODING_UTF_8, html.data(), html.size()) != MyHTML_STATUS_OK) {
    thread.warnings.push_back("the HTML parser failed on this page");
    return thread;
  }
  ArticleCollector collector(thread.article);
  collector.walk(myhtml_node_child(myhtml_tree_get_document(tree.get())), 0);
  collector.finish();
  thread.warnings.push_back("comment threads in HTML pages are not extracted yet");
  return thread;
}

}  // namespace palabre
