// The ids and authors of a thread's comments, which is all the talking points need of them
// (TalkingPointAccumulator::finish): a streamed thread keeps them compact (~20 bytes a
// comment) rather than as whole Comments (~230 bytes), and a whole thread lends its own.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "palabre/record.hpp"

namespace palabre {

class CommentIdentities {
 public:
  virtual ~CommentIdentities() = default;
  virtual std::size_t size() const = 0;
  // Of the comment at `index`, in page order.
  virtual std::string_view id(std::size_t index) const = 0;
  virtual const std::string* author(std::size_t index) const = 0;  // nullptr: anonymous
};

// A whole thread's comments, viewed.
class ThreadIdentities final : public CommentIdentities {
 public:
  explicit ThreadIdentities(const std::vector<Comment>& comments) : comments_(comments) {}
  std::size_t size() const override { return comments_.size(); }
  std::string_view id(std::size_t index) const override { return comments_[index].id; }
  const std::string* author(std::size_t index) const override {
    const Comment& comment = comments_[index];
    return comment.author ? &*comment.author : nullptr;
  }

 private:
  const std::vector<Comment>& comments_;
};

// Ids one after the other, each author once: what a streamed thread keeps per comment.
class CompactIdentities final : public CommentIdentities {
 public:
  void add(const Comment& comment);
  // Forgets every comment and releases the memory (a huge page's arrays should not outlive
  // it).
  void clear();
  std::size_t size() const override { return id_ends_.size(); }
  std::string_view id(std::size_t index) const override;
  const std::string* author(std::size_t index) const override;

 private:
  std::string ids_;
  std::vector<std::size_t> id_ends_;     // where each comment's id ends in ids_
  std::vector<std::uint32_t> author_of_;  // 0: no author, else 1 + index in authors_
  std::vector<const std::string*> authors_;  // the keys of author_numbers_
  std::unordered_map<std::string, std::uint32_t> author_numbers_;
};

}  // namespace palabre
