// A text page read in chunks gives read_page's Thread, whatever the chunk size; pages that
// would not read the same are left to read_page; the streamed analysis and the record
// written in pieces give the whole report's bytes.
#include "palabre/parse/text_stream.hpp"

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <sstream>

#include "palabre/analyze/pipeline.hpp"
#include "palabre/error.hpp"
#include "palabre/report/json.hpp"
#include "palabre/report/formats.hpp"

namespace palabre {
namespace {

namespace fs = std::filesystem;

class Collector : public TextPageEvents {
 public:
  void on_article(Article article) override { thread.article = std::move(article); }
  void on_comment(Comment comment) override { thread.comments.push_back(std::move(comment)); }
  Thread thread;
};

class TextStreamTest : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = fs::temp_directory_path() /
           ("palabre-text-stream-" + std::to_string(::testing::UnitTest::GetInstance()->random_seed()) +
            "-" + ::testing::UnitTest::GetInstance()->current_test_info()->name());
    fs::create_directories(dir_);
  }
  void TearDown() override { fs::remove_all(dir_); }

  std::string write(const std::string& name, const std::string& bytes) {
    std::string path = (dir_ / name).string();
    std::ofstream(path, std::ios::binary) << bytes;
    return path;
  }

  // The page streamed with `chunk` bytes at a time, as the record read_page's Thread makes.
  static std::string streamed_record(const std::string& path, std::size_t chunk) {
    std::optional<TextPageStream> page = TextPageStream::open(path, InputFormat::kAuto, 0, chunk);
    if (!page) return "(not streamed)";
    Collector collector;
    TextPageParser parser(collector);
    collector.thread.warnings = page->read(parser);
    collector.thread.source = page->source();
    return thread_json_text(collector.thread, 2);
  }

  fs::path dir_;
};

// Layouts that exercise every rule that looks past one line: the article closed by a
// heading or by a header, declared counts, blank lines inside and around comments, stray
// lines, replies, year-less dates, "Lire la suite", UI lines, the comment form, CRLF, a
// byte-order mark, multi-byte characters (cut by tiny chunks), no final newline.
const std::vector<std::pair<std::string, std::string>> kPages = {
    {"heading.txt",
     "Un titre\n\nLe chapeau.\n(Crédits : Jean Dupont)\nUn paragraphe.\n\nCommentaires 3\n"
     "Ligne égarée\nMarie a écrit le 02/01/2019 à 11:54\n\nPremière ligne.\n\n\nAprès deux "
     "blancs.\n\nSignaler\nRéponse de Paul le 3 janvier 2019 à 9 h 05\nJe réponds…\n"
     "Répondre\nJean le 4 janvier à 10:00\nSans année.\nLire la suite\n"
     "Votre adresse e-mail ne sera pas publiée.\nPierre a écrit le 05/01/2019 à 12:00\nIgnoré.\n"},
    {"crlf.txt",
     "Titre CRLF\r\n\r\nChapeau ici.\r\n\r\nAlice a écrit le 02/01/2019 à 11:54\r\nTexte "
     "un.\r\n\r\nSuite du texte.\r\n\r\nBob, le 2 janvier 2019 à 12 h 00\r\nTexte deux.\r\n"},
    {"no-comments.txt", "Seulement un article\n\nUn paragraphe.\nUn autre, sans fin de ligne"},
    {"reply-first.txt",
     "Titre\n\n5 commentaires\nRéponse de Zoé le 02/01/2019 à 11:54\nRéponse orpheline.\n"
     "a écrit le 03/01/2019 à 08:00\n\nAnonyme, le 04/01/2019 à 09:00\n\n\n"},
    {"yearless.txt", "Titre\n\nLéa le 4 janvier à 10:00\nSans année connue.\n"},
    {"bom.txt", "\xEF\xBB\xBFTitre avec BOM\n\nÉlodie a écrit le 02/01/2019 à 11:54\nÇa marche.\n"},
};

TEST_F(TextStreamTest, StreamedPagesGiveReadPagesThreadWhateverTheChunkSize) {
  for (const auto& [name, bytes] : kPages) {
    std::string path = write(name, bytes);
    Thread whole = read_page(path);
    const std::string expected = thread_json_text(whole, 2);
    for (std::size_t chunk : {std::size_t{1}, std::size_t{2}, std::size_t{3}, std::size_t{7},
                              std::size_t{64}, kDefaultChunkBytes}) {
      SCOPED_TRACE(name + ", chunks of " + std::to_string(chunk));
      EXPECT_EQ(streamed_record(path, chunk), expected);
    }
  }
}

TEST_F(TextStreamTest, TheTableCoversWhatLooksPastOneLine) {
  // The first page must really hold what the table promises, or the test above proves less.
  Thread whole = read_page(write("heading.txt", kPages[0].second));
  ASSERT_EQ(whole.comments.size(), 3u);
  EXPECT_EQ(whole.article.comment_count_declared, 3);
  EXPECT_EQ(whole.comments[0].text, "Première ligne.\n\n\nAprès deux blancs.");
  EXPECT_EQ(whole.comments[1].parent, "c1");
  EXPECT_TRUE(whole.comments[1].truncated);
  EXPECT_TRUE(whole.comments[2].truncated);
  EXPECT_EQ(whole.comments[2].posted_at, "2019-01-04T10:00");  // the year of the one before
  EXPECT_EQ(whole.warnings.size(), 1u);  // the stray line
  EXPECT_FALSE(read_page(write("yearless.txt", kPages[4].second)).comments.at(0).posted_at);
  EXPECT_EQ(read_page(write("crlf.txt", kPages[1].second)).comments[0].text,
            "Texte un.\n\nSuite du texte.");
}

