// The HTML page parser as a specification: the founding page reads the same from its text
// and HTML forms; thread structures of sites palabre has never seen (WordPress, SPIP, Drupal,
// Disqus-like, microdata, JSON-LD only, flat lists with depth classes) give their comments;
// traps (recent-comment sidebars, share bars, empty forms, counters) give none; hostile
// markup neither crashes nor takes long.
#include "palabre/parse/html_page.hpp"

#include <gtest/gtest.h>

#include <chrono>
#include <random>
#include <string>
#include <vector>

#include "palabre/parse/comment_merge.hpp"
#include "palabre/parse/html_article.hpp"
#include "palabre/parse/page.hpp"
#include "palabre/text/utf8.hpp"

namespace palabre {
namespace {

const std::string kSamples = PALABRE_SOURCE_DIR "/samples/";

TEST(HtmlPage, SampleGivesTheSameRecordsAsItsTextForm) {
  Thread text = read_page(kSamples + "villages-2-0-chinois.txt");
  Thread html = read_page(kSamples + "villages-2-0-chinois.html");
  EXPECT_EQ(text.source.format, "text");
  EXPECT_EQ(html.source.format, "html");
  const Article& a = text.article;
  const Article& b = html.article;
  EXPECT_EQ(b.title, a.title);
  EXPECT_EQ(b.url, a.url);
  EXPECT_EQ(b.site, a.site);
  EXPECT_EQ(b.published, a.published);
  EXPECT_EQ(b.authors, a.authors);
  EXPECT_EQ(b.lede, a.lede);
  EXPECT_EQ(b.paragraphs, a.paragraphs);
  EXPECT_EQ(b.credits, a.credits);
  EXPECT_EQ(b.attribution, a.attribution);
  EXPECT_EQ(b.comment_count_declared, a.comment_count_declared);
  ASSERT_EQ(html.comments.size(), text.comments.size());
  ASSERT_EQ(text.comments.size(), 5u);
  for (std::size_t i = 0; i < text.comments.size(); ++i) {
    const Comment& x = text.comments[i];
    const Comment& y = html.comments[i];
    SCOPED_TRACE(x.id);
    EXPECT_EQ(y.id, x.id);
    EXPECT_EQ(y.author, x.author);
    EXPECT_EQ(y.posted_at, x.posted_at);
    EXPECT_EQ(y.posted_at_text, x.posted_at_text);
    EXPECT_EQ(y.parent, x.parent);
    EXPECT_EQ(y.text, x.text);
    EXPECT_EQ(y.truncated, x.truncated);
  }
  EXPECT_EQ(html.warnings, text.warnings);
}

std::string page(const std::string& body, const std::string& head = "") {
  return "<!DOCTYPE html><html><head><title>Un titre d'article - Le Site</title>" + head +
         "</head><body><h1>Un titre d'article</h1><p>Le texte de l'article est assez long pour "
         "compter comme un paragraphe.</p>" +
         body + "</body></html>";
}

struct ThreadCase {
  const char* name;
  std::string html;
  std::vector<const char*> authors;  // nullptr: no author shown
  std::vector<const char*> parents;  // nullptr: top level
  std::vector<const char*> posted_at;
};

void PrintTo(const ThreadCase& c, std::ostream* out) { *out << c.name; }

class HtmlThreads : public ::testing::TestWithParam<ThreadCase> {};

TEST_P(HtmlThreads, ReadsTheThread) {
  const ThreadCase& c = GetParam();
  Thread thread = parse_html_page(c.html);
  ASSERT_EQ(thread.comments.size(), c.authors.size());
  for (std::size_t i = 0; i < c.authors.size(); ++i) {
    const Comment& comment = thread.comments[i];
    SCOPED_TRACE(comment.id);
    EXPECT_EQ(comment.id, "c" + std::to_string(i + 1));
    if (c.authors[i]) {
      EXPECT_EQ(comment.author, std::optional<std::string>(c.authors[i]));
    } else {
      EXPECT_FALSE(comment.author.has_value());
    }
    if (i < c.parents.size() && c.parents[i]) {
      EXPECT_EQ(comment.parent, std::optional<std::string>(c.parents[i]));
    } else {
      EXPECT_FALSE(comment.parent.has_value());
    }
    if (i < c.posted_at.size() && c.posted_at[i]) {
      EXPECT_EQ(comment.posted_at, std::optional<std::string>(c.posted_at[i]));
    }
    EXPECT_FALSE(comment.text.empty());
    EXPECT_EQ(comment.text.find("Reply"), std::string::npos) << comment.text;
    EXPECT_EQ(comment.text.find("Signaler"), std::string::npos) << comment.text;
  }
}

const std::string kWordPressNested = page(R"(
<div id="comments" class="comments-area"><h2>3 Responses</h2><ol class="comment-list">
<li id="comment-1" class="comment depth-1"><article class="comment-body">
 <footer class="comment-meta"><div class="comment-author vcard"><b class="fn">Alice</b>
 <span class="says">says:</span></div><div class="comment-metadata">
 <time datetime="2021-03-04T10:20:00+01:00">March 4, 2021 at 10:20 am</time></div></footer>
 <div class="comment-content"><p>First thoughts on this article.</p></div>
 <div class="reply"><a class="comment-reply-link" href="#">Reply</a></div></article>
 <ol class="children"><li id="comment-2" class="comment depth-2"><article class="comment-body">
 <footer class="comment-meta"><div class="comment-author vcard"><b class="fn">Bob</b></div>
 <div class="comment-metadata"><time datetime="2021-03-04T11:00:00+01:00">March 4, 2021 at
 11:00 am</time></div></footer><div class="comment-content"><p>An answer to Alice.</p></div>
 <div class="reply"><a class="comment-reply-link" href="#">Reply</a></div></article></li></ol>
</li>
<li id="comment-3" class="pingback depth-1"><div class="comment-body">Pingback:
 <a href="https://elsewhere.example/">Another blog links here</a></div></li>
<li id="comment-4" class="comment depth-1"><article class="comment-body">
 <footer class="comment-meta"><div class="comment-author vcard"><b class="fn">Chloé</b></div>
 <div class="comment-metadata"><time datetime="2021-03-05T09:00:00+01:00">March 5, 2021 at
 9:00 am</time></div></footer><div class="comment-content"><p>Third comment.</p></div>
 </article></li></ol>
<div id="respond"><form id="commentform"><textarea name="comment"></textarea>
<input type="submit" value="Post Comment"></form></div></div>
<aside class="widget widget_recent_comments"><h2>Recent Comments</h2><ul>
<li class="recentcomments"><span class="comment-author-link">Zoé</span> on
<a href="/other-post/">Another post entirely</a></li>
<li class="recentcomments"><span class="comment-author-link">Yann</span> on
<a href="/third-post/">A third post</a></li></ul></aside>)");

const std::string kFlatDepthClasses = page(R"(
<section class="reactions"><div class="reaction level-1"><span class="user">Ana</span>
<span class="date">12/05/2022 à 08:15</span><div class="text">Premier avis.</div></div>
<div class="reaction level-2"><span class="user">Ben</span><span class="date">12/05/2022 à 09:00</span>
<div class="text">Réponse à Ana.</div></div>
<div class="reaction level-1"><span class="user">Cyd</span><span class="date">13/05/2022 à 10:00</span>
<div class="text">Autre avis.</div></div></section>)");

const std::string kMicrodataOnly = page(R"(
<div class="discussion">
<div itemscope itemtype="https://schema.org/Comment"><span itemprop="author">Dora</span>
<meta itemprop="dateCreated" content="2020-02-02T20:20:00Z"><p itemprop="text">Un commentaire
balisé en microdonnées.</p></div>
<div itemscope itemtype="https://schema.org/Comment"><span itemprop="author">Eli</span>
<meta itemprop="dateCreated" content="2020-02-03T08:00:00Z"><p itemprop="text">Un second.</p></div>
</div>)");

const std::string kJsonLdOnly = page("", R"(<script type="application/ld+json">
{"@context":"https://schema.org","@type":"NewsArticle","headline":"Un titre d'article",
 "commentCount":2,"comment":[
 {"@type":"Comment","author":{"@type":"Person","name":"Fanny"},"dateCreated":"2019-06-01T10:00+02:00","text":"Seulement dans le JSON-LD."},
 {"@type":"Comment","author":"Gus","dateCreated":"2019-06-01T11:00+02:00","text":"Un autre."}]}
</script>)");

const std::string kRepeatedBlocksWithoutNames = page(R"(
<div class="zone"><div class="bloc"><strong>Hugo</strong> - le 3 mars 2019 à 10h05
<div class="corps">Trois blocs frères, sans classe qui dise commentaire.</div></div>
<div class="bloc"><strong>Iris</strong> - le 3 mars 2019 à 11h00
<div class="corps">Chacun a un auteur, une date et un texte.</div></div>
<div class="bloc"><strong>Jules</strong> - le 4 mars 2019 à 08h30
<div class="corps">Cela suffit à reconnaître un fil.</div></div></div>)");

const std::string kSpipForumWithAnonymous = page(R"(
<ul class="forum"><li class="forum-fil"><div class="forum-top">
<div class="forum-nav">(22 juin 2018 @11h13)</div></div><div class="forum-message">
<div class="forum-chapo"><strong class="forum-titre">Un titre de message</strong></div>
<div class="forum-texte"><p>Message sans auteur affiché.</p></div></div></li>
<li class="forum-fil"><div class="forum-top"><b class="forum-qui">Karim</b>
<div class="forum-nav">(22 juin 2018 @12h00)</div></div><div class="forum-message">
<div class="forum-texte"><p>Message signé.</p></div></div></li></ul>)");

const std::string kDisqusLike = page(R"(
<div id="disqus_thread"><ul id="post-list" class="post-list">
<li class="post" id="post-101"><div class="post-content"><div class="post-body"><header>
<span class="author"><a href="/u/nora">Nora</a></span><span class="post-meta"><a class="time-ago"
href="#comment-101" title="Tuesday, March 3, 2015 10:19 AM">3 years ago</a></span></header>
<div class="post-message"><p>Disqus keeps its comments in posts.</p></div>
<footer><a class="vote-up">Like</a> <a class="reply">Reply</a></footer></div></div>
<ul class="children"><li class="post" id="post-102"><div class="post-content"><div class="post-body">
<header><span class="author"><a href="/u/omar">Omar</a></span><span class="post-meta"><a
class="time-ago" title="Tuesday, March 3, 2015 11:00 AM">3 years ago</a></span></header>
<div class="post-message"><p>And answers nest inside them.</p></div></div></div></li></ul></li>
<li class="post" id="post-103"><div class="post-content"><div class="post-body"><header>
<span class="author"><a href="/u/paul">Paul</a></span><span class="post-meta"><a class="time-ago"
title="Wednesday, March 4, 2015 9:00 PM">3 years ago</a></span></header>
<div class="post-message"><p>A third post.</p></div></div></div></li></ul></div>)",
                                        R"(<meta property="article:published_time" content="2018-03-05T10:00:00Z">)");

const std::string kDrupalFlatWithReplyClasses = page(R"(
<div id="comments"><h2>Commentaires</h2>
<a id="comment-1"></a><div class="comment comment-by-anonymous"><div class="submitted">par
<span class="username">Quentin</span> le 7 mai 2020 - 12:38.</div><div class="content"><p>Un
premier commentaire.</p></div><ul class="links"><li><a href="#">répondre</a></li></ul></div>
<a id="comment-2"></a><div class="comment comment-reply"><div class="submitted">par
<span class="username">Rita</span> le 7 mai 2020 - 13:00.</div><div class="content"><p>Une
réponse, marquée par sa classe seulement.</p></div></div>
<a id="comment-3"></a><div class="comment"><div class="submitted">par <span
class="username">Sami</span> le 8 mai 2020 - 09:15.</div><div class="content"><p>Un
autre.</p></div></div></div>)");

const std::string kPhpBbForum = page(R"(
<div id="page-body"><div id="p11" class="post bg2"><div class="inner"><div class="postbody">
<h3 class="first"><a href="#p11">Problème de connexion</a></h3><p class="author"><a
href="#p11"><img src="icon.gif" alt="Post"></a>par <strong><a href="/u/3" class="username">Tom</a></strong>
» Tue Mar 03, 2015 10:19 am</p><div class="content">Je n'arrive plus à me connecter.</div>
</div></div></div>
<div id="p12" class="post bg1"><div class="inner"><div class="postbody"><h3><a href="#p12">Re:
Problème de connexion</a></h3><p class="author">par <strong><a class="username">Ugo</a></strong>
» Tue Mar 03, 2015 11:02 am</p><div class="content">Videz le cache du navigateur.</div></div>
</div></div></div>)");

const std::string kRepliesAfterTheirComment = page(R"(
<div class="comments-list">
<div class="comment-item"><span class="comment-author">Vera</span><time
datetime="2022-01-10T08:00">10 janv. 2022</time><p class="comment-text">Question ?</p></div>
<div class="comment-replies">
  <div class="comment-item"><span class="comment-author">Walt</span><time
  datetime="2022-01-10T09:00">10 janv. 2022</time><p class="comment-text">Réponse.</p></div>
  <div class="comment-replies"><div class="comment-item"><span class="comment-author">Vera</span>
  <time datetime="2022-01-10T09:30">10 janv. 2022</time><p class="comment-text">Merci.</p></div></div>
  <div class="comment-item"><span class="comment-author">Xav</span><time
  datetime="2022-01-10T10:00">10 janv. 2022</time><p class="comment-text">Autre réponse.</p></div>
</div>
<div class="comment-item"><span class="comment-author">Yves</span><time
datetime="2022-01-11T08:00">11 janv. 2022</time><p class="comment-text">Nouveau fil.</p></div>
</div>)");

INSTANTIATE_TEST_SUITE_P(
    Structures, HtmlThreads,
    ::testing::Values(
        ThreadCase{"WordPressNestedWithPingbackAndSidebar", kWordPressNested,
                   {"Alice", "Bob", "Chloé"}, {nullptr, "c1", nullptr},
                   {"2021-03-04T10:20:00+01:00", "2021-03-04T11:00:00+01:00",
                    "2021-03-05T09:00:00+01:00"}},
        ThreadCase{"FlatListWithDepthClasses", kFlatDepthClasses, {"Ana", "Ben", "Cyd"},
                   {nullptr, "c1", nullptr},
                   {"2022-05-12T08:15", "2022-05-12T09:00", "2022-05-13T10:00"}},
        ThreadCase{"SchemaOrgMicrodata", kMicrodataOnly, {"Dora", "Eli"}, {},
                   {"2020-02-02T20:20:00Z", "2020-02-03T08:00:00Z"}},
        ThreadCase{"JsonLdOnly", kJsonLdOnly, {"Fanny", "Gus"}, {},
                   {"2019-06-01T10:00+02:00", "2019-06-01T11:00+02:00"}},
        ThreadCase{"RepeatedSiblingBlocks", kRepeatedBlocksWithoutNames,
                   {"Hugo", "Iris", "Jules"}, {},
                   {"2019-03-03T10:05", "2019-03-03T11:00", "2019-03-04T08:30"}},
        ThreadCase{"SpipForumWithAnonymousMessage", kSpipForumWithAnonymous,
                   {nullptr, "Karim"}, {}, {"2018-06-22T11:13", "2018-06-22T12:00"}},
        ThreadCase{"DisqusLikePostsWithTimeAgo", kDisqusLike, {"Nora", "Omar", "Paul"},
                   {nullptr, "c1", nullptr},
                   {"2015-03-03T10:19", "2015-03-03T11:00", "2015-03-04T21:00"}},
        ThreadCase{"DrupalFlatWithReplyClass", kDrupalFlatWithReplyClasses,
                   {"Quentin", "Rita", "Sami"}, {nullptr, "c1", nullptr},
                   {"2020-05-07T12:38", "2020-05-07T13:00", "2020-05-08T09:15"}},
        ThreadCase{"PhpBbForumPosts", kPhpBbForum, {"Tom", "Ugo"}, {},
                   {"2015-03-03T10:19", "2015-03-03T11:02"}},
        ThreadCase{"RepliesInABlockAfterTheirComment", kRepliesAfterTheirComment,
                   {"Vera", "Walt", "Vera", "Xav", "Yves"}, {nullptr, "c1", "c2", "c1", nullptr},
                   {"2022-01-10T08:00", "2022-01-10T09:00", "2022-01-10T09:30",
                    "2022-01-10T10:00", "2022-01-11T08:00"}}),
    [](const ::testing::TestParamInfo<ThreadCase>& info) { return std::string(info.param.name); });

TEST(HtmlPage, TrapsGiveNoComments) {
  const std::string traps[] = {
      // an empty comment form
      page(R"(<div id="comments" class="comments-area"><div id="respond"><h3>Laisser un
      commentaire</h3><form id="commentform"><p class="comment-notes">Votre adresse e-mail ne
      sera pas publiée.</p><label for="comment">Commentaire</label><textarea id="comment">
      </textarea></form></div></div>)"),
      // a share bar whose button is called "comment"
      page(R"(<ul class="share"><li class="comment"><a href="/x/commentaires">36
      commentaires</a></li><li class="twitter"><a href="#">Tweet</a></li></ul>)"),
      // a sidebar of recent comments on other pages
      page(R"(<aside class="widget"><ul><li class="dsq-widget-item"><a class="dsq-widget-user"
      href="#">leduk</a><span class="dsq-widget-comment">Un commentaire d'un autre article</span>
      <p class="dsq-widget-meta"><a href="/autre">Autre article</a> · <a href="#">5 November
      2020</a></p></li><li class="dsq-widget-item"><a class="dsq-widget-user" href="#">Jean</a>
      <span class="dsq-widget-comment">Encore un autre</span><p class="dsq-widget-meta"><a
      href="/autre2">Article 2</a> · <a href="#">6 November 2020</a></p></li></ul></aside>)"),
      // counters of other articles
      page(R"(<ul class="list"><li class="teaser"><a href="/a">Article A</a><span
      class="comment-count">12 commentaires</span></li><li class="teaser"><a href="/b">Article
      B</a><span class="comment-count">3 commentaires</span></li></ul>)"),
      // related articles: repeated blocks with an author, a date and an excerpt
      page(R"(<div class="more-stories"><div class="story"><h3><a href="/a">Article A</a></h3>
      <span class="author">Par Anne Dupont</span><span class="date">3 mars 2019</span><p>Un résumé
      assez long de l'article A pour passer pour un texte.</p></div><div class="story"><h3><a
      href="/b">Article B</a></h3><span class="author">Par Marc Durand</span><span class="date">4
      mars 2019</span><p>Un résumé assez long de l'article B pour passer pour un texte.</p></div>
      <div class="story"><h3><a href="/c">Article C</a></h3><span class="author">Par Léa
      Martin</span><span class="date">5 mars 2019</span><p>Un résumé assez long de l'article C
      pour passer pour un texte.</p></div></div>)"),
      page(R"(<div class="jp-relatedposts"><div class="jp-relatedposts-post"><span
      class="author">X</span> <span class="date">3 mars 2019</span><p>Un autre billet du même
      blog, présenté en bas de page.</p></div><div class="jp-relatedposts-post"><span
      class="author">Y</span> <span class="date">4 mars 2019</span><p>Encore un autre billet du
      même blog.</p></div></div>)"),
      // cards built around a link to another article, no heading: a name, a date, an excerpt
      page(R"(<div class="grid"><div class="tile"><a href="/a">Les pistes cyclables enfin
      reliées</a><span class="by">Anne Dupont</span> <span class="when">3 mars 2019</span><p>Un
      résumé assez long de l'article A pour passer pour un texte.</p></div><div class="tile"><a
      href="/b">Le budget des transports atteint un record</a><span class="by">Marc Durand</span>
      <span class="when">4 mars 2019</span><p>Un résumé assez long de l'article B pour passer pour
      un texte.</p></div><div class="tile"><a href="/c">Le tracé du métro enfin dévoilé</a><span
      class="by">Léa Martin</span> <span class="when">5 mars 2019</span><p>Un résumé assez long de
      l'article C pour passer pour un texte.</p></div></div>)"),
      // a live blog: a journalist's entries, each with a name, a date and a text
      page(R"(<div class="live-feed"><div class="entry"><span class="who">Julien Morel</span>
      <span class="when">21/03/2023 à 11h42</span><p>Le ministre appelle les syndicats à la
      responsabilité.</p></div><div class="entry"><span class="who">Sarah Benali</span><span
      class="when">21/03/2023 à 10h58</span><p>À Orly, les files d'attente s'allongent.</p></div>
      <div class="entry"><span class="who">Julien Morel</span><span class="when">21/03/2023 à
      10h15</span><p>Marseille annonce à son tour des annulations.</p></div></div>)"),
      // an opinion piece whose class says "commentary": the article, not a comment
      "<html><body><article class=\"commentary\"><h1>Notre avis</h1><span class=\"author\">"
      "Paul Martin</span><time datetime=\"2021-05-05T10:00\">5 mai 2021</time><div "
      "class=\"content\"><p>Un éditorial assez long pour ressembler à un texte de "
      "lecteur.</p></div></article></body></html>",
      // live commentary of a match: minutes, no author, no date
      page(R"(<div class="live"><div class="live-match-comment"><div
      class="live-match-comment-time">45'</div><div class="live-match-comment-body">Corner pour
      Lorient, dégagé par la défense.</div></div><div class="live-match-comment"><div
      class="live-match-comment-time">46'</div><div class="live-match-comment-body">Reprise de la
      seconde période.</div></div></div>)"),
  };
  for (const std::string& html : traps) {
    Thread thread = parse_html_page(html);
    EXPECT_TRUE(thread.comments.empty()) << html << "\nfirst: " << thread.comments.front().text;
  }
}

TEST(HtmlPage, JsonLdCopiesAreMergedNotDoubled) {
  std::string html = page(R"(<ul class="commentaires">
  <li class="commentaire"><div><strong>Dekisefouton</strong><time datetime="2023-11-02T1643">
  02-11-2023 &bull; 16h43</time></div><div class="commentaire-text"><p>Nos juges... Et lui
  ont-ils fixé une date pour recommencer ?</p><button class="more">Lire plus</button></div></li>
  <li class="commentaire"><div><strong>norbert777</strong><time datetime="2023-11-02T1643">
  02-11-2023 &bull; 16h43</time></div><div class="commentaire-text"><p>Il en va du Coran et de
  ses hadiths comme de la Bible.</p></div></li></ul>)",
                          R"(<script type="application/ld+json">{"@type":"UserComments",
  "commentText":"Encore ridicules - Nos juges... Et lui ont-ils fixé une date pour recommencer ?",
  "commentTime":"2023-11-02T16:43+01:00","creator":"Dekisefouton"}</script>
  <script type="application/ld+json">{"@type":"UserComments","commentText":"Il en va du Coran
  et de ses ha... - Il en va du Coran et de ses hadiths comme de la Bible.",
  "commentTime":"2023-11-02T16:43+01:00","creator":"Norbert777"}</script>)");
  Thread thread = parse_html_page(html);
  ASSERT_EQ(thread.comments.size(), 2u);
  EXPECT_EQ(thread.comments[1].author, std::optional<std::string>("norbert777"));
  EXPECT_EQ(thread.comments[0].posted_at, std::optional<std::string>("2023-11-02T16:43+01:00"));
  EXPECT_EQ(thread.comments[0].posted_at_text, std::optional<std::string>("02-11-2023 • 16h43"));
  EXPECT_EQ(thread.comments[0].text.find("Lire plus"), std::string::npos);
}

