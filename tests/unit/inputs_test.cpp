// Walking folders: globs, deterministic order, odd file names, symlink loops, broken links
// and inputs that cannot be read — each one an entry, never a crash or a hang.
#include "palabre/batch/inputs.hpp"
#include "palabre/text/paths.hpp"

#include <gtest/gtest.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>

namespace palabre {
namespace {

namespace fs = std::filesystem;

// A fresh folder under /tmp, removed with everything in it at the end of the test.
class TempFolder {
 public:
  TempFolder() {
    std::string pattern = "/tmp/palabre-inputs-XXXXXX";
    if (mkdtemp(pattern.data()) == nullptr) throw std::runtime_error("mkdtemp failed");
    path_ = pattern;
  }
  ~TempFolder() {
    chmod(path_.c_str(), 0700);
    std::error_code ignored;
    for (const auto& entry : fs::recursive_directory_iterator(
             path_, fs::directory_options::skip_permission_denied, ignored))
      if (entry.is_directory(ignored) && !entry.is_symlink(ignored))
        fs::permissions(entry.path(), fs::perms::owner_all, ignored);
    fs::remove_all(path_, ignored);
  }
  const std::string& path() const { return path_; }
  std::string file(const std::string& relative, const std::string& contents = "x") const {
    std::string full = path_ + "/" + relative;
    fs::create_directories(fs::path(full).parent_path());
    std::ofstream(full, std::ios::binary) << contents;
    return full;
  }
  std::string folder(const std::string& relative) const {
    std::string full = path_ + "/" + relative;
    fs::create_directories(full);
    return full;
  }

