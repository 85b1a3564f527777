// The content bytes of a WARC file, read in chunks and inflated when the file is gzip.
#pragma once

#include <zlib.h>

#include <cstdint>
#include <deque>
#include <functional>
#include <istream>
#include <string>
#include <utility>
#include <vector>

namespace vigie {

// Gives the WARC record parser a plain byte sequence ("content") whether the file is plain
// or gzip: one gzip member per record, as Common Crawl writes, or one for the whole file.
// A corrupt member is reported and skipped to the next gzip member header; the content
// offset where bytes went missing is remembered so the parser can drop the record hit
// without reporting it twice. Memory: two fixed chunks plus the caller's buffer.
class WarcStream {
 public:
  // Receives gzip problems with the file offset of the member at fault.
  using ProblemSink = std::function<void(uint64_t member_offset, const std::string& message)>;

  WarcStream(std::istream& in, ProblemSink on_problem);
  ~WarcStream();
  WarcStream(const WarcStream&) = delete;
  WarcStream& operator=(const WarcStream&) = delete;

  // Appends at least one more content byte to `out`. Returns false at the end of input.
  bool ReadMore(std::string& out);

  // True once the first bytes showed the gzip magic number.
  bool is_gzip() const { return gzip_; }
  // True when the underlying stream failed (not merely ended).
  bool read_error() const { return read_error_; }
  // Whether content was lost (corrupt or cut gzip data, already reported) at an offset in [from, to].
  bool LostBetween(uint64_t from, uint64_t to) const;
  // Content offsets where bytes went missing, oldest first (since the last Forget).
  const std::vector<uint64_t>& losses() const { return losses_; }
  // File offset of the gzip member holding content offset `offset`; `offset` itself when plain.
  uint64_t FileOffset(uint64_t offset) const;
  // Drops bookkeeping for content before `offset`: the caller will not ask about it again.
  void Forget(uint64_t offset);

 private:
  bool FillRaw(size_t keep);
  bool SkipToNextMember();
  bool ReadMoreGzip(std::string& out);

  std::istream& in_;
  ProblemSink on_problem_;
  std::vector<char> raw_;
  size_t raw_pos_ = 0;        // next unread byte of raw_
  size_t raw_len_ = 0;        // bytes held in raw_
  uint64_t raw_base_ = 0;     // file offset of raw_[0]
  uint64_t content_end_ = 0;  // content bytes produced so far
  bool started_ = false;
  bool gzip_ = false;
  bool read_error_ = false;
  z_stream zs_{};
  bool zs_ready_ = false;
  bool in_member_ = false;
  bool member_has_magic_ = false;
  bool resyncing_ = false;  // after a gzip error, until a member inflates cleanly: stay quiet
  std::deque<std::pair<uint64_t, uint64_t>> members_;  // (content offset, file offset) of each member start
  std::vector<uint64_t> losses_;                       // content offsets where bytes went missing
};

}  // namespace vigie
