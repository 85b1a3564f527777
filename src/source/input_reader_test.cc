#include "source/input_reader.h"

#include <gtest/gtest.h>
#include <unistd.h>
#include <zlib.h>

#include <filesystem>
#include <fstream>
#include <regex>

namespace vigie {
namespace {

namespace fs = std::filesystem;

class InputReaderTest : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = fs::path(::testing::TempDir()) / ("inputs_" + std::to_string(::getpid()));
    fs::remove_all(dir_);
    fs::create_directories(dir_ / "folder" / "sub");
  }
  void TearDown() override { fs::remove_all(dir_); }
  std::string Write(const std::string& name, const std::string& bytes) {
    fs::path path = dir_ / name;
    std::ofstream(path, std::ios::binary) << bytes;
    return path.string();
  }
  void Read(const std::vector<std::string>& inputs, InputOptions options = {}) {
    InputReader(options).Read(
        inputs, [&](Document&& d) { documents_.push_back(std::move(d)); },
        [&](const InputProblem& p) { problems_.push_back(p); });
  }
  fs::path dir_;
  std::vector<Document> documents_;
  std::vector<InputProblem> problems_;
};

TEST_F(InputReaderTest, BadInputsAreReportedAndTheRestIsRead) {
  std::string good = Write("good.html", "<html><body><p>Texte</p></body></html>");
  std::string empty = Write("empty.txt", "  \n");
  std::string binary = Write("image.html", std::string("\x89PNG\r\n\x1a\n\0\0\0\rIHDR", 16));
  std::string missing = (dir_ / "missing.html").string();
  Read({missing, empty, binary, good});
  ASSERT_EQ(documents_.size(), 1u);
  EXPECT_EQ(documents_[0].id, good);
  EXPECT_EQ(documents_[0].type, ContentType::kHtml);
  ASSERT_EQ(problems_.size(), 3u);
  EXPECT_EQ(problems_[0].input, missing);
  EXPECT_EQ(problems_[0].message, "no such file or directory");
  EXPECT_EQ(problems_[1].message, "empty input");
  EXPECT_EQ(problems_[2].message, "binary data, not HTML or text");
}

TEST_F(InputReaderTest, DirectoriesAreReadRecursivelyInNameOrder) {
  Write("folder/b.txt", "deux");
  Write("folder/sub/a.htm", "<html><p>un</p></html>");
  Write("folder/notes.pdf", "%PDF-1.4");
  Read({(dir_ / "folder").string()});
  ASSERT_EQ(documents_.size(), 2u);
  EXPECT_EQ(fs::path(documents_[0].id).filename(), "b.txt");
  EXPECT_EQ(fs::path(documents_[1].id).filename(), "a.htm");
  ASSERT_EQ(problems_.size(), 1u);
  EXPECT_TRUE(problems_[0].is_warning);
}

TEST_F(InputReaderTest, JsonLinesRecordsBecomeDocuments) {
  std::string path = Write("docs.jsonl",
                           "{\"id\": \"a1\", \"url\": \"https://x.org/a\", \"published\": \"2024-09-17T10:00:00Z\", "
                           "\"text\": \"Bonjour\"}\n"
                           "not json\n"
                           "\n"
                           "{\"id\": \"a3\", \"html\": \"<p>Salut</p>\", \"title\": \"T\"}\n"
                           "{\"url\": \"no id\", \"text\": \"x\"}\n"
                           "{\"id\": \"a5\"}\n");
  Read({path});
  ASSERT_EQ(documents_.size(), 2u);
  EXPECT_EQ(documents_[0].id, "a1");
  EXPECT_EQ(documents_[0].published, "2024-09-17");
  EXPECT_EQ(documents_[0].type, ContentType::kText);
  EXPECT_EQ(documents_[1].type, ContentType::kHtml);
  EXPECT_EQ(documents_[1].title, "T");
  ASSERT_EQ(problems_.size(), 3u);
  EXPECT_EQ(problems_[0].input, path + ":2");
  EXPECT_EQ(problems_[1].input, path + ":5");
  EXPECT_NE(problems_[2].message.find("neither"), std::string::npos);
}

TEST_F(InputReaderTest, JsonRecordsOfOtherShapesAreReportedOrRead) {
  std::string lines = Write("odd.jsonl",
                            "\xEF\xBB\xBF{\"id\": 17, \"text\": \"Un identifiant numérique\", \"title\": 3}\n"
                            "[\"not\", \"an object\"]\n"
                            "{\"id\": \"\", \"text\": \"empty id\"}\n"
                            "{\"id\": true, \"text\": \"id of another type\"}\n"
                            "{\"id\": \"b5\", \"text\": \"x\"} trailing\n"
                            "{\"id\": \"b6\", \"text\": \"\xff\xfe\"}\n"
                            "{\"id\": \"b7\", \"text\": \"premier\", \"text\": \"second\"}\n");
  std::string array =
      Write("array.json",
            "\xEF\xBB\xBF[{\"id\": \"c1\", \"text\": \"un\"}, 4, {\"id\": \"c3\", \"html\": \"<p>trois</p>\"}]");
  Read({lines, array});
  ASSERT_EQ(documents_.size(), 4u);
  EXPECT_EQ(documents_[0].id, "17");   // after the file's byte-order mark
  EXPECT_EQ(documents_[0].title, "");  // a title that is no string is no title
  EXPECT_EQ(documents_[1].id, "b7");
  EXPECT_EQ(documents_[1].bytes, "second");  // a repeated field: the last one, as JSON readers do
  EXPECT_EQ(documents_[2].id, "c1");
  EXPECT_EQ(documents_[3].type, ContentType::kHtml);
  ASSERT_EQ(problems_.size(), 6u);
  EXPECT_EQ(problems_[0].input, lines + ":2");
  EXPECT_EQ(problems_[0].message, "expected a JSON object");
  EXPECT_EQ(problems_[1].input, lines + ":3");
  EXPECT_EQ(problems_[2].input, lines + ":4");
  EXPECT_EQ(problems_[3].input, lines + ":5");
  EXPECT_EQ(problems_[3].message, "malformed JSON");
  EXPECT_EQ(problems_[4].input, lines + ":6");
  EXPECT_EQ(problems_[4].message, "malformed JSON");
  EXPECT_EQ(problems_[5].input, array + "[1]");
}

