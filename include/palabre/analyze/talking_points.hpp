// Talking points: the phrases a thread keeps coming back to, found without the theme
// files. Candidates are runs of one to three content words (inner stopwords allowed, as
// in "place de marché") within a sentence, merged by stem so that "artisans" and
// "l'artisan" are one point; each is scored by how many comments carry it.
#pragma once

#include <cstddef>
#include <vector>

#include "palabre/analyze/summary.hpp"
#include "palabre/analyze/token.hpp"
#include "palabre/record.hpp"

namespace palabre {

// `tokens[i]` are the analysed tokens of `thread.comments[i]`. Returns at most `limit`
// points, best first; a phrase must occur in two comments or more (in one, for a thread of
// a single comment).
std::vector<TalkingPoint> find_talking_points(const Thread& thread,
                                              const std::vector<std::vector<Token>>& tokens,
                                              std::size_t limit = 10);

}  // namespace palabre
