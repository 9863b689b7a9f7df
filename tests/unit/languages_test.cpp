// Language data and the language of threads and comments: every data folder loads and is
// usable; comments written for this test in each language are told apart, short ones take
// the thread's language, a thread in each language gets its talking points, and a language
// without data is named but never analysed.
#include <gtest/gtest.h>

#include <map>

#include "palabre/analyze/analyzer_set.hpp"
#include "palabre/analyze/languages.hpp"
#include "palabre/analyze/pipeline.hpp"
#include "palabre/lang/identify.hpp"
#include "palabre/lang/language.hpp"

namespace palabre {
namespace {

TEST(LanguageData, TheAnalysedLanguagesHaveData) {
  const std::vector<std::string> codes = languages_with_data();
  for (const char* code : {"da", "de", "en", "es", "fi", "fr", "hu", "it", "nl", "no", "pt", "ru", "sv", "tr"})
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
    {"sv", "Jag förstår inte varför ingen pratar om fraktkostnaderna, det är ju det verkliga problemet här."},
    {"da", "Jeg kan simpelthen ikke forstå, hvorfor ingen nævner fragtomkostningerne, som jo er det egentlige problem."},
    {"no", "Jeg skjønner ikke hvorfor ingen snakker om fraktkostnadene, det er jo det egentlige problemet her."},
    {"fi", "En ymmärrä, miksi kukaan ei puhu toimituskuluista, ne ovat tässä se todellinen ongelma."},
    {"ru", "Не понимаю, почему никто не говорит о стоимости доставки, это и есть настоящая проблема."},
    {"hu", "Nem értem, miért nem beszél senki a szállítási költségekről, pedig ez az igazi probléma."},
    {"tr", "Kimsenin kargo ücretlerinden bahsetmemesini anlamıyorum, asıl sorun bu."},
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

struct LanguageThread {
  const char* code;
  std::vector<const char*> comments;
  const char* point;  // a content word the commenters share, in its stem's form
};

// Threads written for this test, one per language whose data came without a hand-made
// thread of its own: a local issue several commenters come back to, in their own
// inflections ("kirjaston", "kirjastoa", "kirjastoon").
const LanguageThread kThreads[] = {
    {"sv",
     {"Att kommunen vill stänga biblioteket i centrum är helt obegripligt. Barnen behöver ett ställe att läsa på.",
      "Biblioteket är den enda plats där pensionärer kan läsa tidningar gratis. Varför sparar man alltid på kulturen?",
      "Jag håller med. Utan biblioteket blir stadskärnan ännu tommare på kvällarna.",
      "Kommunen har råd med en ny arena men inte med bibliotekets öppettider, det säger allt om prioriteringarna.",
      "Skriv under protestlistan, den finns på bibliotekets hemsida fram till fredag."},
     "bibliotek"},
    {"da",
     {"Trafikselskabet vil nedlægge buslinjen til landsbyen, og så kan de ældre ikke længere komme til lægen.",
      "Bussen kører allerede kun hver anden time. Hvem skal bruge den, når den aldrig kommer?",
      "Uden bussen må de unge tage bilen, og det er vel ikke meningen med den grønne omstilling.",
      "Regionen burde betale for bussen i stedet for at bygge endnu en motorvej.",
      "Jeg er enig. Buslinjen er livsnerven for hele området."},
     "bus"},
    {"no",
     {"Strømprisen i Sør-Norge er helt vanvittig denne vinteren, vi har skrudd ned varmen i hele huset.",
      "Regjeringen lovet å gjøre noe med strømprisen, men ingenting har skjedd.",
      "Strømstøtten hjelper litt, men strømprisen er fortsatt tre ganger høyere enn i fjor.",
      "Vi eksporterer kraft til Europa og betaler selv den høye strømprisen. Det henger ikke på greip.",
      "Helt enig, strømprisen burde vært regulert for lenge siden."},
     "strømpris"},
    {"fi",
     {"Kaupunki aikoo sulkea kirjaston, vaikka se on alueen ainoa julkinen olohuone.",
      "Kirjasto on lapsille tärkeä paikka, siellä he oppivat lukemaan ja viihtyvät turvallisesti.",
      "Miksi säästöt kohdistuvat aina kirjastoon eikä esimerkiksi johtajien palkkoihin?",
      "Olen samaa mieltä. Ilman kirjastoa moni vanhus jää kotiin yksin.",
      "Käykää allekirjoittamassa adressi kirjaston puolesta, se on auki perjantaihin asti."},
     "kirjasto"},
    {"ru",
     {"Ремонт дороги на нашей улице обещают уже пятый год, а ямы только растут.",
      "Каждую весну делают ремонт, и через месяц асфальт снова трескается.",
      "Деньги на ремонт выделяют, но куда они уходят, никто не знает.",
      "Полностью согласен. Нормальный ремонт один раз дешевле, чем латать ямы каждый год.",
      "Пока не будет контроля за подрядчиками, ремонт так и будет халтурой."},
     "ремонт"},
    {"hu",
     {"A megyei kórház sürgősségi osztályán hat órát vártunk egy orvosra.",
      "A kórházban nincs elég ápoló, aki maradt, az is kiégett.",
      "Egyetértek. Amíg a kórházak ilyen kevés pénzt kapnak, nem lesz jobb az ellátás.",
      "A kórház épülete is omladozik, a fűtés télen alig működik.",
      "Az orvosok külföldre mennek, mert ott megbecsülik őket, itt meg a kórház sem tudja megtartani őket."},
     "kórház"},
    {"tr",
     {"İstanbul'da kira artışı artık dayanılmaz hale geldi, maaşın yarısı kiraya gidiyor.",
      "Ev sahibi bu yıl kirayı iki katına çıkardı, taşınmaktan başka çare yok.",
      "Kesinlikle katılıyorum. Öğrenciler yurt bulamıyor, kira ödeyecek parası da yok.",
      "Devlet kira artışına gerçek bir sınır koymalı, yoksa gençler şehirden gidecek.",
      "Bizim mahallede kira son iki yılda üç kat arttı."},
     "kira"},
};

// The thread is told to be in its language, comment by comment, and analysed: its talking
// points name what it keeps coming back to, in content words only (these threads' points
// have no inner function word either). Without the language's data the thread is counted,
// unanalysed, and has no point at all.
TEST(LanguageThreads, EachLanguageWithDataHasItsTalkingPoints) {
  AnalyzerSet analyzers;
  for (const LanguageThread& t : kThreads) {
    SCOPED_TRACE(t.code);
    Thread thread;
    for (const char* text : t.comments) {
      Comment comment;
      comment.id = "c" + std::to_string(thread.comments.size() + 1);
      comment.author = "Commenter " + comment.id;
      comment.text = text;
      thread.comments.push_back(comment);
    }
    for (const auto& code : languages_of(thread)) EXPECT_EQ(code, t.code);
    ThreadAnalyzer analyzer;
    const ThreadReport report = analyzer.analyze(thread);
    ASSERT_EQ(report.summary.languages.size(), 1u);
    EXPECT_TRUE(report.summary.languages[0].analysed);
    Analyzer* words = analyzers.find(t.code);
    ASSERT_TRUE(words);
    bool found = false;
    for (const TalkingPoint& point : report.summary.talking_points) {
      found |= point.phrase.find(t.point) != std::string::npos;
      for (const Token& token : words->analyze(point.phrase)) EXPECT_FALSE(token.stopword) << point.phrase;
    }
    EXPECT_TRUE(found) << "no point with \"" << t.point << "\"";
  }
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
