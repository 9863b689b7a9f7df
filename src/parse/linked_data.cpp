// JSON-LD is walked as data with an explicit stack (pages nest @graph, arrays and objects to
// any depth); each object is classified by its @type. Only the fields palabre records are
// read — the rest of schema.org is ignored on purpose.
#include "palabre/parse/linked_data.hpp"

#include <nlohmann/json.hpp>

#include <array>
#include <string_view>

#include "palabre/text/utf8.hpp"

namespace palabre {
namespace {

using nlohmann::json;

constexpr std::size_t kMaxObjects = 20000;  // a bound on hostile or huge blocks

bool type_is(const json& object, std::initializer_list<std::string_view> names) {
  auto it = object.find("@type");
  if (it == object.end()) return false;
  auto matches = [&](const json& value) {
    if (!value.is_string()) return false;
    std::string_view type = value.get_ref<const std::string&>();
    if (std::size_t slash = type.rfind('/'); slash != std::string_view::npos)
      type.remove_prefix(slash + 1);
    for (std::string_view name : names)
      if (type == name) return true;
    return false;
  };
  if (it->is_array()) {
    for (const json& value : *it)
      if (matches(value)) return true;
    return false;
  }
  return matches(*it);
}

std::optional<std::string> text_of(const json& object, std::string_view key) {
  auto it = object.find(key);
  if (it == object.end()) return std::nullopt;
  if (it->is_string()) {
    std::string value = std::string(trim(it->get_ref<const std::string&>()));
    if (!value.empty()) return value;
  }
  return std::nullopt;
}

// "author": "X" | {"name": "X"} | [ … ] → the names.
std::vector<std::string> names_of(const json& value) {
  std::vector<std::string> names;
  auto add = [&](const json& one) {
    if (one.is_string() && !trim(one.get_ref<const std::string&>()).empty())
      names.emplace_back(trim(one.get_ref<const std::string&>()));
    else if (one.is_object())
      if (auto name = text_of(one, "name")) names.push_back(*name);
  };
  if (value.is_array()) {
    for (const json& one : value) add(one);
  } else {
    add(value);
  }
  return names;
}

std::optional<long> count_of(const json& object, std::string_view key) {
  auto it = object.find(key);
  if (it == object.end()) return std::nullopt;
  if (it->is_number_integer()) return it->get<long>();
  if (it->is_string()) {
    const std::string& text = it->get_ref<const std::string&>();
    if (!text.empty() && text.size() < 10 && text.find_first_not_of("0123456789") == std::string::npos)
      return std::stol(text);
  }
  return std::nullopt;
}

void read_comment(const json& object, LinkedData& data) {
  LinkedComment comment;
  std::optional<std::string> text = text_of(object, "commentText");
  if (!text) text = text_of(object, "text");
  if (!text) return;
  comment.text = *text;
  for (const char* key : {"creator", "author"}) {
    auto it = object.find(key);
    if (it == object.end()) continue;
    std::vector<std::string> names = names_of(*it);
    if (!names.empty()) {
      comment.author = names.front();
      break;
    }
  }
  for (const char* key : {"commentTime", "dateCreated", "datePublished"}) {
    if (auto date = text_of(object, key)) {
      comment.posted_at = date;
      break;
    }
  }
  data.comments.push_back(std::move(comment));
}

void read_article(const json& object, LinkedData& data, bool& article_seen) {
  if (article_seen) return;
  article_seen = true;
  data.headline = text_of(object, "headline");
  data.published = text_of(object, "datePublished");
  data.url = text_of(object, "url");
  if (auto it = object.find("author"); it != object.end()) data.authors = names_of(*it);
  if (auto it = object.find("publisher"); it != object.end() && it->is_object())
    data.site = text_of(*it, "name");
  data.comment_count = count_of(object, "commentCount");
}

}  // namespace

LinkedData read_linked_data(const std::vector<std::string>& scripts) {
  LinkedData data;
  bool article_seen = false;
  for (const std::string& script : scripts) {
    json document = json::parse(script, nullptr, /*allow_exceptions=*/false);
    if (document.is_discarded()) {
      data.warnings.push_back("a JSON-LD block is not valid JSON: ignored");
      continue;
    }
    std::vector<const json*> pending = {&document};
    std::size_t seen = 0;
    while (!pending.empty() && ++seen < kMaxObjects) {
      const json* value = pending.back();
      pending.pop_back();
      if (value->is_array()) {
        for (auto it = value->rbegin(); it != value->rend(); ++it) pending.push_back(&*it);
        continue;
      }
      if (!value->is_object()) continue;
      if (type_is(*value, {"Comment", "UserComments"})) {
        read_comment(*value, data);
      } else if (type_is(*value, {"Article", "NewsArticle", "BlogPosting", "ReportageNewsArticle",
                                  "AnalysisNewsArticle", "OpinionNewsArticle", "TechArticle",
                                  "ScholarlyArticle", "DiscussionForumPosting", "SocialMediaPosting",
                                  "LiveBlogPosting"})) {
        read_article(*value, data, article_seen);
      }
      // Comments may hang under an article ("comment": [...]) or a @graph.
      for (const char* key : {"@graph", "comment", "mainEntity", "hasPart"}) {
        auto it = value->find(key);
        if (it != value->end() && (it->is_array() || it->is_object())) pending.push_back(&*it);
      }
    }
  }
  return data;
}

}  // namespace palabre
