// An address is only read where a reply puts it: at the very start of a comment ("@name",
// "name :", "à name :") or in a quote header naming the person quoted. A name anywhere else
// in the text is a mention, not an answer. Names are matched folded, longest first, among
// the commenters seen so far, and the answer goes to their latest comment.
#include "palabre/analyze/replies.hpp"

#include <algorithm>
#include <map>
#include <set>

#include "palabre/text/utf8.hpp"

namespace palabre {
namespace {

constexpr std::size_t kMaxOpeningBytes = 120;  // a name, an address word, a header

// The first word of a folded name or text: letters and digits up to anything else.
std::string_view first_word(std::string_view folded) {
  std::size_t pos = 0, end = 0;
  while (pos < folded.size()) {
    std::size_t next = pos;
    const char32_t c = decode_next(folded, next);
    if (!is_letter(c) && !is_digit(c)) break;
    pos = end = next;
  }
  return folded.substr(0, end);
}

// After a name, a word boundary ("@Voll Gaga danke": the next character is no letter).
bool at_word_end(std::string_view rest) {
  if (rest.empty()) return true;
  std::size_t pos = 0;
  const char32_t c = decode_next(rest, pos);
  return !is_letter(c) && !is_digit(c);
}

// After a name opening a comment, what makes it an address: ':' or ',' (spaces before it).
bool at_separator(std::string_view rest) {
  std::size_t pos = 0;
  while (pos < rest.size() && rest[pos] == ' ') ++pos;
  return pos < rest.size() && (rest[pos] == ':' || rest[pos] == ',');
}

std::string_view skip_spaces(std::string_view text) {
  std::size_t pos = 0;
  while (pos < text.size() && (text[pos] == ' ' || text[pos] == '\t' || text[pos] == '\n')) ++pos;
  return text.substr(pos);
}

// Whether `text` may open with an address at all: "@", a separator early, or a short first
// line (a quote header). Most comments do not, and are not folded.
bool may_address(std::string_view text) {
  text = text.substr(0, kMaxOpeningBytes);
  const std::size_t start = text.find_first_not_of(" \t\n");
  if (start == std::string_view::npos) return false;
  if (text[start] == '@') return true;
  const std::size_t separator = text.find_first_of(":,", start);
  const std::size_t line_end = text.find('\n', start);
  return (separator != std::string_view::npos && separator - start <= kMaxOpeningBytes / 2) ||
         (line_end != std::string_view::npos && line_end - start <= kMaxOpeningBytes / 2);
}

}  // namespace

void ReplyTracker::clear() {
  targets_.clear();
  ids_.clear();
  index_of_id_.clear();
  names_.clear();
}

std::uint32_t ReplyTracker::latest_by_name(std::string_view folded, bool separator_needed) const {
  auto candidates = names_.find(std::string(first_word(folded)));
  if (candidates == names_.end()) return kNone;
  std::size_t best_length = 0;
  std::uint32_t best = kNone;
  for (const auto& [name, index] : candidates->second) {
    if (name.size() <= best_length || !folded.starts_with(name)) continue;
    const std::string_view rest = folded.substr(name.size());
    if (!(separator_needed ? at_separator(rest) : at_word_end(rest))) continue;
    best_length = name.size();
    best = index;
  }
  return best;
}

std::uint32_t ReplyTracker::addressed(std::string_view text, const Language* language) const {
  if (names_.empty() || !may_address(text)) return kNone;
  const std::string opening = fold(skip_spaces(text.substr(0, kMaxOpeningBytes)));
  const std::string_view rest = opening;
  if (rest.starts_with('@')) return latest_by_name(skip_spaces(rest.substr(1)), false);
  if (std::uint32_t named = latest_by_name(rest, true); named != kNone) return named;
  if (!language) return kNone;
  // "à name :", then quote headers: "Zitat von name", "name a écrit :".
  for (const std::string& word : language->address_words)
    if (rest.starts_with(word + " "))
      if (std::uint32_t named = latest_by_name(skip_spaces(rest.substr(word.size())), true); named != kNone)
        return named;
  const std::string_view line = rest.substr(0, rest.find('\n'));
  for (const std::string& header : language->quote_headers.before_name)
    if (line.starts_with(header + " ")) return latest_by_name(skip_spaces(line.substr(header.size())), false);
  for (const std::string& header : language->quote_headers.after_name) {
    const std::size_t at = line.find(" " + header);
    if (at == std::string_view::npos || at == 0) continue;
    if (std::uint32_t named = latest_by_name(line.substr(0, at), false); named != kNone) return named;
  }
  return kNone;
}

std::uint32_t ReplyTracker::add(const Comment& comment, const Language* language) {
  const auto index = static_cast<std::uint32_t>(targets_.size());
  std::uint32_t target = kNone;
  if (comment.parent)
    if (std::optional<std::uint32_t> parent = ids_.find(*comment.parent)) target = index_of_id_[*parent];
  if (target == kNone) target = addressed(comment.text, language);
  targets_.push_back(target);
  bool added = false;
  ids_.intern(comment.id, &added);
  if (added) index_of_id_.push_back(index);
  if (comment.author) {
    const std::string name = fold(trim(*comment.author));
    const std::string key(first_word(name));
    if (!key.empty()) {
      auto& list = names_[key];
      auto known = std::find_if(list.begin(), list.end(), [&](const auto& entry) { return entry.first == name; });
      if (known == list.end()) list.emplace_back(name, index);
      else known->second = index;
    }
  }
  return target;
}

std::vector<Exchange> ReplyTracker::exchanges(const CommentIdentities& comments, std::size_t limit) const {
  // Union-find over the reply links: each exchange is one component.
  std::vector<std::uint32_t> root(targets_.size());
  for (std::uint32_t i = 0; i < root.size(); ++i) root[i] = i;
  auto find = [&](std::uint32_t i) {
    while (root[i] != i) i = root[i] = root[root[i]];
    return i;
  };
  for (std::uint32_t i = 0; i < targets_.size(); ++i)
    if (targets_[i] != kNone) root[find(i)] = find(targets_[i]);
  std::map<std::uint32_t, std::vector<std::uint32_t>> members;  // by root, comments in order
  for (std::uint32_t i = 0; i < targets_.size(); ++i) members[find(i)].push_back(i);
  std::vector<Exchange> result;
  for (const auto& [component, indices] : members) {
    if (indices.size() < 2) continue;
    Exchange exchange;
    std::set<std::string_view> seen;
    std::size_t anonymous = 0;
    for (std::uint32_t i : indices) {
      const std::string* author = comments.author(i);
      if (!author) ++anonymous;
      else if (seen.insert(*author).second) exchange.participants.push_back(*author);
    }
    if (exchange.participants.size() + anonymous < 2) continue;
    exchange.turns = indices.size();
    exchange.first = std::string(comments.id(indices.front()));
    exchange.last = std::string(comments.id(indices.back()));
    result.push_back(std::move(exchange));
  }
  std::stable_sort(result.begin(), result.end(),
                   [](const Exchange& a, const Exchange& b) { return a.turns > b.turns; });
  if (result.size() > limit) result.resize(limit);
  return result;
}

std::vector<Addressee> ReplyTracker::most_answered(const CommentIdentities& comments, std::size_t limit) const {
  std::map<std::string, std::size_t> replies;
  for (std::uint32_t i = 0; i < targets_.size(); ++i) {
    if (targets_[i] == kNone) continue;
    const std::string* answered = comments.author(targets_[i]);
    const std::string* answering = comments.author(i);
    if (answered && (!answering || *answering != *answered)) ++replies[*answered];
  }
  std::vector<Addressee> result;
  for (const auto& [author, count] : replies)
    if (count >= 2) result.push_back({author, count});
  std::stable_sort(result.begin(), result.end(),
                   [](const Addressee& a, const Addressee& b) { return a.replies > b.replies; });
  if (result.size() > limit) result.resize(limit);
  return result;
}

}  // namespace palabre
