// Language data and the language of threads and comments: every data folder loads and is
// usable; comments written for this test in each language are told apart, short ones take
// the thread's language, and a language without data is named but never analysed.
#include <gtest/gtest.h>

#include <map>

#include "palabre/analyze/analyzer_set.hpp"
#include "palabre/analyze/languages.hpp"
#include "palabre/analyze/pipeline.hpp"
#include "palabre/lang/identify.hpp"
#include "palabre/lang/language.hpp"

namespace palabre {
namespace {

TEST(LanguageData, TheSevenLanguagesHaveData) {
  const std::vector<std::string> codes = languages_with_data();
  for (const char* code : {"de", "en", "es", "fr", "it", "nl", "pt"})
    EXPECT_NE(std::find(codes.begin(), codes.end(), code), codes.end()) << code;
}

TEST(LanguageData, EveryFolderLoadsWithItsListsFilled) {
  for (const std::string& code : languages_with_data()) {
    SCOPED_TRACE(code);
    const std::optional<Language> language = load_language(code);
    ASSERT_TRUE(language);
    EXPECT_EQ(language->code, code);
    EXPECT_FALSE(language->name.empty());
    EXPECT_GT(language->stopwords.size(), 80u);
    EXPECT_GT(language->generic_words.size(), 300u);
    EXPECT_FALSE(language->negations.empty());
    EXPECT_FALSE(language->agreement.empty());
    EXPECT_FALSE(language->disagreement.empty());
    EXPECT_FALSE(language->quote_headers.after_name.empty());
    // Generic words are content words: a stopword is never listed as one.
    for (const std::string& word : language->generic_words) EXPECT_FALSE(language->stopwords.contains(word)) << word;
  }
}

TEST(LanguageData, NoDataIsNotAnError) { EXPECT_FALSE(load_language("pl")); }

// Proper nouns come from the general frequency list's capitals, where capitals mean that.
TEST(LanguageData, ProperNounsAndGenericWords) {
  const std::optional<Language> french = load_language("fr");
  ASSERT_TRUE(french);
  EXPECT_TRUE(french->proper_nouns.contains("france"));
  EXPECT_FALSE(french->proper_nouns.contains("temps"));
  const auto generic = [&](const char* word) {
    return std::find(french->generic_words.begin(), french->generic_words.end(), word) !=
           french->generic_words.end();
  };
  EXPECT_TRUE(generic("temps"));
  EXPECT_FALSE(generic("artisan"));
  EXPECT_TRUE(load_language("de")->proper_nouns.size() == 0) << "German capitalises every noun";
}

TEST(Analyzer, GenericWordsAndTheirInflections) {
  AnalyzerSet analyzers;
  const std::map<std::string, std::pair<std::string, std::string>> cases = {
      {"fr", {"les gens et le temps", "artisans"}}, {"en", {"people and things", "penultimate"}},
      {"de", {"die Leute und die Zeit", "Abmahnungen"}}, {"es", {"la gente y el tiempo", "trabajadores"}}};
  for (const auto& [code, texts] : cases) {
    SCOPED_TRACE(code);
    Analyzer* analyzer = analyzers.find(code);
    ASSERT_TRUE(analyzer);
    std::size_t generic = 0;
    for (const Token& token : analyzer->analyze(texts.first)) generic += token.generic;
    EXPECT_EQ(generic, 2u) << texts.first;
    for (const Token& token : analyzer->analyze(texts.second)) EXPECT_FALSE(token.generic) << token.surface;
  }
}

struct LanguageCase {
  const char* code;
  const char* text;
};

// Sentences written for this test, a few lines each, as comments are.
const LanguageCase kComments[] = {
    {"fr", "Je ne comprends pas pourquoi on laisse faire ça, les artisans du coin ferment les uns après les autres."},
    {"en", "I honestly don't get why nobody talks about the shipping costs, they are the real problem here."},
    {"de", "Ich verstehe nicht, warum niemand über die Kosten spricht, das ist doch das eigentliche Problem."},
    {"es", "No entiendo por qué nadie habla de los costes de envío, que son el verdadero problema aquí."},
    {"it", "Non capisco perché nessuno parla dei costi di spedizione, che sono il vero problema qui."},
    {"pt", "Não entendo por que ninguém fala dos custos de envio, que são o verdadeiro problema aqui."},
    {"nl", "Ik begrijp niet waarom niemand het over de verzendkosten heeft, dat is het echte probleem hier."},
    {"pl", "Nie rozumiem, dlaczego nikt nie mówi o kosztach wysyłki, to jest prawdziwy problem tutaj."},
};

std::vector<std::optional<std::string>> languages_of(const Thread& thread) {
  ThreadAnalyzer analyzer;
  ThreadReport report = analyzer.analyze(thread);
  std::vector<std::optional<std::string>> codes = {report.thread.article.language};
  for (const Comment& comment : report.thread.comments) codes.push_back(comment.language);
  return codes;
}

Thread french_thread() {
  Thread thread;
  thread.article.title = "Les villages du commerce en ligne";
  thread.article.paragraphs = {"Dans les villages du Yunnan, les habitants vendent désormais leurs produits en ligne et "
                               "beaucoup de jeunes reviennent travailler au pays."};
  return thread;
}

TEST(CommentLanguage, EachCommentInItsOwnLanguage) {
  Thread thread = french_thread();
  for (const LanguageCase& c : kComments) {
    Comment comment;
    comment.id = "c" + std::to_string(thread.comments.size() + 1);
    comment.text = c.text;
    thread.comments.push_back(comment);
  }
  const auto codes = languages_of(thread);
  EXPECT_EQ(codes[0], "fr");
  for (std::size_t i = 0; i < std::size(kComments); ++i) EXPECT_EQ(codes[i + 1], kComments[i].code) << kComments[i].text;
}

// One-liners: CLD2 calls "En Chine on construit, chez nous on discute." English with
// confidence; the function words say French. Too short to tell at all: the thread's.
TEST(CommentLanguage, ShortCommentsTakeTheThreadsLanguage) {
  Thread thread = french_thread();
  for (const char* text : {"En Chine on construit, chez nous on discute.", "Bravo !", "ok", "Super article"}) {
    Comment comment;
    comment.id = "c" + std::to_string(thread.comments.size() + 1);
    comment.text = text;
    thread.comments.push_back(comment);
  }
  for (const auto& code : languages_of(thread)) EXPECT_EQ(code, "fr");
}

TEST(ThreadLanguage, FromTheCommentsWhenThereIsNoArticle) {
  Thread thread;
  for (const char* text : {"Die Abmahnungen sind ein Geschäftsmodell geworden.", "Genau so ist es."}) {
    Comment comment;
    comment.id = "c" + std::to_string(thread.comments.size() + 1);
    comment.text = text;
    thread.comments.push_back(comment);
  }
  const auto codes = languages_of(thread);
  EXPECT_EQ(codes[0], "de");
  EXPECT_EQ(codes[1], "de");
  EXPECT_EQ(codes[2], "de");
}

TEST(ThreadLanguage, TheDeclaredLanguageBreaksATie) {
  Thread thread;
  thread.article.title = "OK";
  thread.article.language = "es";
  Comment comment;
  comment.id = "c1";
  comment.text = "ok";
  thread.comments.push_back(comment);
  EXPECT_EQ(languages_of(thread)[0], "es");
}

// A language without data is counted and named, never analysed as another language; French
// theme files tag French comments only.
TEST(CommentLanguage, OtherLanguagesAreCountedNotAnalysed) {
  Thread thread = french_thread();
  const char* texts[] = {
      "Les artisans chinois vendent sur Alibaba et Amazon, pendant qu'en France on se plaint.",
      "The craftsmen sell on Alibaba and Amazon while in France people only complain about it.",
      "Rzemieślnicy sprzedają na Alibaba i Amazon, a we Francji ludzie tylko narzekają na to wszystko."};
  for (const char* text : texts) {
    Comment comment;
    comment.id = "c" + std::to_string(thread.comments.size() + 1);
    comment.text = text;
    thread.comments.push_back(comment);
  }
  ThreadAnalyzer analyzer;
  ThreadReport report = analyzer.analyze(thread);
  EXPECT_FALSE(report.tags[0].empty());
  EXPECT_TRUE(report.tags[1].empty()) << "French themes on an English comment";
  EXPECT_TRUE(report.tags[2].empty());
  std::map<std::string, std::pair<std::size_t, bool>> counts;
  for (const LanguageCount& count : report.summary.languages)
    counts[count.code.value_or("?")] = {count.comments, count.analysed};
  EXPECT_EQ(counts["fr"], (std::pair<std::size_t, bool>{1, true}));
  EXPECT_EQ(counts["en"], (std::pair<std::size_t, bool>{1, true}));
  EXPECT_EQ(counts["pl"], (std::pair<std::size_t, bool>{1, false}));
  for (const TalkingPoint& point : report.summary.talking_points)
    for (const std::string& id : point.comments) EXPECT_NE(id, "c3") << point.phrase;
}

TEST(ThemeFiles, AFileForSeveralLanguagesTagsEach) {
  AnalyzerSet analyzers;
  ThemeSet set = parse_theme_file(
      R"({"language": ["fr", "en"], "themes": [{"id": "shop", "terms": ["boutique", "shop"]}]})", "shop.json",
      analyzers.lookup());
  ASSERT_EQ(set.themes.size(), 2u);
  EXPECT_EQ(set.themes[0].language, "fr");
  EXPECT_EQ(set.themes[1].language, "en");
}

TEST(Identify, CldNamesTheLanguageOfAParagraph) {
  EXPECT_EQ(identify_language("Der Gesetzgeber muss endlich handeln, diese Abmahnungen sind ein Geschäftsmodell "
                              "geworden und die Betroffenen zahlen jedes Mal hohe Kosten.").code,
            "de");
  EXPECT_TRUE(identify_language("").code.empty());
}

}  // namespace
}  // namespace palabre
