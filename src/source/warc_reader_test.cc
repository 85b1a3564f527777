#include "source/warc_reader.h"

#include <gtest/gtest.h>
#include <unistd.h>
#include <zlib.h>

#include <filesystem>
#include <fstream>
#include <sstream>

#include "source/http_response.h"
#include "source/input_reader.h"

namespace vigie {
namespace {

namespace fs = std::filesystem;

const std::string kPage = "<!DOCTYPE html><html><head><title>Bamako</title></head><body><p>Texte</p></body></html>";

// One WARC record around `block`; `headers` adds lines such as "WARC-Truncated: length\r\n".
std::string Record(const std::string& type, const std::string& uri, const std::string& block,
                   const std::string& headers = "") {
  std::string out = "WARC/1.1\r\nWARC-Type: " + type + "\r\nWARC-Date: 2024-09-17T10:00:00Z\r\n";
  if (!uri.empty()) out += "WARC-Target-URI: " + uri + "\r\n";
  out += "WARC-Record-ID: <urn:uuid:12345678-1234-1234-1234-123456789abc>\r\n";
  if (type == "response") out += "Content-Type: application/http; msgtype=response\r\n";
  if (type == "request") out += "Content-Type: application/http; msgtype=request\r\n";
  out += headers + "Content-Length: " + std::to_string(block.size()) + "\r\n\r\n" + block + "\r\n\r\n";
  return out;
}

std::string Http(const std::string& status, const std::string& headers, const std::string& body) {
  return "HTTP/1.1 " + status + "\r\nServer: test\r\n" + headers + "\r\n" + body;
}

std::string Response(const std::string& uri, const std::string& body = kPage,
                     const std::string& http_headers = "Content-Type: text/html\r\n") {
  return Record("response", uri, Http("200 OK", http_headers, body));
}

// `bytes` as one gzip member (window_bits 31), zlib data (15) or raw deflate (-15).
std::string Compress(const std::string& bytes, int window_bits = 15 + 16) {
  z_stream zs{};
  deflateInit2(&zs, 6, Z_DEFLATED, window_bits, 8, Z_DEFAULT_STRATEGY);
  std::string out(deflateBound(&zs, bytes.size()) + 32, '\0');
  zs.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(bytes.data()));
  zs.avail_in = static_cast<uInt>(bytes.size());
  zs.next_out = reinterpret_cast<Bytef*>(out.data());
  zs.avail_out = static_cast<uInt>(out.size());
  deflate(&zs, Z_FINISH);
  out.resize(zs.total_out);
  deflateEnd(&zs);
  return out;
}

class WarcReaderTest : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = fs::path(::testing::TempDir()) /
           ("warc_" + std::string(::testing::UnitTest::GetInstance()->current_test_info()->name()) + "_" +
            std::to_string(::getpid()));
    fs::create_directories(dir_);
  }
  void TearDown() override { fs::remove_all(dir_); }

  std::string Write(const std::string& name, const std::string& bytes) {
    fs::path path = dir_ / name;
    std::ofstream(path, std::ios::binary) << bytes;
    return path.string();
  }
  void ReadBytes(const std::string& bytes, WarcOptions options = {}) {
    std::istringstream in(bytes);
    stats_ = ReadWarc(
        in, "test.warc", options, [&](Document&& d) { documents_.push_back(std::move(d)); },
        [&](const InputProblem& p) { problems_.push_back(p); });
  }
  void ReadFile(const std::string& path) {
    stats_ = ReadWarcFile(
        path, {}, [&](Document&& d) { documents_.push_back(std::move(d)); },
        [&](const InputProblem& p) { problems_.push_back(p); });
  }

  fs::path dir_;
  WarcStats stats_;
  std::vector<Document> documents_;
  std::vector<InputProblem> problems_;
};

