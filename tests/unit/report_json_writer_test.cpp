// JsonWriter against the output it replaces: nlohmann's dump() of the same document, byte for
// byte, for strings (every escape, valid and invalid UTF-8), numbers and nesting.
#include "palabre/report/json_writer.hpp"

#include <gtest/gtest.h>

#include <cmath>
#include <cstring>
#include <limits>
#include <nlohmann/json.hpp>
#include <random>

namespace palabre {
namespace {

using Tree = nlohmann::ordered_json;

constexpr auto kReplace = Tree::error_handler_t::replace;

std::string dumped(const Tree& tree, int indent = -1) { return tree.dump(indent, ' ', false, kReplace); }

void write_tree(JsonWriter& json, const Tree& tree) {
  if (tree.is_object()) {
    json.begin_object();
    for (auto it = tree.begin(); it != tree.end(); ++it) {
      json.key(it.key());
      write_tree(json, it.value());
    }
    json.end_object();
  } else if (tree.is_array()) {
    json.begin_array();
    for (const Tree& item : tree) write_tree(json, item);
    json.end_array();
  } else if (tree.is_string()) {
    json.value(tree.get_ref<const std::string&>());
  } else if (tree.is_boolean()) {
    json.value(tree.get<bool>());
  } else if (tree.is_null()) {
    json.value(nullptr);
  } else if (tree.is_number_unsigned()) {
    json.value(tree.get<std::uint64_t>());
  } else if (tree.is_number_integer()) {
    json.value(tree.get<std::int64_t>());
  } else {
    json.value(tree.get<double>());
  }
}

std::string written(const Tree& tree, int indent = -1, int depth = 0) {
  std::string out;
  JsonWriter json(out, indent, depth);
  write_tree(json, tree);
  return out;
}

std::string string_json(std::string_view text) {
  std::string out;
  append_json_string(out, text);
  return out;
}

std::string double_json(double number) {
  std::string out;
  append_json_double(out, number);
  return out;
}

TEST(JsonWriter, EscapesEveryAsciiByteAsDumpDoes) {
  for (int c = 0; c < 0x80; ++c) {
    std::string text = "a" + std::string(1, static_cast<char>(c)) + "b";
    EXPECT_EQ(string_json(text), dumped(Tree(text))) << "byte " << c;
  }
  EXPECT_EQ(string_json("\x1f\n\"\\/"), R"("\u001f\n\"\\/")");
  EXPECT_EQ(string_json(std::string_view("\0", 1)), R"("\u0000")");
}

TEST(JsonWriter, PassesUtf8ThroughAndReplacesInvalidBytesAsDumpDoes) {
  EXPECT_EQ(string_json("é – 中 😀"), "\"é – 中 😀\"");
  const std::vector<std::string> invalid = {
      "\xC3",          "a\xC3",         "\xC3(",        "\x80",          "\xC0\xAF",     "\xE0\x80\x80",
      "\xED\xA0\x80",  "\xF4\x90\x80\x80", "\xF0\x9F\x98", "\xF0\x9F\x98x", "\xE2\x82", "\xFF\xFE",
      "\xF5\x80\x80\x80", "ok\xE2\x82(\xE2\x82\xAC"};
  for (const std::string& text : invalid) {
    std::string expected = dumped(Tree(text));
    EXPECT_EQ(string_json(text), expected) << Tree(text).dump(-1, ' ', true, kReplace);
    EXPECT_NE(string_json(text).find("\xEF\xBF\xBD"), std::string::npos);
  }
}

TEST(JsonWriter, RandomBytesGiveTheSameStringsAsDump) {
  std::mt19937 random(7);
  // Bytes drawn so that valid sequences, broken ones and escapes all come up often.
  const std::string alphabet = std::string("ab \"\\\n\t\x01\x1f\x7f", 11) +
                               "\x80\x8f\x90\x9f\xa0\xbf\xc0\xc2\xc3\xdf\xe0\xe2\xed\xef\xf0\xf4\xf5\xff";
  for (int round = 0; round < 20000; ++round) {
    std::string text;
    std::size_t length = random() % 12;
    for (std::size_t i = 0; i < length; ++i) text += alphabet[random() % alphabet.size()];
    ASSERT_EQ(string_json(text), dumped(Tree(text))) << Tree(text).dump(-1, ' ', true, kReplace);
  }
}

TEST(JsonWriter, DoublesAsDumpWritesThem) {
  const std::vector<double> special = {0.0,     -0.0,    1.0,      -1.0,   0.1,      0.5,     1.0 / 3.0,
                                       0.3333,  2.5e-5,  1e-4,     1e-5,   123.456,  1e15,    1e16,
                                       1e21,    9007199254740993.0, 1e100, 5e-324, 2.2250738585072014e-308,
                                       std::numeric_limits<double>::max(), std::numeric_limits<double>::lowest(),
                                       123456789012345.0, 1234567890123456.0, 0.000123};
  for (double number : special) EXPECT_EQ(double_json(number), Tree(number).dump()) << number;
  EXPECT_EQ(double_json(std::numeric_limits<double>::infinity()), "null");
  EXPECT_EQ(double_json(std::numeric_limits<double>::quiet_NaN()), "null");
  EXPECT_EQ(double_json(3.0), "3.0");
  EXPECT_EQ(double_json(1e-5), "1e-05");
}

TEST(JsonWriter, RandomDoublesAsDumpWritesThem) {
  std::mt19937_64 random(11);
  std::uniform_real_distribution<double> unit(0.0, 1.0);
  for (int round = 0; round < 200000; ++round) {
    double number = 0;
    switch (round % 3) {
      case 0: {  // any bit pattern, where grisu2 and the shortest form part ways now and then
        std::uint64_t bits = random();
        std::memcpy(&number, &bits, sizeof number);
        break;
      }
      case 1: number = unit(random); break;
      default: number = std::round(unit(random) * 100000.0) / 10000.0; break;  // like the shares
    }
    ASSERT_EQ(double_json(number), Tree(number).dump()) << number;
  }
}

TEST(JsonWriter, IntegersAsDumpWritesThem) {
  std::string out;
  JsonWriter json(out);
  json.begin_array()
      .value(std::size_t{0})
      .value(std::numeric_limits<std::size_t>::max())
      .value(-42L)
      .value(std::numeric_limits<long long>::min())
      .value(std::optional<long>{})
      .value(std::optional<long>{7})
      .end_array();
  EXPECT_EQ(out, "[0,18446744073709551615,-42,-9223372036854775808,null,7]");
}

Tree random_tree(std::mt19937& random, int depth) {
  switch (depth <= 0 ? random() % 5 : random() % 7) {
    case 0: return Tree("s" + std::to_string(random() % 100) + "\n\"é\"");
    case 1: return Tree(random() % 2 == 0);
    case 2: return Tree(nullptr);
    case 3: return Tree(static_cast<std::size_t>(random()));
    case 4: return Tree(static_cast<double>(random() % 100000) / 1000.0);
    case 5: {
      Tree array = Tree::array();
      for (std::size_t i = 0, n = random() % 4; i < n; ++i) array.push_back(random_tree(random, depth - 1));
      return array;
    }
    default: {
      Tree object = Tree::object();
      for (std::size_t i = 0, n = random() % 4; i < n; ++i)
        object["k" + std::to_string(i)] = random_tree(random, depth - 1);
      return object;
    }
  }
}

TEST(JsonWriter, NestingAndIndentationAsDump) {
  std::mt19937 random(3);
  for (int round = 0; round < 2000; ++round) {
    Tree tree = random_tree(random, 5);
    for (int indent : {-1, 0, 2, 4}) ASSERT_EQ(written(tree, indent), dumped(tree, indent)) << dumped(tree);
  }
  EXPECT_EQ(written(Tree::object(), 2), "{}");
  EXPECT_EQ(written(Tree{{"a", Tree::array()}, {"b", Tree::object()}}, 2), "{\n  \"a\": [],\n  \"b\": {}\n}");
}

TEST(JsonWriter, NestedDepthIndentsEveryLineButTheFirst) {
  // As a value two levels down in an enclosing document, e.g. a thread in the corpus's array.
  Tree tree = {{"a", {1, 2}}, {"b", {{"c", Tree::array()}}}};
  std::string expected = dumped(tree, 2);
  for (std::size_t at = expected.find('\n'); at != std::string::npos; at = expected.find('\n', at + 1))
    expected.insert(at + 1, "    ");
  EXPECT_EQ(written(tree, 2, 2), expected);
}

TEST(JsonWriter, SeveralTopLevelValuesAreNotSeparated) {
  std::string out;
  JsonWriter json(out);
  json.begin_object().member("a", 1).end_object();
  out += '\n';
  json.begin_object().member("b", "x").end_object();
  EXPECT_EQ(out, "{\"a\":1}\n{\"b\":\"x\"}");
}

}  // namespace
}  // namespace palabre
