// Lenient by design: a script that builds records by hand should only have to give texts.
// Fields of the wrong type are errors naming the field, not silent nulls.
#include "palabre/parse/json_page.hpp"

#include <nlohmann/json.hpp>

#include "palabre/error.hpp"
#include "palabre/text/utf8.hpp"

namespace palabre {
namespace {

using nlohmann::json;

void read_article(const json& object, Article& article, const std::string& where) {
  if (!object.is_object()) throw Error(ErrorKind::kInput, where, "'article' must be an object");
  article.title = read_optional_string(object, "title", where);
  article.url = read_optional_string(object, "url", where);
  article.site = read_optional_string(object, "site", where);
  article.published = read_optional_string(object, "published", where);
  article.lede = read_optional_string(object, "lede", where);
  article.credits = read_optional_string(object, "credits", where);
  article.attribution = read_optional_string(object, "attribution", where);
  if (auto authors = object.find("authors"); authors != object.end() && authors->is_array())
    for (const json& author : *authors)
      if (author.is_string()) article.authors.push_back(author.get<std::string>());
  if (auto paragraphs = object.find("paragraphs");
      paragraphs != object.end() && paragraphs->is_array())
    for (const json& paragraph : *paragraphs)
      if (paragraph.is_string()) article.paragraphs.push_back(paragraph.get<std::string>());
  if (auto declared = object.find("comment_count_declared");
      declared != object.end() && declared->is_number_integer())
    article.comment_count_declared = declared->get<long>();
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
  if (auto truncated = object.find("truncated"); truncated != object.end() && truncated->is_boolean())
    comment.truncated = truncated->get<bool>();
  return comment;
}

Thread parse_json_page(std::string_view text, const std::string& path) {
  json document = json::parse(text, nullptr, /*allow_exceptions=*/false);
  if (document.is_discarded())
    throw Error(ErrorKind::kInput, path, "not valid JSON (expected a palabre.thread/1 record)");
  return read_thread_record(document, path);
}

Thread read_thread_record(const json& document, const std::string& path) {
  if (!document.is_object())
    throw Error(ErrorKind::kInput, path, "expected a JSON object (a palabre.thread/1 record)");
  if (auto schema = document.find("schema");
      schema != document.end() && schema->is_string() &&
      !schema->get<std::string>().starts_with("palabre.thread/"))
    throw Error(ErrorKind::kInput, path,
                "schema '" + schema->get<std::string>() + "' is not palabre.thread/1");

  Thread thread;
  if (auto article = document.find("article"); article != document.end() && !article->is_null())
    read_article(*article, thread.article, path);
  auto comments = document.find("comments");
  if (comments == document.end() || !comments->is_array())
    throw Error(ErrorKind::kInput, path, "'comments' must be an array");
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
