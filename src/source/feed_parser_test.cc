#include "source/feed_parser.h"

#include <gtest/gtest.h>

namespace vigie {
namespace {

TEST(FeedParser, Rss2ItemsWithCdataAndEntities) {
  const std::string rss = R"(<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/">
 <channel>
  <title>Le Journal &amp; Cie</title>
  <link>https://journal.example/</link>
  <item>
   <title>Attaque &#224; Mopti : 3 morts</title>
   <link>https://journal.example/2024/09/attaque-mopti</link>
   <guid isPermaLink="false">article-1234</guid>
   <pubDate>Tue, 17 Sep 2024 10:00:00 +0200</pubDate>
   <description><![CDATA[<p>Des hommes armés ont <b>attaqué</b> un poste.</p><p>Bilan&nbsp;provisoire.</p>]]></description>
  </item>
  <item>
   <title>Sans lien</title>
   <description>Cet article n'a pas de lien.</description>
  </item>
  <item>
   <title>Relative &amp;amp; double-escaped &amp;#8217;</title>
   <link>/2024/09/gao</link>
   <dc:date>2024-09-16T08:30:00Z</dc:date>
   <description>&lt;p&gt;Escaped &amp;amp; HTML&lt;/p&gt;</description>
  </item>
  <item>
   <title>Permalink guid</title>
   <guid>https://journal.example/p/99</guid>
   <pubDate>16 Sep 24 09:00 GMT</pubDate>
  </item>
 </channel>
</rss>)";
  Result<Feed> feed = ParseFeed(rss, "https://journal.example/feed.xml");
  ASSERT_TRUE(feed.ok()) << feed.status().message();
  EXPECT_EQ(feed->title, "Le Journal & Cie");
  ASSERT_EQ(feed->items.size(), 3u);
  const FeedItem& first = feed->items[0];
  EXPECT_EQ(first.title, "Attaque à Mopti : 3 morts");
  EXPECT_EQ(first.link, "https://journal.example/2024/09/attaque-mopti");
  EXPECT_EQ(first.guid, "article-1234");
  EXPECT_EQ(first.published, "2024-09-17");
  EXPECT_EQ(first.summary, "Des hommes armés ont attaqué un poste. Bilan\u00a0provisoire.");
  EXPECT_EQ(feed->items[1].link, "https://journal.example/2024/09/gao");
  EXPECT_EQ(feed->items[1].title, "Relative & double-escaped \u2019");
  EXPECT_EQ(feed->items[1].published, "2024-09-16");
  EXPECT_EQ(feed->items[1].summary, "Escaped & HTML");
  EXPECT_EQ(feed->items[2].link, "https://journal.example/p/99");
  EXPECT_EQ(feed->items[2].published, "2024-09-16");
}

TEST(FeedParser, AtomPrefersAlternateLinksAndResolvesXmlBase) {
  const std::string atom = R"(<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom" xml:base="https://news.example/fr/">
  <title type="html">Actualit&#233;s &lt;b&gt;Sahel&lt;/b&gt;</title>
  <entry>
    <title>Ouagadougou</title>
    <link rel="self" href="/api/entries/1"/>
    <link rel="enclosure" href="audio.mp3"/>
    <link rel="alternate" type="text/html" href="articles/ouaga"/>
    <id>tag:news.example,2024:1</id>
    <updated>2024-09-18T07:00:00Z</updated>
    <published>2024-09-17T23:30:00-05:00</published>
    <summary type="html">&lt;p&gt;R&#233;sum&#233;&lt;/p&gt;</summary>
  </entry>
  <entry xml:base="https://other.example/sahel/">
    <title type="text">Niamey</title>
    <link href="niamey.html"/>
    <id>tag:news.example,2024:2</id>
    <updated>2024-09-15T07:00:00Z</updated>
    <content type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml"><p>Contenu <em>complet</em></p></div></content>
  </entry>
  <entry>
    <title>Only a self link</title>
    <link rel="self" href="/api/entries/3"/>
  </entry>
</feed>)";
  Result<Feed> feed = ParseFeed(atom, "https://news.example/feeds/atom.xml");
  ASSERT_TRUE(feed.ok()) << feed.status().message();
  EXPECT_EQ(feed->title, "Actualités Sahel");
  ASSERT_EQ(feed->items.size(), 2u);
  EXPECT_EQ(feed->items[0].link, "https://news.example/fr/articles/ouaga");
  EXPECT_EQ(feed->items[0].guid, "tag:news.example,2024:1");
  EXPECT_EQ(feed->items[0].published, "2024-09-17");  // published wins over updated; local day kept
  EXPECT_EQ(feed->items[0].summary, "Résumé");
  EXPECT_EQ(feed->items[1].link, "https://other.example/sahel/niamey.html");
  EXPECT_EQ(feed->items[1].published, "2024-09-15");
  EXPECT_EQ(feed->items[1].summary, "Contenu complet");
}

