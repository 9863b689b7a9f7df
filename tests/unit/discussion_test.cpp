// The shape of a discussion on threads written for this test: groups by what comments talk
// about (not by their order), a comment in two groups or in none, replies from links and
// from how a comment opens, exchanges, agreement cues with evidence.
#include "palabre/analyze/discussion.hpp"

#include <gtest/gtest.h>

#include <algorithm>

#include "palabre/analyze/pipeline.hpp"

namespace palabre {
namespace {

struct Line {
  const char* author;
  const char* text;
  const char* parent = nullptr;
};

ThreadReport analyze(const std::vector<Line>& lines) {
  Thread thread;
  thread.article.title = "Les villages du commerce en ligne";
  thread.article.paragraphs = {"Dans les villages du Yunnan, les habitants vendent leurs produits en ligne."};
  for (std::size_t i = 0; i < lines.size(); ++i) {
    Comment comment;
    comment.id = "c" + std::to_string(i + 1);
    if (*lines[i].author) comment.author = lines[i].author;
    if (lines[i].parent) comment.parent = lines[i].parent;
    comment.text = lines[i].text;
    thread.comments.push_back(comment);
  }
  ThreadAnalyzer analyzer;
  return analyzer.analyze(std::move(thread));
}

const DiscussionGroup* group_with(const Discussion& discussion, const std::string& id) {
  for (const DiscussionGroup& group : discussion.groups)
    if (std::find(group.comments.begin(), group.comments.end(), id) != group.comments.end()) return &group;
  return nullptr;
}

// Two conversations interleaved: douanes and artisans; the groups follow the words.
const std::vector<Line> kTwoTopics = {
    {"Ana", "Les douanes laissent passer les colis sans contrôle."},
    {"Bruno", "Les artisans du Yunnan travaillent l'argent à la main."},
    {"Chloé", "Aucun contrôle des douanes sur ces colis, c'est incroyable."},
    {"David", "Ces artisans vivent enfin de leur travail à la main."},
    {"Emma", "Les colis passent les douanes comme si de rien n'était."},
    {"Farid", "Le travail des artisans mérite mieux que nos supermarchés."},
    {"Gaëlle", "Les douanes devraient taxer chaque colis."},
    {"Hugo", "Des artisans comme ceux-là, on n'en trouve plus chez nous."},
    {"Inès", "Il pleut depuis trois jours sur Lyon."},
};

TEST(Discussion, GroupsFollowWhatCommentsTalkAbout) {
  const Discussion discussion = analyze(kTwoTopics).summary.discussion;
  ASSERT_GE(discussion.groups.size(), 2u);
  const DiscussionGroup* customs = group_with(discussion, "c1");
  const DiscussionGroup* craft = group_with(discussion, "c2");
  ASSERT_NE(customs, nullptr);
  ASSERT_NE(craft, nullptr);
  EXPECT_NE(customs, craft);
  for (const char* id : {"c3", "c5", "c7"})
    EXPECT_NE(std::find(customs->comments.begin(), customs->comments.end(), id), customs->comments.end()) << id;
  for (const char* id : {"c4", "c6", "c8"})
    EXPECT_NE(std::find(craft->comments.begin(), craft->comments.end(), id), craft->comments.end()) << id;
  EXPECT_NE(std::find(discussion.other.begin(), discussion.other.end(), "c9"), discussion.other.end());
  EXPECT_NE(customs->label.find("douane"), std::string::npos) << customs->label;
  EXPECT_EQ(customs->commenters, customs->comments.size());
  ASSERT_TRUE(customs->representative);
  EXPECT_NE(std::find(customs->comments.begin(), customs->comments.end(), customs->representative->comment),
            customs->comments.end());
}

TEST(Discussion, TheSameThreadGivesTheSameGroups) {
  const Discussion first = analyze(kTwoTopics).summary.discussion;
  const Discussion second = analyze(kTwoTopics).summary.discussion;
  ASSERT_EQ(first.groups.size(), second.groups.size());
  for (std::size_t g = 0; g < first.groups.size(); ++g) {
    EXPECT_EQ(first.groups[g].comments, second.groups[g].comments);
    EXPECT_EQ(first.groups[g].label, second.groups[g].label);
  }
}

TEST(Discussion, ACommentMakingTwoPointsSitsInTwoGroups) {
  std::vector<Line> lines = kTwoTopics;
  lines.push_back({"Jules", "Les douanes taxent les colis, les artisans, eux, travaillent à la main."});
  const Discussion discussion = analyze(lines).summary.discussion;
  std::size_t groups = 0;
  for (const DiscussionGroup& group : discussion.groups)
    groups += std::find(group.comments.begin(), group.comments.end(), "c10") != group.comments.end();
  EXPECT_EQ(groups, 2u);
}

TEST(Discussion, AShortThreadHasOneGroupAtMost) {
  const Discussion discussion = analyze({{"Ana", "Les douanes laissent tout passer."},
                                         {"Bruno", "Les douanes ne font rien."},
                                         {"Chloé", "Les artisans souffrent."}})
                                    .summary.discussion;
  EXPECT_LE(discussion.groups.size(), 1u);
}

TEST(Replies, FromLinksAndFromHowACommentOpens) {
  const ThreadReport report = analyze({{"Ana", "Les douanes laissent tout passer."},
                                       {"Bruno", "Pas du tout, elles contrôlent.", "c1"},
                                       {"Chloé", "@Ana tout à fait d'accord avec vous."},
                                       {"David", "Bruno : vous avez tort, je le vois tous les jours."},
                                       {"Emma", "J'ai lu ce que pensent Ana et Bruno, sans plus."},
                                       {"Farid", "Ana a écrit :\nLes douanes laissent tout passer.\nJe confirme."}});
  const Discussion& discussion = report.summary.discussion;
  ASSERT_FALSE(discussion.exchanges.empty());
  const Exchange& exchange = discussion.exchanges.front();
  EXPECT_EQ(exchange.turns, 5u) << "c5 names Ana and Bruno but answers nobody";
  EXPECT_EQ(exchange.first, "c1");
  EXPECT_EQ(exchange.last, "c6");
  EXPECT_EQ(exchange.participants, (std::vector<std::string>{"Ana", "Bruno", "Chloé", "David", "Farid"}));
  ASSERT_FALSE(discussion.most_answered.empty());
  EXPECT_EQ(discussion.most_answered.front().author, "Ana");
  EXPECT_EQ(discussion.most_answered.front().replies, 3u);
}

TEST(Agreement, CuesAreCountedWithTheirEvidence) {
  const ThreadReport report = analyze({{"Ana", "Les douanes laissent passer les colis sans contrôle."},
                                       {"Bruno", "Tout à fait, les douanes ne contrôlent pas les colis."},
                                       {"Chloé", "Je ne suis pas d'accord : les douanes contrôlent les colis."},
                                       {"David", "Les douanes et les colis, n'importe quoi ce débat."}});
  const Discussion& discussion = report.summary.discussion;
  const DiscussionGroup* customs = group_with(discussion, "c1");
  ASSERT_NE(customs, nullptr);
  EXPECT_EQ(customs->agreement.agree, 1u);
  EXPECT_EQ(customs->agreement.disagree, 2u) << "\"pas d'accord\" is no agreement";
  ASSERT_EQ(customs->agreement.agreeing.size(), 1u);
  EXPECT_EQ(customs->agreement.agreeing[0].comment, "c2");
  EXPECT_EQ(customs->agreement.agreeing[0].text, "Tout à fait");
  EXPECT_EQ(customs->agreement.agreeing[0].start, 0u);
  EXPECT_EQ(customs->agreement.agreeing[0].end, 11u);
}

TEST(Agreement, QuotedCuesAreNotTheCommentersOwn) {
  const ThreadReport report = analyze(
      {{"Ana", "Les douanes font bien leur travail, je suis d'accord avec le ministre sur ce point précis."},
       {"Bruno", "« les douanes font bien leur travail, je suis d'accord avec le ministre » : les douanes, vraiment ?"}});
  const DiscussionGroup* customs = group_with(report.summary.discussion, "c2");
  ASSERT_NE(customs, nullptr);
  EXPECT_EQ(customs->agreement.agree, 1u) << "Ana's cue only";
}

}  // namespace
}  // namespace palabre