 private:
  std::string path_;
};

std::vector<std::string> relative_paths(const std::vector<InputEntry>& entries, const std::string& root,
                                        InputKind kind) {
  std::vector<std::string> paths;
  for (const InputEntry& entry : entries)
    if (entry.kind == kind)
      paths.push_back(entry.path.starts_with(root + "/") ? entry.path.substr(root.size() + 1) : entry.path);
  return paths;
}

TEST(Glob, MatchesNamesOrRelativePaths) {
  struct Case {
    const char* pattern;
    const char* name;
    const char* relative;
    bool matches;
  };
  const Case cases[] = {
      {"*.html", "a.html", "x/a.html", true},
      {"*.html", "a.htm", "x/a.htm", false},
      {"*.htm", "a.html", "a.html", false},
      {"*.txt", "with space.txt", "with space.txt", true},
      {"a?.json", "a1.json", "a1.json", true},
      {"[ab]*.txt", "c.txt", "c.txt", false},
      {"2019/*.html", "a.html", "2019/a.html", true},
      {"2019/*.html", "a.html", "2020/a.html", false},
      {"2019/*.html", "a.html", "2019/deep/a.html", false},  // '*' does not cross '/'
      {"*.HTML", "a.html", "a.html", false},                  // case matters, as in a shell
  };
  for (const Case& c : cases)
    EXPECT_EQ(glob_matches(c.pattern, c.name, c.relative), c.matches)
        << c.pattern << " vs " << c.name << " (" << c.relative << ")";
}

TEST(Glob, DefaultIncludesThePageFormats) {
  InputFilter filter;
  for (const char* name : {"a.html", "a.htm", "a.txt", "a.json", "a.jsonl"})
    EXPECT_TRUE(is_included(filter, name, name)) << name;
  for (const char* name : {"a.pdf", "a.html~", "Makefile", "a.json.gz"})
    EXPECT_FALSE(is_included(filter, name, name)) << name;
  filter.exclude = {"draft*"};
  EXPECT_FALSE(is_included(filter, "draft-1.txt", "draft-1.txt"));
  EXPECT_FALSE(is_walked(filter, "drafts", "drafts"));
  EXPECT_TRUE(is_walked(filter, "2019", "2019"));
}

TEST(InputWalker, SortedDepthFirstWithGlobs) {
  TempFolder temp;
  temp.file("b.txt");
  temp.file("a.html");
  temp.file("notes.pdf");
  temp.file("sub/c.json");
  temp.file("sub/deeper/d.htm");
  temp.file("z.jsonl");
  std::vector<InputEntry> entries = list_inputs({temp.path()}, InputFilter{});
  EXPECT_EQ(relative_paths(entries, temp.path(), InputKind::kFile),
            (std::vector<std::string>{"a.html", "b.txt", "sub/c.json", "sub/deeper/d.htm", "z.jsonl"}));
  EXPECT_EQ(entries.size(), 5u);
}

TEST(InputWalker, IncludeReplacesTheDefaultsExcludePrunes) {
  TempFolder temp;
  temp.file("a.html");
  temp.file("b.txt");
  temp.file("drafts/c.txt");
  temp.file("keep/d.txt");
  InputFilter filter;
  filter.include = {"*.txt"};
  filter.exclude = {"drafts"};
  EXPECT_EQ(relative_paths(list_inputs({temp.path()}, filter), temp.path(), InputKind::kFile),
            (std::vector<std::string>{"b.txt", "keep/d.txt"}));
  filter.include = {"keep/*.txt"};  // a pattern with '/' matches the path inside the folder
  filter.exclude.clear();
  EXPECT_EQ(relative_paths(list_inputs({temp.path()}, filter), temp.path(), InputKind::kFile),
            (std::vector<std::string>{"keep/d.txt"}));
}

TEST(InputWalker, FilesNamedOnTheCommandLineBypassTheGlobs) {
  TempFolder temp;
  std::string pdf = temp.file("page.saved");
  std::vector<InputEntry> entries = list_inputs({pdf, "-"}, InputFilter{});
  ASSERT_EQ(entries.size(), 2u);
  EXPECT_EQ(entries[0].kind, InputKind::kFile);
  EXPECT_EQ(entries[0].path, pdf);
  EXPECT_EQ(entries[1].kind, InputKind::kStdin);
}

TEST(InputWalker, OddNamesComeThroughByteForByte) {
  TempFolder temp;
  const std::vector<std::string> names = {"with space.txt", "new\nline.txt", "latin1-\xE9t\xE9.txt",
                                          "tab\there.html", "émoji 😀.txt"};
  for (const std::string& name : names) temp.file(name);
  std::vector<std::string> found =
      relative_paths(list_inputs({temp.path()}, InputFilter{}), temp.path(), InputKind::kFile);
  std::vector<std::string> expected = names;
  std::sort(expected.begin(), expected.end());
  EXPECT_EQ(found, expected);
  for (const std::string& path : found) EXPECT_TRUE(fs::exists(temp.path() + "/" + path)) << path;
}

TEST(InputWalker, SymlinkLoopIsSkippedNotFollowedForever) {
  TempFolder temp;
  temp.file("a/page.txt");
  ASSERT_EQ(symlink("..", (temp.path() + "/a/up").c_str()), 0);     // a/up → the root
  ASSERT_EQ(symlink("self.txt", (temp.path() + "/self.txt").c_str()), 0);  // a link to itself
  std::vector<InputEntry> entries = list_inputs({temp.path()}, InputFilter{});
  EXPECT_EQ(relative_paths(entries, temp.path(), InputKind::kFile), (std::vector<std::string>{"a/page.txt"}));
  std::vector<std::string> skipped = relative_paths(entries, temp.path(), InputKind::kSkipped);
  ASSERT_EQ(skipped, (std::vector<std::string>{"a/up"}));
  std::vector<std::string> failed = relative_paths(entries, temp.path(), InputKind::kFailure);
  ASSERT_EQ(failed, (std::vector<std::string>{"self.txt"}));
  for (const InputEntry& entry : entries) {
    if (entry.kind == InputKind::kSkipped) {
      EXPECT_NE(entry.message.find("loop"), std::string::npos);
    }
    if (entry.kind == InputKind::kFailure) {
      EXPECT_NE(entry.message.find("symbolic links"), std::string::npos) << entry.message;
    }
  }
}

TEST(InputWalker, BrokenLinksAndMissingInputsAreFailures) {
  TempFolder temp;
  ASSERT_EQ(symlink("gone.txt", (temp.path() + "/dangling.txt").c_str()), 0);
  ASSERT_EQ(symlink("gone.pdf", (temp.path() + "/dangling.pdf").c_str()), 0);  // not wanted anyway
  std::vector<InputEntry> entries = list_inputs({temp.path(), temp.path() + "/missing.html"}, InputFilter{});
  ASSERT_EQ(entries.size(), 2u);
  EXPECT_EQ(entries[0].kind, InputKind::kFailure);
  EXPECT_EQ(entries[0].message, "broken symbolic link");
  EXPECT_EQ(entries[1].kind, InputKind::kFailure);
  EXPECT_EQ(entries[1].message, "No such file or directory");
}

TEST(InputWalker, UnreadableFolderIsAFailureTheRestGoesOn) {
  TempFolder temp;
  temp.file("closed/inside.txt");
  temp.file("open/page.txt");
  chmod((temp.path() + "/closed").c_str(), 0);
  if (access((temp.path() + "/closed").c_str(), R_OK) == 0)
    GTEST_SKIP() << "running as root: a mode-000 folder is still readable, nothing to test";
  std::vector<InputEntry> entries = list_inputs({temp.path()}, InputFilter{});
  EXPECT_EQ(relative_paths(entries, temp.path(), InputKind::kFailure), (std::vector<std::string>{"closed"}));
  EXPECT_EQ(relative_paths(entries, temp.path(), InputKind::kFile), (std::vector<std::string>{"open/page.txt"}));
}

TEST(InputWalker, AFolderReachedTwiceIsWalkedOnce) {
  TempFolder temp;
  temp.file("real/page.txt");
  ASSERT_EQ(symlink("real", (temp.path() + "/alias").c_str()), 0);
  std::vector<InputEntry> entries = list_inputs({temp.path()}, InputFilter{});
  // "alias" sorts first: it is walked, and "real" is the one skipped. Either way, once.
  EXPECT_EQ(relative_paths(entries, temp.path(), InputKind::kFile), (std::vector<std::string>{"alias/page.txt"}));
  EXPECT_EQ(relative_paths(entries, temp.path(), InputKind::kSkipped).size(), 1u);
}

TEST(InputWalker, FifoIsReportedNotOpened) {
  TempFolder temp;
  ASSERT_EQ(mkfifo((temp.path() + "/pipe.txt").c_str(), 0600), 0);
  std::vector<InputEntry> entries = list_inputs({temp.path()}, InputFilter{});
  ASSERT_EQ(entries.size(), 1u);
  EXPECT_EQ(entries[0].kind, InputKind::kFailure);
  EXPECT_NE(entries[0].message.find("named pipe"), std::string::npos);
}

// A file that cannot be read is described by what it is, not by where it was met.
TEST(InputWalker, UnreadableFilesReadTheSameNamedOrWalked) {
  TempFolder temp;
  ASSERT_EQ(mkfifo((temp.path() + "/pipe.txt").c_str(), 0600), 0);
  ASSERT_EQ(symlink("gone.txt", (temp.path() + "/dangling.txt").c_str()), 0);
  const std::vector<InputEntry> walked = list_inputs({temp.path()}, InputFilter{});
  const std::vector<InputEntry> named =
      list_inputs({temp.path() + "/dangling.txt", temp.path() + "/pipe.txt"}, InputFilter{});
  ASSERT_EQ(walked.size(), 2u);
  ASSERT_EQ(named.size(), 2u);
  for (std::size_t i = 0; i < walked.size(); ++i) {
    EXPECT_EQ(walked[i].kind, InputKind::kFailure);
    EXPECT_EQ(named[i].kind, InputKind::kFailure);
    EXPECT_EQ(named[i].path, walked[i].path);
    EXPECT_EQ(named[i].message, walked[i].message) << walked[i].path;
  }
  EXPECT_EQ(walked[0].message, "broken symbolic link");
  EXPECT_EQ(walked[1].message, "a named pipe, not read");
}

TEST(InputPaths, RecordsGetUtf8TerminalsGetOneLine) {
  EXPECT_EQ(path_for_record("a/b c.txt"), "a/b c.txt");
  EXPECT_EQ(path_for_record("caf\xE9.txt"), "caf\xEF\xBF\xBD.txt");
  EXPECT_EQ(path_for_record("new\nline"), "new\nline");
  EXPECT_EQ(path_for_terminal("caf\xE9.txt"), "caf\\xE9.txt");
  EXPECT_EQ(path_for_terminal("new\nline\t.txt"), "new\\nline\\t.txt");
  EXPECT_EQ(path_for_terminal("été 😀.txt"), "été 😀.txt");
  EXPECT_EQ(path_for_terminal("bell\x07"), "bell\\x07");
}

}  // namespace
}  // namespace palabre
