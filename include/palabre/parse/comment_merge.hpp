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

// `comments` keep their order and ids; new ones continue the numbering.
void merge_linked_comments(std::vector<Comment>& comments,
                           const std::vector<LinkedComment>& linked,
                           std::vector<std::string>& warnings);

}  // namespace palabre
