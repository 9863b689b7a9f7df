// Pages decoded as a browser would: a byte-order mark first, a declared UTF-16 read as UTF-8,
// UTF-16 without a mark told by its zero bytes; bytes no charset can read replaced one code
// unit at a time and counted in a warning, never shifting the rest of the page; UTF-8 with a
// few damaged bytes kept UTF-8, never converted whole to a guessed charset.
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include "cli/run_command.hpp"
#include "cli/scratch.hpp"

namespace palabre::testing {
namespace {

using nlohmann::json;

// A text page of `count` comments, "Un avis numéro N, très précis." each, in UTF-8.
std::string text_page(std::size_t count) {
  std::string page = "Titre de l'article\n\nChapeau.\n\nCommentaires " + std::to_string(count) + "\n";
  for (std::size_t i = 0; i < count; ++i)
    page += "lecteur" + std::to_string(i) + " a écrit le 02/01/2019 à 11:54\nSignaler\nUn avis numéro " +
            std::to_string(i) + ", très précis.\n\n";
  return page;
}

// UTF-8 (Latin script, as text_page makes) → UTF-16 code units, little- or big-endian.
std::string to_utf16(const std::string& utf8, bool little_endian) {
  std::string out;
  for (std::size_t i = 0; i < utf8.size();) {
    unsigned char c = static_cast<unsigned char>(utf8[i]);
    unsigned code = c;
    std::size_t length = 1;
    if (c >= 0xC0) {
      length = 2;
      code = ((c & 0x1F) << 6) | (static_cast<unsigned char>(utf8[i + 1]) & 0x3F);
    }
    i += length;
    char low = static_cast<char>(code & 0xFF), high = static_cast<char>(code >> 8);
    out += little_endian ? std::string{low, high} : std::string{high, low};
  }
  return out;
}

class Decoding : public ::testing::Test {
 protected:
  std::string write(const std::string& name, const std::string& bytes) { return scratch_.write(name, bytes); }
  // `palabre parse` of the bytes: the record, and stderr in `err`.
  json parse(const std::string& name, const std::string& bytes, std::string* err = nullptr) {
    CommandResult result = run_palabre({"parse", write(name, bytes)});
    EXPECT_EQ(result.exit_code, 0) << name << ": " << result.err;
    if (err) *err = result.err;
    json record = json::parse(result.out, nullptr, false);
    return record.is_discarded() ? json::object() : record;
  }

  ScratchFolder scratch_{"decoding"};
};

TEST_F(Decoding, AnUnpairedSurrogateIsReplacedAloneAndTheRestIsRead) {
  std::string utf16 = to_utf16(text_page(5), true);
  // A lone high surrogate after "Titre", then a lone low one in the middle of comment 2.
  utf16.insert(10, std::string("\x00\xD8", 2));
  const std::size_t middle = utf16.find(to_utf16("numéro 2", true));
  ASSERT_NE(middle, std::string::npos);
  utf16.insert(middle + 4, std::string("\x00\xDC", 2));
  std::string err;
  json record = parse("surrogate.txt", "\xFF\xFE" + utf16, &err);
  EXPECT_EQ(record["source"]["charset"], "UTF-16LE");
  ASSERT_EQ(record["comments"].size(), 5u) << record.dump().substr(0, 300);
  EXPECT_EQ(record["comments"][2]["text"], "Un avis nu\uFFFDméro 2, très précis.");
  EXPECT_EQ(record["comments"][4]["text"], "Un avis numéro 4, très précis.");
  EXPECT_EQ(record["article"]["title"], "Titre\uFFFD de l'article");
  EXPECT_NE(err.find("2 invalid byte sequences replaced by U+FFFD"), std::string::npos) << err;
}

TEST_F(Decoding, Utf16WithoutAByteOrderMarkIsRead) {
  for (bool little_endian : {true, false}) {
    json record = parse("no-bom.txt", to_utf16(text_page(3), little_endian));
    EXPECT_EQ(record["source"]["charset"], little_endian ? "UTF-16LE" : "UTF-16BE");
    ASSERT_EQ(record["comments"].size(), 3u) << little_endian;
    EXPECT_EQ(record["comments"][2]["text"], "Un avis numéro 2, très précis.");
  }
}

TEST_F(Decoding, ADeclaredUtf16IsReadAsUtf8) {
  // A single-byte page whose markup says UTF-16: browsers read such a declaration as UTF-8.
  const std::string latin = "<html><head><meta charset=\"utf-16\"><title>Caf\xE9 cr\xE8me</title></head>"
                            "<body><p>Un caf\xE9 cr\xE8me, voil\xE0 ce que je veux dire.</p></body></html>";
  json record = parse("meta-utf16-latin.html", latin);
  EXPECT_EQ(record["article"]["title"], "Café crème");
  const std::string ascii = "<html><head><meta charset=\"UTF-16LE\"><title>Cafe creme</title></head>"
                            "<body><p>Un cafe creme.</p></body></html>";
  json plain = parse("meta-utf16-ascii.html", ascii);
  EXPECT_EQ(plain["source"]["charset"], "UTF-8");
  EXPECT_EQ(plain["article"]["title"], "Cafe creme");
}

TEST_F(Decoding, Utf8WithAFewDamagedBytesStaysUtf8) {
  // Mostly ASCII, a few accents, one byte of latin-1 among them: uchardet would call the
  // whole page windows-1250 and garble every accent.
  std::string page = "Titre de l'article\n\nCommentaires 3\n";
  const char* words[] = {"le", "commerce", "village", "chine", "prix", "vente", "pour", "dans", "est", "pas"};
  for (int i = 0; i < 3; ++i) {
    page += "lecteur" + std::to_string(i) + " a ecrit le 02/01/2019 a 11:54\nSignaler\n";
    for (int w = 0; w < 60; ++w) page += std::string(words[(w * 7 + i) % 10]) + " ";
    page += i == 0 ? "Numéro 0 caf\xE9.\n\n" : "Numéro " + std::to_string(i) + " café.\n\n";
  }
  std::string err;
  json record = parse("few-bad-bytes.txt", page, &err);
  EXPECT_EQ(record["source"]["charset"], "UTF-8");
  ASSERT_EQ(record["comments"].size(), 3u);
  EXPECT_TRUE(record["comments"][1]["text"].get<std::string>().ends_with("Numéro 1 café."));
  EXPECT_TRUE(record["comments"][0]["text"].get<std::string>().ends_with("Numéro 0 caf\uFFFD."));
  EXPECT_NE(err.find("1 invalid byte sequences replaced by U+FFFD"), std::string::npos) << err;
}

TEST_F(Decoding, NulBytesAfterTheFirstKilobytesAreCountedInAWarning) {
  std::string page = text_page(200);
  ASSERT_GT(page.size(), 9000u);
  page.insert(page.size() - 20, std::string("\0\0", 2));
  std::string err;
  json record = parse("late-nul.txt", page, &err);
  EXPECT_EQ(record["comments"].size(), 200u);
  EXPECT_NE(err.find("2 NUL bytes replaced by U+FFFD"), std::string::npos) << err;
  EXPECT_EQ(err.find("invalid byte sequences"), std::string::npos) << err;
}

}  // namespace
}  // namespace palabre::testing