TEST_F(TextStreamTest, TheFoundingPageStreamsInTinyChunks) {
  const std::string path = PALABRE_SOURCE_DIR "/samples/villages-2-0-chinois.txt";
  EXPECT_EQ(streamed_record(path, 5), thread_json_text(read_page(path), 2));
}

TEST_F(TextStreamTest, PagesThatWouldNotReadTheSameAreLeftToReadPage) {
  const std::vector<std::pair<std::string, std::string>> pages = {
      {"empty.txt", ""},
      {"blank.txt", "  \n\t\n"},
      {"binary.txt", std::string("abc\0def", 7)},
      {"latin1.txt", "Titre\n\nL\xE9on a \xE9""crit le 02/01/2019 \xE0 11:54\nTexte.\n"},
      {"late-nul.txt", std::string(9000, 'a') + std::string("\0", 1) + "b"},
      {"page.html", "<!DOCTYPE html><html><body><p>Bonjour</p></body></html>"},
      {"records.txt", "{\"comments\": []}"},
      {"utf16.txt", std::string("\xFF\xFE" "a\0b\0", 6)},
      {"declared.txt", "<meta charset=\"iso-8859-1\">\nTitre\n"},
  };
  for (const auto& [name, bytes] : pages) {
    SCOPED_TRACE(name);
    EXPECT_FALSE(TextPageStream::open(write(name, bytes), InputFormat::kAuto, 0, 4).has_value());
  }
  const std::string page = write("page.txt", kPages[0].second);
  EXPECT_FALSE(TextPageStream::open(page, InputFormat::kHtml, 0).has_value());
  EXPECT_FALSE(TextPageStream::open(page, InputFormat::kAuto, 10).has_value());  // --max-bytes
  EXPECT_FALSE(TextPageStream::open((dir_ / "missing.txt").string(), InputFormat::kAuto, 0));
  EXPECT_FALSE(TextPageStream::open(dir_.string(), InputFormat::kAuto, 0).has_value());
  EXPECT_TRUE(TextPageStream::open(page, InputFormat::kText, 0).has_value());
}

TEST_F(TextStreamTest, AFileChangedBetweenTheTwoReadsIsAnInputError) {
  const std::string path = write("page.txt", kPages[0].second);
  std::optional<TextPageStream> page = TextPageStream::open(path, InputFormat::kAuto, 0);
  ASSERT_TRUE(page.has_value());
  write("page.txt", kPages[0].second + "Une ligne de plus\n");
  Collector collector;
  TextPageParser parser(collector);
  try {
    page->read(parser);
    FAIL() << "expected an input error";
  } catch (const Error& error) {
    EXPECT_EQ(error.kind(), ErrorKind::kInput);
    EXPECT_NE(error.describe().find("page.txt"), std::string::npos);
  }
}

// analyze() and the streamed analysis, written whole and in pieces, give the same bytes.
TEST_F(TextStreamTest, StreamedAnalysisWritesTheWholeReportsBytes) {
  std::vector<std::string> paths = {PALABRE_SOURCE_DIR "/samples/villages-2-0-chinois.txt"};
  for (const auto& [name, bytes] : kPages) paths.push_back(write(name, bytes));
  for (const std::vector<std::string>& themes :
       {std::vector<std::string>{}, std::vector<std::string>{PALABRE_SOURCE_DIR "/bench/bench-themes.json"}}) {
    ThreadAnalyzer analyzer(themes);
    for (const std::string& path : paths) {
      SCOPED_TRACE(path);
      ThreadReport whole = analyzer.analyze(read_page(path));
      for (ReportFormat format : {ReportFormat::kJson, ReportFormat::kJsonl}) {
        for (JsonlUnit unit : {JsonlUnit::kThread, JsonlUnit::kComment}) {
          if (format == ReportFormat::kJson && unit == JsonlUnit::kComment) continue;
          ReportOptions options;
          options.jsonl.per = unit;
          std::unique_ptr<ReportDocument> document = make_report_document(format, DocumentScope::kPage, options);
          std::ostringstream expected;
          document->add_thread(expected, document->render_thread(whole, 0));

          std::ostringstream streamed;
          std::unique_ptr<ReportStream> writer = document->open_stream(streamed);
          ASSERT_NE(writer, nullptr);
          analyzer.begin_thread(whole.thread.article);
          writer->begin(whole.thread.source, whole.thread.article);
          for (Comment comment : whole.thread.comments) {
            const std::vector<ThemeTag> tags = analyzer.analyze_comment(comment);
            writer->add_comment(comment, tags);
          }
          ThreadReport summary = analyzer.finish_thread();
          writer->end(summary.summary, summary.subject, whole.thread.warnings);
          EXPECT_EQ(streamed.str(), expected.str());
        }
      }
    }
  }
}

}  // namespace
}  // namespace palabre