TEST(HtmlPage, CutCommentsAreMarkedAndLoseTheirLink) {
  Thread thread = parse_html_page(page(R"(<ol class="comments">
  <li class="comment"><span class="author">Une</span><span class="date">02/01/2019 à 11:54</span>
  <div class="content"><p>Un texte que le site a coupé au milieu d'une phrase <a
  href="/c/1">Lire la suite</a></p></div></li>
  <li class="comment"><span class="author">Deux</span><span class="date">02/01/2019 à 11:55</span>
  <div class="content"><p>Un autre, coupé par des points de suspension...</p></div></li>
  <li class="comment"><span class="author">Trois</span><span class="date">02/01/2019 à 11:56</span>
  <div class="content"><p>Un texte entier. Il se termine ici.</p></div></li></ol>)"));
  ASSERT_EQ(thread.comments.size(), 3u);
  EXPECT_EQ(thread.comments[0].text, "Un texte que le site a coupé au milieu d'une phrase");
  EXPECT_TRUE(thread.comments[0].truncated);
  EXPECT_TRUE(thread.comments[1].truncated);
  EXPECT_FALSE(thread.comments[2].truncated);
}

TEST(HtmlPage, YearlessAndRelativeDatesUseThePageDate) {
  std::string html = page(R"(<ol class="comments">
  <li class="comment"><span class="author">Léa</span><span class="date">Le 9 janvier à 13:06</span>
  <div class="content">Sans année.</div></li>
  <li class="comment"><span class="author">Max</span><span class="date">il y a 3 heures</span>
  <div class="content">Relatif.</div></li></ol>)",
                          R"(<meta property="article:published_time" content="2020-02-19T12:00:00+01:00">)");
  Thread thread = parse_html_page(html);
  ASSERT_EQ(thread.comments.size(), 2u);
  EXPECT_EQ(thread.comments[0].posted_at, std::optional<std::string>("2020-01-09T13:06"));
  EXPECT_EQ(thread.comments[1].posted_at, std::optional<std::string>("2020-02-19T09:00"));
  EXPECT_EQ(thread.comments[1].posted_at_text, std::optional<std::string>("il y a 3 heures"));
}

