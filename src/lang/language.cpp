// Reads a language's folder from the embedded data. Word lists are compared folded, so each
// entry is folded once here; the JSON file is validated strictly (an unknown key is an
// error), since a typo there would silently switch a rule off.
#include "palabre/lang/language.hpp"

#include <nlohmann/json.hpp>

#include <algorithm>

#include "palabre/data.hpp"
#include "palabre/error.hpp"
#include "palabre/text/utf8.hpp"

namespace palabre {
namespace {

constexpr std::string_view kFolder = "data/lang/";

std::string data_path(std::string_view code, std::string_view file) {
  return std::string(kFolder) + std::string(code) + "/" + std::string(file);
}

// The words of a list file: whitespace-separated, '#' to the end of a line is a comment.
template <typename Each>
void for_each_listed_word(std::string_view list, Each each) {
  std::size_t start = 0;
  while (start < list.size()) {
    std::size_t end = list.find('\n', start);
    if (end == std::string_view::npos) end = list.size();
    std::string_view line = list.substr(start, end - start);
    line = line.substr(0, line.find('#'));
    std::size_t pos = 0;
    while (pos < line.size()) {
      std::size_t word_start = line.find_first_not_of(" \t\r", pos);
      if (word_start == std::string_view::npos) break;
      std::size_t word_end = line.find_first_of(" \t\r", word_start);
      if (word_end == std::string_view::npos) word_end = line.size();
      each(line.substr(word_start, word_end - word_start));
      pos = word_end;
    }
    start = end + 1;
  }
}

class LanguageReader {
 public:
  explicit LanguageReader(std::string_view code) : where_(data_path(code, "language.json")) {}

  Language read(std::string_view json_text) {
    nlohmann::json doc = nlohmann::json::parse(json_text, nullptr, false);
    if (!doc.is_object()) fail("not a JSON object");
    Language language;
    for (const auto& [key, value] : doc.items()) read_field(language, key, value);
    if (language.code.empty() || language.snowball.empty()) fail("needs \"code\" and \"snowball\"");
    return language;
  }

 private:
  [[noreturn]] void fail(const std::string& message) const {
    throw Error(ErrorKind::kUsage, where_, message);
  }

  std::string string_of(const nlohmann::json& value, std::string_view key) const {
    if (!value.is_string()) fail("\"" + std::string(key) + "\" must be a string");
    return value.get<std::string>();
  }

  std::vector<std::string> folded_list(const nlohmann::json& value, std::string_view key) const {
    if (!value.is_array()) fail("\"" + std::string(key) + "\" must be an array of strings");
    std::vector<std::string> words;
    for (const nlohmann::json& entry : value) words.push_back(fold(string_of(entry, key)));
    return words;
  }

  void read_field(Language& language, const std::string& key, const nlohmann::json& value) {
    if (key == "code") language.code = string_of(value, key);
    else if (key == "name") language.name = string_of(value, key);
    else if (key == "snowball") language.snowball = string_of(value, key);
    else if (key == "elisions") language.elisions = folded_list(value, key);
    else if (key == "spaced_elisions") language.spaced_elisions = folded_list(value, key);
    else if (key == "capitalised_nouns") language.capitalised_nouns = value.is_boolean() && value.get<bool>();
    else if (key == "generic_rank") generic_rank_ = value.is_number_unsigned() ? value.get<std::size_t>() : 0;
    else if (key == "negations") language.negations = folded_list(value, key);
    else if (key == "set_aside_stems") language.set_aside_stems = folded_list(value, key);
    else if (key == "comparison") read_comparison(language.comparison, value);
    else if (key == "quote_headers") read_quote_headers(language.quote_headers, value);
    else if (key == "address_words") language.address_words = folded_list(value, key);
    else if (key == "agreement") language.agreement = folded_list(value, key);
    else if (key == "disagreement") language.disagreement = folded_list(value, key);
    else if (key == "verb_forms") language.verb_rules = verb_rules(value);
    else fail("unknown key \"" + key + "\"");
  }

  void read_comparison(ComparisonWords& words, const nlohmann::json& value) const {
    if (!value.is_object()) fail("\"comparison\" must be an object");
    for (const auto& [key, list] : value.items()) {
      if (key == "like") words.like = folded_list(list, key);
      else if (key == "than") words.than = folded_list(list, key);
      else if (key == "comparatives") words.comparatives = folded_list(list, key);
      else if (key == "before_standard") words.before_standard = folded_list(list, key);
      else fail("unknown key \"comparison." + key + "\"");
    }
  }

