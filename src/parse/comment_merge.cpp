// Matching is on a letters-and-digits key of the text, because copies differ in exactly the
// things readers do not see: a comment title glued in front ("Titre - texte"), an ellipsis,
// the case of an author's name. Authors are not compared for that reason.
#include "palabre/parse/comment_merge.hpp"

#include "palabre/parse/dates.hpp"
#include "palabre/text/utf8.hpp"

namespace palabre {
namespace {

constexpr std::size_t kKeyChars = 40;  // enough to tell comments apart, short of any cut

bool has_offset(const std::string& iso) {
  return iso.size() > 16 && (iso.back() == 'Z' || iso[iso.size() - 6] == '+' ||
                             iso[iso.size() - 6] == '-');
}

}  // namespace

bool same_comment_text(const std::string& a, const std::string& b) {
  std::string key_a = folded_letters_and_digits(a);
  std::string key_b = folded_letters_and_digits(b);
  if (key_a.empty() || key_b.empty()) return false;
  const std::string& shorter = key_a.size() <= key_b.size() ? key_a : key_b;
  const std::string& longer = key_a.size() <= key_b.size() ? key_b : key_a;
  return longer.find(shorter.substr(0, kKeyChars)) != std::string::npos;
}

void merge_linked_comments(std::vector<Comment>& comments,
                           const std::vector<LinkedComment>& linked,
                           std::vector<std::string>& warnings) {
  std::vector<bool> matched(comments.size(), false);
  std::size_t appended = 0;
  const bool html_had_comments = !comments.empty();
  for (const LinkedComment& copy : linked) {
    bool found = false;
    for (std::size_t i = 0; i < matched.size(); ++i) {
      if (matched[i] || !same_comment_text(comments[i].text, copy.text)) continue;
      matched[i] = found = true;
      Comment& comment = comments[i];
      std::optional<std::string> copy_date;
      if (copy.posted_at) copy_date = normalize_machine_date(*copy.posted_at);
      // The copy's date wins when it says the same minute and adds the offset.
      if (copy_date && (!comment.posted_at ||
                        (!has_offset(*comment.posted_at) && has_offset(*copy_date) &&
                         copy_date->substr(0, 16) == comment.posted_at->substr(0, 16))))
        comment.posted_at = copy_date;
      if (!comment.author && copy.author) comment.author = copy.author;
      break;
    }
    if (found) continue;
    Comment comment;
    comment.id = "c" + std::to_string(comments.size() + 1);
    comment.author = copy.author;
    // No wording was shown for a comment the page keeps only as data: posted_at_text stays null.
    if (copy.posted_at) comment.posted_at = normalize_machine_date(*copy.posted_at);
    comment.text = copy.text;
    comments.push_back(std::move(comment));
    ++appended;
  }
  if (appended > 0 && html_had_comments)
    warnings.push_back(std::to_string(appended) +
                       " comments found only in the page's JSON-LD were added after the others");
}

}  // namespace palabre
