// Report stage, read back: the first and last bytes of a file → which palabre output it is,
// if any, so that a folder walk does not read last run's report as one more article. Each
// format's signature sits here, beside the writers that make it:
//   html      <meta name="generator" content="palabre">
//   json      "schema": palabre.corpus/1 or palabre.partial/1, or a palabre.thread/1 record
//             that was analysed (themes on its comments, a summary)
//   jsonl     the same on the first line, a --per comment line, or a failure line
//   csv       the header palabre writes
//   md, text  the title, the overview line palabre writes and what follows it, or the
//             corpus summary at the end
// A record that was only parsed (`palabre parse`, a scraper's thread records) is an input,
// not an output: it is not recognised.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

namespace palabre {

// How much of each end of a file recognise_palabre_output needs.
inline constexpr std::size_t kRecogniseHeadBytes = 16 * 1024;
inline constexpr std::size_t kRecogniseTailBytes = 16 * 1024;

// What the file is, as a message says it ("an HTML report", "a palabre.partial/1
// document"), or nullopt for anything else. `head` is the file's first bytes and `tail` its
// last (the same bytes when the file is small).
std::optional<std::string> recognise_palabre_output(std::string_view head, std::string_view tail);

}  // namespace palabre
