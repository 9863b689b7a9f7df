// Terms are chosen the way the tagger will match them: by stem, on the commenters' own words.
// A group's points come first (they name it); then, greedily, the word that reaches most of
// the group's comments not yet reached, until nearly all are — so the draft, run on the same
// thread, tags its grouped comments. Words most of the thread uses, generic words and
// commenters' names are left out: they would tag everything, or nothing worth knowing.
#include "palabre/analyze/theme_draft.hpp"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <map>
#include <set>
#include <unordered_map>

#include "palabre/error.hpp"
#include "palabre/text/utf8.hpp"

namespace palabre {
namespace {

constexpr std::size_t kMinLetters = 3;
constexpr std::size_t kMaxIdBytes = 40;

struct ThreadWords {
  std::vector<std::set<std::string>> stems;                       // per comment
  std::map<std::string, std::map<std::string, std::size_t>> spellings;  // stem → lowercase → count
  std::map<std::string, std::size_t> df;
};

bool is_term_word(const Token& token, const std::set<std::string>& names) {
  return token.kind == TokenKind::kWord && !token.stopword && !token.generic &&
         count_code_points(token.folded) >= kMinLetters && !names.count(std::string(token.folded));
}

std::set<std::string> name_words(const Thread& thread) {
  std::set<std::string> words;
  for (const Comment& comment : thread.comments) {
    if (!comment.author) continue;
    std::string word;
    for (char c : fold(*comment.author) + " ") {
      if (static_cast<unsigned char>(c) >= 0x80 || std::isalnum(static_cast<unsigned char>(c))) {
        word += c;
      } else {
        if (word.size() >= kMinLetters) words.insert(word);
        word.clear();
      }
    }
  }
  return words;
}

ThreadWords words_of(const Thread& thread, Analyzer& analyzer) {
  ThreadWords words;
  const std::set<std::string> names = name_words(thread);
  for (const Comment& comment : thread.comments) {
    std::set<std::string> stems;
    for (const Token& token : analyzer.analyze(comment.text)) {
      const bool quoted = std::any_of(comment.spans.begin(), comment.spans.end(), [&](const TextSpan& span) {
        return token.start >= span.start && token.start < span.end;
      });
      if (quoted || !is_term_word(token, names)) continue;
      stems.insert(std::string(token.stem));
      ++words.spellings[std::string(token.stem)][to_lower(token.surface)];
    }
    for (const std::string& stem : stems) ++words.df[stem];
    words.stems.push_back(std::move(stems));
  }
  return words;
}

std::string most_written(const std::map<std::string, std::size_t>& spellings) {
  const std::string* best = nullptr;
  std::size_t count = 0;
  for (const auto& [spelling, times] : spellings)
    if (!best || times > count) best = &spelling, count = times;
  return best ? *best : std::string();
}

std::string id_of(std::string_view label, std::set<std::string>& taken) {
  std::string id;
  for (char c : fold(label)) {
    if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) id += c;
    else if (!id.empty() && id.back() != '_') id += '_';
    if (id.size() >= kMaxIdBytes) break;
  }
  while (!id.empty() && id.back() == '_') id.pop_back();
  if (id.empty()) id = "theme";
  std::string unique = id;
  for (int n = 2; !taken.insert(unique).second; ++n) unique = id + "_" + std::to_string(n);
  return unique;
}

class GroupDrafter {
 public:
  GroupDrafter(const ThreadWords& words, const ThemeDraftOptions& options, std::size_t comments)
      : words_(words), options_(options), comments_(comments) {}

