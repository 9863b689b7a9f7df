// Single-file saves: the HTML part of a MIME archive, its transfer encoding undone.
#include "palabre/parse/mhtml.hpp"

#include <gtest/gtest.h>

#include "palabre/error.hpp"

namespace palabre {
namespace {

std::string archive(const std::string& part_headers, const std::string& body, const std::string& top_type =
                        "multipart/related; type=\"text/html\"; boundary=\"B--1\"") {
  return "From: <Saved by Blink>\r\nMIME-Version: 1.0\r\nContent-Type: " + top_type + "\r\n\r\n--B--1\r\n" +
         part_headers + "\r\n" + body + "\r\n--B--1\r\nContent-Type: image/png\r\nContent-Transfer-Encoding: base64\r\n\r\n"
         "iVBORw0KGgo=\r\n--B--1--\r\n";
}

TEST(Mhtml, TellsArchivesFromPages) {
  EXPECT_TRUE(looks_like_mhtml(archive("Content-Type: text/html\r\n", "<p>x</p>")));
  EXPECT_TRUE(looks_like_mhtml("mime-version: 1.0\ncontent-type: Multipart/Related;\n boundary=x\n\n--x\n"));
  EXPECT_FALSE(looks_like_mhtml("<!DOCTYPE html><html><head><title>MIME-Version: 1.0</title>"));
  EXPECT_FALSE(looks_like_mhtml("Titre : un article\nMIME-Version: 1.0\n"));  // a text page's first line
  EXPECT_FALSE(looks_like_mhtml("{\"comments\": []}"));
  EXPECT_FALSE(looks_like_mhtml("Subject: hi\r\nContent-Type: text/plain\r\n\r\nbody"));
}

TEST(Mhtml, UndoesTheTransferEncodings) {
  struct Case {
    std::string headers, body, html;
  };
  const std::vector<Case> cases = {
      {"Content-Type: text/html\r\nContent-Transfer-Encoding: quoted-printable\r\n",
       "<p class=3D\"c\">Caf=C3=A9 tr=\r\n=C3=A8s long, =\r\nsur deux lignes</p>=3D", "<p class=\"c\">Café très long, sur deux lignes</p>="},
      {"Content-Type: text/html\nContent-Transfer-Encoding: Quoted-Printable\n", "a=\nb =XY", "ab =XY"},
      {"Content-Type: text/html\r\nContent-Transfer-Encoding: base64\r\n", "PHA+Q2Fm\r\nw6k8L3A+", "<p>Café</p>"},
      {"Content-Type: text/html; charset=\"iso-8859-1\"\r\n", "<p>8bit</p>", "<p>8bit</p>"},
  };
  for (const Case& c : cases) EXPECT_EQ(extract_mhtml_page(archive(c.headers, c.body), "page.mhtml").html, c.html) << c.body;
  EXPECT_EQ(extract_mhtml_page(archive("Content-Type: text/html; charset=\"iso-8859-1\"\r\n", "x"), "p").charset,
            "iso-8859-1");
}

TEST(Mhtml, TakesThePartTheArchiveStartsWith) {
  const std::string two = "MIME-Version: 1.0\r\nContent-Type: multipart/related; start=\"<main>\"; boundary=b\r\n\r\n"
                          "--b\r\nContent-Type: text/html\r\nContent-ID: <ad>\r\n\r\n<p>ad</p>\r\n"
                          "--b\r\nContent-Type: text/html\r\nContent-ID: <main>\r\n\r\n<p>page</p>\r\n--b--\r\n";
  EXPECT_EQ(extract_mhtml_page(two, "p").html, "<p>page</p>");
}

TEST(Mhtml, RefusesWhatItCannotRead) {
  const std::vector<std::pair<std::string, std::string>> cases = {
      {archive("Content-Type: image/png\r\n", "x"), "a MIME archive (.mhtml) with no HTML part (2 parts)"},
      {archive("Content-Type: text/html\r\n", "x", "multipart/related"), "a MIME archive (.mhtml) without a boundary"},
      {archive("Content-Type: text/html\r\nContent-Transfer-Encoding: x-uuencode\r\n", "x"),
       "unknown transfer encoding 'x-uuencode'"},
  };
  for (const auto& [bytes, message] : cases) {
    try {
      extract_mhtml_page(bytes, "page.mhtml");
      ADD_FAILURE() << "accepted: " << message;
    } catch (const Error& error) {
      EXPECT_EQ(error.kind(), ErrorKind::kInput);
      EXPECT_TRUE(error.describe().starts_with("page.mhtml: ")) << error.describe();
      EXPECT_NE(error.describe().find(message), std::string::npos) << error.describe();
    }
  }
}

}  // namespace
}  // namespace palabre
