// The scan keeps a stack of open element names, never deeper than the cap, so every step
// is bounded: linear in the page. It is an estimate — implied end tags (</p>, </li>) are not
// modelled — which only matters beyond the cap, where closing early is what we want anyway.
#include "palabre/parse/html_nesting.hpp"

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
  while (at < html.size() && is_name_char(html[at]) && name.size() < 32) {
    char c = html[at++];
    name += (c >= 'A' && c <= 'Z') ? static_cast<char>(c + 32) : c;
  }
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

}  // namespace

std::optional<std::string> cap_html_nesting(std::string_view html, std::size_t max_depth) {
  std::vector<std::string> open;
  std::string out;
  bool changed = false;
  std::size_t copied = 0;  // html[0, copied) is already in `out`
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
      for (std::size_t i = open.size(); i-- > 0;) {
        if (open[i] == name) {
          open.resize(i);
          break;
        }
      }
      at = end;
      continue;
    }
    bool self_closing = end >= 2 && html[end - 2] == '/';
    if (is_one_of(name, kRawTextElements)) {
      std::size_t close = html.find("</", end);
      while (close != std::string_view::npos) {
        std::size_t close_name_at = close + 2;
        if (lower_name(html, close_name_at) == name) break;
        close = html.find("</", close + 2);
      }
      at = close == std::string_view::npos ? html.size() : close;
      continue;
    }
    if (!self_closing && !is_one_of(name, kVoidElements)) {
      if (open.size() >= max_depth) {
        // Close the deepest element first, so this one opens beside it, not inside.
        if (!changed) out.reserve(html.size() + html.size() / 8);
        out.append(html.substr(copied, at - copied));
        out += "</" + open.back() + ">";
        copied = at;
        changed = true;
        open.pop_back();
      }
      open.push_back(std::move(name));
    }
    at = end;
  }
  if (!changed) return std::nullopt;
  out.append(html.substr(copied));
  return out;
}

}  // namespace palabre
