// Speed of the WARC reader alone (ReadWarcFile), plain and per-record gzip, on an archive
// this program writes: request + response record pairs whose responses are HTML pages of
// 20-80 KB, as a news crawl stores them. Extraction is left out: it would dominate.
//
//   warc_bench [--mb N] [--runs N] [--dir DIR] [--keep]
//
// Writes DIR/vigie-warc-bench.warc (about N MB, default 200) and .warc.gz (the same records,
// each its own gzip member, as Common Crawl writes), reads each file --runs times (default 3)
// from the page cache, and prints one line per format:
//   format=plain warc_bytes=... file_bytes=... records=... pages=... runs=3 median_s=... min_s=... max_s=... mb_per_s=...
// mb_per_s is uncompressed WARC bytes (MB = 10^6 bytes) over the median time. The files are
// deleted unless --keep. Exit status 1 when the reader does not return every page or reports a
// problem (the figure would then not measure what it claims).
#include <zlib.h>

#include <algorithm>
#include <cctype>
#include <chrono>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <string>
#include <utility>
#include <vector>

#include "source/warc_reader.h"

namespace {

// Deterministic generator (SplitMix64): the same archive on every machine.
class Random {
 public:
  explicit Random(uint64_t seed) : state_(seed) {}
  uint64_t Next() {
    uint64_t z = (state_ += 0x9E3779B97F4A7C15u);
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9u;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBu;
    return z ^ (z >> 31);
  }
  size_t Below(size_t n) { return static_cast<size_t>(Next() % n); }

 private:
  uint64_t state_;
};

// Words of the domain, French and English, so that a page looks like a news article.
const char* const kWords[] = {
    "attaque", "village", "armée", "soldats", "tués", "blessés", "région", "province", "groupe", "armé",
    "hommes", "civils", "marché", "convoi", "embuscade", "selon", "sources", "locales", "lundi", "mardi",
    "gunmen", "killed", "people", "wounded", "attack", "military", "police", "district", "residents", "said",
    "Mopti", "Djibo", "Ménaka", "Gao", "Tillabéri", "Maiduguri", "Kidal", "Ouagadougou", "Niamey", "Bamako",
    "le", "la", "les", "des", "dans", "une", "un", "et", "de", "du", "the", "of", "in", "and", "on", "a",
};

std::string Sentence(Random& random) {
  std::string out;
  const size_t words = 8 + random.Below(20);
  for (size_t k = 0; k < words; ++k) {
    if (k > 0) out += ' ';
    out += kWords[random.Below(std::size(kWords))];
  }
  out[0] = static_cast<char>(std::toupper(static_cast<unsigned char>(out[0])));
  return out + ". ";
}

// An HTML page of about `size` bytes: head, navigation, article paragraphs, footer.
std::string Page(Random& random, size_t index, size_t size) {
  std::string html =
      "<!DOCTYPE html>\n<html lang=\"fr\"><head><meta charset=\"utf-8\"><title>Article " + std::to_string(index) +
      "</title><link rel=\"canonical\" href=\"https://news.example/a/" + std::to_string(index) +
      "\"><script>window.dataLayer=[];</script></head>\n<body><nav><ul><li><a href=\"/\">Accueil</a></li>"
      "<li><a href=\"/monde\">Monde</a></li><li><a href=\"/afrique\">Afrique</a></li></ul></nav>\n"
      "<main><article><h1>" + Sentence(random) + "</h1>\n";
  while (html.size() + 200 < size) {
    html += "<p>";
    for (size_t k = 0, n = 2 + random.Below(5); k < n; ++k) html += Sentence(random);
    html += "</p>\n";
  }
  html += "</article></main><footer>&copy; News Example</footer></body></html>\n";
  return html;
}

std::string Record(const std::string& type, const std::string& uri, const std::string& content_type,
                   const std::string& block, size_t index) {
  char id[64];
  std::snprintf(id, sizeof id, "<urn:uuid:00000000-0000-4000-8000-%012zx>", index);
  return "WARC/1.1\r\nWARC-Type: " + type + "\r\nWARC-Record-ID: " + id +
         "\r\nWARC-Date: 2024-05-01T12:00:00Z\r\nWARC-Target-URI: " + uri + "\r\nContent-Type: " + content_type +
         "\r\nContent-Length: " + std::to_string(block.size()) + "\r\n\r\n" + block + "\r\n\r\n";
}

// One gzip member holding `data`.
std::string GzipMember(const std::string& data) {
  z_stream z{};
  if (deflateInit2(&z, Z_DEFAULT_COMPRESSION, Z_DEFLATED, 15 + 16, 8, Z_DEFAULT_STRATEGY) != Z_OK) {
    std::fprintf(stderr, "warc_bench: deflateInit2 failed\n");
    std::exit(2);
  }
  std::string out(deflateBound(&z, data.size()), '\0');
  z.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(data.data()));
  z.avail_in = static_cast<uInt>(data.size());
  z.next_out = reinterpret_cast<Bytef*>(out.data());
  z.avail_out = static_cast<uInt>(out.size());
  if (deflate(&z, Z_FINISH) != Z_STREAM_END) {
    std::fprintf(stderr, "warc_bench: deflate failed\n");
    std::exit(2);
  }
  out.resize(z.total_out);
  deflateEnd(&z);
  return out;
}

