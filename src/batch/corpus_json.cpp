// Partials are read strictly (a wrong type is an error naming the field): a reduce that
// silently dropped a figure would give a wrong total with no sign of it.
#include "palabre/batch/corpus_json.hpp"

#include <cmath>

#include "palabre/error.hpp"

namespace palabre {
namespace {

using nlohmann::json;

constexpr auto kReplace = json::error_handler_t::replace;

std::string indent_lines(const std::string& text, const std::string& indent) {
  // JSON strings escape their newlines, so every newline here is between tokens.
  std::string out;
  out.reserve(text.size() + text.size() / 8);
  out += indent;
  // Append line by line: a per-character append was ~5% of a batch run (callgrind).
  std::size_t begin = 0;
  for (std::size_t newline = text.find('\n'); newline != std::string::npos;
       newline = text.find('\n', begin)) {
    out.append(text, begin, newline + 1 - begin);
    out += indent;
    begin = newline + 1;
  }
  out.append(text, begin, std::string::npos);
  return out;
}

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

OrderedJson failure_to_json(const Failure& failure) {
  return OrderedJson{{"path", failure.path}, {"error", failure.error}};
}

OrderedJson corpus_summary_to_json(const CorpusReport& corpus) {
  OrderedJson themes = OrderedJson::array();
  for (const RankedTheme& ranked : rank_themes(corpus)) {
    double share = corpus.comments == 0
                       ? 0.0
                       : std::round(static_cast<double>(ranked.theme->comments) * 10000.0 /
                                    static_cast<double>(corpus.comments)) / 10000.0;
    themes.push_back(OrderedJson{{"id", ranked.id},
                                 {"label", ranked.theme->label},
                                 {"comments", ranked.theme->comments},
                                 {"share", share},
                                 {"threads", ranked.theme->threads}});
  }
  OrderedJson points = OrderedJson::array();
  for (const RankedPoint& ranked : rank_points(corpus)) {
    OrderedJson articles = OrderedJson::array();
    for (const PointArticle& article : ranked.point->articles) articles.push_back(article.path);
    points.push_back(OrderedJson{{"phrase", ranked.phrase},
                                 {"threads", ranked.point->threads},
                                 {"comments", ranked.point->comments},
                                 {"articles", std::move(articles)}});
  }
  OrderedJson per_day = OrderedJson::object();
  for (const auto& [day, count] : corpus.per_day) per_day[day] = count;
  OrderedJson summary;
  summary["threads"] = corpus.threads;
  summary["comments"] = corpus.comments;
  summary["tagged"] = corpus.tagged;
  summary["failed"] = corpus.failures.size();
  summary["themes"] = std::move(themes);
  summary["talking_points"] = std::move(points);
  summary["per_day"] = std::move(per_day);
  summary["undated"] = corpus.undated;
  return summary;
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
  out_ << (any_thread_ ? "\n  ]" : "]") << ",\n";
  OrderedJson failures = OrderedJson::array();
  for (const Failure& failure : corpus.failures) failures.push_back(failure_to_json(failure));
  // nlohmann writes an empty array as "[]" whatever the indent.
  out_ << "  \"failures\": " << indent_lines(failures.dump(2, ' ', false, kReplace), "  ").substr(2)
       << ",\n";
  out_ << "  \"summary\": "
       << indent_lines(corpus_summary_to_json(corpus).dump(2, ' ', false, kReplace), "  ").substr(2)
       << "\n}\n";
}

std::string render_thread_for_corpus(const OrderedJson& record) {
  return indent_lines(record.dump(2, ' ', false, kReplace), "    ");
}

}  // namespace palabre
