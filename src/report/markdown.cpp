// Every string that comes from the page or the theme file goes through markdown_escape;
// the markup around it is written here as literals. Backslash escapes work for any ASCII
// punctuation in CommonMark, so escaping a little too much is harmless, too little is not.
#include "palabre/report/markdown.hpp"

#include <sstream>

#include "palabre/report/corpus_tables.hpp"
#include "palabre/report/presentation.hpp"
#include "palabre/text/utf8.hpp"

namespace palabre {

std::string markdown_escape(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (char c : trim(text)) {
    switch (c) {
      case '\\': case '`': case '*': case '_': case '[': case ']': case '<': case '>':
      case '|': case '~': case '&': case '#': case '!':
        out += '\\';
        out += c;
        break;
      case '\n': case '\r': case '\t':
        if (!out.empty() && out.back() != ' ') out += ' ';
        break;
      default:
        out += c;
    }
  }
  return out;
}

namespace {

void write_discussion(std::ostream& out, const Discussion& discussion) {
  if (!discussion.groups.empty()) {
    out << "\n## Discussion\n\n";
    for (const DiscussionGroup& group : discussion.groups) {
      out << "- **" << markdown_escape(group.label) << "** — "
          << count_noun(group.comments.size(), "comment", "comments") << ", "
          << count_noun(group.commenters, "commenter", "commenters");
      if (group.agreement.agree + group.agreement.disagree > 0)
        out << "; agreement cues " << group.agreement.agree << ", disagreement cues " << group.agreement.disagree;
      out << ":";
      for (std::size_t i = 0; i < group.comments.size(); ++i)
        out << (i ? ", " : " ") << markdown_escape(group.comments[i]);
      out << '\n';
      if (group.representative)
        out << "  > « " << markdown_escape(group.representative->excerpt) << " » — "
            << markdown_escape(group.representative->author.value_or(std::string(kAnonymous))) << " ("
            << markdown_escape(group.representative->comment) << ")\n";
    }
    if (!discussion.other.empty())
      out << "\nOther: " << count_noun(discussion.other.size(), "comment", "comments") << " in no group.\n";
  }
  if (discussion.exchanges.empty()) return;
  out << "\n## Exchanges\n\n";
  for (const Exchange& exchange : discussion.exchanges) {
    out << "- " << markdown_escape(exchange.first) << "–" << markdown_escape(exchange.last) << ": "
        << exchange.turns << " turns";
    for (std::size_t i = 0; i < exchange.participants.size(); ++i)
      out << (i ? ", " : " between ") << markdown_escape(exchange.participants[i]);
    out << '\n';
  }
  if (!discussion.most_answered.empty()) {
    out << "\nMost answered:";
    for (std::size_t i = 0; i < discussion.most_answered.size(); ++i)
      out << (i ? ", " : " ") << markdown_escape(discussion.most_answered[i].author) << " ("
          << count_noun(discussion.most_answered[i].replies, "reply", "replies") << ")";
    out << ".\n";
  }
}

}  // namespace

void write_markdown_report(std::ostream& out, const ThreadReport& report) {
  const Thread& thread = report.thread;
  const ThreadSummary& summary = report.summary;
  out << "# " << markdown_escape(thread.article.title.value_or(thread.source.path)) << "\n\n";
  out << markdown_escape(thread_overview(report)) << " · source: "
      << markdown_escape(thread.source.path) << " (" << markdown_escape(thread.source.format)
      << ")\n";
  if (summary.comments == 0) {
    out << "\nNo comments on this page.\n";
    return;
  }

  out << "\n## Themes\n\n| Theme | Comments | Share |\n| :--- | ---: | ---: |\n";
  for (const ThemeSummary& theme : summary.themes)
    out << "| " << markdown_escape(theme.label) << " | " << theme.comments << " | "
        << percent(theme.share) << " |\n";

  bool any_quote = false;
  for (const ThemeSummary& theme : summary.themes) {
    if (!theme.quote) continue;
    if (!any_quote) out << "\n## Quotes\n";
    any_quote = true;
    const Comment* comment = find_comment(thread, theme.quote->comment);
    std::string who = comment ? attribution(*comment) : std::string(kAnonymous);
    out << "\n**" << markdown_escape(theme.label) << "**\n\n> « "
        << markdown_escape(theme.quote->text) << " »\n>\n> — " << markdown_escape(who) << " ("
        << markdown_escape(theme.quote->comment) << ")\n";
  }

  if (!summary.talking_points.empty()) {
    out << "\n## Talking points\n\n";
    for (const TalkingPoint& point : summary.talking_points) {
      out << "- **" << markdown_escape(point.phrase) << "** — "
          << count_noun(point.comments.size(), "comment", "comments") << ":";
      for (std::size_t i = 0; i < point.comments.size(); ++i)
        out << (i ? ", " : " ") << markdown_escape(point.comments[i]);
      out << '\n';
    }
  }

  write_discussion(out, summary.discussion);
  out << '\n';
  if (summary.untagged.empty()) {
    out << "Every comment matched a theme.\n";
  } else {
    out << count_noun(summary.untagged.size(), "comment", "comments") << " matched no theme:";
    for (std::size_t i = 0; i < summary.untagged.size(); ++i)
      out << (i ? ", " : " ") << markdown_escape(summary.untagged[i]);
    out << ".\n";
    if (!summary.suggested_terms.empty()) {
      out << "\nCandidate terms for the theme file (untagged comments using them):";
      for (std::size_t i = 0; i < summary.suggested_terms.size(); ++i)
        out << (i ? ", " : " ") << markdown_escape(summary.suggested_terms[i].term) << " ("
            << summary.suggested_terms[i].comments << ')';
      out << ".\n";
    }
  }
}

namespace {

constexpr const char* kRule = "\n---\n\n";

class MarkdownDocument : public ReportDocument {
 public:
  explicit MarkdownDocument(DocumentScope scope) : ReportDocument(kRule), scope_(scope) {}

  RenderedThread render_thread(const ThreadReport& report, std::size_t) const override {
    std::ostringstream body;
    write_markdown_report(body, report);
    return {"", body.str()};
  }

  void finish(std::ostream& out, const CorpusReport& corpus) override {
    if (scope_ == DocumentScope::kPage) return;
    if (threads_written() > 0) out << kRule;
    write_corpus_summary_markdown(out, corpus);
  }

 private:
  DocumentScope scope_;
};

}  // namespace

std::unique_ptr<ReportDocument> make_markdown_document(DocumentScope scope) {
  return std::make_unique<MarkdownDocument>(scope);
}

}  // namespace palabre
