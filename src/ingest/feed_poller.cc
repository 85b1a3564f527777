#include "ingest/feed_poller.h"

#include <chrono>
#include <ctime>

#include "source/feed_parser.h"
#include "source/http_response.h"
#include "source/input_reader.h"

namespace vigie {

namespace {

std::string NowIso() {
  const std::time_t now = std::chrono::system_clock::to_time_t(std::chrono::system_clock::now());
  std::tm utc{};
  gmtime_r(&now, &utc);
  char buffer[32];
  std::strftime(buffer, sizeof buffer, "%Y-%m-%dT%H:%M:%SZ", &utc);
  return buffer;
}

}  // namespace

FeedPollSummary FeedPoller::PollOnce(const std::vector<std::string>& feeds, const DocumentSink& on_document,
                                     const ProblemSink& on_problem) {
  FeedPollSummary summary;
  // Messages from below name the URL already; the problem names it once.
  auto problem = [&](const std::string& input, std::string message, bool warning = false) {
    ++summary.problems;
    if (message.starts_with(input + ": ")) message.erase(0, input.size() + 2);
    on_problem(InputProblem{input, std::move(message), warning});
  };
  for (const std::string& feed_url : feeds) {
    ++summary.feeds;
    auto state = state_.LoadFeedState(feed_url);
    if (!state.ok()) {
      problem(feed_url, state.status().message());
      continue;
    }
    FetchOptions conditional = fetch_;
    conditional.etag = state->etag;
    conditional.last_modified = state->last_modified;
    auto fetched = FetchUrl(feed_url, conditional);
    if (!fetched.ok()) {
      problem(feed_url, fetched.status().message());
      continue;
    }
    FeedState next = state.value();
    next.checked_at = NowIso();
    if (fetched->not_modified) {
      ++summary.not_modified;
      if (Status s = state_.SaveFeedState(next); !s.ok()) problem(feed_url, s.message());
      continue;
    }
    auto feed = ParseFeed(fetched->body, feed_url);
    if (!feed.ok()) {
      problem(feed_url, feed.status().message());
      continue;
    }
    for (const FeedItem& item : feed->items) {
      ++summary.items;
      auto known = state_.HasDocumentAt(item.link);
      if (known.ok() && known.value()) {
        ++summary.known;
        continue;
      }
      auto page = FetchUrl(item.link, fetch_);
      if (!page.ok()) {
        problem(item.link, page.status().message() + " (an item of " + feed_url + "; skipped)", true);
        continue;
      }
      Document document;
      document.id = item.link;
      document.url = item.link;
      document.title = item.title;
      document.published = item.published;
      document.fetched = next.checked_at;
      document.charset = CharsetParameter(page->content_type);
      const std::string media = MediaType(page->content_type);
      document.type = media == "text/plain" ? ContentType::kText : ContentType::kHtml;
      if (!LooksLikeText(page->body)) {
        problem(item.link, "not a text or HTML page (" + (media.empty() ? std::string("no type") : media) + "); skipped", true);
        continue;
      }
      document.bytes = std::move(page->body);
      ++summary.pages;
      on_document(std::move(document));
    }
    // Only now: a poll cut short is done again in full next time.
    next.etag = fetched->etag;
    next.last_modified = fetched->last_modified;
    if (Status s = state_.SaveFeedState(next); !s.ok()) problem(feed_url, s.message());
  }
  return summary;
}

}  // namespace vigie
