#include "palabre/report/json.hpp"

namespace palabre {
namespace {

template <typename T>
OrderedJson nullable(const std::optional<T>& value) {
  return value ? OrderedJson(*value) : OrderedJson(nullptr);
}

}  // namespace

OrderedJson comment_to_json(const Comment& comment) {
  OrderedJson object;
  object["id"] = comment.id;
  object["author"] = nullable(comment.author);
  object["posted_at"] = nullable(comment.posted_at);
  object["posted_at_text"] = nullable(comment.posted_at_text);
  object["parent"] = nullable(comment.parent);
  object["text"] = comment.text;
  object["truncated"] = comment.truncated;
  return object;
}

namespace {

OrderedJson tag_to_json(const ThemeTag& tag) {
  OrderedJson evidence = OrderedJson::array();
  for (const Evidence& e : tag.evidence) {
    OrderedJson item;
    item["text"] = e.text;
    item["start"] = e.start;
    item["end"] = e.end;
    item["term"] = e.term;
    if (e.negated) item["negated"] = true;
    if (e.via_article) item["via"] = "article";
    evidence.push_back(std::move(item));
  }
  OrderedJson object;
  object["id"] = tag.id;
  object["score"] = tag.score;
  object["evidence"] = std::move(evidence);
  return object;
}

OrderedJson summary_to_json(const ThreadSummary& summary) {
  OrderedJson themes = OrderedJson::array();
  for (const ThemeSummary& theme : summary.themes) {
    OrderedJson item;
    item["id"] = theme.id;
    item["label"] = theme.label;
    item["comments"] = theme.comments;
    item["share"] = theme.share;
    if (theme.quote)
      item["quote"] = OrderedJson{{"comment", theme.quote->comment}, {"text", theme.quote->text}};
    else
      item["quote"] = nullptr;
    themes.push_back(std::move(item));
  }
  OrderedJson points = OrderedJson::array();
  for (const TalkingPoint& point : summary.talking_points) {
    OrderedJson item;
    item["phrase"] = point.phrase;
    item["score"] = point.score;
    item["comments"] = point.comments;
    item["commenters"] = point.commenters;
    points.push_back(std::move(item));
  }
  OrderedJson object;
  object["comments"] = summary.comments;
  object["tagged"] = summary.tagged;
  object["themes"] = std::move(themes);
  object["talking_points"] = std::move(points);
  object["untagged"] = summary.untagged;
  OrderedJson suggested = OrderedJson::array();
  for (const SuggestedTerm& term : summary.suggested_terms)
    suggested.push_back(OrderedJson{{"term", term.term},
                                    {"comments", term.comments},
                                    {"tagged_comments", term.tagged_comments}});
  object["suggested_terms"] = std::move(suggested);
  return object;
}

}  // namespace

OrderedJson thread_to_json(const Thread& thread) {
  OrderedJson document;
  document["schema"] = kThreadSchema;
  document["source"] = OrderedJson{{"path", thread.source.path},
                                   {"format", thread.source.format},
                                   {"charset", thread.source.charset},
                                   {"bytes", thread.source.bytes}};
  const Article& a = thread.article;
  OrderedJson article;
  article["title"] = nullable(a.title);
  article["url"] = nullable(a.url);
  article["site"] = nullable(a.site);
  article["published"] = nullable(a.published);
  article["authors"] = a.authors;
  article["lede"] = nullable(a.lede);
  article["paragraphs"] = a.paragraphs;
  article["credits"] = nullable(a.credits);
  article["attribution"] = nullable(a.attribution);
  article["comment_count_declared"] = nullable(a.comment_count_declared);
  document["article"] = std::move(article);
  OrderedJson comments = OrderedJson::array();
  for (const Comment& comment : thread.comments) comments.push_back(comment_to_json(comment));
  document["comments"] = std::move(comments);
  document["warnings"] = thread.warnings;
  return document;
}

OrderedJson tags_to_json(const std::vector<ThemeTag>& tags) {
  OrderedJson themes = OrderedJson::array();
  for (const ThemeTag& tag : tags) themes.push_back(tag_to_json(tag));
  return themes;
}

void write_json_report(std::ostream& out, const ThreadReport& report) {
  out << report_to_json(report).dump(2) << '\n';
}

OrderedJson report_to_json(const ThreadReport& report) {
  OrderedJson document = thread_to_json(report.thread);
  OrderedJson& comments = document["comments"];
  for (std::size_t c = 0; c < report.tags.size(); ++c) {
    comments[c]["themes"] = tags_to_json(report.tags[c]);
  }
  // Keep "warnings" last, after the summary, as in the contract.
  OrderedJson warnings = std::move(document["warnings"]);
  document.erase("warnings");
  document["summary"] = summary_to_json(report.summary);
  if (report.subject) document["summary"]["article_subject"] = *report.subject;
  document["warnings"] = std::move(warnings);
  return document;
}

}  // namespace palabre