  std::vector<VerbRule> verb_rules(const nlohmann::json& value) const {
    if (!value.is_array()) fail("\"verb_forms\" must be an array of rules");
    std::vector<VerbRule> rules;
    for (const nlohmann::json& entry : value) {
      if (!entry.is_object()) fail("each \"verb_forms\" rule must be an object");
      VerbRule rule;
      for (const auto& [key, field] : entry.items()) {
        if (key == "ending") rule.ending = fold(string_of(field, key));
        else if (key == "unless") rule.unless = fold(string_of(field, key));
        else if (key == "keep") rule.keep = fold(string_of(field, key));
        else if (key == "forms") rule.forms = folded_list(field, key);
        else if (key == "min_radical" && field.is_number_unsigned()) rule.min_radical = field.get<std::size_t>();
        else if (key == "only" && field.is_boolean()) rule.only = field.get<bool>();
        else fail("bad key \"verb_forms." + key + "\"");
      }
      if (rule.ending.empty()) fail("a \"verb_forms\" rule needs an \"ending\"");
      rules.push_back(std::move(rule));
    }
    return rules;
  }

  void read_quote_headers(QuoteHeaders& headers, const nlohmann::json& value) const {
    if (!value.is_object()) fail("\"quote_headers\" must be an object");
    for (const auto& [key, list] : value.items()) {
      if (key == "before_name") headers.before_name = folded_list(list, key);
      else if (key == "after_name") headers.after_name = folded_list(list, key);
      else fail("unknown key \"quote_headers." + key + "\"");
    }
  }

 public:
  std::size_t generic_rank() const { return generic_rank_; }

 private:
  std::string where_;
  std::size_t generic_rank_ = 0;
};

// The general frequency list: its first `generic_rank` words (stopwords aside) are
// generic, and the words it writes capitalised are proper nouns where capitals mean that.
void read_frequent_words(Language& language, std::string_view list, std::size_t generic_rank) {
  std::size_t rank = 0;
  for_each_listed_word(list, [&](std::string_view word) {
    ++rank;
    const bool proper = !language.capitalised_nouns && starts_with_uppercase(word);
    if (!proper && rank > generic_rank) return;  // past the generic words, only names matter
    const std::string folded = fold(word);
    if (proper) language.proper_nouns.insert(folded);
    else if (!language.stopwords.contains(folded)) language.generic_words.push_back(folded);
  });
}

}  // namespace

std::vector<std::string> languages_with_data() {
  std::vector<std::string> codes;
  for (std::string_view name : embedded_data_names()) {
    if (!name.starts_with(kFolder) || !name.ends_with("/language.json")) continue;
    name.remove_prefix(kFolder.size());
    codes.emplace_back(name.substr(0, name.find('/')));
  }
  std::sort(codes.begin(), codes.end());
  return codes;
}

std::optional<Language> load_language(std::string_view code) {
  std::optional<std::string_view> json_text = find_embedded_data(data_path(code, "language.json"));
  if (!json_text) return std::nullopt;
  LanguageReader reader(code);
  Language language = reader.read(*json_text);
  if (language.code != code) throw Error(ErrorKind::kUsage, data_path(code, "language.json"), "\"code\" is not the folder's name");
  for_each_listed_word(embedded_data(data_path(code, "stopwords.txt")),
                       [&](std::string_view word) { language.stopwords.insert(fold(word)); });
  read_frequent_words(language, embedded_data(data_path(code, "frequent.txt")), reader.generic_rank());
  const std::string derivations = data_path(code, "derivations.txt");
  if (std::optional<std::string_view> rules = find_embedded_data(derivations))
    language.derivations = DerivationRules::parse(*rules, derivations);
  return language;
}

std::shared_ptr<const Language> LanguageCache::find(std::string_view code) {
  if (auto known = loaded_.find(code); known != loaded_.end()) return known->second;
  std::optional<Language> language = load_language(code);
  auto& slot = loaded_[std::string(code)];
  if (language) slot = std::make_shared<const Language>(std::move(*language));
  return slot;
}

// Only the stopword lists are read: the index needs no language's other data.
FunctionWordIndex::FunctionWordIndex() {
  for (const std::string& code : languages_with_data()) {
    if (codes_.size() == kMaxLanguages) break;
    const Mask bit = Mask{1} << codes_.size();
    codes_.push_back(code);
    for_each_listed_word(embedded_data(data_path(code, "stopwords.txt")),
                         [&](std::string_view word) { masks_[fold(word)] |= bit; });
  }
}

FunctionWordIndex::Mask FunctionWordIndex::languages_of(std::string_view folded_word) const {
  auto found = masks_.find(folded_word);
  return found == masks_.end() ? 0 : found->second;
}

FunctionWordIndex::Mask FunctionWordIndex::bit_of(std::string_view code) const {
  for (std::size_t i = 0; i < codes_.size(); ++i)
    if (codes_[i] == code) return Mask{1} << i;
  return 0;
}

}  // namespace palabre
