#include "source/warc_stream.h"

#include <algorithm>
#include <cstring>

namespace vigie {

namespace {
constexpr size_t kChunk = 1 << 18;  // 256 KiB: large enough that read and inflate calls are cheap
}  // namespace

WarcStream::WarcStream(std::istream& in, ProblemSink on_problem)
    : in_(in), on_problem_(std::move(on_problem)), raw_(kChunk) {}

WarcStream::~WarcStream() {
  if (zs_ready_) inflateEnd(&zs_);
}

// Moves the last `keep` unread bytes to the front and reads more after them.
bool WarcStream::FillRaw(size_t keep) {
  keep = std::min(keep, raw_len_ - raw_pos_);
  size_t from = raw_len_ - keep;
  raw_base_ += from;
  memmove(raw_.data(), raw_.data() + from, keep);
  raw_pos_ = 0;
  raw_len_ = keep;
  if (!in_.good()) return false;
  in_.read(raw_.data() + keep, static_cast<std::streamsize>(raw_.size() - keep));
  if (in_.bad()) read_error_ = true;
  raw_len_ += static_cast<size_t>(in_.gcount());
  return raw_len_ > keep;
}

bool WarcStream::ReadMore(std::string& out) {
  if (!started_) {
    started_ = true;
    FillRaw(0);
    gzip_ = raw_len_ >= 2 && static_cast<unsigned char>(raw_[0]) == 0x1f && static_cast<unsigned char>(raw_[1]) == 0x8b;
    if (gzip_) {
      if (inflateInit2(&zs_, 15 + 16) != Z_OK) {
        on_problem_(0, "cannot start the gzip decoder");
        return false;
      }
      zs_ready_ = true;
    }
  }
  if (gzip_) return ReadMoreGzip(out);
  if (raw_pos_ == raw_len_ && !FillRaw(0)) return false;
  out.append(raw_.data() + raw_pos_, raw_len_ - raw_pos_);
  content_end_ += raw_len_ - raw_pos_;
  raw_pos_ = raw_len_;
  return true;
}

bool WarcStream::ReadMoreGzip(std::string& out) {
  while (true) {
    if (raw_pos_ == raw_len_ && !FillRaw(0)) {
      if (in_member_ && !resyncing_) {
        on_problem_(members_.empty() ? 0 : members_.back().second, "file ends inside a gzip member (truncated)");
      }
      if (in_member_) losses_.push_back(content_end_);
      in_member_ = false;
      return false;
    }
    if (!in_member_) {
      inflateReset(&zs_);
      members_.emplace_back(content_end_, raw_base_ + raw_pos_);
      in_member_ = true;
      member_has_magic_ = raw_len_ - raw_pos_ < 2 || (static_cast<unsigned char>(raw_[raw_pos_]) == 0x1f &&
                                                      static_cast<unsigned char>(raw_[raw_pos_ + 1]) == 0x8b);
    }
    const size_t old = out.size();
    out.resize(old + kChunk);
    zs_.next_in = reinterpret_cast<Bytef*>(raw_.data() + raw_pos_);
    zs_.avail_in = static_cast<uInt>(raw_len_ - raw_pos_);
    zs_.next_out = reinterpret_cast<Bytef*>(out.data() + old);
    zs_.avail_out = static_cast<uInt>(kChunk);
    int rc = inflate(&zs_, Z_NO_FLUSH);
    raw_pos_ = raw_len_ - zs_.avail_in;
    const size_t produced = kChunk - zs_.avail_out;
    out.resize(old + produced);
    content_end_ += produced;
    if (rc == Z_STREAM_END) {
      in_member_ = false;
      resyncing_ = false;
    } else if (rc != Z_OK && !(rc == Z_BUF_ERROR && zs_.avail_in == 0)) {
      // Z_DATA_ERROR (or a stuck decoder): give up on this member.
      if (!resyncing_) {
        std::string message = member_has_magic_ ? "corrupt gzip data" : "garbage where a gzip member should start";
        if (zs_.msg) message += std::string(" (") + zs_.msg + ")";
        on_problem_(members_.back().second, message + "; skipped to the next gzip member");
      }
      losses_.push_back(content_end_);
      in_member_ = false;
      resyncing_ = true;
      if (!SkipToNextMember()) return produced > 0;
    }
    if (produced > 0) return true;
  }
}

// Finds the next gzip member header (1f 8b 08) after the current member's start.
bool WarcStream::SkipToNextMember() {
  uint64_t member_start = members_.back().second;
  if (raw_base_ + raw_pos_ <= member_start) raw_pos_ = static_cast<size_t>(member_start - raw_base_) + 1;
  static const char kMagic[] = {'\x1f', '\x8b', '\x08'};
  while (true) {
    const char* begin = raw_.data() + raw_pos_;
    const char* end = raw_.data() + raw_len_;
    const char* hit = std::search(begin, end, kMagic, kMagic + 3);
    if (hit != end) {
      raw_pos_ = static_cast<size_t>(hit - raw_.data());
      return true;
    }
    raw_pos_ = raw_len_;
    if (!FillRaw(2)) {
      raw_pos_ = raw_len_;
      return false;
    }
  }
}

bool WarcStream::LostBetween(uint64_t from, uint64_t to) const {
  for (uint64_t at : losses_)
    if (at >= from && at <= to) return true;
  return false;
}

uint64_t WarcStream::FileOffset(uint64_t offset) const {
  if (!gzip_) return offset;
  uint64_t file_offset = 0;
  for (const auto& [content, file] : members_) {
    if (content > offset) break;
    file_offset = file;
  }
  return file_offset;
}

void WarcStream::Forget(uint64_t offset) {
  while (members_.size() > 1 && members_[1].first <= offset) members_.pop_front();
  std::erase_if(losses_, [&](uint64_t at) { return at < offset; });
}

}  // namespace vigie
