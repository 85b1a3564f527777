// Fuzzes the WARC reader with arbitrary bytes, as they come and wrapped in two gzip members:
// it must never crash or hang, and what it yields must respect its contract.
#include <zlib.h>

#include <cstddef>
#include <cstdint>
#include <sstream>
#include <string>

#include "source/warc_reader.h"

namespace {

std::string GzipMember(std::string_view bytes) {
  z_stream zs{};
  if (deflateInit2(&zs, 1, Z_DEFLATED, 15 + 16, 8, Z_DEFAULT_STRATEGY) != Z_OK) __builtin_trap();
  std::string out(deflateBound(&zs, bytes.size()) + 64, '\0');
  zs.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(bytes.data()));
  zs.avail_in = static_cast<uInt>(bytes.size());
  zs.next_out = reinterpret_cast<Bytef*>(out.data());
  zs.avail_out = static_cast<uInt>(out.size());
  if (deflate(&zs, Z_FINISH) != Z_STREAM_END) __builtin_trap();
  out.resize(zs.total_out);
  deflateEnd(&zs);
  return out;
}

void Check(const std::string& input) {
  vigie::WarcOptions options;
  options.max_record_bytes = 1 << 16;
  std::istringstream in(input);
  vigie::WarcStats stats = vigie::ReadWarc(
      in, "fuzz.warc", options,
      [&](vigie::Document&& doc) {
        if (doc.type != vigie::ContentType::kHtml || doc.bytes.empty() || doc.id.empty() ||
            doc.bytes.size() > options.max_record_bytes)
          __builtin_trap();
      },
      [&](const vigie::InputProblem& problem) {
        if (!problem.input.starts_with("fuzz.warc") || problem.message.empty()) __builtin_trap();
      });
  if (stats.documents + stats.skipped > stats.records) __builtin_trap();
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const std::string bytes(reinterpret_cast<const char*>(data), size);
  Check(bytes);
  const size_t split = size == 0 ? 0 : data[0] % size;
  Check(GzipMember(std::string_view(bytes).substr(0, split)) + GzipMember(std::string_view(bytes).substr(split)));
  return 0;
}
