// The decoding stage: bytes in any charset a saved page may use → valid UTF-8, saying what
// was used. BOM first, then bytes that are valid UTF-8, then the page's declaration
// (<meta charset>, http-equiv, XML declaration), then uchardet; bad bytes become U+FFFD.
#include "palabre/text/charset.hpp"

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <sstream>

#include "palabre/parse/page.hpp"

namespace palabre {
namespace {

struct DecodeCase {
  const char* name;
  std::string bytes;
  const char* charset;   // what source.charset must say
  const char* contains;  // a piece of the decoded text
};

TEST(Charset, DecodesEachWayAPageSaysItsCharset) {
  const DecodeCase cases[] = {
      {"utf8 bom", "\xEF\xBB\xBF" "caf\xC3\xA9", "UTF-8", "café"},
      {"utf16le bom", std::string("\xFF\xFE" "c\0a\0f\0\xE9\0", 10), "UTF-16LE", "café"},
      {"utf16be bom", std::string("\xFE\xFF\0c\0a\0f\0\xE9", 10), "UTF-16BE", "café"},
      {"meta charset latin-1", "<meta charset=\"iso-8859-1\"><p>caf\xE9 cr\xE8me</p>",
       "WINDOWS-1252", "café crème"},
      {"meta charset unquoted", "<meta charset=ISO-8859-1><p>\xE9t\xE9</p>", "WINDOWS-1252",
       "été"},
      {"http-equiv windows-1252",
       "<meta http-equiv=\"Content-Type\" content=\"text/html; charset=windows-1252\">"
       "<p>10 \x80 l'unit\xE9</p>",
       "WINDOWS-1252", "10 € l'unité"},
      {"xml declaration latin-9", "<?xml version=\"1.0\" encoding=\"ISO-8859-15\"?><p>\xA4</p>",
       "ISO-8859-15", "€"},
      {"plain utf-8", "<p>d\xC3\xA9j\xC3\xA0 vu</p>", "UTF-8", "déjà vu"},
      {"ascii only, latin-1 declared", "<meta charset=\"iso-8859-1\"><p>plain</p>", "UTF-8",
       "plain"},
  };
  for (const DecodeCase& c : cases) {
    DecodedText decoded = decode_bytes(c.bytes);
    EXPECT_EQ(decoded.charset, c.charset) << c.name;
    EXPECT_NE(decoded.text.find(c.contains), std::string::npos) << c.name << ": " << decoded.text;
    EXPECT_EQ(decoded.replaced, 0u) << c.name;
  }
}

TEST(Charset, ADeclarationThatLiesIsOverruledWithAWarning) {
  // Declared latin-1, but the bytes are UTF-8: read as declared, "Sudáfrica" → "SudÃ¡frica".
  DecodedText decoded =
      decode_bytes("<meta charset=iso-8859-1><p>Mundial de Sud\xC3\xA1" "frica</p>");
  EXPECT_EQ(decoded.charset, "UTF-8");
  EXPECT_NE(decoded.text.find("Sudáfrica"), std::string::npos);
  ASSERT_EQ(decoded.warnings.size(), 1u);
  EXPECT_NE(decoded.warnings[0].find("valid UTF-8"), std::string::npos);

  // Declared UTF-8, but the bytes are latin-1: detected and converted.
  DecodedText latin = decode_bytes(
      "<meta charset=\"utf-8\"><p>Les \xE9l\xE8ves ont \xE9t\xE9 tr\xE8s int\xE9ress\xE9s par "
      "l'\xE9v\xE9nement de la soir\xE9" "e, o\xF9 l'on a parl\xE9 de g\xE9ographie.</p>");
  EXPECT_NE(latin.charset, "UTF-8");
  EXPECT_NE(latin.text.find("élèves"), std::string::npos) << latin.text;
  EXPECT_FALSE(latin.warnings.empty());
}

TEST(Charset, UndeclaredLegacyBytesAreDetected) {
  DecodedText decoded = decode_bytes(
      "<p>Les \xE9l\xE8ves ont \xE9t\xE9 tr\xE8s int\xE9ress\xE9s par l'\xE9v\xE9nement, "
      "d\xE9j\xE0 c\xE9l\xE8" "bre dans la r\xE9gion o\xF9 il s'est d\xE9roul\xE9.</p>");
  EXPECT_NE(decoded.charset, "UTF-8");
  EXPECT_NE(decoded.text.find("élèves"), std::string::npos) << decoded.text;
}

TEST(Charset, BytesNoCharsetCanReadBecomeReplacementCharacters) {
  // UTF-16 with a BOM and a lone high surrogate at the end: not a character in any charset.
  DecodedText decoded = decode_bytes(std::string("\xFF\xFE" "a\0b\0\x00\xD8", 8));
  EXPECT_NE(decoded.text.find("ab"), std::string::npos);
  EXPECT_NE(decoded.text.find("\xEF\xBF\xBD"), std::string::npos) << "U+FFFD";
  EXPECT_GT(decoded.replaced, 0u);
  // A UTF-8 page with one stray byte stays UTF-8: only that byte is replaced, with a warning.
  DecodedText stray = decode_bytes(
      "<meta charset=\"utf-8\"><p>Le caf\xC3\xA9 est d\xC3\xA9j\xC3\xA0 pr\xC3\xAAt, "
      "tr\xC3\xA8s chaud \xFF fin.</p>");
  EXPECT_EQ(stray.charset, "UTF-8");
  EXPECT_NE(stray.text.find("café est déjà prêt"), std::string::npos) << stray.text;
  EXPECT_EQ(stray.replaced, 1u);
  EXPECT_FALSE(stray.warnings.empty());
  // NUL bytes too, counted apart from invalid sequences and named in the warning.
  DecodedText with_nul = decode_bytes(std::string("a\0b d\xC3\xA9j\xC3\xA0 \xFF", 12));
  EXPECT_EQ(with_nul.text, "a\xEF\xBF\xBD" "b déjà \xEF\xBF\xBD");
  EXPECT_EQ(with_nul.nul_bytes, 1u);
  EXPECT_EQ(with_nul.replaced, 1u);
  EXPECT_EQ(with_nul.warnings,
            (std::vector<std::string>{"1 NUL byte replaced by U+FFFD", "1 invalid byte sequences replaced by U+FFFD"}));
  // A NUL code unit of UTF-16 is a NUL byte once converted.
  DecodedText utf16_nul = decode_bytes(std::string("\xFF\xFE" "a\0\0\0b\0", 8));
  EXPECT_EQ(utf16_nul.text, "a\xEF\xBF\xBD" "b");
  EXPECT_EQ(utf16_nul.nul_bytes, 1u);
  EXPECT_EQ(utf16_nul.replaced, 0u);
}

TEST(Charset, FindsTheDeclaredCharset) {
  const std::pair<const char*, const char*> cases[] = {
      {"<meta charset=\"utf-8\">", "UTF-8"},
      {"<META CHARSET='ISO-8859-1'>", "ISO-8859-1"},
      {"<meta http-equiv=\"Content-Type\" content=\"text/html; charset=windows-1252\">",
       "WINDOWS-1252"},
      {"<?xml version=\"1.0\" encoding=\"iso-8859-15\"?><html>", "ISO-8859-15"},
      {"<html><head><title>none</title></head>", ""},
      {"charset=utf-8 in prose, outside any meta", ""},
  };
  for (const auto& [html, charset] : cases) EXPECT_EQ(find_declared_charset(html), charset) << html;
}

TEST(Charset, LabelsAreReadAsTheWhatwgEncodingStandardReadsThem) {
  const std::pair<const char*, const char*> cases[] = {
      {"latin1", "WINDOWS-1252"},   {"us-ascii", "WINDOWS-1252"}, {"iso-8859-9", "WINDOWS-1254"},
      {"gb2312", "GB18030"},        {"shift_jis", "CP932"},       {"euc-kr", "CP949"},
      {"x-user-defined", "WINDOWS-1252"},
  };
  for (const auto& [label, charset] : cases) {
    // A byte ≥ 0x80 that is no UTF-8, so that the declaration decides.
    DecodedText decoded = decode_bytes(std::string("<meta charset=\"") + label + "\"><p>a\xE9</p>");
    EXPECT_EQ(decoded.charset, charset) << label;
  }
}

TEST(Charset, TellsUtf16WithoutAMarkByItsZeroBytes) {
  EXPECT_EQ(sniff_utf16(std::string("T\0i\0t\0r\0e\0\n\0", 12)), "UTF-16LE");
  EXPECT_EQ(sniff_utf16(std::string("\0T\0i\0t\0r\0e\0\n", 12)), "UTF-16BE");
  EXPECT_EQ(sniff_utf16("Titre\nplain text"), "");
  EXPECT_EQ(sniff_utf16(std::string("\0\0\0\0\0\0\0\0", 8)), "");  // binary, not text
  EXPECT_EQ(sniff_utf16(std::string("a\0", 2)), "");                  // too short to tell
}

TEST(Charset, ABadUtf16UnitNeverShiftsTheUnitsAfterIt) {
  // "ab", a lone low surrogate, "cd": one U+FFFD, and "cd" read on its boundary.
  DecodedText decoded = decode_bytes(std::string("\xFF\xFE" "a\0b\0\x00\xDC" "c\0d\0", 12));
  EXPECT_EQ(decoded.text, "ab\xEF\xBF\xBD" "cd");
  EXPECT_EQ(decoded.replaced, 1u);
  ASSERT_FALSE(decoded.warnings.empty());
}

std::string read_corpus_page(const std::string& name) {
  std::ifstream file(PALABRE_SOURCE_DIR "/../shared/corpus/pages/" + name, std::ios::binary);
  std::ostringstream bytes;
  bytes << file.rdbuf();
  return bytes.str();
}

TEST(Charset, CorpusLatin1PageReadsCorrectly) {
  std::string bytes = read_corpus_page("pocketpc-wp7-update-forum.html");
  if (bytes.empty()) GTEST_SKIP() << "corpus page pocketpc-wp7-update-forum.html not found";
  Thread thread = parse_page(bytes, "pocketpc-wp7-update-forum.html");
  EXPECT_EQ(thread.source.charset, "WINDOWS-1252");
  ASSERT_FALSE(thread.comments.empty());
  bool umlaut = false;
  for (const Comment& comment : thread.comments)
    umlaut = umlaut || comment.text.find("für") != std::string::npos;
  EXPECT_TRUE(umlaut) << "German umlauts must survive the conversion";
  for (const Comment& comment : thread.comments)
    EXPECT_EQ(comment.text.find("\xEF\xBF\xBD"), std::string::npos) << comment.id;
}

TEST(Charset, CorpusPageWhoseDeclarationLiesReadsCorrectly) {
  std::string bytes = read_corpus_page("farodevigo-iniesta-charset-lie.html");
  if (bytes.empty()) GTEST_SKIP() << "corpus page farodevigo-iniesta-charset-lie.html not found";
  Thread thread = parse_page(bytes, "farodevigo-iniesta-charset-lie.html");
  EXPECT_EQ(thread.source.charset, "UTF-8");
  ASSERT_TRUE(thread.article.title.has_value());
  EXPECT_EQ(*thread.article.title, "Andrés Iniesta: \"Los recuerdos son mágicos\"");
  bool mojibake = false;
  for (const std::string& paragraph : thread.article.paragraphs)
    mojibake = mojibake || paragraph.find("Ã¡") != std::string::npos;
  EXPECT_FALSE(mojibake);
  ASSERT_FALSE(thread.warnings.empty());
  EXPECT_NE(thread.warnings.front().find("valid UTF-8"), std::string::npos);
}

}  // namespace
}  // namespace palabre
