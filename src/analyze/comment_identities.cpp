#include "palabre/analyze/comment_identities.hpp"

namespace palabre {

void CompactIdentities::add(const Comment& comment) {
  ids_ += comment.id;
  id_ends_.push_back(ids_.size());
  std::uint32_t author = 0;
  if (comment.author) {
    auto [at, added] = author_numbers_.try_emplace(
        *comment.author, static_cast<std::uint32_t>(authors_.size() + 1));
    if (added) authors_.push_back(&at->first);  // map nodes do not move
    author = at->second;
  }
  author_of_.push_back(author);
}

void CompactIdentities::clear() {
  *this = CompactIdentities{};
}

std::string_view CompactIdentities::id(std::size_t index) const {
  const std::size_t start = index ? id_ends_[index - 1] : 0;
  return std::string_view(ids_).substr(start, id_ends_[index] - start);
}

const std::string* CompactIdentities::author(std::size_t index) const {
  const std::uint32_t author = author_of_[index];
  return author ? authors_[author - 1] : nullptr;
}

}  // namespace palabre
