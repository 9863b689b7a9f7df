// Lenient by design: a script that builds records by hand should only have to give texts.
// Fields of the wrong type are errors naming the field, not silent nulls.
#include "palabre/parse/json_page.hpp"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <vector>

#include "palabre/error.hpp"
#include "palabre/text/json_error.hpp"
#include "palabre/text/utf8.hpp"

namespace palabre {
namespace {

using nlohmann::json;

// object[key] as a list of strings; empty when missing or null.
std::vector<std::string> read_string_list(const json& object, const char* key, const std::string& where) {
  std::vector<std::string> values;
  auto found = object.find(key);
  if (found == object.end() || found->is_null()) return values;
  const bool strings = found->is_array() && std::all_of(found->begin(), found->end(),
                                                        [](const json& item) { return item.is_string(); });
  if (!strings) throw Error(ErrorKind::kInput, where, std::string("'") + key + "' must be an array of strings or null");
  for (const json& item : *found) values.push_back(item.get<std::string>());
  return values;
}

void read_article(const json& object, Article& article, const std::string& where) {
  if (!object.is_object()) throw Error(ErrorKind::kInput, where, "'article' must be an object");
  const std::string at = where + ": article";
  article.title = read_optional_string(object, "title", at);
  article.url = read_optional_string(object, "url", at);
  article.site = read_optional_string(object, "site", at);
  article.published = read_optional_string(object, "published", at);
  article.lede = read_optional_string(object, "lede", at);
  article.credits = read_optional_string(object, "credits", at);
  article.attribution = read_optional_string(object, "attribution", at);
  article.authors = read_string_list(object, "authors", at);
  article.paragraphs = read_string_list(object, "paragraphs", at);
  if (auto declared = object.find("comment_count_declared"); declared != object.end() && !declared->is_null()) {
    if (!declared->is_number_integer() || declared->get<long long>() < 0)
      throw Error(ErrorKind::kInput, at, "'comment_count_declared' must be an integer ≥ 0 or null");
    article.comment_count_declared = declared->get<long>();
  }
}

// Why a JSON document is not a palabre.thread/1 record, in words that say what it is.
std::string not_a_record(const json& document) {
  const std::string wanted = "not a palabre.thread/1 record (an object with \"comments\": [{\"text\": ...}])";
  if (document.is_array()) return "a JSON array, " + wanted;
  if (!document.is_object()) return "a JSON " + std::string(document.type_name()) + ", " + wanted;
  if (auto schema = document.find("schema"); schema != document.end() && schema->is_string()) {
    const std::string name = schema->get<std::string>();
    if (name.starts_with("palabre.partial/"))
      return "a " + name + " document (a corpus summary for 'palabre merge'), not a page";
    if (!name.starts_with("palabre.thread/")) return "schema '" + name + "' is not palabre.thread/1";
  }
  std::string keys;
  std::size_t shown = 0;
  for (auto it = document.begin(); it != document.end() && shown < 8; ++it, ++shown)
    keys += (keys.empty() ? "" : ", ") + it.key();
  return "no \"comments\" array: " + wanted + (keys.empty() ? "; the object is empty" : "; its keys: " + keys);
}

}  // namespace

std::optional<std::string> read_optional_string(const json& object, const char* key,
                                                const std::string& where) {
  auto found = object.find(key);
  if (found == object.end() || found->is_null()) return std::nullopt;
  if (!found->is_string())
    throw Error(ErrorKind::kInput, where, std::string("'") + key + "' must be a string or null");
  std::string value = found->get<std::string>();
  if (value.empty()) return std::nullopt;
  return value;
}

Comment read_comment_record(const json& object, std::size_t index, const std::string& where) {
  auto text = object.find("text");
  if (text == object.end() || !text->is_string())
    throw Error(ErrorKind::kInput, where, "'text' is required and must be a string");
  Comment comment;
  comment.id = read_optional_string(object, "id", where).value_or("c" + std::to_string(index + 1));
  comment.author = read_optional_string(object, "author", where);
  comment.posted_at = read_optional_string(object, "posted_at", where);
  comment.posted_at_text = read_optional_string(object, "posted_at_text", where);
  comment.parent = read_optional_string(object, "parent", where);
  comment.text = text->get<std::string>();
  if (auto truncated = object.find("truncated"); truncated != object.end() && !truncated->is_null()) {
    if (!truncated->is_boolean()) throw Error(ErrorKind::kInput, where, "'truncated' must be true, false or null");
    comment.truncated = truncated->get<bool>();
  }
  return comment;
}

void replace_nul_characters(Thread& thread) {
  std::size_t count = 0;
  auto clean = [&count](std::optional<std::string>& field) {
    if (field) count += replace_nul_characters(*field);
  };
  Article& article = thread.article;
  for (auto* field : {&article.title, &article.url, &article.site, &article.published,
                      &article.lede, &article.credits, &article.attribution})
    clean(*field);
  for (std::vector<std::string>* list : {&article.authors, &article.paragraphs})
    for (std::string& value : *list) count += replace_nul_characters(value);
  for (Comment& comment : thread.comments) {
    count += replace_nul_characters(comment.id) + replace_nul_characters(comment.text);
    for (auto* field : {&comment.author, &comment.posted_at, &comment.posted_at_text, &comment.parent})
      clean(*field);
  }
  for (std::string& warning : thread.warnings) count += replace_nul_characters(warning);
  count += replace_nul_characters(thread.source.path);
  if (count > 0) thread.warnings.push_back(nul_bytes_warning(count));
}

Thread parse_json_page(std::string_view text, const std::string& path) {
  // An array is no record whatever it holds: its syntax is checked, its values dropped as
  // they are read rather than built into a tree (a tree costs tens of bytes per value).
  // Without exceptions a failed parse, a number overflowing a double included, is a
  // discarded value; the error is described once, from the text, for the message.
  const bool is_array = trim(text).starts_with("[");
  json document = is_array ? json::parse(text, [](int, json::parse_event_t, json&) { return false; },
                                         /*allow_exceptions=*/false)
                           : json::parse(text, nullptr, /*allow_exceptions=*/false);
  if (document.is_discarded())
    throw Error(ErrorKind::kInput, path,
                "not valid JSON (expected a palabre.thread/1 record): " +
                    sanitize_utf8(describe_json_syntax_error(text)));
  if (is_array) document = json::array();
  Thread thread = read_thread_record(document, path);
  replace_nul_characters(thread);
  return thread;
}

Thread read_thread_record(const json& document, const std::string& path) {
  if (!document.is_object()) throw Error(ErrorKind::kInput, path, not_a_record(document));
  if (auto schema = document.find("schema");
      schema != document.end() && schema->is_string() &&
      !schema->get<std::string>().starts_with("palabre.thread/"))
    throw Error(ErrorKind::kInput, path, not_a_record(document));

  Thread thread;
  if (auto article = document.find("article"); article != document.end() && !article->is_null())
    read_article(*article, thread.article, path);
  auto comments = document.find("comments");
  if (comments == document.end()) throw Error(ErrorKind::kInput, path, not_a_record(document));
  if (!comments->is_array()) throw Error(ErrorKind::kInput, path, "'comments' must be an array");
  for (std::size_t i = 0; i < comments->size(); ++i) {
    const json& item = (*comments)[i];
    std::string where = path + ": comments[" + std::to_string(i) + "]";
    if (!item.is_object()) throw Error(ErrorKind::kInput, where, "must be an object");
    thread.comments.push_back(read_comment_record(item, i, where));
  }
  if (auto warnings = document.find("warnings"); warnings != document.end() && warnings->is_array())
    for (const json& warning : *warnings)
      if (warning.is_string()) thread.warnings.push_back(warning.get<std::string>());
  return thread;
}

}  // namespace palabre