  // `used` are the terms of earlier themes: each term belongs to one theme.
  std::vector<std::string> terms(const DiscussionGroup& group, const std::vector<std::size_t>& members,
                                 Analyzer& analyzer, std::set<std::string>& used) const {
    std::vector<std::string> terms;
    std::vector<bool> reached(members.size(), false);
    for (const std::string& point : group.points) {
      std::vector<std::string> stems;
      for (const Token& token : analyzer.analyze(point))
        if (token.kind == TokenKind::kWord && !token.stopword) stems.emplace_back(token.stem);
      if (stems.empty() || !used.insert(point).second) continue;
      terms.push_back(point);
      for (std::size_t m = 0; m < members.size(); ++m)
        reached[m] = reached[m] || std::all_of(stems.begin(), stems.end(), [&](const std::string& stem) {
                       return words_.stems[members[m]].count(stem) > 0;
                     });
    }
    std::set<std::string> tried;
    while (terms.size() < options_.max_terms && share(reached) < options_.coverage) {
      const std::string best = best_word(members, reached, tried);
      if (best.empty()) break;
      tried.insert(best);
      const std::string term = most_written(words_.spellings.at(best));
      if (!used.insert(term).second) continue;
      terms.push_back(term);
      for (std::size_t m = 0; m < members.size(); ++m) reached[m] = reached[m] || words_.stems[members[m]].count(best);
    }
    return terms;
  }

 private:
  static double share(const std::vector<bool>& reached) {
    if (reached.empty()) return 1.0;
    return static_cast<double>(std::count(reached.begin(), reached.end(), true)) / static_cast<double>(reached.size());
  }

  // The word of the group's comments that reaches most of those not reached yet.
  std::string best_word(const std::vector<std::size_t>& members, const std::vector<bool>& reached,
                        const std::set<std::string>& tried) const {
    std::map<std::string, std::size_t> gain;
    for (std::size_t m = 0; m < members.size(); ++m)
      if (!reached[m])
        for (const std::string& stem : words_.stems[members[m]]) ++gain[stem];
    std::string best;
    std::size_t best_gain = 0;
    for (const auto& [stem, count] : gain) {
      if (tried.count(stem)) continue;
      if (static_cast<double>(words_.df.at(stem)) > options_.too_common * static_cast<double>(comments_) &&
          comments_ >= 4)
        continue;
      if (count > best_gain) best = stem, best_gain = count;
    }
    return best;
  }

  const ThreadWords& words_;
  const ThemeDraftOptions& options_;
  std::size_t comments_;
};

}  // namespace

std::string draft_theme_file(const std::vector<ThreadReport>& reports, AnalyzerSet& analyzers,
                             const ThemeDraftOptions& options) {
  nlohmann::ordered_json themes = nlohmann::ordered_json::array();
  std::vector<std::string> codes;
  std::set<std::string> taken, used;
  for (const ThreadReport& report : reports) {
    const std::string code = report.thread.article.language.value_or("");
    Analyzer* analyzer = analyzers.find(code);
    if (!analyzer || report.summary.discussion.groups.empty()) continue;
    if (std::find(codes.begin(), codes.end(), code) == codes.end()) codes.push_back(code);
    const ThreadWords words = words_of(report.thread, *analyzer);
    std::unordered_map<std::string, std::size_t> index;
    for (std::size_t i = 0; i < report.thread.comments.size(); ++i) index.emplace(report.thread.comments[i].id, i);
    const GroupDrafter drafter(words, options, report.thread.comments.size());
    for (const DiscussionGroup& group : report.summary.discussion.groups) {
      std::vector<std::size_t> members;
      for (const std::string& id : group.comments) members.push_back(index.at(id));
      themes.push_back({{"id", id_of(group.points.front(), taken)},
                        {"label", group.label},
                        {"description", "Drafted by palabre from " + std::to_string(group.comments.size()) +
                                            " comments of " + report.thread.source.path +
                                            ": say what the theme covers and what it does not, then "
                                            "edit the terms."},
                        {"terms", drafter.terms(group, members, *analyzer, used)}});
    }
  }
  if (themes.empty())
    throw Error(ErrorKind::kUsage, "themes draft",
                "no discussion group to draft from (the pages have too few comments in a language palabre analyses)");
  nlohmann::ordered_json file;
  file["language"] = codes.size() == 1 ? nlohmann::ordered_json(codes.front()) : nlohmann::ordered_json(codes);
  file["description"] = "A starter theme file drafted by `palabre themes draft`.";
  file["themes"] = std::move(themes);
  return file.dump(2) + "\n";
}

}  // namespace palabre
