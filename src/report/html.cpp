// The page is built by hand rather than from a template engine: it is small, its markup is
// fixed, and every value that comes from the page or the theme file passes through
// html_escape (the one place), the markup around it being literals of this file.
//
// Works without the script (every comment shown); the script only adds the filter bar,
// which is why the bar starts `hidden`. The script marks <body data-ready="true"> once it
// ran, which the browser test checks.
#include "palabre/report/html.hpp"

#include <array>
#include <cstdio>
#include <sstream>

#include "palabre/report/corpus_tables.hpp"
#include "palabre/report/highlight.hpp"
#include "palabre/report/presentation.hpp"
#include "palabre/text/utf8.hpp"

namespace palabre {
namespace {

// The palette of the text report's colours, in the same order.
constexpr std::array<const char*, 6> kThemeColors = {"#0e7c86", "#b7791f", "#9b2c9b",
                                                     "#2f855a", "#2b6cb0", "#c53030"};

constexpr const char* kStyle = R"(:root{--fg:#1a1a1a;--muted:#666;--bg:#fff;--line:#ddd;--soft:#f5f5f2}
@media (prefers-color-scheme:dark){:root{--fg:#e8e8e8;--muted:#a0a0a0;--bg:#161616;--line:#333;--soft:#222}}
*{box-sizing:border-box}
body{margin:0;background:var(--bg);color:var(--fg);font:16px/1.5 system-ui,sans-serif}
main{max-width:48rem;margin:0 auto;padding:1.5rem 1rem}
h1{font-size:1.6rem;line-height:1.25;margin:0 0 .5rem}
h2{font-size:1.15rem;margin:2rem 0 .75rem;border-bottom:1px solid var(--line)}
.overview,.credits,.who,.flag,figcaption,.showing{color:var(--muted);font-size:.9rem}
.lede{font-weight:600}
details{margin:.5rem 0}
article.thread+article.thread{margin-top:3rem;border-top:4px double var(--line)}
.theme-chart{width:100%;height:auto}
.theme-chart text{fill:var(--fg);font-size:13px}
figure.quote{margin:0 0 1rem}
blockquote{margin:0;padding:.25rem 0 .25rem 1rem;border-left:4px solid var(--c,var(--line));font-style:italic}
.filter{display:flex;flex-wrap:wrap;gap:.4rem;align-items:center;margin-bottom:1rem}
.filter button{font:inherit;font-size:.85rem;border:1px solid var(--c,var(--muted));color:var(--fg);background:var(--bg);border-radius:1rem;padding:.1rem .7rem;cursor:pointer}
.filter button[aria-pressed=true]{background:var(--c,var(--muted));color:#fff}
ol.comment-list{list-style:none;padding:0}
li.comment{border:1px solid var(--line);border-radius:.5rem;padding:.75rem 1rem;margin-bottom:.75rem}
li.comment .id{font-weight:700}
ul.chips{list-style:none;padding:0;margin:.4rem 0;display:flex;flex-wrap:wrap;gap:.3rem}
.chip{font-size:.8rem;border-radius:1rem;padding:0 .6rem;background:var(--c,var(--soft));color:#fff}
.chip.none{color:var(--muted)}
.text{margin:.4rem 0 0;white-space:pre-wrap;overflow-wrap:anywhere}
mark.ev{background:transparent;color:inherit;border-bottom:3px solid var(--c);font-weight:600}
mark.ev.negated{border-bottom-style:dotted}
a{color:inherit})";

constexpr const char* kScript = R"((function () {
  "use strict";
  var wanted = /^#theme=([a-z0-9_-]+)$/.exec(location.hash);
  document.querySelectorAll("article.thread").forEach(function (thread) {
    var nav = thread.querySelector("nav.filter");
    if (!nav) return;
    var comments = thread.querySelectorAll("li.comment");
    var showing = nav.querySelector(".showing");
    function apply(theme) {
      var shown = 0;
      comments.forEach(function (comment) {
        var on = !theme || comment.dataset.themes.split(" ").indexOf(theme) >= 0;
        comment.hidden = !on;
        if (on) shown += 1;
      });
      nav.querySelectorAll("button").forEach(function (button) {
        button.setAttribute("aria-pressed", String(button.dataset.theme === theme));
      });
      showing.textContent = shown + " / " + comments.length + " shown";
    }
    nav.addEventListener("click", function (event) {
      var button = event.target.closest("button");
      if (!button) return;
      apply(button.dataset.theme);
      try {
        history.replaceState(null, "", button.dataset.theme ? "#theme=" + button.dataset.theme : "#");
      } catch (ignored) { /* file: URLs may refuse; the filter still works */ }
    });
    nav.hidden = false;
    apply(wanted ? wanted[1] : "");
  });
  document.body.dataset.ready = "true";
})();)";

// SVG chart geometry, in user units (the chart scales to the column's width).
constexpr int kChartWidth = 640;
constexpr int kLabelWidth = 210;
constexpr int kBarX = 220;
constexpr int kBarMax = 330;
constexpr int kRowHeight = 28;
constexpr std::size_t kLabelMaxCodePoints = 30;

std::string theme_class(std::size_t rank) { return "t" + std::to_string(rank % kThemeColors.size()); }

bool is_web_url(std::string_view url) {
  return url.starts_with("https://") || url.starts_with("http://");
}

void write_article_header(std::ostream& out, const ThreadReport& report) {
  const Article& article = report.thread.article;
  out << "<header class=\"article\">\n<h1>"
      << html_escape(article.title.value_or(report.thread.source.path)) << "</h1>\n";
  out << "<p class=\"overview\">" << html_escape(thread_overview(report)) << " · source: "
      << html_escape(report.thread.source.path) << " (" << html_escape(report.thread.source.format)
      << ")";
  if (article.url) {
    out << " · ";
    if (is_web_url(*article.url))
      out << "<a href=\"" << html_escape(*article.url) << "\" rel=\"noreferrer\">"
          << html_escape(*article.url) << "</a>";
    else
      out << html_escape(*article.url);
  }
  out << "</p>\n";
  if (article.lede) out << "<p class=\"lede\">" << html_escape(*article.lede) << "</p>\n";
  if (!article.paragraphs.empty()) {
    out << "<details><summary>Article text</summary>\n";
    for (const std::string& paragraph : article.paragraphs)
      out << "<p>" << html_escape(paragraph) << "</p>\n";
    out << "</details>\n";
  }
  std::string credits;
  if (!article.authors.empty()) {
    credits += "By ";
    for (std::size_t i = 0; i < article.authors.size(); ++i)
      credits += (i ? ", " : "") + article.authors[i];
  }
  if (article.published) credits += (credits.empty() ? "" : " · ") + display_date(*article.published);
  if (article.credits) credits += (credits.empty() ? "" : " · ") + ("Credits: " + *article.credits);
  if (article.attribution) credits += (credits.empty() ? "" : " · ") + ("Source: " + *article.attribution);
  if (!credits.empty()) out << "<p class=\"credits\">" << html_escape(credits) << "</p>\n";
  out << "</header>\n";
}

void write_chart(std::ostream& out, const ThreadSummary& summary, const std::string& prefix) {
  const int height = static_cast<int>(summary.themes.size()) * kRowHeight + 4;
  out << "<section class=\"themes\">\n<h2>Themes</h2>\n<figure class=\"chart\">\n"
      << "<svg class=\"theme-chart\" xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" "
      << "aria-labelledby=\"" << prefix << "chart-title\" viewBox=\"0 0 " << kChartWidth << ' '
      << height << "\" width=\"" << kChartWidth << "\" height=\"" << height << "\">\n"
      << "<title id=\"" << prefix << "chart-title\">Share of the comments per theme</title>\n";
  for (std::size_t rank = 0; rank < summary.themes.size(); ++rank) {
    const ThemeSummary& theme = summary.themes[rank];
    const int y = static_cast<int>(rank) * kRowHeight;
    char bar[48];
    std::snprintf(bar, sizeof bar, "%.1f", theme.share * kBarMax);
    out << "<g class=\"bar " << theme_class(rank) << "\" data-theme=\"" << html_escape(theme.id)
        << "\"><title>" << html_escape(theme.label) << ": "
        << count_noun(theme.comments, "comment", "comments") << ", " << percent(theme.share)
        << "</title>"
        << "<text x=\"" << kLabelWidth << "\" y=\"" << y + 18 << "\" text-anchor=\"end\">"
        << html_escape(shorten(theme.label, kLabelMaxCodePoints)) << "</text>"
        << "<rect x=\"" << kBarX << "\" y=\"" << y + 5 << "\" width=\"" << bar
        << "\" height=\"18\" rx=\"3\" fill=\"" << kThemeColors[rank % kThemeColors.size()]
        << "\"/>"
        << "<text x=\"" << kBarX + kBarMax + 8 << "\" y=\"" << y + 18 << "\">" << theme.comments
        << " · " << percent(theme.share) << "</text></g>\n";
  }
  out << "</svg>\n</figure>\n</section>\n";
}

void write_quotes(std::ostream& out, const ThreadReport& report, const std::string& prefix) {
  bool any = false;
  for (std::size_t rank = 0; rank < report.summary.themes.size(); ++rank) {
    const ThemeSummary& theme = report.summary.themes[rank];
    if (!theme.quote) continue;
    if (!any) out << "<section class=\"quotes\">\n<h2>Quotes</h2>\n";
    any = true;
    const Comment* comment = find_comment(report.thread, theme.quote->comment);
    out << "<figure class=\"quote " << theme_class(rank) << "\"><blockquote>« "
        << html_escape(theme.quote->text) << " »</blockquote><figcaption>"
        << html_escape(theme.label) << " — "
        << html_escape(comment ? attribution(*comment) : std::string(kAnonymous)) << " (<a href=\"#"
        << prefix << html_escape(theme.quote->comment) << "\">" << html_escape(theme.quote->comment)
        << "</a>)</figcaption></figure>\n";
  }
  if (any) out << "</section>\n";
}

void write_talking_points(std::ostream& out, const ThreadSummary& summary, const std::string& prefix) {
  if (summary.talking_points.empty()) return;
  out << "<section class=\"points\">\n<h2>Talking points</h2>\n<ul>\n";
  for (const TalkingPoint& point : summary.talking_points) {
    out << "<li><b>" << html_escape(point.phrase) << "</b> — "
        << count_noun(point.comments.size(), "comment", "comments") << ":";
    for (std::size_t i = 0; i < point.comments.size(); ++i)
      out << (i ? ", " : " ") << "<a href=\"#" << prefix << html_escape(point.comments[i]) << "\">"
          << html_escape(point.comments[i]) << "</a>";
    out << "</li>\n";
  }
  out << "</ul>\n</section>\n";
}

void write_cue_list(std::ostream& out, const std::vector<CueEvidence>& cues, const std::string& prefix) {
  for (std::size_t i = 0; i < cues.size(); ++i)
    out << (i ? ", " : " ") << "« " << html_escape(cues[i].text) << " » (<a href=\"#" << prefix
        << html_escape(cues[i].comment) << "\">" << html_escape(cues[i].comment) << "</a>)";
}

// Each group a section whose comments unfold.
void write_discussion(std::ostream& out, const ThreadReport& report, const std::string& prefix) {
  const Discussion& discussion = report.summary.discussion;
  if (discussion.groups.empty() && discussion.exchanges.empty()) return;
  out << "<section class=\"discussion\">\n<h2>Discussion</h2>\n";
  for (const DiscussionGroup& group : discussion.groups) {
    out << "<section class=\"group\">\n<h3>" << html_escape(group.label) << "</h3>\n<p>"
        << count_noun(group.comments.size(), "comment", "comments") << ", "
        << count_noun(group.commenters, "commenter", "commenters") << "</p>\n";
    if (group.representative)
      out << "<figure class=\"quote\"><blockquote>« " << html_escape(group.representative->excerpt)
          << " »</blockquote><figcaption>"
          << html_escape(group.representative->author.value_or(std::string(kAnonymous))) << " (<a href=\"#"
          << prefix << html_escape(group.representative->comment) << "\">"
          << html_escape(group.representative->comment) << "</a>)</figcaption></figure>\n";
    if (group.agreement.agree + group.agreement.disagree > 0) {
      out << "<p class=\"cues\">Agreement cues " << group.agreement.agree << ":";
      write_cue_list(out, group.agreement.agreeing, prefix);
      out << ". Disagreement cues " << group.agreement.disagree << ":";
      write_cue_list(out, group.agreement.disagreeing, prefix);
      out << ".</p>\n";
    }
    out << "<details><summary>Its comments</summary>\n<ul>\n";
    for (const std::string& id : group.comments) {
      const Comment* comment = find_comment(report.thread, id);
      out << "<li><a href=\"#" << prefix << html_escape(id) << "\">" << html_escape(id) << "</a> "
          << html_escape(comment ? attribution(*comment) : std::string(kAnonymous)) << ": "
          << html_escape(comment ? shorten(comment->text, 200) : std::string()) << "</li>\n";
    }
    out << "</ul>\n</details>\n</section>\n";
  }
  if (!discussion.other.empty())
    out << "<p>Other: " << count_noun(discussion.other.size(), "comment", "comments") << " in no group.</p>\n";
  if (!discussion.exchanges.empty()) {
    out << "<h3>Exchanges</h3>\n<ul>\n";
    for (const Exchange& exchange : discussion.exchanges) {
      out << "<li><a href=\"#" << prefix << html_escape(exchange.first) << "\">" << html_escape(exchange.first)
          << "</a>–<a href=\"#" << prefix << html_escape(exchange.last) << "\">" << html_escape(exchange.last)
          << "</a>: " << exchange.turns << " turns";
      for (std::size_t i = 0; i < exchange.participants.size(); ++i)
        out << (i ? ", " : " between ") << html_escape(exchange.participants[i]);
      out << "</li>\n";
    }
    out << "</ul>\n";
  }
  out << "</section>\n";
}

std::string evidence_title(const ThreadSummary& summary, const std::vector<ThemeTag>& tags,
                           const Segment& segment) {
  std::string title;
  for (std::size_t k = 0; k < segment.tags.size(); ++k) {
    const Evidence& e = *segment.evidence[k];
    title += (title.empty() ? "" : "; ") + theme_label(summary, tags[segment.tags[k]].id) + ": " + e.term;
    if (e.negated) title += " (negated)";
    if (e.via_article) title += " (for the article's subject)";
  }
  return title;
}

void write_comment(std::ostream& out, const ThreadReport& report, std::size_t c,
                   const std::string& prefix) {
  const Comment& comment = report.thread.comments[c];
  static const std::vector<ThemeTag> kNoTags;
  const std::vector<ThemeTag>& tags = c < report.tags.size() ? report.tags[c] : kNoTags;
  const ThreadSummary& summary = report.summary;

  std::string themes;
  for (const ThemeTag& tag : tags) themes += (themes.empty() ? "" : " ") + tag.id;
  out << "<li class=\"comment\" id=\"" << prefix << html_escape(comment.id) << "\" data-themes=\""
      << html_escape(themes) << "\">\n<header><span class=\"id\">" << html_escape(comment.id)
      << "</span> <span class=\"who\">"
      << html_escape(comment.author.value_or(std::string(kAnonymous)));
  if (comment.posted_at)
    out << ", <time datetime=\"" << html_escape(*comment.posted_at) << "\">"
        << html_escape(display_date(*comment.posted_at)) << "</time>";
  else if (comment.posted_at_text)
    out << ", " << html_escape(*comment.posted_at_text);
  out << "</span>";
  if (comment.parent)
    out << " <span class=\"flag\">reply to <a href=\"#" << prefix << html_escape(*comment.parent)
        << "\">" << html_escape(*comment.parent) << "</a></span>";
  if (comment.truncated) out << " <span class=\"flag\">cut short by the site</span>";
  out << "</header>\n<ul class=\"chips\">";
  for (const ThemeTag& tag : tags) {
    out << "<li class=\"chip " << theme_class(theme_rank(summary, tag.id)) << "\">"
        << html_escape(theme_label(summary, tag.id)) << "</li>";
  }
  if (tags.empty()) out << "<li class=\"chip none\">no theme</li>";
  out << "</ul>\n<p class=\"text\">";
  for (const Segment& segment : segment_by_evidence(comment.text, tags)) {
    if (segment.tags.empty()) {
      out << html_escape(segment.text);
      continue;
    }
    const ThemeTag& first = tags[segment.tags.front()];
    bool negated = true;
    for (const Evidence* e : segment.evidence) negated &= e->negated;
    out << "<mark class=\"ev " << theme_class(theme_rank(summary, first.id))
        << (negated ? " negated" : "") << "\" data-theme=\"" << html_escape(first.id)
        << "\" title=\"" << html_escape(evidence_title(summary, tags, segment))
        << "\">" << html_escape(segment.text) << "</mark>";
  }
  out << "</p>\n</li>\n";
}

void write_comments(std::ostream& out, const ThreadReport& report, const std::string& prefix) {
  const ThreadSummary& summary = report.summary;
  out << "<section class=\"comments\">\n<h2>Comments</h2>\n"
      << "<nav class=\"filter\" aria-label=\"Filter the comments by theme\" hidden>\n"
      << "<button type=\"button\" data-theme=\"\" aria-pressed=\"true\">All "
      << report.thread.comments.size() << "</button>\n";
  for (std::size_t rank = 0; rank < summary.themes.size(); ++rank) {
    const ThemeSummary& theme = summary.themes[rank];
    if (theme.comments == 0) continue;
    out << "<button type=\"button\" class=\"" << theme_class(rank) << "\" data-theme=\""
        << html_escape(theme.id) << "\" aria-pressed=\"false\">" << html_escape(theme.label) << ' '
        << theme.comments << "</button>\n";
  }
  out << "<span class=\"showing\"></span>\n</nav>\n<ol class=\"comment-list\">\n";
  for (std::size_t c = 0; c < report.thread.comments.size(); ++c) write_comment(out, report, c, prefix);
  out << "</ol>\n";
  if (!summary.untagged.empty()) {
    out << "<p class=\"overview\">"
        << count_noun(summary.untagged.size(), "comment", "comments") << " matched no theme.";
    if (!summary.suggested_terms.empty()) {
      out << " Candidate terms for the theme file:";
      for (std::size_t i = 0; i < summary.suggested_terms.size(); ++i)
        out << (i ? ", " : " ") << html_escape(summary.suggested_terms[i].term) << " ("
            << summary.suggested_terms[i].comments << ')';
      out << '.';
    }
    out << "</p>\n";
  }
  out << "</section>\n";
}

}  // namespace

std::string html_escape(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (char c : text) {
    switch (c) {
      case '&': out += "&amp;"; break;
      case '<': out += "&lt;"; break;
      case '>': out += "&gt;"; break;
      case '"': out += "&quot;"; break;
      case '\'': out += "&#39;"; break;
      default: out += c;
    }
  }
  return out;
}

void write_html_begin(std::ostream& out, std::string_view title) {
  out << "<!DOCTYPE html>\n<html lang=\"fr\">\n<head>\n<meta charset=\"utf-8\">\n"
      << "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; "
         "style-src 'unsafe-inline'; script-src 'unsafe-inline'; base-uri 'none'; "
         "form-action 'none'\">\n"
      << "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
      << "<meta name=\"generator\" content=\"palabre\">\n<title>" << html_escape(title)
      << " — palabre</title>\n<style>\n"
      << kStyle << '\n';
  for (std::size_t i = 0; i < kThemeColors.size(); ++i)
    out << ".t" << i << "{--c:" << kThemeColors[i] << "}";
  out << "\n</style>\n</head>\n<body>\n<main>\n";
}

void write_html_thread(std::ostream& out, const ThreadReport& report, std::size_t index) {
  const std::string prefix = "t" + std::to_string(index) + "-";
  out << "<article class=\"thread\" id=\"t" << index << "\" data-comments=\""
      << report.thread.comments.size() << "\">\n";
  write_article_header(out, report);
  if (report.summary.comments > 0) {
    write_chart(out, report.summary, prefix);
    write_quotes(out, report, prefix);
    write_talking_points(out, report.summary, prefix);
    write_discussion(out, report, prefix);
  }
  write_comments(out, report, prefix);
  out << "</article>\n";
}

void write_html_end(std::ostream& out) {
  out << "</main>\n<script>\n" << kScript << "\n</script>\n</body>\n</html>\n";
}

namespace {

class HtmlDocument : public ReportDocument {
 public:
  explicit HtmlDocument(DocumentScope scope) : scope_(scope) {}

  // A page's document is titled after its article, hence opened by its first thread.
  RenderedThread render_thread(const ThreadReport& report, std::size_t index) const override {
    std::ostringstream opening, body;
    if (scope_ == DocumentScope::kPage)
      write_html_begin(opening, report.thread.article.title.value_or(report.thread.source.path));
    write_html_thread(body, report, index + 1);
    return {opening.str(), body.str()};
  }

  void begin(std::ostream& out) override {
    if (scope_ == DocumentScope::kCorpus) write_html_begin(out, "palabre — corpus report");
  }

  void finish(std::ostream& out, const CorpusReport& corpus) override {
    if (scope_ == DocumentScope::kCorpus) write_corpus_summary_html(out, corpus);
    if (scope_ == DocumentScope::kCorpus || threads_written() > 0) write_html_end(out);
  }

 private:
  DocumentScope scope_;
};

}  // namespace

std::unique_ptr<ReportDocument> make_html_document(DocumentScope scope) {
  return std::make_unique<HtmlDocument>(scope);
}

}  // namespace palabre
