// The Source stage for feeds: reads RSS and Atom feeds over HTTP with conditional GET and
// turns each new item into a Document by fetching its page. What the store already holds
// (by canonical URL) is not fetched again.
#pragma once

#include <string>
#include <vector>

#include "source/document.h"
#include "source/http_fetcher.h"
#include "store/event_store.h"

namespace vigie {

struct FeedPollSummary {
  int feeds = 0;           // feeds asked
  int not_modified = 0;    // feeds that answered 304
  int items = 0;           // items read in the feeds that changed
  int known = 0;           // items whose page is already stored
  int pages = 0;           // pages fetched and handed on
  int problems = 0;        // feeds or pages that failed
};

class FeedPoller {
 public:
  // `state` keeps each feed's ETag and Last-Modified between polls and answers whether a
  // page is stored; give it a connection of its own (the writer uses another).
  FeedPoller(EventStore& state, const FetchOptions& fetch) : state_(state), fetch_(fetch) {}

  // Polls each feed once: a feed that changed is parsed, and the page of each item not yet
  // stored is fetched and handed to `on_document` (id and url the item's link, its title and
  // date from the feed). A feed that fails (unreachable, HTTP 404, an HTML page instead of a
  // feed, a body over the size limit) or a page that fails is reported to `on_problem` and
  // the others go on.
  FeedPollSummary PollOnce(const std::vector<std::string>& feeds, const DocumentSink& on_document,
                           const ProblemSink& on_problem);

 private:
  EventStore& state_;
  FetchOptions fetch_;
};

}  // namespace vigie