TEST_F(WarcReaderTest, HtmlResponsesBecomeDocumentsAndOtherRecordsAreSkipped) {
  std::string warc =
      Record("warcinfo", "", "software: vigie-test\r\nformat: WARC File Format 1.1\r\n") +
      Record("request", "https://news.example/a", "GET /a HTTP/1.1\r\nHost: news.example\r\n\r\n") +
      Response("https://news.example/a", kPage, "Content-Type: text/html; charset=\"ISO-8859-1\"\r\n") +
      Response("https://news.example/logo.png", "\x89PNG....", "Content-Type: image/png\r\n") +
      Record("response", "https://news.example/gone", Http("404 Not Found", "Content-Type: text/html\r\n", kPage)) +
      Record("metadata", "https://news.example/a", "fetchTimeMs: 12\r\n");
  ReadBytes(warc);
  EXPECT_TRUE(problems_.empty());
  ASSERT_EQ(documents_.size(), 1u);
  const Document& doc = documents_[0];
  EXPECT_EQ(doc.id, "https://news.example/a");
  EXPECT_EQ(doc.url, "https://news.example/a");
  EXPECT_EQ(doc.fetched, "2024-09-17T10:00:00Z");
  EXPECT_EQ(doc.type, ContentType::kHtml);
  EXPECT_EQ(doc.charset, "iso-8859-1");
  EXPECT_EQ(doc.bytes, kPage);
  EXPECT_EQ(stats_.records, 6u);
  EXPECT_EQ(stats_.documents, 1u);
  EXPECT_EQ(stats_.skipped, 5u);
}

TEST_F(WarcReaderTest, GzipPerRecordAndWholeFileReadLikePlain) {
  std::string first = Response("https://news.example/1");
  std::string info = Record("warcinfo", "", "software: vigie-test\r\n");
  std::string second = Response("https://news.example/2", "<html><body><p>Deux</p></body></html>");
  std::string per_record = Write("per_record.warc.gz", Compress(info) + Compress(first) + Compress(second));
  std::string whole = Write("whole.warc.gz", Compress(info + first + second));
  ReadFile(per_record);
  ReadFile(whole);
  EXPECT_TRUE(problems_.empty());
  ASSERT_EQ(documents_.size(), 4u);
  EXPECT_EQ(documents_[0].url, "https://news.example/1");
  EXPECT_EQ(documents_[1].bytes, "<html><body><p>Deux</p></body></html>");
  EXPECT_EQ(documents_[2].bytes, kPage);
  EXPECT_EQ(documents_[3].url, "https://news.example/2");
}

TEST_F(WarcReaderTest, ChunkedAndCompressedBodiesAreDecoded) {
  std::string rest = kPage.substr(26);
  char size[16];
  snprintf(size, sizeof size, "%zx", rest.size());
  std::string chunked = "1a;ext=1\r\n" + kPage.substr(0, 26) + "\r\n" + size + "\r\n" + rest + "\r\n0\r\n\r\n";
  std::string warc =
      Response("https://news.example/chunked", chunked, "Content-Type: text/html\r\nTransfer-Encoding: chunked\r\n") +
      Response("https://news.example/gzip", Compress(kPage), "Content-Type: text/html\r\nContent-Encoding: gzip\r\n") +
      Response("https://news.example/deflate", Compress(kPage, -15),
               "Content-Type: text/html\r\nContent-Encoding: deflate\r\n") +
      Response("https://news.example/brotli", "\x0b\x02\x80", "Content-Type: text/html\r\nContent-Encoding: br\r\n");
  ReadBytes(warc);
  ASSERT_EQ(documents_.size(), 3u);
  for (const Document& doc : documents_) EXPECT_EQ(doc.bytes, kPage) << doc.url;
  ASSERT_EQ(problems_.size(), 1u);
  EXPECT_NE(problems_[0].message.find("unsupported Content-Encoding \"br\""), std::string::npos);
  EXPECT_NE(problems_[0].message.find("https://news.example/brotli"), std::string::npos);
}

TEST_F(WarcReaderTest, HtmlIsSniffedWhenNoContentTypeIsSent) {
  std::string warc = Response("https://news.example/page", kPage, "") +
                     Response("https://news.example/notes", "Just words, no markup.", "");
  ReadBytes(warc);
  ASSERT_EQ(documents_.size(), 1u);
  EXPECT_EQ(documents_[0].url, "https://news.example/page");
  EXPECT_EQ(stats_.skipped, 1u);
}

