// Parse stage, single-file saved pages: the bytes of an .mhtml / .mht archive (Chrome's and
// Edge's "Webpage, single file", RFC 2557: a MIME multipart/related message whose first
// text/html part is the page, quoted-printable or base64, followed by its images and style
// sheets) → the page's HTML, for the HTML parser.
#pragma once

#include <string>
#include <string_view>

namespace palabre {

// Whether the bytes open with MIME headers that announce a multipart/related message.
bool looks_like_mhtml(std::string_view bytes);

struct MhtmlPage {
  std::string html;     // the page's bytes, transfer encoding undone, in its own charset
  std::string charset;  // the part's declared charset ("" when it declares none)
};

// The archive's HTML page: the part named by the "start" parameter, else the first text/html
// part. Throws Error(kInput, path, …) saying what is missing (no boundary, no HTML part, an
// unknown transfer encoding).
MhtmlPage extract_mhtml_page(std::string_view bytes, const std::string& path);

}  // namespace palabre