TEST(FeedParser, Rss1RdfItems) {
  const std::string rdf = R"(<?xml version="1.0"?>
<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/"
         xmlns:dc="http://purl.org/dc/elements/1.1/">
  <channel rdf:about="https://agence.example/">
    <title>Agence</title>
  </channel>
  <item rdf:about="https://agence.example/depeche/7">
    <title>Dépêche</title>
    <link>https://agence.example/depeche/7</link>
    <description>Texte court.</description>
    <dc:date>2024-02-29</dc:date>
  </item>
</rdf:RDF>)";
  Result<Feed> feed = ParseFeed(rdf, "");
  ASSERT_TRUE(feed.ok()) << feed.status().message();
  EXPECT_EQ(feed->title, "Agence");
  ASSERT_EQ(feed->items.size(), 1u);
  EXPECT_EQ(feed->items[0].guid, "https://agence.example/depeche/7");
  EXPECT_EQ(feed->items[0].published, "2024-02-29");
  EXPECT_EQ(feed->items[0].summary, "Texte court.");
}

TEST(FeedParser, HtmlPagesEmptyBodiesAndBadXmlAreClearErrors) {
  Result<Feed> html = ParseFeed("<!DOCTYPE html>\n<html><head><title>x</title></head><body><p>a<br></body></html>",
                                "https://site.example/");
  ASSERT_FALSE(html.ok());
  EXPECT_EQ(html.status().message(), "https://site.example/ is an HTML page, not an RSS or Atom feed");
  Result<Feed> xhtml = ParseFeed("<html xmlns=\"http://www.w3.org/1999/xhtml\"><body/></html>", "u");
  ASSERT_FALSE(xhtml.ok());
  EXPECT_NE(xhtml.status().message().find("HTML page"), std::string::npos);
  Result<Feed> empty = ParseFeed(" \n", "https://site.example/feed");
  ASSERT_FALSE(empty.ok());
  EXPECT_EQ(empty.status().message(), "https://site.example/feed: empty body, not an RSS or Atom feed");
  Result<Feed> malformed = ParseFeed("<rss><channel><title>x</channel></rss>", "https://site.example/feed");
  ASSERT_FALSE(malformed.ok());
  EXPECT_NE(malformed.status().message().find("https://site.example/feed: malformed XML (line 1:"), std::string::npos)
      << malformed.status().message();
  Result<Feed> other = ParseFeed("<?xml version=\"1.0\"?><sitemap/>", "s");
  ASSERT_FALSE(other.ok());
  EXPECT_NE(other.status().message().find("root element <sitemap>"), std::string::npos);
}

TEST(FeedParser, ExternalEntitiesAreNeverRead) {
  const std::string xxe = R"(<?xml version="1.0"?>
<!DOCTYPE x [<!ENTITY e SYSTEM "file:///etc/passwd"><!ENTITY i "internal">]>
<rss version="2.0"><channel><title>T&e;</title>
<item><title>A &e; &i; B</title><link>https://x.example/a</link><description>&e;</description></item>
</channel></rss>)";
  Result<Feed> feed = ParseFeed(xxe, "https://x.example/feed");
  ASSERT_TRUE(feed.ok()) << feed.status().message();
  EXPECT_EQ(feed->title, "T");
  ASSERT_EQ(feed->items.size(), 1u);
  EXPECT_EQ(feed->items[0].title, "A B");
  EXPECT_EQ(feed->items[0].summary, "");
}

TEST(FeedParser, DatesFromRfc822AndIso8601) {
  EXPECT_EQ(FeedDate("Tue, 17 Sep 2024 10:00:00 GMT"), "2024-09-17");
  EXPECT_EQ(FeedDate("3 March 2023 08:00 +0100"), "2023-03-03");
  EXPECT_EQ(FeedDate("Sep 5, 2024"), "2024-09-05");
  EXPECT_EQ(FeedDate("Mon, 1 Jan 99 00:00:00 EST"), "1999-01-01");
  EXPECT_EQ(FeedDate("2024-09-17T10:00:00+02:00"), "2024-09-17");
  EXPECT_EQ(FeedDate("Thu, 29 Feb 2023 10:00:00 GMT"), "");
  EXPECT_EQ(FeedDate("2024-13-01"), "");
  EXPECT_EQ(FeedDate("yesterday"), "");
}

}  // namespace
}  // namespace vigie
