// Partials are read strictly (a wrong type is an error naming the field): a reduce that
// silently dropped a figure would give a wrong total with no sign of it.
#include "palabre/batch/corpus_json.hpp"

#include <cmath>

#include "palabre/error.hpp"

namespace palabre {
namespace {

using nlohmann::json;
constexpr auto kReplace = json::error_handler_t::replace;

const json& field(const json& object, const char* key, const std::string& where) {
  auto found = object.find(key);
  if (found == object.end()) throw Error(ErrorKind::kInput, where, std::string("'") + key + "' is missing");
  return *found;
}

std::size_t count_field(const json& object, const char* key, const std::string& where) {
  const json& value = field(object, key, where);
  if (!value.is_number_unsigned() && !(value.is_number_integer() && value.get<long long>() >= 0))
    throw Error(ErrorKind::kInput, where, std::string("'") + key + "' must be a count (an integer ≥ 0)");
  return value.get<std::size_t>();
}

std::string string_field(const json& object, const char* key, const std::string& where) {
  const json& value = field(object, key, where);
  if (!value.is_string()) throw Error(ErrorKind::kInput, where, std::string("'") + key + "' must be a string");
  return value.get<std::string>();
}

const json& array_field(const json& object, const char* key, const std::string& where) {
  const json& value = field(object, key, where);
  if (!value.is_array()) throw Error(ErrorKind::kInput, where, std::string("'") + key + "' must be an array");
  return value;
}

std::map<std::string, std::size_t> counts_object(const json& object, const char* key,
                                                 const std::string& where) {
  const json& value = field(object, key, where);
  if (!value.is_object()) throw Error(ErrorKind::kInput, where, std::string("'") + key + "' must be an object");
  std::map<std::string, std::size_t> counts;
  for (auto it = value.begin(); it != value.end(); ++it)
    counts[it.key()] = count_field(value, it.key().c_str(), where + ": " + key);
  return counts;
}

CorpusReport partial_from_json(const json& document, const std::string& where, std::size_t budget) {
  if (!document.is_object()) throw Error(ErrorKind::kInput, where, "expected a palabre.partial/1 object");
  auto schema = document.find("schema");
  if (schema == document.end() || !schema->is_string() || *schema != kPartialSchema)
    throw Error(ErrorKind::kInput, where,
                "not a palabre.partial/1 document (write partials with 'palabre analyze --emit partial')");
  CorpusReport corpus;
  corpus.points = PointTable(budget);
  corpus.threads = count_field(document, "threads", where);
  corpus.comments = count_field(document, "comments", where);
  corpus.tagged = count_field(document, "tagged", where);
  corpus.undated = count_field(document, "undated", where);
  const json& themes = array_field(document, "themes", where);
  for (std::size_t i = 0; i < themes.size(); ++i) {
    std::string at = where + ": themes[" + std::to_string(i) + "]";
    CorpusTheme theme{string_field(themes[i], "label", at), count_field(themes[i], "comments", at),
                      count_field(themes[i], "threads", at)};
    CorpusReport one;
    one.themes[string_field(themes[i], "id", at)] = std::move(theme);
    merge_corpus(corpus, one);
  }
  const json& points = array_field(document, "talking_points", where);
  for (std::size_t i = 0; i < points.size(); ++i) {
    std::string at = where + ": talking_points[" + std::to_string(i) + "]";
    const json& item = points[i];
    CorpusPoint point;
    point.spellings = counts_object(item, "spellings", at);
    point.threads = count_field(item, "threads", at);
    point.comments = count_field(item, "comments", at);
    const json& articles = array_field(item, "articles", at);
    for (std::size_t a = 0; a < articles.size(); ++a) {
      std::string article_at = at + ": articles[" + std::to_string(a) + "]";
      point.articles.push_back(
          {string_field(articles[a], "path", article_at), count_field(articles[a], "comments", article_at)});
    }
    corpus.points.add(string_field(item, "key", at), point);  // also re-caps and re-sorts the articles
  }
  corpus.per_day = counts_object(document, "per_day", where);
  const json& failures = array_field(document, "failures", where);
  for (std::size_t i = 0; i < failures.size(); ++i) {
    std::string at = where + ": failures[" + std::to_string(i) + "]";
    corpus.failures.push_back({string_field(failures[i], "path", at), string_field(failures[i], "error", at)});
  }
  return corpus;
}

}  // namespace

void write_failure_json(JsonWriter& json, const Failure& failure) {
  json.begin_object().member("path", failure.path).member("error", failure.error).end_object();
}

void write_corpus_summary_json(JsonWriter& json, const CorpusReport& corpus) {
  json.begin_object()
      .member("threads", corpus.threads)
      .member("comments", corpus.comments)
      .member("tagged", corpus.tagged)
      .member("failed", corpus.failures.size())
      .key("themes")
      .begin_array();
  for (const RankedTheme& ranked : rank_themes(corpus)) {
    double share = corpus.comments == 0
                       ? 0.0
                       : std::round(static_cast<double>(ranked.theme->comments) * 10000.0 /
                                    static_cast<double>(corpus.comments)) / 10000.0;
    json.begin_object()
        .member("id", ranked.id)
        .member("label", ranked.theme->label)
        .member("comments", ranked.theme->comments)
        .member("share", share)
        .member("threads", ranked.theme->threads)
        .end_object();
  }
  json.end_array().key("talking_points").begin_array();
  for (const RankedPoint& ranked : rank_points(corpus)) {
    json.begin_object()
        .member("phrase", ranked.phrase)
        .member("threads", ranked.point->threads)
        .member("comments", ranked.point->comments)
        .key("articles")
        .begin_array();
    for (const PointArticle& article : ranked.point->articles) json.value(article.path);
    json.end_array().end_object();
  }
  json.end_array().key("per_day").begin_object();
  for (const auto& [day, count] : corpus.per_day) json.member(day, count);
  json.end_object().member("undated", corpus.undated).end_object();
}

void write_corpus_totals_json(JsonWriter& json, const CorpusReport& corpus) {
  json.begin_object()
      .member("files", corpus.threads + corpus.failures.size())
      .member("comments", corpus.comments)
      .key("themes")
      .begin_object();
  for (const auto& [id, theme] : corpus.themes) json.member(id, theme.comments);
  json.end_object().end_object();
}

void write_partial(std::ostream& out, const CorpusReport& corpus) {
  auto dump = [](const OrderedJson& value) { return value.dump(-1, ' ', false, kReplace); };
  out << "{\"schema\":" << dump(kPartialSchema) << ",\"threads\":" << corpus.threads
      << ",\"comments\":" << corpus.comments << ",\"tagged\":" << corpus.tagged
      << ",\"undated\":" << corpus.undated << ",\"themes\":[";
  const char* separator = "";
  for (const auto& [id, theme] : corpus.themes) {
    out << separator << dump(OrderedJson{{"id", id}, {"label", theme.label}, {"comments", theme.comments},
                                         {"threads", theme.threads}});
    separator = ",";
  }
  // The points one at a time, in key order: there may be more of them than fit in memory.
  out << "],\"talking_points\":[";
  separator = "";
  corpus.points.for_each([&](const std::string& key, const CorpusPoint& point) {
    OrderedJson spellings = OrderedJson::object();
    for (const auto& [phrase, count] : point.spellings) spellings[phrase] = count;
    OrderedJson articles = OrderedJson::array();
    for (const PointArticle& article : point.articles)
      articles.push_back(OrderedJson{{"path", article.path}, {"comments", article.comments}});
    out << separator << dump(OrderedJson{{"key", key}, {"spellings", std::move(spellings)},
                                         {"threads", point.threads}, {"comments", point.comments},
                                         {"articles", std::move(articles)}});
    separator = ",";
  });
  OrderedJson per_day = OrderedJson::object();
  for (const auto& [day, count] : corpus.per_day) per_day[day] = count;
  out << "],\"per_day\":" << dump(per_day) << ",\"failures\":[";
  separator = "";
  for (const Failure& failure : corpus.failures) {
    out << separator << dump(OrderedJson{{"path", failure.path}, {"error", failure.error}});
    separator = ",";
  }
  out << "]}\n";
}

void read_partials(std::istream& in, const std::string& where, CorpusReport& corpus) {
  std::size_t index = 0;
  for (;;) {
    in >> std::ws;
    if (in.peek() == std::char_traits<char>::eof()) break;
    ++index;
    std::string at = where + ": document " + std::to_string(index);
    json document;
    try {
      in >> document;
    } catch (const json::exception& error) {
      throw Error(ErrorKind::kInput, at, std::string("not valid JSON: ") + error.what());
    }
    merge_corpus(corpus, partial_from_json(document, at, corpus.points.budget()));
  }
  if (in.bad()) throw Error(ErrorKind::kInput, where, "read error");
  if (index == 0) throw Error(ErrorKind::kInput, where, "no partial in it (empty input)");
}

CorpusJsonWriter::CorpusJsonWriter(std::ostream& out) : out_(out) {}

void CorpusJsonWriter::begin() {
  out_ << "{\n  \"schema\": \"" << kCorpusSchema << "\",\n  \"threads\": [";
}

void CorpusJsonWriter::add_thread(const std::string& record) {
  out_ << (any_thread_ ? ",\n" : "\n") << record;
  any_thread_ = true;
}

void CorpusJsonWriter::finish(const CorpusReport& corpus) {
  std::string text = any_thread_ ? "\n  ]" : "]";
  text += ",\n  \"failures\": ";
  JsonWriter json(text, 2, 1);
  json.begin_array();
  for (const Failure& failure : corpus.failures) write_failure_json(json, failure);
  json.end_array();
  text += ",\n  \"summary\": ";
  write_corpus_summary_json(json, corpus);
  text += ",\n  \"totals\": ";
  write_corpus_totals_json(json, corpus);
  text += "\n}\n";
  out_ << text;
}

std::string render_thread_for_corpus(const ThreadReport& report) {
  std::string text = "    ";
  text.reserve(8192);
  JsonWriter json(text, 2, 2);
  write_report_json(json, report);
  return text;
}

}  // namespace palabre
