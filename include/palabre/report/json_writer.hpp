// A JSON writer that streams into a string: no tree is built, each value is appended as it
// comes. Its bytes are those of nlohmann's dump() for the same document (compact, or indented
// like dump(indent), optionally as a value nested `depth` levels deep in a larger document),
// so that switching a report from a tree to the writer changes no output:
//   - strings: \" \\ \b \f \n \r \t, other control characters as \u00XX (lowercase hex),
//     everything else, UTF-8 included, as is; an invalid UTF-8 sequence becomes U+FFFD, like
//     dump's error_handler_t::replace (one U+FFFD per maximal invalid subpart);
//   - doubles: nlohmann's own grisu2 formatting ("0.25", "3.0", "1e-05"), null if not finite;
//   - empty objects and arrays as {} and [] whatever the indent.
//
//   std::string out;
//   JsonWriter json(out, 2);
//   json.begin_object().member("id", "c1").key("themes").begin_array().end_array().end_object();
#pragma once

#include <concepts>
#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <type_traits>
#include <vector>

namespace palabre {

class JsonWriter {
 public:
  // `indent` < 0: compact, as dump(); otherwise as dump(indent). `depth`: how many levels the
  // value sits inside an enclosing document (its first line is the caller's to indent).
  explicit JsonWriter(std::string& out, int indent = -1, int depth = 0);

  JsonWriter& begin_object();
  JsonWriter& end_object();
  JsonWriter& begin_array();
  JsonWriter& end_array();
  JsonWriter& key(std::string_view name);

  JsonWriter& value(std::string_view text);
  JsonWriter& value(const char* text) { return value(std::string_view(text)); }
  JsonWriter& value(bool flag);
  JsonWriter& value(std::nullptr_t);
  JsonWriter& value(double number);
  template <std::integral Integer>
    requires(!std::same_as<Integer, bool>)
  JsonWriter& value(Integer number) {
    if constexpr (std::is_signed_v<Integer>) return signed_value(static_cast<long long>(number));
    else return unsigned_value(static_cast<unsigned long long>(number));
  }
  template <typename T>
  JsonWriter& value(const std::optional<T>& maybe) {
    return maybe ? value(*maybe) : value(nullptr);
  }
  JsonWriter& value(const std::vector<std::string>& texts);

  template <typename T>
  JsonWriter& member(std::string_view name, const T& v) {
    key(name);
    return value(v);
  }

 private:
  JsonWriter& signed_value(long long number);
  JsonWriter& unsigned_value(unsigned long long number);
  void before_value();  // the separator and line break a new element needs
  void open(char bracket);
  void close(char bracket);
  void new_line(std::size_t level);

  std::string& out_;
  int indent_;
  std::size_t depth_;
  std::vector<bool> has_elements_;  // one entry per open container
  bool after_key_ = false;
};

// `text` as a JSON string, quotes included, escaped as described above.
void append_json_string(std::string& out, std::string_view text);

// `number` as nlohmann's dump() writes a double.
void append_json_double(std::string& out, double number);

}  // namespace palabre
