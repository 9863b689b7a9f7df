// Thread hygiene on comments written for this test: quotations found by their words
// (however they are marked), quote headers in several languages, signatures, repeated posts,
// pingbacks; spans in code points, sources named, the first occurrence left alone.
#include "palabre/analyze/hygiene.hpp"

#include <gtest/gtest.h>

#include "palabre/analyze/analyzer_set.hpp"

namespace palabre {
namespace {

struct Marked {
  std::string id;
  std::vector<TextSpan> spans;
  std::string text;
};

std::vector<Marked> mark_thread(const std::vector<std::string>& texts, const std::string& code = "fr") {
  AnalyzerSet analyzers;
  Analyzer& analyzer = *analyzers.find(code);
  ThreadHygiene hygiene;
  std::vector<Marked> marked;
  for (std::size_t i = 0; i < texts.size(); ++i) {
    Comment comment;
    comment.id = "c" + std::to_string(i + 1);
    comment.text = texts[i];
    marked.push_back({comment.id, hygiene.mark(comment, analyzer.analyze(comment.text), &analyzer.language()),
                      comment.text});
  }
  return marked;
}

// The text a span covers, by code points.
std::string covered(const Marked& comment, const TextSpan& span) {
  std::u32string wide;
  std::string out;
  std::size_t index = 0;
  for (std::size_t pos = 0; pos < comment.text.size(); ++index) {
    const std::size_t start = pos;
    unsigned char byte = static_cast<unsigned char>(comment.text[pos]);
    pos += byte < 0x80 ? 1 : byte < 0xE0 ? 2 : byte < 0xF0 ? 3 : 4;
    if (index >= span.start && index < span.end) out += comment.text.substr(start, pos - start);
  }
  return out;
}

TEST(Hygiene, CopiedWordsAreAQuotationOfTheirSource) {
  const auto thread = mark_thread({
      "Les plateformes comme GitHub permettent aux simples utilisateurs de donner leur avis.",
      "Je réponds : « les plateformes comme GitHub permettent aux simples utilisateurs de donner leur "
      "avis », c'est vrai mais il faut un médiateur."});
  EXPECT_TRUE(thread[0].spans.empty()) << "the quoted comment keeps its own words";
  ASSERT_EQ(thread[1].spans.size(), 1u);
  const TextSpan& quote = thread[1].spans[0];
  EXPECT_EQ(quote.kind, SpanKind::kQuote);
  EXPECT_EQ(quote.of, "c1");
  EXPECT_EQ(covered(thread[1], quote),
            "les plateformes comme GitHub permettent aux simples utilisateurs de donner leur avis");
}

TEST(Hygiene, ShortCommonRunsAreNotQuotations) {
  const auto thread = mark_thread({"Je ne suis pas d'accord avec vous.", "Je ne suis pas d'accord du tout."});
  EXPECT_TRUE(thread[1].spans.empty());
}

TEST(Hygiene, QuoteHeadersInSeveralLanguages) {
  struct Case {
    const char* code;
    const char* text;
    const char* header;
  };
  const Case cases[] = {
      {"de", "Zitat von TheFreeman\nWo sind die neuen Features beschrieben?", "Zitat von TheFreeman"},
      {"fr", "Jean Dupont a écrit :\nIl faut taxer les colis.", "Jean Dupont a écrit"},
      {"en", "bigskier wrote:\nThe mount point is too far back.", "bigskier wrote"},
      {"es", "Cita de Marta\nNo estoy de acuerdo con el artículo.", "Cita de Marta"},
  };
  for (const Case& c : cases) {
    const auto thread = mark_thread({c.text}, c.code);
    ASSERT_EQ(thread[0].spans.size(), 1u) << c.text;
    EXPECT_EQ(thread[0].spans[0].kind, SpanKind::kQuote);
    EXPECT_EQ(covered(thread[0], thread[0].spans[0]), c.header);
  }
  // A sentence that happens to hold the words is no header.
  EXPECT_TRUE(mark_thread({"Il a écrit trois livres sur la Chine et ses villages."})[0].spans.empty());
}

TEST(Hygiene, ALineThatClosedAnEarlierCommentIsASignature) {
  const std::string signature = "\nEnvoyé depuis mon téléphone portable Android";
  const auto thread = mark_thread({"Les frais de port sont trop élevés." + signature,
                                   "Je commande quand même chez eux." + signature,
                                   "Envoyé depuis mon téléphone portable Android"});
  EXPECT_TRUE(thread[0].spans.empty()) << "its first occurrence is still unknown as one";
  ASSERT_EQ(thread[1].spans.size(), 1u);
  EXPECT_EQ(thread[1].spans[0].kind, SpanKind::kSignature);
  EXPECT_EQ(covered(thread[1], thread[1].spans[0]), "Envoyé depuis mon téléphone portable Android");
}

TEST(Hygiene, RepeatedPostsAndPingbacks) {
  const auto thread = mark_thread({"Bravo pour cet article très complet !", "Bravo pour cet article très complet !",
                                   "[…] comme l'explique ce billet, les villages vendent en ligne […]",
                                   "Pingback: Revue de presse du 3 janvier"});
  ASSERT_EQ(thread[1].spans.size(), 1u);
  EXPECT_EQ(thread[1].spans[0].kind, SpanKind::kDuplicate);
  EXPECT_EQ(thread[1].spans[0].of, "c1");
  EXPECT_EQ(thread[1].spans[0].end, 37u);
  ASSERT_EQ(thread[2].spans.size(), 1u);
  EXPECT_EQ(thread[2].spans[0].kind, SpanKind::kPingback);
  ASSERT_EQ(thread[3].spans.size(), 1u);
  EXPECT_EQ(thread[3].spans[0].kind, SpanKind::kPingback);
}

TEST(Hygiene, SpansAreInCodePointsAndInOrder) {
  const auto thread = mark_thread({"Été après été, les écoliers étaient épuisés par la chaleur étouffante.",
                                   "Zitat: « été après été, les écoliers étaient épuisés par la chaleur » — déjà vu."});
  ASSERT_FALSE(thread[1].spans.empty());
  for (std::size_t i = 1; i < thread[1].spans.size(); ++i)
    EXPECT_LE(thread[1].spans[i - 1].end, thread[1].spans[i].start);
  EXPECT_EQ(covered(thread[1], thread[1].spans.back()),
            "été après été, les écoliers étaient épuisés par la chaleur");
}

// Past its bound the memory starts afresh: older comments are no longer sources.
TEST(Hygiene, MemoryIsBounded) {
  HygieneRules rules;
  rules.max_remembered = 8;
  AnalyzerSet analyzers;
  Analyzer& analyzer = *analyzers.find("fr");
  ThreadHygiene hygiene(rules);
  const std::string quoted = "les artisans du village vendent leurs théières en argent sur internet";
  std::vector<std::string> texts = {quoted};
  for (int i = 0; i < 6; ++i) texts.push_back("un deux trois quatre cinq six sept huit neuf dix onze " + std::to_string(i) + " mots");
  texts.push_back("Relisez : « " + quoted + " », rien de neuf.");
  std::vector<TextSpan> last;
  for (std::size_t i = 0; i < texts.size(); ++i) {
    Comment comment;
    comment.id = "c" + std::to_string(i + 1);
    comment.text = texts[i];
    last = hygiene.mark(comment, analyzer.analyze(comment.text), &analyzer.language());
  }
  EXPECT_TRUE(last.empty());
}

}  // namespace
}  // namespace palabre
