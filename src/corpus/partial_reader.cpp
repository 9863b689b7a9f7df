// Partials are read strictly (a wrong type is an error naming the field): a reduce that
// silently dropped a figure would give a wrong total with no sign of it. The parser's
// events build small trees only — a top-level field, or one item of "themes",
// "talking_points" or "failures" — and each item is checked and added when it ends.
#include "palabre/corpus/partial_reader.hpp"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <map>
#include <optional>
#include <utility>
#include <vector>

#include "palabre/error.hpp"
#include "palabre/text/fingerprint.hpp"

namespace palabre {
namespace {

using nlohmann::json;

const json& field(const json& object, const char* key, const std::string& where) {
  auto found = object.find(key);
  if (found == object.end()) throw Error(ErrorKind::kInput, where, std::string("'") + key + "' is missing");
  return *found;
}

// No corpus holds 2^53 comments; a larger figure is damage, and refusing it keeps every sum
// of a few thousand partials clear of overflow.
constexpr std::size_t kMaxCount = std::size_t{1} << 53;

std::size_t count_field(const json& object, const char* key, const std::string& where) {
  const json& value = field(object, key, where);
  if (!value.is_number_unsigned() && !(value.is_number_integer() && value.get<long long>() >= 0))
    throw Error(ErrorKind::kInput, where, std::string("'") + key + "' must be a count (an integer ≥ 0)");
  if (value.get<std::size_t>() > kMaxCount)
    throw Error(ErrorKind::kInput, where, std::string("'") + key + "' is " + value.dump() + ", too large to be a count");
  return value.get<std::size_t>();
}

// A figure that cannot exceed another of the same document (a theme's comments, the
// corpus's comments): more means the document was damaged or forged.
void check_at_most(std::size_t value, std::size_t limit, const std::string& what, const std::string& where) {
  if (value > limit)
    throw Error(ErrorKind::kInput, where,
                what + " is " + std::to_string(value) + ", more than " + std::to_string(limit) + ": the counts do not add up");
}

std::string string_field(const json& object, const char* key, const std::string& where) {
  const json& value = field(object, key, where);
  if (!value.is_string()) throw Error(ErrorKind::kInput, where, std::string("'") + key + "' must be a string");
  return value.get<std::string>();
}

const json& array_field(const json& object, const char* key, const std::string& where) {
  const json& value = field(object, key, where);
  if (!value.is_array()) throw Error(ErrorKind::kInput, where, std::string("'") + key + "' must be an array");
  return value;
}

std::uint64_t fingerprint_field(const json& object, const char* key, const std::string& where) {
  std::optional<std::uint64_t> value = parse_fingerprint_hex(string_field(object, key, where));
  if (!value) throw Error(ErrorKind::kInput, where, std::string("'") + key + "' must be 16 hex digits");
  return *value;
}

std::map<std::string, std::size_t> counts_object(const json& object, const char* key,
                                                 const std::string& where) {
  const json& value = field(object, key, where);
  if (!value.is_object()) throw Error(ErrorKind::kInput, where, std::string("'") + key + "' must be an object");
  std::map<std::string, std::size_t> counts;
  for (auto it = value.begin(); it != value.end(); ++it)
    counts[it.key()] = count_field(value, it.key().c_str(), where + ": " + key);
  return counts;
}

// The three arrays whose items are added one at a time.
enum class ItemKind { kTheme, kPoint, kFailure };

std::optional<ItemKind> item_kind(const std::string& key) {
  if (key == "themes") return ItemKind::kTheme;
  if (key == "talking_points") return ItemKind::kPoint;
  if (key == "failures") return ItemKind::kFailure;
  return std::nullopt;
}

const char* item_key(ItemKind kind) {
  switch (kind) {
    case ItemKind::kTheme: return "themes";
    case ItemKind::kPoint: return "talking_points";
    case ItemKind::kFailure: return "failures";
  }
  return "";
}

// The largest figures of the items met, checked against the totals when they are known.
struct ItemMaxima {
  std::size_t threads = 0, comments = 0;
  void see(std::size_t item_threads, std::size_t item_comments) {
    threads = std::max(threads, item_threads);
    comments = std::max(comments, item_comments);
  }
};

// Adds one checked item of a partial's array to `corpus`.
void add_item(ItemKind kind, const json& item, std::size_t index, const std::string& where, CorpusReport& corpus,
              ItemMaxima& maxima) {
  std::string at = where + ": " + item_key(kind) + "[" + std::to_string(index) + "]";
  switch (kind) {
    case ItemKind::kTheme: {
      CorpusTheme theme{string_field(item, "label", at), count_field(item, "comments", at),
                        count_field(item, "threads", at)};
      maxima.see(theme.threads, theme.comments);
      CorpusReport one;
      one.themes[string_field(item, "id", at)] = std::move(theme);
      merge_corpus(corpus, one);
      break;
    }
    case ItemKind::kPoint: {
      CorpusPoint point;
      point.spellings = counts_object(item, "spellings", at);
      point.threads = count_field(item, "threads", at);
      point.comments = count_field(item, "comments", at);
      const json& articles = array_field(item, "articles", at);
      for (std::size_t a = 0; a < articles.size(); ++a) {
        std::string article_at = at + ": articles[" + std::to_string(a) + "]";
        point.articles.push_back(
            {string_field(articles[a], "path", article_at), count_field(articles[a], "comments", article_at)});
        check_at_most(point.articles.back().comments, point.comments, "the article's comments", article_at);
      }
      for (const auto& [spelling, count] : point.spellings)
        check_at_most(count, point.threads, "the threads spelling '" + spelling + "'", at);
      maxima.see(point.threads, point.comments);
      corpus.points.add(string_field(item, "key", at), point);  // also re-caps and re-sorts the articles
      break;
    }
    case ItemKind::kFailure:
      corpus.failures.push_back({string_field(item, "path", at), string_field(item, "error", at)});
      break;
  }
}

// Builds one value from parser events, into a target the caller owns. The pointers on the
// stack stay valid: a container only grows at its end, after its last child is closed.
class TreeBuilder {
 public:
  void start(json& target) {
    target_ = &target;
    open_.clear();
  }
  // Each returns true when the value started by start() is complete.
  bool scalar(json value) {
    if (open_.empty()) {
      *target_ = std::move(value);
      return true;
    }
    place(std::move(value));
    return false;
  }
  void open(json container) {
    if (open_.empty()) {
      *target_ = std::move(container);
      open_.push_back(target_);
    } else {
      open_.push_back(place(std::move(container)));
    }
  }
  bool close() {
    open_.pop_back();
    return open_.empty();
  }
  void key(std::string key) { key_ = std::move(key); }

