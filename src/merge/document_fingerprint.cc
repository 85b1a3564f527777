#include "merge/document_fingerprint.h"

#include <xxhash.h>

#include <array>
#include <vector>

#include "core/ascii.h"
#include "text/normalizer.h"

namespace vigie {

namespace {

bool IsTrackingParameter(std::string_view name) {
  const std::string lower = AsciiLower(name);
  return lower.starts_with("utm_") || lower.starts_with("at_") || lower == "fbclid" || lower == "gclid" ||
         lower == "xtor" || lower == "mc_cid" || lower == "mc_eid" || lower == "ocid";
}

}  // namespace

std::string CanonicalUrl(std::string_view url) {
  const size_t scheme_end = url.find("://");
  if (scheme_end == std::string_view::npos || scheme_end == 0) return {};
  std::string_view rest = url.substr(scheme_end + 3);
  if (const size_t hash = rest.find('#'); hash != std::string_view::npos) rest = rest.substr(0, hash);
  const size_t host_end = rest.find_first_of("/?");
  std::string host = AsciiLower(rest.substr(0, host_end));
  if (const size_t at = host.rfind('@'); at != std::string::npos) host.erase(0, at + 1);
  if (host.ends_with(":80")) host.resize(host.size() - 3);
  if (host.ends_with(":443")) host.resize(host.size() - 4);
  if (host.starts_with("www.")) host.erase(0, 4);
  if (host.empty()) return {};
  std::string_view path_and_query = host_end == std::string_view::npos ? std::string_view() : rest.substr(host_end);
  std::string_view path = path_and_query, query;
  if (const size_t q = path_and_query.find('?'); q != std::string_view::npos) {
    path = path_and_query.substr(0, q);
    query = path_and_query.substr(q + 1);
  }
  while (path.size() > 1 && path.back() == '/') path.remove_suffix(1);
  if (path == "/") path = {};
  std::string kept;
  while (!query.empty()) {
    const size_t amp = query.find('&');
    const std::string_view parameter = query.substr(0, amp);
    query = amp == std::string_view::npos ? std::string_view() : query.substr(amp + 1);
    if (parameter.empty() || IsTrackingParameter(parameter.substr(0, parameter.find('=')))) continue;
    kept += kept.empty() ? '?' : '&';
    kept += parameter;
  }
  return host + std::string(path) + kept;
}

uint64_t TextSimHash(std::string_view text) {
  const std::string folded = FoldKey(text);
  // Word hashes; a word is a run of letters and digits (any byte of a multi-byte letter).
  std::vector<uint64_t> words;
  size_t i = 0;
  while (i < folded.size()) {
    while (i < folded.size() && static_cast<unsigned char>(folded[i]) < 0x80 && !IsAsciiAlnum(folded[i])) ++i;
    const size_t start = i;
    while (i < folded.size() && (static_cast<unsigned char>(folded[i]) >= 0x80 || IsAsciiAlnum(folded[i]))) ++i;
    if (i > start) words.push_back(XXH3_64bits(folded.data() + start, i - start));
  }
  if (words.empty()) return 0;
  std::array<int, 64> votes{};
  auto vote = [&](uint64_t h) {
    for (int bit = 0; bit < 64; ++bit) votes[bit] += ((h >> bit) & 1) ? 1 : -1;
  };
  if (words.size() < 3) {
    for (uint64_t w : words) vote(w);
  } else {
    for (size_t k = 0; k + 2 < words.size(); ++k) {
      const uint64_t shingle[3] = {words[k], words[k + 1], words[k + 2]};
      vote(XXH3_64bits(shingle, sizeof shingle));
    }
  }
  uint64_t simhash = 0;
  for (int bit = 0; bit < 64; ++bit) {
    if (votes[bit] > 0) simhash |= uint64_t{1} << bit;
  }
  return simhash;
}

DocumentFingerprint FingerprintDocument(std::string_view text, std::string_view url) {
  DocumentFingerprint fingerprint;
  const XXH128_hash_t hash = XXH3_128bits(text.data(), text.size());
  char hex[33];
  std::snprintf(hex, sizeof hex, "%016llx%016llx", static_cast<unsigned long long>(hash.high64),
                static_cast<unsigned long long>(hash.low64));
  fingerprint.content_hash = hex;
  fingerprint.canonical_url = CanonicalUrl(url);
  fingerprint.simhash = TextSimHash(text);
  return fingerprint;
}

}  // namespace vigie
