// Merging a page's JSON-LD copy of its comments with the HTML ones: each comment once, in
// page order, whatever the order of the copies and whatever they glue in front.
#include "palabre/parse/comment_merge.hpp"

#include <gtest/gtest.h>

namespace palabre {
namespace {

std::vector<Comment> html_comments(const std::vector<std::string>& texts) {
  std::vector<Comment> comments;
  for (const std::string& text : texts) {
    Comment comment;
    comment.id = "c" + std::to_string(comments.size() + 1);
    comment.text = text;
    comment.posted_at = "2019-01-02T11:5" + std::to_string(comments.size());
    comments.push_back(comment);
  }
  return comments;
}

LinkedComment copy_of(const std::string& text, const std::string& author, const std::string& date) {
  return LinkedComment{author, date, text};
}

const std::vector<std::string> kTexts = {
    "Les artisans du village vendent enfin leurs produits en ligne, et c'est une bonne chose.",
    "Bravo !",
    "Alibaba n'est qu'une place de marché : les usines chinoises vendent directement.",
};

TEST(MergeLinkedComments, CopiesInAnyOrderCompleteTheirOwnComment) {
  std::vector<Comment> comments = html_comments(kTexts);
  const std::vector<LinkedComment> copies = {
      copy_of(kTexts[2], "Marc", "2019-01-02T11:52:00+01:00"),
      copy_of(kTexts[1], "Ana", "2019-01-02T11:51:00+01:00"),
      copy_of(kTexts[0], "Léa", "2019-01-02T11:50:00+01:00"),
  };
  std::vector<std::string> warnings;
  merge_linked_comments(comments, copies, warnings);
  ASSERT_EQ(comments.size(), 3u);
  EXPECT_TRUE(warnings.empty());
  const char* authors[] = {"Léa", "Ana", "Marc"};
  for (std::size_t i = 0; i < 3; ++i) {
    EXPECT_EQ(comments[i].id, "c" + std::to_string(i + 1));
    EXPECT_EQ(comments[i].author, authors[i]) << i;
    EXPECT_EQ(comments[i].posted_at, "2019-01-02T11:5" + std::to_string(i) + ":00+01:00") << i;
  }
}

TEST(MergeLinkedComments, ATitleGluedInFrontOnEitherSideIsTheSameComment) {
  std::vector<Comment> comments = html_comments({kTexts[0], "Mon avis - " + kTexts[2]});
  const std::vector<LinkedComment> copies = {
      copy_of("Enfin ! - " + kTexts[0], "Léa", "2019-01-02T11:50"),
      copy_of(kTexts[2], "Marc", "2019-01-02T11:51"),
  };
  std::vector<std::string> warnings;
  merge_linked_comments(comments, copies, warnings);
  ASSERT_EQ(comments.size(), 2u);
  EXPECT_EQ(comments[0].author, "Léa");
  EXPECT_EQ(comments[1].author, "Marc");
}

TEST(MergeLinkedComments, ACutCopyAndCaseOrAccentsDoNotMatter) {
  std::vector<Comment> comments = html_comments({kTexts[0]});
  const std::vector<LinkedComment> copies = {
      copy_of("LES ARTISANS DU VILLAGE VENDENT ENFIN LEURS PRODUITS EN LIGNE, ET C'EST…", "Léa", "2019-01-02T11:50")};
  std::vector<std::string> warnings;
  merge_linked_comments(comments, copies, warnings);
  ASSERT_EQ(comments.size(), 1u);
  EXPECT_EQ(comments[0].author, "Léa");
}

TEST(MergeLinkedComments, TwinCommentsAreMatchedOnceEachInPageOrder) {
  std::vector<Comment> comments = html_comments({kTexts[1], kTexts[0], kTexts[1]});
  const std::vector<LinkedComment> copies = {copy_of(kTexts[1], "Ana", "2019-01-02T11:50"),
                                             copy_of(kTexts[1], "Marc", "2019-01-02T11:52")};
  std::vector<std::string> warnings;
  merge_linked_comments(comments, copies, warnings);
  ASSERT_EQ(comments.size(), 3u);
  EXPECT_EQ(comments[0].author, "Ana");
  EXPECT_FALSE(comments[1].author);
  EXPECT_EQ(comments[2].author, "Marc");
}

TEST(MergeLinkedComments, ACommentOnlyInTheCopyIsAppendedWithAWarning) {
  std::vector<Comment> comments = html_comments({kTexts[0]});
  const std::vector<LinkedComment> copies = {copy_of(kTexts[0], "Léa", "2019-01-02T11:50"),
                                             copy_of("Un avis que la page ne montre pas.", "Zoé",
                                                     "2019-01-03T08:00:00Z")};
  std::vector<std::string> warnings;
  merge_linked_comments(comments, copies, warnings);
  ASSERT_EQ(comments.size(), 2u);
  EXPECT_EQ(comments[1].id, "c2");
  EXPECT_EQ(comments[1].author, "Zoé");
  EXPECT_EQ(comments[1].text, "Un avis que la page ne montre pas.");
  EXPECT_FALSE(comments[1].posted_at_text);
  ASSERT_EQ(warnings.size(), 1u);
  EXPECT_EQ(warnings[0], "1 comments found only in the page's JSON-LD were added after the others");
}

// JSON-LD copies cut to a few words (fewer than the 40 letters the index keys on) still
// complete the comment they begin, in any order and among many; a copy that names another
// author, or too short to tell comments apart, is appended as its own comment.
std::string long_comment(int i) {
  return "Le lecteur numéro " + std::to_string(i) + " pense que les artisans du village " +
         "devraient vendre leurs produits sur une place de marché, pas chez Alibaba.";
}

TEST(MergeLinkedComments, CopiesCutToAFewWordsCompleteTheCommentTheyBegin) {
  std::vector<std::string> texts;
  for (int i = 0; i < 300; ++i) texts.push_back(long_comment(i));
  std::vector<Comment> comments = html_comments(texts);
  std::vector<LinkedComment> copies;
  for (int i = 299; i >= 0; --i)  // newest first, cut after the number: about 24 letters
    copies.push_back(copy_of("Le lecteur numéro " + std::to_string(i) + " pense…", "Lecteur " + std::to_string(i),
                             "2019-01-02T11:50:00+01:00"));
  std::vector<std::string> warnings;
  merge_linked_comments(comments, copies, warnings);
  ASSERT_EQ(comments.size(), 300u);
  EXPECT_TRUE(warnings.empty()) << warnings.front();
  for (int i = 0; i < 300; ++i) EXPECT_EQ(comments[i].author, "Lecteur " + std::to_string(i)) << i;
}

// An earlier comment that holds the cut copy after a glued title is not taken from the comment
// the copy begins: that one's own copy would be left over, and counted twice.
TEST(MergeLinkedComments, ACutCopyTakesTheCommentItBeginsBeforeOneThatHoldsIt) {
  std::vector<Comment> comments = html_comments({"Mon avis : " + long_comment(2), long_comment(2)});
  const std::vector<LinkedComment> copies = {
      copy_of("Le lecteur numéro 2 pense…", "Bruno", "2019-01-02T11:51"),
      copy_of("Mon avis : le lecteur numéro 2 pense…", "Ana", "2019-01-02T11:50"),
  };
  std::vector<std::string> warnings;
  merge_linked_comments(comments, copies, warnings);
  ASSERT_EQ(comments.size(), 2u);
  EXPECT_EQ(comments[0].author, "Ana");
  EXPECT_EQ(comments[1].author, "Bruno");
}

TEST(MergeLinkedComments, ACutCopyNamingAnotherAuthorOrTooShortIsItsOwnComment) {
  std::vector<Comment> comments = html_comments({long_comment(1), long_comment(2)});
  comments[0].author = "Ana";
  const std::vector<LinkedComment> copies = {
      copy_of("Le lecteur numéro 1 pense", "Marc", "2019-01-02T11:50"),  // another author
      copy_of("Le lecteur numéro", "Zoé", "2019-01-02T11:51"),          // 15 letters
      copy_of("Le lecteur numéro 1 pense", "ana", "2019-01-02T11:52"),   // the same, cut
  };
  std::vector<std::string> warnings;
  merge_linked_comments(comments, copies, warnings);
  ASSERT_EQ(comments.size(), 4u);
  EXPECT_EQ(comments[0].author, "Ana");
  EXPECT_EQ(comments[2].author, "Marc");
  EXPECT_EQ(comments[3].author, "Zoé");
  ASSERT_EQ(warnings.size(), 1u);
  EXPECT_EQ(warnings[0], "2 comments found only in the page's JSON-LD were added after the others");
}

}  // namespace
}  // namespace palabre
