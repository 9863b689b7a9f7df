// The checks come before the merge and look only at counts already read, so that a refused
// partial leaves the total exactly as it was. Overflow is checked on the totals alone: every
// other figure of a partial is at most its totals (partial_reader.cpp checks that), so sums
// of those cannot overflow before the totals do.
#include "palabre/corpus/partial_merge.hpp"

#include <limits>

#include "palabre/error.hpp"
#include "palabre/text/utf8.hpp"

namespace palabre {
namespace {

bool sum_overflows(std::size_t a, std::size_t b) { return a > std::numeric_limits<std::size_t>::max() - b; }

}  // namespace

PartialMerge::PartialMerge(std::size_t point_budget) : point_budget_(point_budget) {
  total_.points = PointTable(point_budget);
}

std::string PartialMerge::why_refused(const ReadPartial& partial) const {
  const CorpusReport& part = partial.corpus;
  if (part.palabre_version.empty())
    return "made by a palabre that did not record its version: make it again with this one";
  // A partial that counts nothing (an empty partition of a stream) adds nothing twice.
  const bool counts_something = part.threads > 0 || !part.failures.empty();
  if (auto seen = seen_.find(partial.digest); counts_something && seen != seen_.end())
    return "the same partial as " + seen->second + ": its threads would count twice";
  if (any_added_ && part.palabre_version != total_.palabre_version)
    return "made by palabre " + part.palabre_version + ", the partials before it by " + total_.palabre_version +
           ": counts of two versions do not add up (make them again with one version)";
  if (any_added_ && part.themes_fingerprint != total_.themes_fingerprint)
    return "made with another theme set (fingerprint " + part.themes_fingerprint + ", the partials before it " +
           total_.themes_fingerprint + "): make every partial with the same --themes";
  if (any_added_ && part.analysis_options != total_.analysis_options)
    return "made with " + part.analysis_options + ", the partials before it with " + total_.analysis_options +
           ": make every partial with the same options";
  if (sum_overflows(total_.threads, part.threads) || sum_overflows(total_.comments, part.comments) ||
      sum_overflows(total_.failures.size(), part.failures.size()))
    return "its counts would overflow the total";
  return "";
}

bool PartialMerge::add(ReadPartial& partial) {
  std::string reason = why_refused(partial);
  if (!reason.empty()) {
    refuse(partial.where, reason);
    return false;
  }
  seen_.emplace(partial.digest, partial.where);
  merge_corpus(total_, partial.corpus);
  any_added_ = true;
  return true;
}

std::size_t PartialMerge::add_stream(std::istream& in, const std::string& where) {
  std::size_t refused = 0;
  try {
    read_each_partial(in, where, point_budget_, [&](ReadPartial& partial) { refused += add(partial) ? 0 : 1; });
  } catch (const Error& error) {
    if (error.kind() != ErrorKind::kInput) throw;
    refuse(error.where(), error.what());
    ++refused;
  }
  return refused;
}

void PartialMerge::refuse(const std::string& where, const std::string& reason) {
  add_failure(total_, Failure{sanitize_utf8(where), sanitize_utf8(reason)});
}

}  // namespace palabre