struct Archive {
  uint64_t warc_bytes = 0;
  uint64_t records = 0;
  uint64_t pages = 0;
};

// Writes both files record by record (nothing large is held in memory).
Archive WriteArchives(const std::string& plain_path, const std::string& gzip_path, uint64_t target_bytes) {
  std::ofstream plain(plain_path, std::ios::binary), gzip(gzip_path, std::ios::binary);
  Archive archive;
  Random random(20240501);
  auto write = [&](const std::string& record) {
    plain << record;
    gzip << GzipMember(record);
    archive.warc_bytes += record.size();
    ++archive.records;
  };
  write(Record("warcinfo", "warc_bench", "application/warc-fields", "software: vigie warc_bench\r\n", 0));
  while (archive.warc_bytes < target_bytes) {
    const size_t index = archive.pages;
    const std::string uri = "https://news.example/a/" + std::to_string(index);
    write(Record("request", uri, "application/http; msgtype=request",
                 "GET /a/" + std::to_string(index) +
                     " HTTP/1.1\r\nHost: news.example\r\nUser-Agent: vigie-bench/1.0\r\nAccept: text/html\r\n\r\n",
                 2 * index + 1));
    const std::string page = Page(random, index, 20'000 + random.Below(60'001));
    write(Record("response", uri, "application/http; msgtype=response",
                 "HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\nContent-Length: " +
                     std::to_string(page.size()) + "\r\nServer: bench\r\n\r\n" + page,
                 2 * index + 2));
    ++archive.pages;
  }
  if (!plain.flush() || !gzip.flush()) {
    std::fprintf(stderr, "warc_bench: cannot write %s or %s\n", plain_path.c_str(), gzip_path.c_str());
    std::exit(2);
  }
  return archive;
}

// Reads `path` `runs` times; returns the sorted times in seconds, or an empty vector when a
// run missed pages or reported a problem.
std::vector<double> TimeReads(const std::string& path, int runs, uint64_t pages) {
  std::vector<double> seconds;
  for (int run = 0; run < runs; ++run) {
    uint64_t page_bytes = 0;
    uint64_t problems = 0;
    const auto start = std::chrono::steady_clock::now();
    const vigie::WarcStats stats = vigie::ReadWarcFile(
        path, vigie::WarcOptions{}, [&](vigie::Document&& document) { page_bytes += document.bytes.size(); },
        [&](const vigie::InputProblem& problem) {
          if (problems++ < 3) std::fprintf(stderr, "warc_bench: %s: %s\n", problem.input.c_str(), problem.message.c_str());
        });
    seconds.push_back(std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count());
    if (stats.documents != pages || problems != 0 || page_bytes == 0) {
      std::fprintf(stderr, "warc_bench: %s: %llu pages of %llu read, %llu problems\n", path.c_str(),
                   static_cast<unsigned long long>(stats.documents), static_cast<unsigned long long>(pages),
                   static_cast<unsigned long long>(problems));
      return {};
    }
  }
  std::sort(seconds.begin(), seconds.end());
  return seconds;
}

}  // namespace

int main(int argc, char** argv) {
  uint64_t megabytes = 200;
  int runs = 3;
  std::string dir = std::filesystem::temp_directory_path().string();
  bool keep = false;
  for (int k = 1; k < argc; ++k) {
    const std::string arg = argv[k];
    if (arg == "--mb" && k + 1 < argc) {
      megabytes = std::strtoull(argv[++k], nullptr, 10);
    } else if (arg == "--runs" && k + 1 < argc) {
      runs = std::max(1, std::atoi(argv[++k]));
    } else if (arg == "--dir" && k + 1 < argc) {
      dir = argv[++k];
    } else if (arg == "--keep") {
      keep = true;
    } else {
      std::fprintf(stderr, "usage: warc_bench [--mb N] [--runs N] [--dir DIR] [--keep]\n");
      return 2;
    }
  }
  const std::string plain = dir + "/vigie-warc-bench.warc";
  const std::string gzip = plain + ".gz";
  std::fprintf(stderr, "warc_bench: writing %s and %s (%llu MB)\n", plain.c_str(), gzip.c_str(),
               static_cast<unsigned long long>(megabytes));
  const Archive archive = WriteArchives(plain, gzip, megabytes * 1'000'000);
  int status = 0;
  for (const auto& [format, path] : {std::pair{"plain", plain}, std::pair{"gzip", gzip}}) {
    const std::vector<double> seconds = TimeReads(path, runs, archive.pages);
    if (seconds.empty()) {
      status = 1;
      continue;
    }
    const double median = seconds[seconds.size() / 2];
    std::printf(
        "format=%s warc_bytes=%llu file_bytes=%llu records=%llu pages=%llu runs=%d median_s=%.3f min_s=%.3f "
        "max_s=%.3f mb_per_s=%.1f\n",
        format, static_cast<unsigned long long>(archive.warc_bytes),
        static_cast<unsigned long long>(std::filesystem::file_size(path)),
        static_cast<unsigned long long>(archive.records), static_cast<unsigned long long>(archive.pages), runs,
        median, seconds.front(), seconds.back(), archive.warc_bytes / 1e6 / median);
  }
  if (!keep) {
    std::filesystem::remove(plain);
    std::filesystem::remove(gzip);
  }
  return status;
}
