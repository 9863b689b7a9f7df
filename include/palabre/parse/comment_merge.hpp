// Merges the comments a page copies into JSON-LD (schema.org Comment / UserComments) with
// those read from its HTML, so that each comment is counted once: a copy adds what the HTML
// lacks (a date's offset), a comment only in JSON-LD is appended, with a warning.
#pragma once

#include <string>
#include <vector>

#include "palabre/parse/linked_data.hpp"
#include "palabre/record.hpp"

namespace palabre {

// True when two comment texts are the same comment: one's start is found in the other once
// case, accents, punctuation and spacing are ignored (copies prefix a title, cut the end).
bool same_comment_text(const std::string& a, const std::string& b);

// Each copy completes the first comment, in page order and not yet completed, that is the
// same by same_comment_text and shares with it the first 40 letters and digits of one of
// them, starting at the other's start or after one of its first 12 words (a glued title);
// a copy cut shorter than that matches a comment that begins as it does, when it has at least
// 20 letters and digits and names no other author. Found through an index, so the cost
// follows the text (n log n), not comments × copies. A copy that matches none is appended. `comments` keep their order and ids; new ones continue the
// numbering.
void merge_linked_comments(std::vector<Comment>& comments,
                           const std::vector<LinkedComment>& linked,
                           std::vector<std::string>& warnings);

}  // namespace palabre