TEST_F(WarcReaderTest, TruncatedGzipFileKeepsEarlierRecordsAndNamesTheFile) {
  std::string first = Compress(Response("https://news.example/1"));
  std::string second = Compress(Response("https://news.example/2", kPage + std::string(3000, ' ')));
  std::string path = Write("cut.warc.gz", first + second.substr(0, second.size() / 2));
  ReadFile(path);
  ASSERT_EQ(documents_.size(), 1u);
  EXPECT_EQ(documents_[0].url, "https://news.example/1");
  ASSERT_EQ(problems_.size(), 1u);
  EXPECT_EQ(problems_[0].input, path + " (gzip member at byte " + std::to_string(first.size()) + ")");
  EXPECT_NE(problems_[0].message.find("truncated"), std::string::npos);
}

TEST_F(WarcReaderTest, TruncatedPlainFileIsReported) {
  std::string first = Response("https://news.example/1");
  std::string second = Response("https://news.example/2");
  ReadBytes(first + second.substr(0, second.size() - 40));
  ASSERT_EQ(documents_.size(), 1u);
  ASSERT_EQ(problems_.size(), 1u);
  EXPECT_EQ(problems_[0].input, "test.warc (record 2 at byte " + std::to_string(first.size()) + ")");
  EXPECT_NE(problems_[0].message.find("file ends inside the record"), std::string::npos);
}

TEST_F(WarcReaderTest, GarbageBeforeARecordIsReportedAndSkipped) {
  ReadBytes("this is not a WARC file\r\n\r\n" + Response("https://news.example/1") + "\x01\x02 trailing junk");
  ASSERT_EQ(documents_.size(), 1u);
  ASSERT_EQ(problems_.size(), 2u);
  EXPECT_EQ(problems_[0].input, "test.warc (byte 0)");
  EXPECT_NE(problems_[0].message.find("not a WARC record"), std::string::npos);
  EXPECT_NE(problems_[1].message.find("at the end of the file"), std::string::npos);
}

TEST_F(WarcReaderTest, BadContentLengthsAreReportedAndReadingResumes) {
  std::string bad_header = Response("https://news.example/bad");
  bad_header.replace(bad_header.find("Content-Length: ") + 16, 2, "x9");
  std::string too_long = Response("https://news.example/long");
  size_t at = too_long.find("Content-Length: ") + 16;
  size_t end = too_long.find("\r\n", at);
  too_long.replace(at, end - at, std::to_string(std::stoul(too_long.substr(at, end - at)) + 60));
  std::string too_short = Response("https://news.example/short");
  at = too_short.find("Content-Length: ") + 16;
  end = too_short.find("\r\n", at);
  too_short.replace(at, end - at, std::to_string(std::stoul(too_short.substr(at, end - at)) - 30));
  ReadBytes(bad_header + Response("https://news.example/1") + too_long + Response("https://news.example/2") +
            too_short + Response("https://news.example/3"));
  ASSERT_EQ(documents_.size(), 3u);
  EXPECT_EQ(documents_[0].url, "https://news.example/1");
  EXPECT_EQ(documents_[1].url, "https://news.example/2");
  EXPECT_EQ(documents_[2].url, "https://news.example/3");
  ASSERT_EQ(problems_.size(), 3u);
  EXPECT_NE(problems_[0].message.find("bad Content-Length header \"x9"), std::string::npos);
  EXPECT_NE(problems_[1].message.find("does not end where its Content-Length"), std::string::npos);
  EXPECT_NE(problems_[2].message.find("does not end where its Content-Length"), std::string::npos);
}

TEST_F(WarcReaderTest, OversizedRecordsAreSkippedAndReadingContinues) {
  WarcOptions options;
  options.max_record_bytes = 400;
  ReadBytes(Response("https://news.example/big", kPage + std::string(1000, ' ')) + Response("https://news.example/1"),
            options);
  ASSERT_EQ(documents_.size(), 1u);
  EXPECT_EQ(documents_[0].url, "https://news.example/1");
  ASSERT_EQ(problems_.size(), 1u);
  EXPECT_NE(problems_[0].message.find("over the limit of 400 bytes"), std::string::npos);
}

