// Borrowing the article's place is deliberately narrow: only explicit pointing phrases are
// replaced, and only when the article has one clearly dominant place, so a comment that
// says "ce pays" under an article about two countries borrows nothing.
#include "palabre/analyze/places.hpp"

#include <algorithm>
#include <map>

#include "palabre/data.hpp"
#include "palabre/text/utf8.hpp"

namespace palabre {
namespace {

constexpr int kTitleWeight = 3;
constexpr int kMinimumMentions = 2;

std::vector<std::vector<std::string>> read_references(std::string_view list, Analyzer& analyzer) {
  std::vector<std::vector<std::string>> phrases;
  std::size_t start = 0;
  while (start < list.size()) {
    std::size_t end = list.find('\n', start);
    if (end == std::string_view::npos) end = list.size();
    std::string_view line = trim(list.substr(start, end - start));
    start = end + 1;
    if (line.empty() || line.front() == '#') continue;
    std::vector<std::string> words;
    for (const Token& token : analyzer.analyze(line)) words.emplace_back(token.folded);
    if (!words.empty()) phrases.push_back(std::move(words));
  }
  return phrases;
}

void count_places(const ThemeMatcher& matcher, Analyzer& analyzer, std::string_view text,
                  int weight, std::map<std::uint32_t, int>& counts) {
  if (text.empty()) return;
  std::vector<Token> tokens = analyzer.analyze(text);
  for (const TermHit& hit : matcher.find_hits(text, tokens)) counts[hit.ref.theme] += weight;
}

std::string places_path(const Analyzer& analyzer) {
  return "data/lang/" + analyzer.language().code + "/places.json";
}

std::string references_path(const Analyzer& analyzer) {
  return "data/lang/" + analyzer.language().code + "/subject-references.txt";
}

}  // namespace

std::unique_ptr<SubjectResolver> SubjectResolver::for_language(Analyzer& analyzer) {
  if (!find_embedded_data(places_path(analyzer)) || !find_embedded_data(references_path(analyzer)))
    return nullptr;
  return std::unique_ptr<SubjectResolver>(new SubjectResolver(analyzer));
}

SubjectResolver::SubjectResolver(Analyzer& analyzer)
    : places_(parse_theme_file(embedded_data(places_path(analyzer)), "places",
                               [&](std::string_view) { return &analyzer; })),
      matcher_(places_, analyzer.shared_language(), &analyzer.memo()),
      references_(read_references(embedded_data(references_path(analyzer)), analyzer)) {
  for (const auto& phrase : references_) {
    const std::string& first = phrase.front();
    longest_first_word_ = std::max(longest_first_word_, first.size());
    if (first.empty()) any_first_word_ = true;
    else first_bytes_[static_cast<unsigned char>(first.front())] = true;
  }
}

std::optional<ArticleSubject> SubjectResolver::find_subject(const Article& article,
                                                            Analyzer& analyzer) const {
  std::map<std::uint32_t, int> counts;
  if (article.title) count_places(matcher_, analyzer, *article.title, kTitleWeight, counts);
  if (article.lede) count_places(matcher_, analyzer, *article.lede, 1, counts);
  for (const std::string& paragraph : article.paragraphs)
    count_places(matcher_, analyzer, paragraph, 1, counts);
  std::optional<ArticleSubject> best;
  int runner_up = 0;
  for (const auto& [place, count] : counts) {
    if (!best || count > best->mentions) {
      if (best) runner_up = best->mentions;
      const Theme& theme = places_.themes[place];
      best = ArticleSubject{theme.id, theme.label, count};
    } else {
      runner_up = std::max(runner_up, count);
    }
  }
  if (!best || best->mentions < kMinimumMentions || best->mentions == runner_up)
    return std::nullopt;
  return best;
}

std::size_t SubjectResolver::reference_at(const std::vector<Token>& tokens, std::size_t i) const {
  // Every phrase starts with tokens[i]: most words are ruled out by their length or first
  // byte before any phrase is compared (this runs on every token of every comment).
  const std::string_view first = tokens[i].folded;
  if (!any_first_word_ && (first.empty() || first.size() > longest_first_word_ ||
                           !first_bytes_[static_cast<unsigned char>(first.front())]))
    return 0;
  std::size_t matched = 0;
  for (const auto& phrase : references_) {
    if (phrase.size() <= matched || i + phrase.size() > tokens.size()) continue;
    bool equal = true;
    for (std::size_t k = 0; k < phrase.size() && equal; ++k)
      equal = tokens[i + k].folded == phrase[k];
    if (equal) matched = phrase.size();
  }
  return matched;
}

bool SubjectResolver::has_references(const std::vector<Token>& tokens) const {
  for (std::size_t i = 0; i < tokens.size(); ++i)
    if (reference_at(tokens, i) != 0) return true;
  return false;
}

void SubjectResolver::substitute_references(std::vector<Token>& tokens,
                                            const ArticleSubject& subject,
                                            Analyzer& analyzer) const {
  std::vector<Token> stand_in_analysis;
  std::vector<Token> result;
  result.reserve(tokens.size());
  for (std::size_t i = 0; i < tokens.size();) {
    const std::size_t matched = reference_at(tokens, i);
    if (matched == 0) {
      result.push_back(std::move(tokens[i]));
      ++i;
      continue;
    }
    if (stand_in_analysis.empty()) stand_in_analysis = analyzer.analyze(subject.name);
    Token stand_in = tokens[i];
    const Token& last = tokens[i + matched - 1];
    stand_in.surface = std::string_view(tokens[i].surface.data(),
                                        last.byte_end - tokens[i].byte_start);
    stand_in.end = last.end;
    stand_in.byte_end = last.byte_end;
    stand_in.kind = TokenKind::kWord;
    // The spelling whose forms it takes, not that of tokens[i].
    stand_in.word = stand_in_analysis.empty() ? kNoWordId : stand_in_analysis[0].word;
    stand_in.folded = stand_in_analysis.empty() ? analyzer.keep(fold(subject.name)) : stand_in_analysis[0].folded;
    stand_in.stem = stand_in_analysis.empty() ? stand_in.folded : stand_in_analysis[0].stem;
    stand_in.stopword = false;
    stand_in.from_article = true;
    result.push_back(std::move(stand_in));
    i += matched;
  }
  tokens = std::move(result);
}

}  // namespace palabre
