// When a page was published: metadata first, then the URL, then a visible dateline.
#pragma once

#include <libxml/tree.h>

#include <optional>
#include <string>
#include <string_view>

#include "extract/date_parser.h"

namespace vigie {

enum class DateEvidence { kMetaTag, kJsonLd, kTimeElement, kUrl, kDateline };

struct PublicationDate {
  CivilDate date;
  DateEvidence evidence = DateEvidence::kMetaTag;
};

// Looks, in this order, at <meta> publication tags (article:published_time,
// datePublished, DC.date.issued, pubdate, ...), JSON-LD "datePublished", a
// <time datetime> element, the URL (/2024/09/17/, 2024-09-17), a dateline in the first
// 400 bytes of `lead_text` (the start of the article), and last a date shown in an
// element whose class names a date. Dates outside 1990..2100 are ignored.
std::optional<PublicationDate> FindPublicationDate(const xmlNode* root, std::string_view url,
                                                   std::string_view lead_text, const DateParser& parser);

// Only the URL rule, for documents without markup.
std::optional<CivilDate> DateFromUrl(std::string_view url);

}  // namespace vigie