TEST_F(WarcReaderTest, CorruptGzipMemberIsSkippedToTheNextMember) {
  std::string first = Compress(Response("https://news.example/1"));
  std::string second = Compress(Response("https://news.example/2", kPage + std::string(2000, 'x')));
  std::string third = Compress(Response("https://news.example/3"));
  for (size_t i = 20; i < 60; ++i) second[i] = static_cast<char>(second[i] ^ 0x5a);
  ReadBytes(first + second + third);
  ASSERT_EQ(documents_.size(), 2u);
  EXPECT_EQ(documents_[0].url, "https://news.example/1");
  EXPECT_EQ(documents_[1].url, "https://news.example/3");
  ASSERT_EQ(problems_.size(), 1u);
  EXPECT_EQ(problems_[0].input, "test.warc (gzip member at byte " + std::to_string(first.size()) + ")");
}

TEST_F(WarcReaderTest, RecordsWithoutTargetUriAreNamedByPosition) {
  ReadBytes(Record("response", "", Http("200 OK", "Content-Type: text/html\r\n", kPage)));
  ASSERT_EQ(documents_.size(), 1u);
  EXPECT_EQ(documents_[0].id, "test.warc#record-1");
  EXPECT_TRUE(documents_[0].url.empty());
}

TEST_F(WarcReaderTest, EmptyInputIsReported) {
  ReadBytes("");
  ASSERT_EQ(problems_.size(), 1u);
  EXPECT_EQ(problems_[0].message, "empty input");
}

TEST_F(WarcReaderTest, InputReaderStreamsWarcFilesAndFolders) {
  fs::create_directories(dir_ / "crawl");
  Write("crawl/a.warc.gz", Compress(Response("https://news.example/1")));
  Write("crawl/b.warc", Response("https://news.example/2"));
  Write("crawl/c.warc", Record("warcinfo", "", "software: vigie-test\r\n"));
  InputOptions options;
  options.max_document_bytes = 1000;  // under the limit per record, not per file
  std::string big = Response("https://news.example/3");
  for (int i = 0; i < 5; ++i) big += Record("metadata", "", std::string(900, 'm'));
  Write("crawl/d.warc", big);
  InputReader(options).Read(
      {(dir_ / "crawl").string()}, [&](Document&& d) { documents_.push_back(std::move(d)); },
      [&](const InputProblem& p) { problems_.push_back(p); });
  ASSERT_EQ(documents_.size(), 3u);
  EXPECT_EQ(documents_[0].url, "https://news.example/1");
  EXPECT_EQ(documents_[2].url, "https://news.example/3");
  ASSERT_EQ(problems_.size(), 1u);
  EXPECT_TRUE(problems_[0].is_warning);
  EXPECT_NE(problems_[0].message.find("no HTML page"), std::string::npos);
}

TEST(WarcHttpResponse, HeadersAndParametersAreRead) {
  HttpResponse response;
  ASSERT_TRUE(ParseHttpResponse("HTTP/1.0 301 Moved\nLocation: /b\ncontent-type: Text/HTML ; Charset='UTF-8'\n\nbody",
                                response));
  EXPECT_EQ(response.status, 301);
  EXPECT_EQ(MediaType(response.content_type), "text/html");
  EXPECT_EQ(CharsetParameter(response.content_type), "utf-8");
  EXPECT_EQ(response.body, "body");
  EXPECT_FALSE(ParseHttpResponse("GET / HTTP/1.1\r\n\r\n", response));
}

TEST(WarcHttpResponse, CutChunkedBodiesAreKeptOnlyWhenTheArchiverSaysSo) {
  HttpResponse response;
  ASSERT_TRUE(
      ParseHttpResponse("HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n5\r\nhello\r\n6\r\n wor", response));
  EXPECT_FALSE(DecodeHttpBody(response, false, 1000).ok());
  Result<std::string> kept = DecodeHttpBody(response, true, 1000);
  ASSERT_TRUE(kept.ok());
  EXPECT_EQ(kept.value(), "hello wor");
}

}  // namespace
}  // namespace vigie
