// Hostile inputs: whatever people saved from the web must end within seconds with exit
// 0, 1 or 2 and a message naming the file — never a crash, a hang or a lost comment.
#include <gtest/gtest.h>
#include <sys/stat.h>

#include <cstdio>
#include <sstream>
#include <nlohmann/json.hpp>

#include "cli/run_command.hpp"
#include "cli/scratch.hpp"

namespace palabre::testing {
namespace {

class Hostile : public ::testing::Test {
 protected:
  std::string write(const std::string& name, const std::string& contents) { return scratch_.write(name, contents); }

  // Runs `palabre analyze --format json PATH`; checks the exit code is documented and that
  // a failure names the file.
  CommandResult analyze(const std::string& path, std::vector<std::string> extra = {}) {
    std::vector<std::string> args = {"analyze", "--format", "json", "-q", path};
    args.insert(args.end(), extra.begin(), extra.end());
    CommandResult result = run_palabre(args);
    EXPECT_TRUE(result.exit_code == 0 || result.exit_code == 1 || result.exit_code == 2)
        << "exit " << result.exit_code << ": " << result.err;
    if (result.exit_code != 0) {
      EXPECT_NE(result.err.find(path), std::string::npos) << result.err;
    }
    return result;
  }

  ScratchFolder scratch_{"hostile"};
};

constexpr std::size_t kWarningsShown = 10;  // of one kind, as warning_cap.hpp keeps them

std::string comment_page(std::size_t comments, const std::string& body = "Un avis.") {
  std::string page = "Titre\n\nChapeau.\n\nCommentaires " + std::to_string(comments) + "\n";
  for (std::size_t i = 0; i < comments; ++i)
    page += "lecteur" + std::to_string(i) + " a écrit le 02/01/2019 à 11:54\nSignaler\n" + body + "\n\n";
  return page;
}

TEST_F(Hostile, StrayInvalidBytesInUtf8AreRepairedWithAWarning) {
  std::string page = comment_page(3, "caf\xE9 cr\xE8me \xFF\xFE fin");  // headers are UTF-8
  CommandResult result = run_palabre({"parse", write("mixed.txt", page)});
  ASSERT_EQ(result.exit_code, 0) << result.err;
  auto document = nlohmann::json::parse(result.out);
  EXPECT_EQ(document["comments"].size(), 3u);
  EXPECT_EQ(document["source"]["charset"], "UTF-8");
  EXPECT_EQ(document["comments"][0]["text"], "caf\uFFFD cr\uFFFDme \uFFFD\uFFFD fin");
  EXPECT_NE(result.err.find("invalid byte sequences replaced by U+FFFD"), std::string::npos);
}

// One warning per comment would be 600,000 lines for a big page: a few of each kind, then
// one line that counts the rest — on stderr and in the record alike, streamed or not.
TEST_F(Hostile, RepeatedWarningsAreCappedPerKind) {
  std::string page = "Titre\n\nChapeau.\n\nCommentaires 300\n";
  for (int i = 0; i < 300; ++i)
    page += "lecteur" + std::to_string(i) + " a écrit le 02/01 à 11:54\nSignaler\nUn avis " +
            std::to_string(i) + ".\n\n";
  const std::string path = write("no-year.txt", page);
  for (const char* format : {"json", "jsonl"}) {
    CommandResult result = run_palabre({"analyze", "--format", format, path});
    ASSERT_EQ(result.exit_code, 0) << result.err;
    const bool one_line = std::string(format) == "jsonl";
    auto record = nlohmann::json::parse(one_line ? result.out.substr(0, result.out.find('\n')) : result.out);
    EXPECT_EQ(record["comments"].size(), 300u) << format;
    const auto& warnings = record["warnings"];
    ASSERT_EQ(warnings.size(), kWarningsShown + 1) << warnings.dump();
    EXPECT_EQ(warnings[0], "c1: date '02/01 à 11:54' has no year: posted_at left null");
    EXPECT_EQ(warnings[kWarningsShown],
              "… and 290 more of this kind, the next: c11: date '02/01 à 11:54' has no year: posted_at left null");
    std::size_t lines = 0;
    for (char c : result.err) lines += c == '\n';
    EXPECT_EQ(lines, kWarningsShown + 1) << result.err;
  }
}

TEST_F(Hostile, SingleByteTextThroughoutIsReadAsWindows1252) {
  std::string page =
      "Titre\n\nCommentaires 1\nx a \xE9" "crit le 02/01/2019 \xE0 11:54\ncaf\xE9 cr\xE8me \x80 fin\n";
  CommandResult result = analyze(write("latin.txt", page));
  ASSERT_EQ(result.exit_code, 0) << result.err;
  auto document = nlohmann::json::parse(result.out);
  EXPECT_EQ(document["source"]["charset"], "WINDOWS-1252");
  ASSERT_EQ(document["comments"].size(), 1u);
  EXPECT_EQ(document["comments"][0]["text"], "café crème € fin");
}

TEST_F(Hostile, Utf16WithBom) {
  // "Titre\n\nx a écrit le 02/01/2019 à 11:54\nbonjour\n" in UTF-16LE with a BOM.
  std::string utf8 = comment_page(1, "bonjour");
  std::string utf16 = "\xFF\xFE";
  for (std::size_t i = 0; i < utf8.size();) {
    unsigned char c = static_cast<unsigned char>(utf8[i]);
    char32_t cp = c;
    std::size_t length = 1;
    if (c >= 0xC0) {
      cp = ((c & 0x1F) << 6) | (static_cast<unsigned char>(utf8[i + 1]) & 0x3F);
      length = 2;
    }
    utf16 += static_cast<char>(cp & 0xFF);
    utf16 += static_cast<char>(cp >> 8);
    i += length;
  }
  CommandResult result = analyze(write("utf16.txt", utf16));
  ASSERT_EQ(result.exit_code, 0) << result.err;
  auto document = nlohmann::json::parse(result.out);
  EXPECT_EQ(document["source"]["charset"], "UTF-16LE");
  ASSERT_EQ(document["comments"].size(), 1u);
  EXPECT_EQ(document["comments"][0]["text"], "bonjour");
}

TEST_F(Hostile, NulBytesAreRefusedAsBinary) {
  CommandResult result = analyze(write("nul.txt", std::string("Titre\n\0\0\0 texte", 14)));
  EXPECT_EQ(result.exit_code, 1);
  EXPECT_NE(result.err.find("binary data"), std::string::npos);
}

TEST_F(Hostile, TenMegabyteWord) {
  std::string page = comment_page(1, std::string(10 * 1024 * 1024, 'a'));
  CommandResult result = analyze(write("word.txt", page));
  EXPECT_EQ(result.exit_code, 0) << result.err;
}

TEST_F(Hostile, TwoHundredThousandCommentsAreAllKept) {
  CommandResult result = analyze(write("many.txt", comment_page(200000)));
  ASSERT_EQ(result.exit_code, 0) << result.err;
  auto document = nlohmann::json::parse(result.out);
  ASSERT_EQ(document["comments"].size(), 200000u);
  EXPECT_EQ(document["comments"][199999]["id"], "c200000");
}

std::string repeat(const std::string& piece, std::size_t times) {
  std::string out;
  out.reserve(piece.size() * times);
  for (std::size_t i = 0; i < times; ++i) out += piece;
  return out;
}

TEST_F(Hostile, TwoHundredThousandNestedDivs) {
  std::string page = "<html><head><title>Profond</title></head><body>" + repeat("<div>", 200000) +
                     "<p>Un paragraphe tout au fond de la page.</p>" + repeat("</div>", 200000) +
                     "</body></html>";
  CommandResult result = analyze(write("nested.html", page));
  ASSERT_EQ(result.exit_code, 0) << result.err;
  EXPECT_EQ(nlohmann::json::parse(result.out)["article"]["title"], "Profond");
}

TEST_F(Hostile, ThousandsOfUnclosedTags) {
  std::string page = "<html><body><h1>Ouvert</h1>" +
                     repeat("<p><b><i><span><a href='x'><li><td>texte ", 5000) + "</body>";
  CommandResult result = analyze(write("unclosed.html", page));
  EXPECT_EQ(result.exit_code, 0) << result.err;
}

TEST_F(Hostile, TwentyThousandScriptBlocks) {
  std::string page = "<html><head><title>Scripts</title></head><body>" +
                     repeat("<script>var x = '<div class=\"comment\">faux</div>';</script>", 20000) +
                     "<article><p>Le vrai texte de l'article, assez long pour compter.</p></article></body></html>";
  CommandResult result = analyze(write("scripts.html", page));
  ASSERT_EQ(result.exit_code, 0) << result.err;
  EXPECT_EQ(nlohmann::json::parse(result.out)["comments"].size(), 0u);  // script text is no comment
}

TEST_F(Hostile, ABatchOfAThousandPagesWithTenBrokenOnes) {
  const std::string folder = scratch_ / "batch";
  for (int i = 0; i < 1000; ++i) {
    char name[32];
    std::snprintf(name, sizeof name, "batch/p%04d", i);
    std::string contents = comment_page(3);
    if (i % 100 == 7) {  // ten broken pages of four kinds
      const std::string broken[] = {"", std::string("\x7F" "ELF\0\0\0", 7), "  \n\n  ", "{\"comments\": 3}"};
      contents = broken[(i / 100) % 4];
    }
    write(name + std::string(i % 100 == 7 && (i / 100) % 4 == 3 ? ".json" : ".txt"), contents);
  }
  CommandResult result = run_palabre({"analyze", "--format", "jsonl", "-q", "-j", "2", folder});
  EXPECT_EQ(result.exit_code, 1);
  std::size_t threads = 0, failures = 0;
  std::istringstream lines(result.out);
  for (std::string line; std::getline(lines, line);) {
    nlohmann::json record = nlohmann::json::parse(line);
    if (record.contains("error")) ++failures;
    else if (record["comments"].size() == 3) ++threads;
  }
  EXPECT_EQ(threads, 990u);
  EXPECT_EQ(failures, 10u);
  EXPECT_NE(result.err.find("990 succeeded, 10 failed"), std::string::npos) << result.err;
}

TEST_F(Hostile, TheMaxBytesLimitRefusesLargerFiles) {
  std::string path = write("big.txt", comment_page(2000));
  CommandResult result = analyze(path, {"--max-bytes", "10000"});
  EXPECT_EQ(result.exit_code, 1);
  EXPECT_NE(result.err.find("larger than --max-bytes"), std::string::npos) << result.err;
}

TEST_F(Hostile, HundredThousandTermThemeFile) {
  std::string themes = R"({"themes": [{"id": "big", "terms": [)";
  for (int i = 0; i < 100000; ++i) themes += (i ? ",\"mot" : "\"mot") + std::to_string(i) + "x\"";
  themes += R"(, "avis"]}]})";
  std::string theme_path = write("themes.json", themes);
  CommandResult result = analyze(write("page.txt", comment_page(3)), {"--themes", theme_path});
  ASSERT_EQ(result.exit_code, 0) << result.err;
  auto document = nlohmann::json::parse(result.out);
  EXPECT_EQ(document["summary"]["tagged"], 3);
}

// A device that never ends is no theme file: refused as one, not read until memory runs out.
TEST_F(Hostile, EndlessThemeFileIsRefused) {
  CommandResult result = run_palabre({"analyze", "-q", write("page.txt", comment_page(3)), "--themes", "/dev/zero"});
  EXPECT_EQ(result.exit_code, 2);
  EXPECT_NE(result.err.find("/dev/zero: larger than"), std::string::npos) << result.err;
}

TEST_F(Hostile, OddFileNames) {
  for (const std::string name : {"with space.txt", "with\nnewline.txt", "bad\xFF\xFEname.txt"}) {
    std::string path = write(name, comment_page(2));
    CommandResult result = run_palabre({"parse", path});
    EXPECT_EQ(result.exit_code, 0) << result.err;
    // Output stays valid JSON whatever bytes the name holds.
    EXPECT_TRUE(nlohmann::json::accept(result.out)) << name;
  }
}

TEST_F(Hostile, UnreadableFile) {
  std::string path = write("secret.txt", comment_page(1));
  chmod(path.c_str(), 0);
  if (access(path.c_str(), R_OK) == 0) GTEST_SKIP() << "running as root: mode 000 files stay readable";
  CommandResult result = analyze(path);
  EXPECT_EQ(result.exit_code, 1);
}

TEST_F(Hostile, OutputPipedIntoHeadExitsQuietly) {
  std::string path = write("page.txt", comment_page(20000));
  std::string command = std::string(PALABRE_BINARY) + " analyze --format json " + path +
                        " | head -c 100 > /dev/null; echo ${PIPESTATUS[0]}";
  FILE* pipe = popen(("bash -c '" + command + "' 2>&1").c_str(), "r");
  ASSERT_NE(pipe, nullptr);
  char buffer[256] = {};
  std::string output;
  while (fgets(buffer, sizeof buffer, pipe)) output += buffer;
  pclose(pipe);
  // Killed by SIGPIPE (141) or a clean exit: either way nothing on stderr but the code.
  EXPECT_TRUE(output == "141\n" || output == "0\n" || output == "1\n") << output;
}

}  // namespace
}  // namespace palabre::testing
