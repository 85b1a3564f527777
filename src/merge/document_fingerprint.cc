#include "merge/document_fingerprint.h"

// Inlined: a simhash hashes every word and every shingle, a few bytes each.
#define XXH_INLINE_ALL
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

// For each of the 64 bits, how many of the hashes added have it set. The counts are kept
// bit-sliced: plane k holds bit k of the 64 counts, so that a hash adds to all of them with
// a carry chain of eight word operations (not 64 branches), flushed into wide counters
// before an eight-bit count can overflow.
class BitCounts {
 public:
  void Add(uint64_t hash) {
    uint64_t carry = hash;
    for (uint64_t& plane : planes_) {
      const uint64_t next = plane & carry;
      plane ^= carry;
      carry = next;
    }
    if (++pending_ == 255) Flush();
  }
  // The bits set in more than half of the `n` hashes added.
  uint64_t Majority(size_t n) {
    Flush();
    uint64_t out = 0;
    for (int bit = 0; bit < 64; ++bit) {
      if (2 * static_cast<size_t>(ones_[bit]) > n) out |= uint64_t{1} << bit;
    }
    return out;
  }

 private:
  void Flush() {
    for (int bit = 0; bit < 64; ++bit) {
      uint32_t count = 0;
      for (size_t k = 0; k < planes_.size(); ++k) count |= static_cast<uint32_t>((planes_[k] >> bit) & 1) << k;
      ones_[bit] += count;
    }
    planes_ = {};
    pending_ = 0;
  }

  std::array<uint64_t, 8> planes_{};
  std::array<uint32_t, 64> ones_{};
  int pending_ = 0;
};

// Bytes that make words: ASCII letters and digits, and every byte of a multi-byte character.
constexpr std::array<bool, 256> kWordBytes = [] {
  std::array<bool, 256> table{};
  for (int c = 0; c < 256; ++c) table[c] = c >= 0x80 || IsAsciiAlnum(static_cast<char>(c));
  return table;
}();

bool IsWordByte(char c) { return kWordBytes[static_cast<unsigned char>(c)]; }

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
    while (i < folded.size() && !IsWordByte(folded[i])) ++i;
    const size_t start = i;
    while (i < folded.size() && IsWordByte(folded[i])) ++i;
    if (i > start) words.push_back(XXH3_64bits(folded.data() + start, i - start));
  }
  if (words.empty()) return 0;
  // Each bit of the result: set when more hashes have it than not.
  BitCounts counts;
  if (words.size() < 3) {
    for (uint64_t w : words) counts.Add(w);
    return counts.Majority(words.size());
  }
  for (size_t k = 0; k + 2 < words.size(); ++k) {
    const uint64_t shingle[3] = {words[k], words[k + 1], words[k + 2]};
    counts.Add(XXH3_64bits(shingle, sizeof shingle));
  }
  return counts.Majority(words.size() - 2);
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
