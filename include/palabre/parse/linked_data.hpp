// schema.org JSON-LD blocks of a page (<script type="application/ld+json">) → what they say
// about the article (headline, dates, authors, comment count) and the comments they copy
// (Comment / UserComments), as plain values. Takes the script bodies; never throws.
#pragma once

#include <optional>
#include <string>
#include <vector>

namespace palabre {

struct LinkedComment {
  std::optional<std::string> author;
  std::optional<std::string> posted_at;  // as given, e.g. "2023-11-02T16:43+01:00"
  std::string text;
};

struct LinkedData {
  std::optional<std::string> headline;
  std::optional<std::string> url;
  std::optional<std::string> site;
  std::optional<std::string> published;
  std::vector<std::string> authors;
  std::optional<long> comment_count;
  std::vector<LinkedComment> comments;
  std::vector<std::string> warnings;  // blocks that are not valid JSON
};

// Reads every block; the first article-like object (Article, NewsArticle, BlogPosting,
// DiscussionForumPosting, …) gives the article fields.
LinkedData read_linked_data(const std::vector<std::string>& scripts);

}  // namespace palabre
