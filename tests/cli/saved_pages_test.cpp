// Pages as browsers save them: "Webpage, single file" (.mhtml, a MIME archive whose HTML is
// quoted-printable) is read like the HTML it holds, or refused saying why; the "Page_files"
// folder of "Webpage, complete" is not read as pages.
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include "cli/run_command.hpp"
#include "cli/scratch.hpp"

namespace palabre::testing {
namespace {

using nlohmann::json;

const std::string kHtmlSample = "samples/villages-2-0-chinois.html";

// RFC 2045 quoted-printable as Chrome writes it: '=' and bytes past ASCII as =XX, lines of
// at most 76 characters joined by soft breaks, CRLF line ends.
std::string quoted_printable(const std::string& text) {
  std::string out, line;
  auto flush = [&](bool soft) {
    out += line + (soft ? "=\r\n" : "\r\n");
    line.clear();
  };
  static const char* kHex = "0123456789ABCDEF";
  for (std::size_t i = 0; i < text.size(); ++i) {
    const unsigned char c = static_cast<unsigned char>(text[i]);
    if (c == '\n') {
      flush(false);
      continue;
    }
    std::string piece(1, static_cast<char>(c));
    if (c == '=' || c >= 0x7F || (c < 0x20 && c != '\t'))
      piece = std::string("=") + kHex[c >> 4] + kHex[c & 15];
    if (line.size() + piece.size() > 75) flush(true);
    line += piece;
  }
  flush(false);
  return out;
}

std::string mhtml_of(const std::string& html, const std::string& encoding = "quoted-printable",
                     const std::string& type = "text/html") {
  const std::string boundary = "----MultipartBoundary--7hGsdUzPqcFVMNJzb7dnNLVPEMeNaSFBqm8v6fGvDd----";
  return "From: <Saved by Blink>\r\n"
         "Snapshot-Content-Location: https://example.org/villages\r\n"
         "Subject: =?utf-8?Q?E-commerce_:_bienvenue?=\r\n"
         "Date: Wed, 2 Jan 2019 12:00:00 +0100\r\n"
         "MIME-Version: 1.0\r\n"
         "Content-Type: multipart/related;\r\n"
         "\ttype=\"text/html\";\r\n"
         "\tboundary=\"" + boundary + "\"\r\n"
         "\r\n\r\n"
         "--" + boundary + "\r\n"
         "Content-Type: " + type + "\r\n"
         "Content-ID: <frame-0@mhtml.blink>\r\n"
         "Content-Transfer-Encoding: " + encoding + "\r\n"
         "Content-Location: https://example.org/villages\r\n"
         "\r\n" +
         (encoding == "quoted-printable" ? quoted_printable(html) : html) +
         "\r\n--" + boundary + "\r\n"
         "Content-Type: text/css\r\n"
         "Content-Transfer-Encoding: quoted-printable\r\n"
         "Content-Location: cid:css-1@mhtml.blink\r\n"
         "\r\n"
         "body { margin: 0 }\r\n"
         "\r\n--" + boundary + "--\r\n";
}

TEST(SavedPages, MhtmlIsReadAsTheHtmlItHolds) {
  ScratchFolder folder("mhtml");
  const std::string html = read_text_file(source_path(kHtmlSample));
  const std::string archive = folder.write("page.mhtml", mhtml_of(html));
  ASSERT_NE(read_text_file(archive).find("=3D"), std::string::npos);  // really encoded
  CommandResult from_html = run_palabre({"parse", kHtmlSample});
  CommandResult from_mhtml = run_palabre({"parse", archive});
  ASSERT_EQ(from_mhtml.exit_code, 0) << from_mhtml.err;
  json a = json::parse(from_html.out), b = json::parse(from_mhtml.out);
  ASSERT_EQ(b["comments"].size(), 5u);
  EXPECT_EQ(b["comments"], a["comments"]);
  EXPECT_EQ(b["article"]["title"], a["article"]["title"]);
  EXPECT_EQ(b["source"]["format"], "html");
  // A folder walk finds .mhtml files too, and analyses them.
  CommandResult walked = run_palabre({"analyze", folder.path().string(), "-f", "json", "-q"});
  ASSERT_EQ(walked.exit_code, 0) << walked.err;
  EXPECT_EQ(json::parse(walked.out)["threads"].size(), 1u);
}

TEST(SavedPages, MhtmlInOtherEncodingsAndCharsets) {
  ScratchFolder folder("mhtml-8bit");
  const std::string html = read_text_file(source_path(kHtmlSample));
  CommandResult eight_bit = run_palabre({"parse", folder.write("page.mht", mhtml_of(html, "8bit"))});
  ASSERT_EQ(eight_bit.exit_code, 0) << eight_bit.err;
  EXPECT_EQ(json::parse(eight_bit.out)["comments"].size(), 5u);
  // The part's charset, when the page itself declares none.
  const std::string latin1 = "<html><head><title>Caf\xE9 cr\xE8me</title></head><body><h1>Caf\xE9</h1>"
                             "<p>Un texte sans commentaire, \xE9" "crit en fran\xE7" "ais.</p></body></html>";
  CommandResult declared = run_palabre(
      {"parse", folder.write("latin.mhtml", mhtml_of(latin1, "quoted-printable", "text/html; charset=iso-8859-1"))});
  ASSERT_EQ(declared.exit_code, 0) << declared.err;
  EXPECT_EQ(json::parse(declared.out)["article"]["title"], "Café crème");
}

TEST(SavedPages, BrokenMhtmlIsRefusedSayingWhy) {
  ScratchFolder folder("mhtml-broken");
  const std::string html = read_text_file(source_path(kHtmlSample));
  std::string only_css = mhtml_of(html);
  only_css.replace(only_css.find("Content-Type: text/html\r\n"), 25, "Content-Type: image/png\r\n");
  const std::string path = folder.write("page.mhtml", only_css);
  CommandResult result = run_palabre({"parse", path});
  EXPECT_EQ(result.exit_code, 1);
  EXPECT_NE(result.err.find("palabre: error: " + path + ": a MIME archive (.mhtml) with no HTML part"),
            std::string::npos)
      << result.err;
  EXPECT_NE(result.err.find("Webpage, HTML only"), std::string::npos) << result.err;
}

TEST(SavedPages, WebpageCompleteAssetsAreNotWalked) {
  ScratchFolder folder("complete");
  const std::string html = read_text_file(source_path(kHtmlSample));
  folder.write("pages/Villages.html", html);
  // What "Webpage, complete" saves beside it: frames and scripts among the images.
  folder.write("pages/Villages_files/disqus.html", html);
  folder.write("pages/Villages_files/notes.txt", "Les artisans chinois vendent sur Alibaba.\n");
  // A folder of the user's that merely ends the same way is walked.
  folder.write("pages/old_files/other.html", html);
  CommandResult result = run_palabre({"analyze", folder / "pages", "-f", "json", "-q"});
  ASSERT_EQ(result.exit_code, 0) << result.err;
  json corpus = json::parse(result.out);
  ASSERT_EQ(corpus["threads"].size(), 2u);
  EXPECT_NE(corpus["threads"][0]["source"]["path"].get<std::string>().find("Villages.html"), std::string::npos);
  EXPECT_NE(corpus["threads"][1]["source"]["path"].get<std::string>().find("old_files/other.html"), std::string::npos);
}

}  // namespace
}  // namespace palabre::testing