 private:
  json* place(json value) {
    json& parent = *open_.back();
    if (parent.is_array()) {
      parent.push_back(std::move(value));
      return &parent.back();
    }
    json& slot = parent[key_];  // a repeated key: the last one wins, as in a whole parse
    slot = std::move(value);
    return &slot;
  }

  json* target_ = nullptr;
  std::vector<json*> open_;
  std::string key_;
};

// nlohmann's SAX interface over one palabre.partial/1 document.
class PartialEvents {
 public:
  PartialEvents(const std::string& where, CorpusReport& corpus) : where_(where), corpus_(corpus) {}

  // Every event is added to the digest, so that it names the document's content whatever
  // its layout (spaces, line breaks).
  bool null() { return scalar(json(nullptr)); }
  bool boolean(bool value) { return scalar(json(value)); }
  bool number_integer(json::number_integer_t value) { return scalar(json(value)); }
  bool number_unsigned(json::number_unsigned_t value) { return scalar(json(value)); }
  bool number_float(json::number_float_t value, const std::string&) { return scalar(json(value)); }
  bool string(std::string& value) { return scalar(json(std::move(value))); }
  bool binary(json::binary_t& value) { return scalar(json(std::move(value))); }

  std::uint64_t digest() const { return digest_.value(); }

  bool start_object(std::size_t) {
    digest_.add("{");
    if (state_ == State::kStart) {
      state_ = State::kTop;
      return true;
    }
    return open(json::object());
  }
  bool start_array(std::size_t) {
    digest_.add("[");
    if (state_ == State::kTop && schema_checked_) {
      if (std::optional<ItemKind> kind = item_kind(key_); kind && !streamed_[static_cast<int>(*kind)]) {
        items_ = *kind;
        streamed_[static_cast<int>(*kind)] = true;
        state_ = State::kItems;
        return true;
      }
    }
    return open(json::array());
  }
  bool key(std::string& key) {
    digest_.add("k");
    digest_.add(key);
    if (state_ == State::kTop) key_ = std::move(key);
    else builder_.key(std::move(key));
    return true;
  }
  bool end_object() {
    digest_.add("}");
    if (state_ == State::kTop) {
      finish();
      state_ = State::kDone;
      return true;
    }
    return close();
  }
  bool end_array() {
    digest_.add("]");
    if (state_ == State::kItems) {
      state_ = State::kTop;
      return true;
    }
    return close();
  }
  bool parse_error(std::size_t, const std::string&, const json::exception& error) {
    throw Error(ErrorKind::kInput, where_, std::string("not valid JSON: ") + error.what());
  }

 private:
  enum class State { kStart, kTop, kField, kItems, kItem, kDone };

  bool scalar(json value) {
    digest_.add(value.dump());
    switch (state_) {
      case State::kStart: not_an_object();
      case State::kTop:
        builder_.start(top_[key_]);
        builder_.scalar(std::move(value));
        field_done();
        return true;
      case State::kItems:
        builder_.start(item_);
        builder_.scalar(std::move(value));
        item_done();
        return true;
      case State::kField:
        if (builder_.scalar(std::move(value))) field_done();
        return true;
      case State::kItem:
        if (builder_.scalar(std::move(value))) item_done();
        return true;
      case State::kDone: return true;
    }
    return true;
  }
  bool open(json container) {
    switch (state_) {
      case State::kStart: not_an_object();
      case State::kTop:
        builder_.start(top_[key_]);
        state_ = State::kField;
        break;
      case State::kItems:
        builder_.start(item_);
        state_ = State::kItem;
        break;
      case State::kField:
      case State::kItem:
      case State::kDone: break;
    }
    builder_.open(std::move(container));
    return true;
  }
  bool close() {
    if (!builder_.close()) return true;
    if (state_ == State::kField) field_done();
    else if (state_ == State::kItem) item_done();
    return true;
  }

