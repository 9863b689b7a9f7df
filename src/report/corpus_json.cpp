// The corpus document and the partials as JSON; reading partials back is partial_reader.cpp.
#include "palabre/report/corpus_json.hpp"

#include <cmath>

#include "palabre/corpus/partial_reader.hpp"
#include "palabre/error.hpp"
#include "palabre/report/json.hpp"
#include "palabre/text/fingerprint.hpp"

namespace palabre {
namespace {

using nlohmann::json;
constexpr auto kReplace = json::error_handler_t::replace;

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
  out << "],\"palabre_version\":" << dump(corpus.palabre_version)
      << ",\"themes_fingerprint\":" << dump(corpus.themes_fingerprint)
      << ",\"analysis_options\":" << dump(corpus.analysis_options)
      << ",\"threads_fingerprint\":" << dump(fingerprint_hex(corpus.threads_fingerprint)) << "}\n";
}

namespace {

class CorpusJsonDocument : public ReportDocument {
 public:
  explicit CorpusJsonDocument(Generator generator) : ReportDocument(",\n"), generator_(std::move(generator)) {}

  // On the workers: writing JSON is a fair share of the work.
  RenderedThread render_thread(const ThreadReport& report, std::size_t) const override {
    std::string text = "    ";
    text.reserve(8192);
    JsonWriter json(text, 2, 2);
    write_report_json(json, report, generator_);
    return {"\n", std::move(text)};
  }

  void begin(std::ostream& out) override {
    std::string text = "{\n  \"schema\": \"" + std::string(kCorpusSchema) + "\",\n  \"generator\": ";
    JsonWriter json(text, 2, 1);
    write_generator_json(json, generator_);
    out << text << ",\n  \"threads\": [";
  }

  void finish(std::ostream& out, const CorpusReport& corpus) override {
    std::string text = threads_written() > 0 ? "\n  ]" : "]";
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
    out << text;
  }

 private:
  Generator generator_;
};

class PartialDocument : public ReportDocument {
 public:
  RenderedThread render_thread(const ThreadReport&, std::size_t) const override { return {}; }
  void finish(std::ostream& out, const CorpusReport& corpus) override { write_partial(out, corpus); }
};

}  // namespace

std::unique_ptr<ReportDocument> make_corpus_json_document(const Generator& generator) {
  return std::make_unique<CorpusJsonDocument>(generator);
}

std::unique_ptr<ReportDocument> make_partial_document() { return std::make_unique<PartialDocument>(); }

}  // namespace palabre
