#include "extract/article_extractor.h"

#include <gtest/gtest.h>

#include "core/data_paths.h"
#include "core/utf8.h"

namespace vigie {
namespace {

class ArticleExtractorTest : public ::testing::Test {
 protected:
  void SetUp() override {
    auto extractor = ArticleExtractor::Load(ResolveDataDir());
    ASSERT_TRUE(extractor.ok()) << extractor.status().message();
    extractor_.emplace(std::move(extractor).value());
  }
  Result<ExtractedArticle> Html(std::string html, std::string url = "") {
    Document doc;
    doc.id = "page.html";
    doc.type = ContentType::kHtml;
    doc.url = std::move(url);
    doc.bytes = std::move(html);
    return extractor_->Extract(doc);
  }
  // Expects the page to yield an article holding every `kept` snippet and no `dropped` one.
  void ExpectText(const std::string& html, std::initializer_list<const char*> kept,
                  std::initializer_list<const char*> dropped = {}) {
    auto article = Html(html);
    ASSERT_TRUE(article.ok()) << article.status().message();
    for (const char* snippet : kept)
      EXPECT_NE(article->text.find(snippet), std::string::npos) << snippet << " not in: " << article->text;
    for (const char* snippet : dropped)
      EXPECT_EQ(article->text.find(snippet), std::string::npos) << snippet << " in: " << article->text;
  }
  std::optional<ArticleExtractor> extractor_;
};

// A page written for this test: a short report inside typical site furniture.
const char* kPage = R"(<!DOCTYPE html><html lang="fr"><head><meta charset="utf-8">
<title>Attaque contre un poste de gendarmerie à Kati | Le Quotidien du Sahel</title>
<meta property="og:site_name" content="Le Quotidien du Sahel">
<meta property="article:published_time" content="2024-03-05T08:12:00Z"></head>
<body><div id="cookie-banner">Nous utilisons des cookies pour améliorer votre expérience. Tout accepter</div>
<nav><ul><li><a href="/">Accueil</a></li><li><a href="/politique">Politique</a></li></ul></nav>
<div class="layout"><div class="article-content">
<h1>Attaque contre un poste de gendarmerie à Kati</h1>
<div class="share-bar"><a href="#">Partager sur Facebook</a> <a href="#">Partager sur X</a></div>
<p>Un poste de la gendarmerie a été visé dans la nuit de lundi à mardi par des hommes armés, selon une source sécuritaire jointe par téléphone.</p>
<p>Les assaillants, arrivés à moto, ont ouvert le feu sur les gendarmes de garde avant de se replier vers le nord, a précisé cette source.</p>
<p>Lire aussi : <a href="/x">Le couvre-feu prolongé dans la région</a></p>
<p>Aucun bilan officiel n'avait été communiqué mardi en fin de matinée, mais des habitants font état de deux blessés.</p>
</div><aside class="sidebar"><h3>Les plus lus</h3><ul><li><a href="/a">Un article populaire sur la saison des pluies</a></li></ul></aside></div>
<div id="comments"><h3>Laisser un commentaire</h3><p>Vous devez être connecté pour publier un commentaire.</p></div>
<footer>© 2024 Le Quotidien du Sahel. Tous droits réservés.</footer></body></html>)";

TEST_F(ArticleExtractorTest, KeepsTheArticleAndDropsFurniture) {
  auto article = Html(kPage);
  ASSERT_TRUE(article.ok()) << article.status().message();
  EXPECT_EQ(article->title, "Attaque contre un poste de gendarmerie à Kati");
  EXPECT_EQ(article->published, "2024-03-05");
  EXPECT_EQ(article->language, "fr");
  EXPECT_EQ(article->site_name, "Le Quotidien du Sahel");
  const std::string& text = article->text;
  EXPECT_EQ(text.find("Un poste de la gendarmerie"), 0u) << text;
  EXPECT_NE(text.find("se replier vers le nord, a précisé cette source.\n\nAucun bilan"), std::string::npos) << text;
  for (const char* furniture : {"cookies", "Accueil", "Partager", "Lire aussi", "Les plus lus", "populaire",
                                "commentaire", "droits réservés"})
    EXPECT_EQ(text.find(furniture), std::string::npos) << furniture << " in: " << text;
}

TEST_F(ArticleExtractorTest, DecodesUndeclaredWindows1252) {
  auto article = Html(
      "<html><body><div><p>Les forces arm\xE9" "es ont repris le contr\xF4le de la localit\xE9 apr\xE8s de violents "
      "combats, selon l\x92\xE9tat-major.</p></div></body></html>");
  ASSERT_TRUE(article.ok());
  EXPECT_TRUE(IsValidUtf8(article->text));
  EXPECT_NE(article->text.find("armées ont repris le contrôle de la localité après"), std::string::npos);
  EXPECT_NE(article->text.find("l’état-major"), std::string::npos);
  ASSERT_FALSE(article->warnings.empty());
}

TEST_F(ArticleExtractorTest, DateFromTheUrlWhenNoMetadata) {
  auto article = Html("<html><body><article><p>Two soldiers were wounded when their vehicle struck a mine near the "
                      "town, the army said in a statement on Sunday evening.</p></article></body></html>",
                      "https://news.example.org/2022/09/11/mine-blast");
  ASSERT_TRUE(article.ok());
  EXPECT_EQ(article->published, "2022-09-11");
  EXPECT_EQ(article->language, "en");
}

TEST_F(ArticleExtractorTest, BrokenMarkupStillYieldsText) {
  auto article = Html("<html><body><div class='story-body'><p>Des tirs ont été entendus toute la nuit dans le "
                      "quartier, ont rapporté plusieurs habitants joints par téléphone.<p>Le calme est revenu "
                      "au matin.</div></span></b><p>Un troisième paragraphe sans fin");
  ASSERT_TRUE(article.ok());
  EXPECT_NE(article->text.find("Des tirs ont été entendus"), std::string::npos);
  EXPECT_TRUE(IsValidUtf8(article->text));
}

TEST_F(ArticleExtractorTest, PageWithoutTextIsAnError) {
  auto article = Html("<html><head><title>Vide</title></head><body><nav><a href='/'>Accueil</a></nav></body></html>");
  ASSERT_FALSE(article.ok());
  EXPECT_NE(article.status().message().find("page.html"), std::string::npos);
}

TEST_F(ArticleExtractorTest, PlainTextLosesTrailingFurniture) {
  Document doc;
  doc.id = "report.txt";
  doc.type = ContentType::kText;
  doc.bytes =
      "Embuscade meurtrière près de Djibo\n\nDes soldats ont été tués mardi dans une embuscade tendue\n"
      "sur l'axe reliant Djibo à Namsiguia, a-t-on appris de sources concordantes.\n\nPartager :\n\nFacebook\n\n"
      "WhatsApp\n\nLaisser un commentaire\n\nVotre adresse e-mail ne sera pas publiée.\n";
  auto article = extractor_->Extract(doc);
  ASSERT_TRUE(article.ok());
  EXPECT_EQ(article->title, "Embuscade meurtrière près de Djibo");
  EXPECT_EQ(article->text,
            "Embuscade meurtrière près de Djibo\n\nDes soldats ont été tués mardi dans une embuscade tendue sur "
            "l'axe reliant Djibo à Namsiguia, a-t-on appris de sources concordantes.");
}

// A few sentences of prose for the pages below, each long enough to count as a paragraph.
std::string Prose(const std::string& subject) {
  return subject + " was reported by residents on Tuesday, who said that armed men had arrived at dawn, "
                   "surrounded the market and fired on the crowd before leaving towards the river.";
}

// <p> elements of Prose, one per subject.
std::string Paragraphs(std::initializer_list<const char*> subjects) {
  std::string html;
  for (const char* subject : subjects) html += "<p>" + Prose(subject) + "</p>";
  return html;
}

TEST_F(ArticleExtractorTest, PageWrappedInAFormWithoutParagraphsKeepsItsText) {
  // ASP.NET sites wrap the whole page in one <form>; older ones lay text out with <div> and <br>.
  std::string body;
  for (int i = 0; i < 20; ++i) body += Prose("Attack number " + std::to_string(i)) + "<br><br>";
  ExpectText("<html><body><form id='aspnetForm' method='post'><div id='menu'><a href='/'>Home</a></div>"
             "<div id='story'>" + body + "</div></form></body></html>",
             {"Attack number 0 was reported", "Attack number 19 was reported"});
}

TEST_F(ArticleExtractorTest, ShortReportInAPageWideFormIsKept) {
  // Four lines of text, far under the wrapper's length, but all the page has.
  std::string body;
  for (int i = 0; i < 4; ++i) body += Prose("Clash number " + std::to_string(i)) + "<br><br>";
  ExpectText(
      "<html><body><form id='aspnetForm' method='post'><div id='menu'><a href='/'>Home</a></div>"
      "<div class='FullNewsItem'><h1>Clashes reported</h1>" +
          body + "</div></form></body></html>",
      {"Clash number 0 was reported", "Clash number 3 was reported"});
}

TEST_F(ArticleExtractorTest, SearchFormIsStillDropped) {
  ExpectText("<html><body><form action='/search'><label>Search the site for news about the region</label>"
             "<input name='q'></form><article>" + Paragraphs({"The attack", "A second attack"}) +
             "</article></body></html>",
             {"The attack"}, {"Search the site"});
}

TEST_F(ArticleExtractorTest, ArticleInsideAnUnclosedAsideIsFound) {
  // The parser nests the rest of the page in an <aside> or role="banner" header left open.
  ExpectText("<html><body><header role='banner'><a href='/'>Logo</a><aside class='sidebar'><a href='/x'>Most read</a>"
             "<div class='article'>" + Paragraphs({"The first attack", "The second attack", "The third attack"}) +
             "</div></body></html>",
             {"The first attack", "The third attack"});
}

TEST_F(ArticleExtractorTest, BodyTheParserLeftInTheHeadIsRead) {
  // An unknown element in <head> before any <body> tag: libxml2 keeps the page inside <head>.
  ExpectText("<html><head><title>Report</title><mbox><div>" + Paragraphs({"The attack", "The ambush"}) + "</div>",
             {"The ambush"});
}

TEST_F(ArticleExtractorTest, TextAfterAStrayBodyEndTagIsRead) {
  // libxml2 puts what follows an early </body> next to <body>, not inside it.
  ExpectText("<html><head><title>Report</title></head><body><p>Menu</p></body><div>" +
             Paragraphs({"The attack", "The ambush"}) + "</div></html>",
             {"The ambush"});
}

TEST_F(ArticleExtractorTest, PagePulledIntoANoscriptIsRead) {
  // An unclosed <div> inside <noscript> makes the parser nest the rest of the page in it;
  // an ordinary <noscript> notice stays out.
  ExpectText("<html><body><noscript><p>Please enable JavaScript to see the comments.</p></noscript>"
             "<noscript><div id='main'></noscript><div>" + Paragraphs({"The attack", "The ambush", "The raid"}) +
             "</div></body></html>",
             {"The raid"}, {"enable JavaScript"});
}

TEST_F(ArticleExtractorTest, ArticleCutIntoSectionsIsKeptWhole) {
  // Each section sits in its own layout wrappers; the first is the longest.
  auto section = [](const std::string& heading, const std::string& paragraphs) {
    return "<div class='block'><div class='grid'><div class='cell'><div class='text'><h3>" + heading + "</h3>" +
           paragraphs + "</div></div></div></div>";
  };
  ExpectText("<html><body><div class='page'><div class='story'>" +
             section("Background", Paragraphs({"The first attack", "The second attack", "The third attack"})) +
             section("Casualties", Paragraphs({"The death toll"})) +
             section("Reactions", Paragraphs({"The condemnation"})) +
             "</div><div class='more'><a href='/a'>Another story about the weather in the capital</a></div>"
             "</div></body></html>",
             {"The first attack", "Casualties\n\nThe death toll", "The condemnation"}, {"weather"});
}

TEST_F(ArticleExtractorTest, TeaserListNextToTheArticleIsLeftOut) {
  // Summaries under linked headlines are prose too, but their links mark them as teasers.
  std::string teasers;
  for (const char* t : {"Floods in the south", "Elections postponed", "Fuel prices rise"})
    teasers += std::string("<div class='teaser'><h3><a href='/t'>") + t + " again this week</a></h3>" +
               Paragraphs({t}) + "</div>";
  ExpectText("<html><body><div class='main'><div class='story'>" +
             Paragraphs({"The attack", "The ambush", "The raid", "The siege"}) + "</div>" + teasers +
             "</div></body></html>",
             {"The siege"}, {"Floods"});
}

TEST_F(ArticleExtractorTest, ParagraphsStyledAsHeadingsAreProse) {
  // Some pages set whole paragraphs in <h4>: past a headline's length they count as prose.
  ExpectText("<html><body><font face='Arial'><h1>Care of the wounded</h1><ul><li>" + Prose("The first attack") +
             "</li><li>" + Prose("The second attack") + "</li></ul><h1>Later events</h1><h4>" +
             Prose("The third attack") + "</h4><h4>" + Prose("The fourth attack") + "</h4><h4>" +
             Prose("The fifth attack") + "</h4></font></body></html>",
             {"The first attack", "The fifth attack"});
}

TEST_F(ArticleExtractorTest, BodyClassesDoNotDropThePage) {
  ExpectText("<html><body class='single has-sidebar sharing-enabled'><div>" +
             Paragraphs({"The attack", "The ambush"}) + "</div></body></html>",
             {"The attack", "The ambush"});
}

TEST_F(ArticleExtractorTest, PostTaggedWithAFurnitureWordIsKept) {
  // WordPress lists a post's tags in its class: "tag-popular" must not drop the post.
  ExpectText("<html><body><article class='post-12 post type-post tag-popular tag-social'><div>" +
             Paragraphs({"The attack", "The ambush", "The raid", "The siege"}) + "</div></article><div class='note'>" +
             Paragraphs({"An earlier attack", "An earlier raid", "An earlier siege"}) + "</div></body></html>",
             {"The raid"});
}

TEST_F(ArticleExtractorTest, WrapperWhoseClassNamesAWidgetIsKeptButCommentsAreNot) {
  // A furniture word in a page wrapper's class ("js-social-anchor") does not drop the article;
  // a comment thread is dropped however long it is.
  std::string story, comments;
  for (int i = 0; i < 10; ++i) story += "<p>" + Prose("Attack number " + std::to_string(i)) + "</p>";
  for (int i = 0; i < 12; ++i) comments += "<p>" + Prose("Comment number " + std::to_string(i)) + "</p>";
  ExpectText("<html><body><main class='container js-social-anchor'><div class='story'>" + story +
             "</div><div class='comments'>" + comments + "</div></main></body></html>",
             {"Attack number 9"}, {"Comment number"});
}

TEST_F(ArticleExtractorTest, PublisherMarkedArticleBodyWinsOverALongerGallery) {
  // Forty captioned photos outscore five paragraphs; the page's itemprop="articleBody" says
  // which is the article, and a related gallery embedded in it goes however long it is.
  std::string gallery, story, embedded;
  for (int i = 0; i < 40; ++i) {
    gallery += "<li><h2>Photo " + std::to_string(i) + "</h2><p>" + Prose("Caption of photo " + std::to_string(i)) +
               "</p></li>";
  }
  for (int i = 0; i < 5; ++i) story += "<p>" + Prose("Paragraph " + std::to_string(i) + " of the report") + "</p>";
  for (int i = 0; i < 12; ++i) embedded += "<p>" + Prose("Embedded slide " + std::to_string(i)) + "</p>";
  ExpectText("<html><body><div class='page'><div class='story-gallery'><ul>" + gallery +
                 "</ul></div><div class='text' itemprop='articleBody'>" + story +
                 "<div class='inline-related-gallery'>" + embedded + "</div></div></div></body></html>",
             {"Paragraph 0 of the report", "Paragraph 4 of the report"}, {"Caption of photo", "Embedded slide"});
}

TEST_F(ArticleExtractorTest, LegalNoticesInsideTheArticleAreDropped) {
  // Wire copy ends with its agency's notice; the words may sit anywhere in the paragraph.
  ExpectText("<html><body><div class='story'>" + Paragraphs({"The attack", "The ambush", "The raid"}) +
                 "<p>Reporting by our correspondent; editing by the desk. Copyright 2024 The Wire Agency. All Rights "
                 "Reserved. This material may not be published, broadcast, rewritten or redistributed.</p><p>Use of "
                 "this page is at your own risk; see our terms.</p></div></body></html>",
             {"The attack", "The raid"}, {"Wire Agency", "own risk"});
}

TEST_F(ArticleExtractorTest, PageLeftInsideAnUnclosedTitleIsRead) {
  // A page saved without its </title> (nor </head> and <body>): the parser puts the rest of the
  // page inside <title>, which is otherwise never text of the article.
  auto article = Html("<html><head><title>Attack near the market\n<script>var slot = 1;</script><div class='story'>" +
                      Paragraphs({"The attack", "The ambush"}) + "</div></html>");
  ASSERT_TRUE(article.ok()) << article.status().message();
  EXPECT_EQ(article->title, "Attack near the market");
  EXPECT_NE(article->text.find("The attack was reported"), std::string::npos) << article->text;
  EXPECT_NE(article->text.find("The ambush was reported"), std::string::npos) << article->text;
}

TEST_F(ArticleExtractorTest, TeaserListUnderAnAlsoInHeadingIsDropped) {
  // "Also in World News" and the like head a list of linked headlines after the story; a
  // paragraph starting with the same words inside the story stays.
  ExpectText("<html><body><div class='story'>" + Paragraphs({"The attack", "The ambush"}) + "<p>Also in the region, " +
                 Prose("a second raid") + "</p>" + Paragraphs({"The raid", "The siege"}) +
                 "<h3>Also in World News</h3><p>Floods close the northern road</p><p>Talks resume in the capital</p>"
                 "</div></body></html>",
             {"The attack", "Also in the region", "The siege"}, {"World News", "Floods", "Talks resume"});
}

TEST_F(ArticleExtractorTest, PageToolLabelsAreDropped) {
  ExpectText("<html><body><div class='story'><p>Text size: A | A | A</p>" + Paragraphs({"The attack", "The ambush"}) +
                 "<p>Story continues below</p>" + Paragraphs({"The raid"}) +
                 "<p>Email this story</p></div></body></html>",
             {"The attack", "The raid"}, {"Text size", "continues below", "Email this"});
}

TEST_F(ArticleExtractorTest, MostReadListAfterTheStoryIsDropped) {
  ExpectText("<html><body><div class='story'>" + Paragraphs({"The attack", "The ambush", "The raid"}) +
                 "<h3>Most Read World</h3><ol><li>1. Floods close the northern road</li><li>2. Talks resume in the "
                 "capital</li></ol></div></body></html>",
             {"The raid"}, {"Most Read", "Floods"});
}

TEST_F(ArticleExtractorTest, GermanRelatedHeadingEndsTheArticle) {
  ExpectText("<html><body><div class='story'>" + Paragraphs({"The attack", "The ambush", "The raid"}) +
                 "<h2>Mehr zum Thema</h2><p><a href='/a'>Neue Kämpfe im Norden</a></p><p><a href='/b'>Waffenruhe "
                 "gebrochen</a></p></div></body></html>",
             {"The raid"}, {"Mehr zum Thema", "Waffenruhe"});
}

TEST_F(ArticleExtractorTest, ValidUtf8PageKeepingAnOldChineseDeclarationIsReadAsUtf8) {
  ExpectText(
      "<html><head><meta http-equiv='Content-Type' content='text/html; charset=gb2312'></head><body><p>"
      "\u8FD9\u6B3E\u540D\u4E3A\u53EF\u5FAE\u795E\u7ECF\u8BA1\u7B97\u673A\u7684\u6A21\u578B, DeepMind "
      "said on Thursday, can answer questions about a map of the London Underground.</p></body></html>",
      {"\u8FD9\u6B3E\u540D\u4E3A"});
}

TEST_F(ArticleExtractorTest, WordConditionalMarkupIsNotText) {
  ExpectText("<html><body><div><p><![if !supportLists]>1. <![endif]>" + Prose("The attack") +
             "</p><p><![if !supportEmptyParas]> <![endif]>" + Prose("The ambush") + "</p></div></body></html>",
             {"1. The attack"}, {"supportLists", "endif"});
}

TEST_F(ArticleExtractorTest, UnknownCharsetLabelIsIgnored) {
  ExpectText("<html><head><meta http-equiv='charset' content='iso-8859-1'></head><body><p>Les forces arm\xE9"
             "es ont repris le contr\xF4le de la localit\xE9 apr\xE8s de violents combats.</p></body></html>",
             {"armées ont repris"});
}

TEST_F(ArticleExtractorTest, TextIsAlwaysValidNfcUtf8) {
  auto composed = Html("<meta charset=utf-8><p>Se\xCC\x81gou est une ville du centre du Mali, sur le fleuve Niger, "
                       "à deux cent quarante kilomètres de Bamako.</p>");
  ASSERT_TRUE(composed.ok());
  EXPECT_NE(composed->text.find("Ségou est une ville"), std::string::npos) << composed->text;
  auto junk = Html("<meta charset=utf-8><p>Junk \xFF\xFE\xC3 and \x01 bytes inside a fairly long paragraph of "
                   "text about nothing much at all.</p>");
  ASSERT_TRUE(junk.ok());
  EXPECT_TRUE(IsValidUtf8(junk->text));
}

}  // namespace
}  // namespace vigie