TEST_F(InputReaderTest, OversizedFilesAreRefused) {
  std::string big = Write("big.txt", std::string(2000, 'a'));
  InputOptions options;
  options.max_document_bytes = 1000;
  Read({big}, options);
  EXPECT_TRUE(documents_.empty());
  ASSERT_EQ(problems_.size(), 1u);
  EXPECT_NE(problems_[0].message.find("over the limit"), std::string::npos);
}

TEST_F(InputReaderTest, GzipFilesAreDecompressedAndTruncatedOnesReported) {
  const std::string html = "<html><body><p>Compressed page</p></body></html>";
  std::string gz(256, '\0');
  uLongf size = gz.size();
  z_stream zs{};
  deflateInit2(&zs, 6, Z_DEFLATED, 15 + 16, 8, Z_DEFAULT_STRATEGY);
  zs.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(html.data()));
  zs.avail_in = html.size();
  zs.next_out = reinterpret_cast<Bytef*>(gz.data());
  zs.avail_out = size;
  deflate(&zs, Z_FINISH);
  gz.resize(zs.total_out);
  deflateEnd(&zs);
  std::string whole = Write("page.html.gz", gz);
  std::string cut = Write("cut.html.gz", gz.substr(0, gz.size() / 2));
  Read({whole, cut});
  ASSERT_EQ(documents_.size(), 1u);
  EXPECT_EQ(documents_[0].bytes, html);
  EXPECT_EQ(documents_[0].type, ContentType::kHtml);
  ASSERT_EQ(problems_.size(), 1u);
  EXPECT_EQ(problems_[0].input, cut);
}

// The progress bar's two numbers: the bytes of the inputs, and the bytes read so far, which
// reach the total once everything is read (refused files included).
TEST_F(InputReaderTest, BytesReadAddUpToTheInputsSize) {
  const std::string page = Write("folder/page.html", "<html><body><p>Un texte.</p></body></html>");
  const std::string lines = Write("folder/sub/reports.jsonl",
                                  "{\"id\": \"a\", \"text\": \"Premier texte.\"}\n"
                                  "{\"id\": \"b\", \"text\": \"Second texte.\"}\n");
  const std::string empty = Write("folder/empty.txt", " \n");
  const std::string single = Write("note.txt", "Une note.");
  const uint64_t total = InputBytes({(dir_ / "folder").string(), single, (dir_ / "missing.txt").string(), "-"});
  EXPECT_EQ(total, fs::file_size(page) + fs::file_size(lines) + fs::file_size(empty) + fs::file_size(single));
  uint64_t read = 0;
  int calls = 0;
  InputOptions options;
  options.on_bytes_read = [&](uint64_t bytes) {
    read += bytes;
    ++calls;
  };
  Read({(dir_ / "folder").string(), single}, options);
  EXPECT_EQ(documents_.size(), 4u);
  EXPECT_EQ(read, total);
  EXPECT_EQ(calls, 5);  // the two JSON lines one by one, the other three files whole
}

TEST(InputSniffing, TellsHtmlTextAndBinaryApart) {
  EXPECT_TRUE(LooksLikeHtml("\n  <!DOCTYPE html><html>"));
  EXPECT_FALSE(LooksLikeHtml("Bamako, 17 septembre <b>"));
  EXPECT_TRUE(LooksLikeText("plain words"));
  EXPECT_FALSE(LooksLikeText(std::string("ab\0cd", 5)));
}

// The dates and times a record's "published" may hold: what the regular expression that
// used to check them accepts, on every combination of good and bad pieces.
TEST(IsIsoDate, AcceptsWhatTheRegularExpressionAccepts) {
  const std::regex iso(R"(^\d{4}-\d{2}-\d{2}([T ][0-9:.]+(Z|[+-]\d{2}:?\d{2})?)?$)");
  const std::vector<std::string> dates = {"2024-09-17", "2024-9-17", "2024/09/17", "20240917",
                                          "2024-09-1x", "",          "202-09-17"};
  const std::vector<std::string> times = {"", "T10:30:00", " 10:30", "T", "T10:30:00.123", "t10:30", "T10h30", "T.:"};
  const std::vector<std::string> zones = {"",  "Z",     "+02:00",  "-0530", "+02:0", "+0200Z",
                                          "z", "+2:00", "+02:000", " ",     "\n"};
  for (const std::string& date : dates)
    for (const std::string& time : times)
      for (const std::string& zone : zones) {
        const std::string s = date + time + zone;
        EXPECT_EQ(IsIsoDate(s), std::regex_match(s, iso)) << '"' << s << '"';
      }
}

}  // namespace
}  // namespace vigie
