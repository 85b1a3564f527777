// News feeds (RSS 2.0, RSS 1.0/RDF, Atom): the list of articles a site announces.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "core/status.h"

namespace vigie {

struct FeedItem {
  std::string title;      // plain text
  std::string link;       // the article's URL, made absolute against xml:base or the feed URL
  std::string guid;       // RSS guid, RDF rdf:about or Atom id; empty when absent
  std::string published;  // YYYY-MM-DD as written in the feed (its own time zone); empty when absent
  std::string summary;    // plain text of the description, summary or content; may be empty
};

struct Feed {
  std::string title;            // plain text; may be empty
  std::vector<FeedItem> items;  // in feed order; items without a link are left out
};

// Parses a feed with libxml2, without network access, DTD loading or entity substitution
// (entity references other than the five XML ones and character references are dropped,
// so an external entity is never read). `feed_url` names the feed in messages and is the
// base for relative links; it may be empty. Fails, naming the feed, on an empty body,
// malformed XML, an HTML page, or a root element other than rss, rdf:RDF or feed.
// Cost: linear in the size of the feed; the whole XML tree is held while parsing.
Result<Feed> ParseFeed(std::string_view bytes, std::string_view feed_url);

// "2024-09-17" from an RFC 822 date ("Tue, 17 Sep 2024 10:00:00 +0200", two-digit years
// included) or an ISO 8601 one ("2024-09-17T10:00:00Z"); empty when neither or not a real
// calendar day. The day is the one written: no time zone conversion.
std::string FeedDate(std::string_view text);

}  // namespace vigie