TEST(HtmlPage, TitleFollowsTheOrderOfTrust) {
  struct TitleCase {
    std::string head;
    std::string body;
    const char* title;
  };
  const TitleCase cases[] = {
      {R"(<meta property="og:title" content="Le vrai titre"><title>Autre - Site</title>)",
       "<h1>Le vrai titre</h1>", "Le vrai titre"},
      {R"(<script type="application/ld+json">{"@type":"NewsArticle","headline":"Titre JSON"}
       </script><title>Titre JSON | Site</title>)", "", "Titre JSON"},
      {"<title>Un article de blog – Mon Blog</title>", "<h1>Un article de blog</h1>",
       "Un article de blog"},
      {"<title>Un article de blog – Mon Blog</title>", "", "Un article de blog"},
      {R"(<meta property="og:title" content="Pétition : Sauvons le chœur">)",
       "<h1>Sauvons le chœur</h1>", "Sauvons le chœur"},
      // og:title rewritten for sharing, while <title> and <h1> agree
      {R"(<meta property="og:title" content="Site - Dernières nouvelles"><title>Fusée perdue
       au-dessus de la Sibérie</title>)", "<h1>Fusée perdue au-dessus de la Sibérie</h1>",
       "Fusée perdue au-dessus de la Sibérie"},
      // the first <h1> is the site's logo
      {R"(<meta property="og:title" content="Deux ans et demi en Macronie">)",
       "<h1>regards.fr</h1>", "Deux ans et demi en Macronie"},
      {"", "<h1>Seulement un h1</h1>", "Seulement un h1"},
  };
  for (const TitleCase& c : cases) {
    Thread thread = parse_html_page("<html><head>" + c.head + "</head><body>" + c.body +
                                    "</body></html>");
    EXPECT_EQ(thread.article.title, std::optional<std::string>(c.title)) << c.head;
  }
}