  void field_done() {
    state_ = State::kTop;
    // The schema comes first in the partials palabre writes: past it, the long arrays can
    // be added as they come. A document that puts it later is read whole, then checked.
    if (key_ == "schema") check_schema();
  }
  void item_done() {
    state_ = State::kItems;
    add_item(items_, item_, next_index_[static_cast<int>(items_)]++, where_, corpus_, maxima_);
  }

  [[noreturn]] void not_an_object() const {
    throw Error(ErrorKind::kInput, where_, "expected a palabre.partial/1 object");
  }
  void check_schema() {
    auto schema = top_.find("schema");
    if (schema == top_.end() || !schema->is_string() || *schema != kPartialSchema)
      throw Error(ErrorKind::kInput, where_,
                  "not a palabre.partial/1 document (write partials with 'palabre analyze --emit partial')");
    schema_checked_ = true;
  }

  // The fields that were not streamed, checked in the order of the document's definition.
  void finish() {
    if (!schema_checked_) check_schema();
    corpus_.threads = count_field(top_, "threads", where_);
    corpus_.comments = count_field(top_, "comments", where_);
    corpus_.tagged = count_field(top_, "tagged", where_);
    corpus_.undated = count_field(top_, "undated", where_);
    for (ItemKind kind : {ItemKind::kTheme, ItemKind::kPoint}) add_whole_array(kind);
    corpus_.per_day = counts_object(top_, "per_day", where_);
    add_whole_array(ItemKind::kFailure);
    corpus_.palabre_version = string_field(top_, "palabre_version", where_);
    corpus_.themes_fingerprint = string_field(top_, "themes_fingerprint", where_);
    corpus_.analysis_options = string_field(top_, "analysis_options", where_);
    corpus_.threads_fingerprint = fingerprint_field(top_, "threads_fingerprint", where_);
    check_totals();
  }
  // Every count of one comment or one thread is at most the corpus's own.
  void check_totals() const {
    check_at_most(corpus_.tagged, corpus_.comments, "'tagged'", where_);
    check_at_most(corpus_.undated, corpus_.comments, "'undated'", where_);
    for (const auto& [day, count] : corpus_.per_day)
      check_at_most(count, corpus_.comments, "per_day '" + day + "'", where_);
    for (const auto& [id, theme] : corpus_.themes) {
      check_at_most(theme.comments, corpus_.comments, "theme '" + id + "': 'comments'", where_);
      check_at_most(theme.threads, corpus_.threads, "theme '" + id + "': 'threads'", where_);
    }
    check_at_most(maxima_.threads, corpus_.threads, "a talking point's 'threads'", where_);
    check_at_most(maxima_.comments, corpus_.comments, "a talking point's 'comments'", where_);
  }
  void add_whole_array(ItemKind kind) {
    if (streamed_[static_cast<int>(kind)]) return;
    const json& items = array_field(top_, item_key(kind), where_);
    for (std::size_t i = 0; i < items.size(); ++i) add_item(kind, items[i], i, where_, corpus_, maxima_);
  }

  const std::string& where_;
  CorpusReport& corpus_;
  State state_ = State::kStart;
  json top_ = json::object();  // the top-level fields, but for the streamed arrays
  std::string key_;            // the top-level key whose value comes next
  bool schema_checked_ = false;
  ItemKind items_ = ItemKind::kTheme;  // the array being streamed (state kItems, kItem)
  bool streamed_[3] = {false, false, false};
  std::size_t next_index_[3] = {0, 0, 0};
  json item_;
  TreeBuilder builder_;
  ItemMaxima maxima_;  // of the themes and points, checked against the totals at the end
  Fingerprint digest_;
};

}  // namespace

void read_each_partial(std::istream& in, const std::string& where, std::size_t point_budget,
                       const std::function<void(ReadPartial&)>& each) {
  std::size_t index = 0;
  for (;;) {
    in >> std::ws;
    if (in.peek() == std::char_traits<char>::eof()) break;
    ++index;
    // Its own table, so that a document that fails half-way adds nothing.
    ReadPartial document;
    document.where = where + ": document " + std::to_string(index);
    document.corpus.points = PointTable(point_budget);
    PartialEvents events(document.where, document.corpus);
    // Not strict: the stream may hold more documents after this one.
    json::sax_parse(in, &events, json::input_format_t::json, false);
    document.digest = events.digest();
    each(document);
  }
  if (in.bad()) throw Error(ErrorKind::kInput, where, "read error");
  if (index == 0) throw Error(ErrorKind::kInput, where, "no partial in it (empty input)");
}

void read_partials(std::istream& in, const std::string& where, CorpusReport& corpus) {
  read_each_partial(in, where, corpus.points.budget(), [&](ReadPartial& document) {
    merge_corpus(corpus, document.corpus);
  });
}

}  // namespace palabre
