// The scan keeps a stack of open element names, never deeper than the cap, so every step
// is bounded: linear in the page. It is an estimate — implied end tags (</p>, </li>) are not
// modelled — which only matters deep in the page, where closing early is what we want anyway.
//
// How deep chains are cut. A reply chain nests one comment inside the one it answers; what
// stays open from one level to the next is the comment's element and its replies container,
// while the comment's own parts (author, text) open and close within the level. Closing the
// deepest element before every start tag beyond the cap (what browsers do) would close each
// comment before its parts are read, so every comment past the cap would lose its text.
// Instead, once the stack passes three quarters of the cap, the first start tag of a kind
// (tag name and first class word, digits left out: "depth-3" and "depth-4" are one kind)
// already open in the deeper half of the stack closes the stack down to that element and
// opens beside it. Whole comments move up a few hundred levels at a time, parts intact; the
// cost of a cut is paid back by the quarter of the cap that must be opened before the next.
// The plain cap remains for pages whose deep elements never repeat a kind.
#include "palabre/parse/html_nesting.hpp"

#include "palabre/text/utf8.hpp"

#include <array>
#include <vector>

namespace palabre {
namespace {

constexpr std::array<std::string_view, 16> kVoidElements = {
    "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param",
    "source", "track", "wbr", "keygen", "!doctype"};
constexpr std::array<std::string_view, 6> kRawTextElements = {"script", "style", "textarea",
                                                              "title", "xmp", "noscript"};

bool is_name_char(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
         c == '-' || c == ':' || c == '!';
}

std::string lower_name(std::string_view html, std::size_t& at) {
  std::string name;
  while (at < html.size() && is_name_char(html[at]) && name.size() < 32) name += ascii_lower(html[at++]);
  return name;
}

template <std::size_t N>
bool is_one_of(std::string_view name, const std::array<std::string_view, N>& table) {
  for (std::string_view entry : table)
    if (name == entry) return true;
  return false;
}

// Where the tag starting at `open` ends (one past '>'), quotes respected.
std::size_t tag_end(std::string_view html, std::size_t at) {
  char quote = 0;
  for (; at < html.size(); ++at) {
    char c = html[at];
    if (quote) {
      if (c == quote) quote = 0;
    } else if (c == '"' || c == '\'') {
      quote = c;
    } else if (c == '>') {
      return at + 1;
    }
  }
  return html.size();
}

// The first word of the class attribute among `attributes` (the tag after its name), digits
// left out; empty without one.
std::string first_class_word(std::string_view attributes) {
  for (std::size_t at = attributes.find("class"); at != std::string_view::npos;
       at = attributes.find("class", at + 5)) {
    if (at == 0 || !is_html_space(attributes[at - 1])) continue;
    std::size_t value = at + 5;
    while (value < attributes.size() && is_html_space(attributes[value])) ++value;
    if (value >= attributes.size() || attributes[value] != '=') continue;
    ++value;
    while (value < attributes.size() && is_html_space(attributes[value])) ++value;
    if (value < attributes.size() && (attributes[value] == '"' || attributes[value] == '\'')) ++value;
    while (value < attributes.size() && is_html_space(attributes[value])) ++value;
    std::string word;
    for (; value < attributes.size() && word.size() < 64; ++value) {
      char c = attributes[value];
      if (is_html_space(c) || c == '"' || c == '\'' || c == '>') break;
      if (c < '0' || c > '9') word += ascii_lower(c);
    }
    return word;
  }
  return {};
}

struct OpenElement {
  std::string name;
  std::string kind;  // name and first class word; only kept in the deeper half of the stack
};

// Rewrites the markup as it scans it, closing elements where the stack would grow too deep.
class NestingCap {
 public:
  NestingCap(std::string_view html, std::size_t max_depth)
      : html_(html), max_depth_(max_depth), cut_from_(max_depth / 2),
        cut_when_(html_nesting_cut_depth(max_depth)) {}

  // The tag at `at` named `name` (attributes up to `end`) opens an element that stays open.
  void open(std::size_t at, std::string name, std::size_t end) {
    std::string kind;
    if (open_.size() + 1 > cut_from_)
      kind = name + ' ' + first_class_word(html_.substr(at, end - at));
    if (open_.size() >= cut_when_) {
      for (std::size_t i = cut_from_; i < open_.size(); ++i)
        if (open_[i].kind == kind) {
          close_down_to(at, i);
          break;
        }
    }
    // Close the deepest element first, so this one opens beside it, not inside.
    if (open_.size() >= max_depth_) close_down_to(at, open_.size() - 1);
    open_.push_back({std::move(name), std::move(kind)});
  }

  void close(std::string_view name) {
    for (std::size_t i = open_.size(); i-- > 0;) {
      if (open_[i].name == name) {
        open_.resize(i);
        return;
      }
    }
  }

  std::optional<std::string> result() {
    if (!changed_) return std::nullopt;
    out_.append(html_.substr(copied_));
    return std::move(out_);
  }

 private:
  // End tags for the open elements from the deepest up to open_[depth], inserted before `at`.
  void close_down_to(std::size_t at, std::size_t depth) {
    if (!changed_) out_.reserve(html_.size() + html_.size() / 8);
    changed_ = true;
    out_.append(html_.substr(copied_, at - copied_));
    copied_ = at;
    while (open_.size() > depth) {
      out_ += "</" + open_.back().name + ">";
      open_.pop_back();
    }
  }

  std::string_view html_;
  std::size_t max_depth_, cut_from_, cut_when_;
  std::vector<OpenElement> open_;
  std::string out_;
  std::size_t copied_ = 0;  // html_[0, copied_) is already in out_
  bool changed_ = false;
};

// Where the raw text of the element named `name` (a script, a style) ends: at its end tag.
std::size_t raw_text_end(std::string_view html, std::string_view name, std::size_t from) {
  std::size_t close = html.find("</", from);
  while (close != std::string_view::npos) {
    std::size_t close_name_at = close + 2;
    if (lower_name(html, close_name_at) == name) return close;
    close = html.find("</", close + 2);
  }
  return html.size();
}

}  // namespace

std::optional<std::string> cap_html_nesting(std::string_view html, std::size_t max_depth) {
  NestingCap cap(html, max_depth);
  std::size_t at = 0;
  while ((at = html.find('<', at)) != std::string_view::npos) {
    if (html.substr(at, 4) == "<!--") {
      std::size_t end = html.find("-->", at + 4);
      at = end == std::string_view::npos ? html.size() : end + 3;
      continue;
    }
    std::size_t name_at = at + 1;
    bool closing = name_at < html.size() && html[name_at] == '/';
    if (closing) ++name_at;
    std::string name = lower_name(html, name_at);
    if (name.empty()) {
      ++at;
      continue;
    }
    std::size_t end = tag_end(html, name_at);
    if (closing) {
      cap.close(name);
    } else if (is_one_of(name, kRawTextElements)) {
      end = raw_text_end(html, name, end);
    } else if (!(end >= 2 && html[end - 2] == '/') && !is_one_of(name, kVoidElements)) {
      cap.open(at, std::move(name), end);
    }
    at = end;
  }
  return cap.result();
}

}  // namespace palabre
