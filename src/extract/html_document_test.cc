#include "extract/html_document.h"

#include <gtest/gtest.h>

#include <string>

namespace vigie {
namespace {

TEST(WithoutUnreadMarkup, DropsScriptAndStyleBodiesAndComments) {
  EXPECT_EQ(WithoutUnreadMarkup("<p>Avant</p><SCRIPT type=\"text/javascript\">var a = '<p>no</p>';</Script>"
                                "<style>p { color: red }</style><!-- <p>hidden</p> --><p>Après</p>"),
            "<p>Avant</p><SCRIPT type=\"text/javascript\"></Script><style></style><p>Après</p>");
}

TEST(WithoutUnreadMarkup, KeepsOnlyTheAttributesTheExtractorReads) {
  EXPECT_EQ(WithoutUnreadMarkup("<div class=\"story\" data-id=\"42\" onclick='go()'><p>x</p></div>"),
            "<div class=\"story\"><p>x</p></div>");
  EXPECT_EQ(WithoutUnreadMarkup("<DIV DATA-Z=1 CLASS=lead ID = top hidden>y</DIV>"),
            "<DIV CLASS=lead ID = top hidden>y</DIV>");
  EXPECT_EQ(WithoutUnreadMarkup("<img src=\"a.png\" alt=\"Gao\"/><NYT_BYLINE version=\"1.0\" type=\" \">"),
            "<img/><NYT_BYLINE type=\" \">");
  // Markup written otherwise is left for libxml2 to make sense of.
  for (const std::string& tag : {std::string("<a href=x\"y title=z>"), std::string("<div/class=\"a\" data-b=c>"),
                                 std::string("<p data-a=\"unclosed>text</p>")}) {
    EXPECT_EQ(WithoutUnreadMarkup(tag), tag);
  }
}

TEST(WithoutUnreadMarkup, KeepsJsonLd) {
  const std::string page =
      "<script type=\"application/ld+json\">{\"datePublished\": \"2019-03-24\"}</script><p>Texte</p>";
  EXPECT_EQ(WithoutUnreadMarkup(page), page);
}

TEST(WithoutUnreadMarkup, LeavesTextElementsAndOddMarkupAlone) {
  // A comment opener inside a title is text; a '>' inside a quoted attribute does not end the
  // tag; a self-closed script has no body, so what follows it is the page.
  for (const std::string& page : {
           std::string("<title>Mali <!-- Gao --></title><p>x</p>"),
           std::string("<a class=\"a > b\" href='/x'>lien</a><p>y</p>"),
           std::string("<script type=\"module\" /><p>Le texte suit le script.</p></script>"),
           std::string("<p>2 < 3 and 3 > 2</p>"),
       }) {
    EXPECT_EQ(WithoutUnreadMarkup(page), page) << page;
  }
}

TEST(WithoutUnreadMarkup, UnclosedCommentOrScriptLeavesTheRest) {
  EXPECT_EQ(WithoutUnreadMarkup("<p>a</p><!-- b <p>c</p>"), "<p>a</p><!-- b <p>c</p>");
  EXPECT_EQ(WithoutUnreadMarkup("<!-- x --><script>var s = 1; <p>c</p>"), "<script>var s = 1; <p>c</p>");
  EXPECT_EQ(WithoutUnreadMarkup("<a href=\"unclosed><p>c</p>"), "<a href=\"unclosed><p>c</p>");
}

TEST(WithoutUnreadMarkup, ScriptEndsAtItsClosingTagInAnyCase) {
  EXPECT_EQ(WithoutUnreadMarkup("<script>if (a </b) x(\"</div>\");</SCRIPT ><p>fin</p>"),
            "<script></SCRIPT ><p>fin</p>");
}

TEST(HtmlDocument, ParsedTreeHasNoScriptTextButKeepsJsonLd) {
  auto doc = HtmlDocument::Parse(
      "<html><head><script>document.write('<p>écrit</p>')</script>"
      "<script type=\"application/ld+json\">{\"headline\": \"Titre\"}</script></head>"
      "<body><p>Corps <!-- note --> du texte</p></body></html>");
  ASSERT_TRUE(doc.ok());
  EXPECT_EQ(CollapsedText(doc->body()), "Corps du texte");
  const xmlNode* head = doc->head();
  ASSERT_NE(head, nullptr);
  std::string scripts;
  for (const xmlNode* n = head->children; n; n = n->next) {
    if (ElementName(n) != "script") continue;
    for (const xmlNode* t = n->children; t; t = t->next)
      if (t->content) scripts += reinterpret_cast<const char*>(t->content);
    scripts += "|";
  }
  EXPECT_EQ(scripts, "|{\"headline\": \"Titre\"}|");
}

}  // namespace
}  // namespace vigie
