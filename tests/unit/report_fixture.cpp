#include "report_fixture.hpp"

#include <gtest/gtest.h>

#include <sstream>

#include "support/languages.hpp"
#include "palabre/analyze/pipeline.hpp"
#include "palabre/parse/page.hpp"

namespace palabre::testing {

const ThreadReport& sample_report() {
  static const ThreadReport kReport = [] {
    ThreadAnalyzer analyzer;
    return analyzer.analyze(
        read_page(std::string(PALABRE_SOURCE_DIR) + "/samples/villages-2-0-chinois.txt"));
  }();
  return kReport;
}

std::string render_document(ReportFormat format, DocumentScope scope, const std::vector<ThreadReport>& reports,
                            const ReportOptions& options) {
  std::unique_ptr<ReportDocument> document = make_report_document(format, scope, options);
  std::ostringstream out;
  document->begin(out);
  for (std::size_t i = 0; i < reports.size(); ++i) document->add_thread(out, document->render_thread(reports[i], i));
  const CorpusReport no_corpus;
  document->finish(out, no_corpus);
  return out.str();
}

std::string render_page(ReportFormat format, const ThreadReport& report, const ReportOptions& options) {
  return render_document(format, DocumentScope::kPage, {report}, options);
}

std::string code_point_slice(const std::string& text, std::size_t start, std::size_t end) {
  std::string out;
  std::size_t index = 0;
  for (std::size_t i = 0; i < text.size(); ++i) {
    unsigned char c = static_cast<unsigned char>(text[i]);
    if ((c & 0xC0) != 0x80 && i > 0) ++index;
    if (index >= start && index < end) out += text[i];
  }
  return out;
}

ThreadReport tricky_report() {
  ThreadReport report;
  Thread& thread = report.thread;
  thread.source = {"pages/a,b \"quoted\".html", "html", "windows-1252", 1234};
  thread.article.title = "Chine & France : <le> \"match\" | *2.0*";
  thread.article.url = "javascript:alert(1)";
  thread.article.lede = "Un chapeau.";
  thread.article.credits = "Jason Lee";
  thread.article.comment_count_declared = 7;

  Comment c1;
  c1.id = "c1";
  c1.author = "Jean \"JD\" <b>Dupont</b>";
  c1.posted_at = "2019-01-02T11:54";
  c1.posted_at_text = "02/01/2019 à 11:54";
  // "la Chine" and "Chine, vraiment" overlap on "Chine".
  c1.text = "Bravo la Chine, vraiment;\nmais <script>alert('x')</script> | *non* \x1b[31m rouge";
  Comment c2;
  c2.id = "c2";
  c2.parent = "c1";
  c2.text = "Rien à voir, \"hors sujet\", ligne 1\r\nligne 2";
  c2.truncated = true;
  Comment c3;
  c3.id = "c3";
  c3.author = "李雷";
  c3.posted_at = "2018-12-28";
  c3.text = "😀 中国 les artisans d’ici";  // "artisans": code points 9..17
  thread.comments = {c1, c2, c3};
  thread.warnings = {"a warning"};

  Evidence la_chine{"la Chine", 6, 14, "la chine", false, false};
  Evidence chine_vraiment{"Chine, vraiment", 9, 24, "chine vraiment", true, false};
  Evidence artisans{"artisans", 9, 17, "artisan*", false, false};
  Evidence china_cjk{"中国", 2, 4, "中国", false, true};
  report.tags = {
      {ThemeTag{"china", 2.0, {la_chine}}, ThemeTag{"text", 1.0, {chine_vraiment}}},
      {},
      {ThemeTag{"craft", 1.0, {artisans}}, ThemeTag{"china", 1.0, {china_cjk}}},
  };

  ThreadSummary& summary = report.summary;
  summary.comments = 3;
  summary.tagged = 2;
  summary.themes = {
      {"china", "Chine <&> \"pays\"", 2, 2.0 / 3.0, Quote{"c1", "Bravo la Chine, vraiment;"}},
      {"craft", "Artisanat | *métier*", 1, 1.0 / 3.0, Quote{"c3", "😀 中国 les artisans d’ici"}},
      {"text", "Texte", 1, 1.0 / 3.0, std::nullopt},
      {"unused", "Jamais vu", 0, 0.0, std::nullopt},
  };
  summary.talking_points = {{"la chine", 1.5, {"c1", "c3"}, 2, "chin", Quote{"c1", "La Chine avance."}},
                            {"ligne", 0.5, {"c2"}, 1, "lign", std::nullopt}};
  summary.untagged = {"c2"};
  report.subject = "Chine";
  return report;
}

Rows read_csv(const std::string& text) {
  Rows rows(1, std::vector<std::string>(1));
  bool quoted = false;
  for (std::size_t i = 0; i < text.size(); ++i) {
    char c = text[i];
    std::string& field = rows.back().back();
    if (quoted) {
      if (c == '"' && i + 1 < text.size() && text[i + 1] == '"') {
        field += '"';
        ++i;
      } else if (c == '"') {
        quoted = false;
      } else {
        field += c;
      }
    } else if (c == '"') {
      EXPECT_TRUE(field.empty()) << "quote inside an unquoted field at byte " << i;
      quoted = true;
    } else if (c == ',') {
      rows.back().emplace_back();
    } else if (c == '\r') {
      EXPECT_EQ(text[i + 1], '\n') << "bare CR at byte " << i;
      ++i;
      rows.emplace_back(1);
    } else {
      EXPECT_NE(c, '\n') << "bare LF at byte " << i;
      field += c;
    }
  }
  EXPECT_FALSE(quoted);
  EXPECT_EQ(rows.back(), std::vector<std::string>(1)) << "the last record must end in CRLF";
  rows.pop_back();
  return rows;
}

}  // namespace palabre::testing