TEST(HtmlPage, ReadsTheDeclaredCommentCount) {
  const std::pair<const char*, long> cases[] = {
      {"160 commentaires", 160},      {"Commentaires (6)", 6},    {"1.977 commentaires", 1977},
      {"8 Responses", 8},             {"5 thoughts on “JSON”", 5}, {"91 Ergänzungen", 91},
      {"Réactions : 12", 12},          {"1 commentaire", 1},       {"12 comentarios", 12},
      {"5 réflexions sur « Le compost »", 5}, {"3 commenti", 3},  {"Reacties (4)", 4},
      {"2 comentários em “Feira”", 2},   {"7 Gedanken zu „Radweg“", 7}, {"4 risposte a “Pane”", 4}};
  for (const auto& [text, count] : cases)
    EXPECT_EQ(match_comment_count(text), std::optional<long>(count)) << text;
  for (const char* text : {"Commentaires", "Vos réactions", "Il y a 3 commentaires ici et là",
                           "2019", "Lire les 12 commentaires de nos lecteurs sur ce sujet"})
    EXPECT_FALSE(match_comment_count(text).has_value()) << text;
}

TEST(HtmlPage, WarnsWhenTheDeclaredCountDiffers) {
  Thread thread = parse_html_page(page(R"(<p class="nb-comments">160 commentaires</p>
  <ul class="comments"><li class="comment"><span class="author">Un</span>
  <span class="date">Le 21/04/2013 à 02:20</span><div class="content">Seul présent.</div></li></ul>)"));
  ASSERT_EQ(thread.comments.size(), 1u);
  EXPECT_EQ(thread.article.comment_count_declared, std::optional<long>(160));
  bool warned = false;
  for (const std::string& warning : thread.warnings)
    warned = warned || warning.find("announces 160 comments but holds 1") != std::string::npos;
  EXPECT_TRUE(warned);
}

// A counter that shows only a number, its class saying what it counts, announces the
// thread too; a thread the page loads later gives no comment, and a warning.
TEST(HtmlPage, WarnsWhenAnAnnouncedThreadIsMissing) {
  Thread thread = parse_html_page(page(R"(<div class="article-tools"><a href="#comments">
  <span class="comments-count">15</span></a></div><section id="comments" class="comments">
  <div class="comments-loader" data-lazy="true">Chargement…</div></section>)"));
  EXPECT_TRUE(thread.comments.empty());
  EXPECT_EQ(thread.article.comment_count_declared, std::optional<long>(15));
  bool warned = false;
  for (const std::string& warning : thread.warnings)
    warned = warned || warning.find("announces 15 comments but holds 0") != std::string::npos;
  EXPECT_TRUE(warned);
  Thread other = parse_html_page(page(R"(<span class="views-count">2019</span>)"));
  EXPECT_FALSE(other.article.comment_count_declared.has_value()) << "a count of something else";
}

TEST(HtmlPage, SameCommentTextIgnoresTitlesCaseAndCuts) {
  EXPECT_TRUE(same_comment_text("Nos juges... Et lui ont-ils fixé une date pour rec…",
                                "Encore ridicules - Nos juges... Et lui ont-ils fixé une date "
                                "pour recommencer ?"));
  EXPECT_TRUE(same_comment_text("ÉTÉ chaud", "été chaud !"));
  EXPECT_FALSE(same_comment_text("Un commentaire sur la Chine", "Un commentaire sur le Japon"));
  EXPECT_FALSE(same_comment_text("", "quelque chose"));
}

TEST(HtmlPage, SurvivesHostileMarkup) {
  std::string deep;
  for (int i = 0; i < 50000; ++i) deep += "<div class=\"comment\">";
  deep += "Bonjour";
  std::string wide = "<ul class=\"comments\">";
  for (int i = 0; i < 20000; ++i)
    wide += "<li class=\"comment\"><b>A</b> le 02/01/2019 à 11:54 <p>x</p>";
  const std::string inputs[] = {
      "", "<", "<<<>>>", "<html", "<div class=", "</div></div></p>", "<p>é\xC3",
      "<table><tr><td><table><tr><td>", "<script>never closed", "<!-- never closed",
      "<svg><foreignObject><math><mi>", deep, wide};
  for (const std::string& html : inputs) {
    auto start = std::chrono::steady_clock::now();
    EXPECT_NO_THROW(parse_html_page(html)) << html.substr(0, 40);
    auto seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    EXPECT_LT(seconds, 10.0) << html.substr(0, 40);
  }
}

// Random soups of the fragments comment threads are made of: whatever the order, the parser
// returns well-formed records (ids in sequence, parents earlier, valid UTF-8).
TEST(HtmlPage, RandomMarkupGivesWellFormedRecords) {
  const char* fragments[] = {
      "<li class=\"comment\">", "</li>", "<ul class=\"children\">", "</ul>", "<div>", "</div>",
      "<span class=\"fn\">Nom</span>", "<time datetime=\"2020-01-02T03:04\">2 janvier</time>",
      "le 02/01/2019 à 11:54", "<p>", "</p>", "du texte ", "<a href=\"/x\">lien</a>",
      "<div class=\"comment-content\">", "<b>", "</b>", "<br>", "\xC3", "\xE9", "&amp;", "&#0;",
      "<script>var x = '<div>';</script>", "<!--", "-->", "<aside class=\"widget\">", "</aside>",
      "<form>", "</form>", "<h1>Titre</h1>", "<div class=\"reply\">Répondre</div>",
      "<script type=\"application/ld+json\">{\"@type\":\"Comment\",\"text\":\"ld\"}</script>",
      "<table><tr><td>", "</td></tr></table>", "il y a 3 heures", "<meta property=\"og:title\" "
      "content=\"T\">", "<p class=\"nb-comments\">12 commentaires</p>"};
  std::mt19937 random(20240601);
  std::uniform_int_distribution<std::size_t> pick(0, std::size(fragments) - 1);
  for (int round = 0; round < 200; ++round) {
    std::string html;
    for (int i = 0; i < 400; ++i) html += fragments[pick(random)];
    Thread thread;
    ASSERT_NO_THROW(thread = parse_html_page(sanitize_utf8(html)));
    for (std::size_t i = 0; i < thread.comments.size(); ++i) {
      const Comment& comment = thread.comments[i];
      EXPECT_EQ(comment.id, "c" + std::to_string(i + 1));
      EXPECT_TRUE(is_valid_utf8(comment.text));
      if (comment.parent) {
        EXPECT_LT(std::stoul(comment.parent->substr(1)), i + 1) << "a parent comes first";
      }
    }
    if (thread.article.title) {
      EXPECT_TRUE(is_valid_utf8(*thread.article.title));
    }
  }
}

}  // namespace
}  // namespace palabre
