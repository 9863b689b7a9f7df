// Key order is the contract's (DESIGN.md): it is written here once, in code order.
#include "palabre/report/json.hpp"

#include "palabre/report/corpus_json.hpp"
#include "palabre/report/json_stream.hpp"

namespace palabre {
namespace {

void write_comment_fields(JsonWriter& json, const Comment& comment) {
  json.member("id", comment.id)
      .member("author", comment.author)
      .member("posted_at", comment.posted_at)
      .member("posted_at_text", comment.posted_at_text)
      .member("parent", comment.parent)
      .member("text", comment.text)
      .member("truncated", comment.truncated)
      .member("language", comment.language)
      .key("spans")
      .begin_array();
  for (const TextSpan& span : comment.spans) {
    json.begin_object()
        .member("kind", span_kind_name(span.kind))
        .member("start", span.start)
        .member("end", span.end);
    if (span.of) json.member("of", *span.of);
    json.end_object();
  }
  json.end_array();
}

void write_tag(JsonWriter& json, const ThemeTag& tag) {
  json.begin_object().member("id", tag.id).member("score", tag.score).key("evidence").begin_array();
  for (const Evidence& e : tag.evidence) {
    json.begin_object()
        .member("text", e.text)
        .member("start", e.start)
        .member("end", e.end)
        .member("term", e.term);
    if (e.negated) json.member("negated", true);
    if (e.via_article) json.member("via", "article");
    json.end_object();
  }
  json.end_array().end_object();
}

void write_cues(JsonWriter& json, const std::vector<CueEvidence>& cues) {
  json.begin_array();
  for (const CueEvidence& cue : cues)
    json.begin_object()
        .member("comment", cue.comment)
        .member("text", cue.text)
        .member("start", cue.start)
        .member("end", cue.end)
        .end_object();
  json.end_array();
}

void write_group(JsonWriter& json, const DiscussionGroup& group) {
  json.begin_object()
      .member("label", group.label)
      .member("points", group.points)
      .member("comments", group.comments)
      .member("commenters", group.commenters)
      .key("representative");
  if (group.representative)
    json.begin_object()
        .member("comment", group.representative->comment)
        .member("author", group.representative->author)
        .member("excerpt", group.representative->excerpt)
        .end_object();
  else
    json.value(nullptr);
  json.key("agreement")
      .begin_object()
      .member("agree", group.agreement.agree)
      .member("disagree", group.agreement.disagree)
      .key("agreeing");
  write_cues(json, group.agreement.agreeing);
  json.key("disagreeing");
  write_cues(json, group.agreement.disagreeing);
  json.end_object().end_object();
}

void write_discussion(JsonWriter& json, const Discussion& discussion) {
  json.key("groups").begin_array();
  for (const DiscussionGroup& group : discussion.groups) write_group(json, group);
  json.end_array().member("other", discussion.other).key("exchanges").begin_array();
  for (const Exchange& exchange : discussion.exchanges)
    json.begin_object()
        .member("participants", exchange.participants)
        .member("turns", exchange.turns)
        .member("first", exchange.first)
        .member("last", exchange.last)
        .end_object();
  json.end_array().key("most_answered").begin_array();
  for (const Addressee& addressee : discussion.most_answered)
    json.begin_object().member("author", addressee.author).member("replies", addressee.replies).end_object();
  json.end_array();
}

// A theme's quote or a point's excerpt: {"comment", "text"}, or null.
void write_quote(JsonWriter& json, const std::optional<Quote>& quote) {
  if (quote)
    json.begin_object().member("comment", quote->comment).member("text", quote->text).end_object();
  else
    json.value(nullptr);
}

void write_summary(JsonWriter& json, const ThreadSummary& summary,
                   const std::optional<std::string>& subject) {
  json.begin_object().member("comments", summary.comments).member("tagged", summary.tagged);
  json.key("languages").begin_array();
  for (const LanguageCount& count : summary.languages)
    json.begin_object()
        .member("language", count.code)
        .member("comments", count.comments)
        .member("analysed", count.analysed)
        .end_object();
  json.end_array();
  json.key("themes").begin_array();
  for (const ThemeSummary& theme : summary.themes) {
    json.begin_object()
        .member("id", theme.id)
        .member("label", theme.label)
        .member("comments", theme.comments)
        .member("share", theme.share)
        .key("quote");
    write_quote(json, theme.quote);
    json.end_object();
  }
  json.end_array().key("talking_points").begin_array();
  for (const TalkingPoint& point : summary.talking_points) {
    json.begin_object()
        .member("phrase", point.phrase)
        .member("score", point.score)
        .member("comments", point.comments)
        .member("commenters", point.commenters)
        .key("excerpt");
    write_quote(json, point.excerpt);
    json.end_object();
  }
  json.end_array();
  write_discussion(json, summary.discussion);
  json.member("untagged", summary.untagged).key("suggested_terms").begin_array();
  for (const SuggestedTerm& term : summary.suggested_terms)
    json.begin_object()
        .member("term", term.term)
        .member("comments", term.comments)
        .member("tagged_comments", term.tagged_comments)
        .end_object();
  json.end_array();
  if (subject) json.member("article_subject", *subject);
  json.end_object();
}

// The document opened up to its "comments" array.
void write_head(JsonWriter& json, const SourceInfo& source, const Article& a, const Generator& generator) {
  json.begin_object().member("schema", kThreadSchema).key("generator");
  write_generator_json(json, generator);
  json.key("source")
      .begin_object()
      .member("path", source.path)
      .member("format", source.format)
      .member("charset", source.charset)
      .member("bytes", source.bytes)
      .end_object();
  json.key("article")
      .begin_object()
      .member("title", a.title)
      .member("url", a.url)
      .member("site", a.site)
      .member("published", a.published)
      .member("authors", a.authors)
      .member("lede", a.lede)
      .member("paragraphs", a.paragraphs)
      .member("credits", a.credits)
      .member("attribution", a.attribution)
      .member("comment_count_declared", a.comment_count_declared)
      .member("language", a.language)
      .end_object();
  json.key("comments").begin_array();
}

void write_comment_entry(JsonWriter& json, const Comment& comment, const std::vector<ThemeTag>* tags) {
  json.begin_object();
  write_comment_fields(json, comment);
  if (tags) {
    json.key("themes");
    write_tags_json(json, *tags);
  }
  json.end_object();
}

// From the end of "comments" to the end of the document; the summary when there is one
// ("warnings" stays last, after the summary, as in the contract).
void write_tail(JsonWriter& json, const ThreadSummary* summary,
                const std::optional<std::string>& subject, const std::vector<std::string>& warnings) {
  json.end_array();
  if (summary) {
    json.key("summary");
    write_summary(json, *summary, subject);
  }
  json.member("warnings", warnings).end_object();
}

// The thread's document; with `report`, each comment's themes and the summary too.
void write_document(JsonWriter& json, const Thread& thread, const ThreadReport* report,
                    const Generator& generator) {
  write_head(json, thread.source, thread.article, generator);
  for (std::size_t c = 0; c < thread.comments.size(); ++c)
    write_comment_entry(json, thread.comments[c],
                        report && c < report->tags.size() ? &report->tags[c] : nullptr);
  if (report) write_tail(json, &report->summary, report->subject, thread.warnings);
  else write_tail(json, nullptr, std::nullopt, thread.warnings);
}

}  // namespace

void write_comment_json(JsonWriter& json, const Comment& comment) {
  json.begin_object();
  write_comment_fields(json, comment);
  json.end_object();
}

void write_tags_json(JsonWriter& json, const std::vector<ThemeTag>& tags) {
  json.begin_array();
  for (const ThemeTag& tag : tags) write_tag(json, tag);
  json.end_array();
}

void write_report_head(JsonWriter& json, const SourceInfo& source, const Article& article,
                       const Generator& generator) {
  write_head(json, source, article, generator);
}

void write_report_comment(JsonWriter& json, const Comment& comment,
                          const std::vector<ThemeTag>& tags) {
  write_comment_entry(json, comment, &tags);
}

void write_report_tail(JsonWriter& json, const ThreadSummary& summary,
                       const std::optional<std::string>& subject,
                       const std::vector<std::string>& warnings) {
  write_tail(json, &summary, subject, warnings);
}

void write_thread_json(JsonWriter& json, const Thread& thread, const Generator& generator) {
  write_document(json, thread, nullptr, generator);
}

void write_report_json(JsonWriter& json, const ThreadReport& report, const Generator& generator) {
  write_document(json, report.thread, &report, generator);
}

std::string thread_json_text(const Thread& thread, int indent, const Generator& generator) {
  std::string text;
  JsonWriter json(text, indent);
  write_thread_json(json, thread, generator);
  return text;
}

std::string report_json_text(const ThreadReport& report, int indent, const Generator& generator) {
  std::string text;
  text.reserve(4096);
  JsonWriter json(text, indent);
  write_report_json(json, report, generator);
  return text;
}

namespace {

class JsonPageDocument : public ReportDocument {
 public:
  explicit JsonPageDocument(Generator generator) : generator_(std::move(generator)) {}

  RenderedThread render_thread(const ThreadReport& report, std::size_t) const override {
    return {"", report_json_text(report, 2, generator_) + '\n'};
  }
  std::unique_ptr<ReportStream> open_stream(std::ostream& out) const override {
    return std::make_unique<JsonReportStream>(out, JsonStreamShape::kIndentedRecord, generator_);
  }

 private:
  Generator generator_;
};

}  // namespace

std::unique_ptr<ReportDocument> make_json_document(DocumentScope scope, const Generator& generator) {
  if (scope == DocumentScope::kCorpus) return make_corpus_json_document(generator);
  return std::make_unique<JsonPageDocument>(generator);
}

}  // namespace palabre
