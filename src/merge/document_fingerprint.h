// What makes two documents the same: their text (a content hash), their address (a
// canonical URL) and, for syndicated copies with a changed headline or footer, a
// near-duplicate fingerprint of their wording (a 64-bit SimHash of word shingles).
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

namespace vigie {

struct DocumentFingerprint {
  std::string content_hash;   // 32 hex digits: XXH3-128 of the extracted text
  std::string canonical_url;  // CanonicalUrl(url); empty when the document has no URL
  uint64_t simhash = 0;       // TextSimHash(text)
};

DocumentFingerprint FingerprintDocument(std::string_view text, std::string_view url);

// The address with what does not change the page removed, so that the same article reached
// two ways is recognised: scheme, "www.", default port, fragment, a trailing slash, and
// tracking parameters (utm_*, fbclid, gclid, xtor, at_*); the host in lower case.
// "https://www.Site.example/a/?utm_source=x#top" → "site.example/a". Not a URL (no
// "scheme://host") → empty.
std::string CanonicalUrl(std::string_view url);

// The site of a canonical URL: its host ("site.example/a/b" → "site.example").
inline std::string_view CanonicalHost(std::string_view canonical_url) {
  return canonical_url.substr(0, canonical_url.find('/'));
}

// A 64-bit SimHash of the text's overlapping three-word shingles, words accent-folded and in
// lower case. Texts that share most of their wording differ in few bits; unrelated texts
// differ in about 32. The fewer the words, the more one changed sentence moves it: a
// syndicated copy of a story of a few lines may not be recognised. Linear in the text.
uint64_t TextSimHash(std::string_view text);

// Bits by which two SimHashes differ.
inline int SimHashDistance(uint64_t a, uint64_t b) { return __builtin_popcountll(a ^ b); }

// At most this many differing bits marks a near-duplicate (a syndicated copy with a new
// headline, a changed byline or footer). With four 16-bit bands, two such fingerprints share
// at least one band exactly, which is how the store finds candidates.
inline constexpr int kNearDuplicateBits = 3;
inline constexpr int kSimHashBands = 4;
inline uint16_t SimHashBand(uint64_t simhash, int band) { return static_cast<uint16_t>(simhash >> (16 * band)); }

}  // namespace vigie
