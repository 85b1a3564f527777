// Fuzzes the RSS/Atom parser: no crash, and every item it keeps has a link, a well-formed
// date and UTF-8 text.
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "core/utf8.h"
#include "source/feed_parser.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const std::string_view bytes(reinterpret_cast<const char*>(data), size);
  vigie::Result<vigie::Feed> feed = vigie::ParseFeed(bytes, "https://fuzz.example/news/feed.xml");
  if (!feed.ok()) {
    if (feed.status().message().empty()) __builtin_trap();
  } else {
    if (!vigie::IsValidUtf8(feed->title)) __builtin_trap();
    for (const vigie::FeedItem& item : feed->items) {
      if (item.link.empty()) __builtin_trap();
      if (!item.published.empty() && item.published.size() != 10) __builtin_trap();
      if (!vigie::IsValidUtf8(item.title) || !vigie::IsValidUtf8(item.summary)) __builtin_trap();
    }
  }
  const std::string date = vigie::FeedDate(bytes.substr(0, 64));
  if (!date.empty() && date.size() != 10) __builtin_trap();
  return 0;
}
