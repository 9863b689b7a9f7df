// A folder's names in one buffer: the same byte order as sorting std::strings, odd bytes
// kept as they are, and a cost per name close to the name's own length.
#include "palabre/batch/name_list.hpp"

#include <gtest/gtest.h>

#include <algorithm>
#include <random>
#include <string>
#include <vector>

namespace palabre {
namespace {

std::vector<std::string> contents(const NameList& names) {
  std::vector<std::string> out;
  for (std::size_t i = 0; i < names.size(); ++i) out.emplace_back(names[i]);
  return out;
}

TEST(NameList, SortsInTheByteOrderOfStdString) {
  // High bytes (UTF-8, Latin-1) after ASCII, a prefix before its extensions, control
  // characters first: what std::sort on std::string gives.
  std::vector<std::string> given = {"b.txt",        "a.txt",     "a",          "ab",   "Z.txt",
                                    "émoji 😀.txt", "latin1-\xE9t\xE9.txt",  "new\nline.txt",
                                    "tab\there",    "with space.txt", "\x7F", "\xFF", "a0", "a.TXT"};
  NameList names;
  for (const std::string& name : given) ASSERT_TRUE(names.add(name));
  names.sort();
  std::vector<std::string> expected = given;
  std::sort(expected.begin(), expected.end());
  EXPECT_EQ(contents(names), expected);
}

TEST(NameList, KeepsInsertionOrderUntilSorted) {
  NameList names;
  EXPECT_TRUE(names.empty());
  names.add("z");
  names.add("");
  names.add("m");
  EXPECT_EQ(contents(names), (std::vector<std::string>{"z", "", "m"}));
  names.sort();
  EXPECT_EQ(contents(names), (std::vector<std::string>{"", "m", "z"}));
}

TEST(NameList, RandomNamesSortLikeStrings) {
  std::mt19937 random(7);
  std::uniform_int_distribution<int> length(0, 12), byte(1, 255);  // any byte but NUL
  std::vector<std::string> given;
  NameList names;
  for (int n = 0; n < 2000; ++n) {
    std::string name;
    for (int i = length(random); i > 0; --i) name += static_cast<char>(byte(random));
    given.push_back(name);
    names.add(name);
  }
  names.sort();
  std::sort(given.begin(), given.end());
  EXPECT_EQ(contents(names), given);
}

TEST(NameList, CostsAboutTheNamesBytes) {
  // 20,000 names of 10 bytes: 11 bytes each in the buffer and a 4-byte offset, where one
  // std::string each cost 32 bytes plus the vector's slot and the allocator's rounding.
  NameList names;
  for (int n = 0; n < 20000; ++n) {
    char name[16];
    std::snprintf(name, sizeof name, "a%05d.txt", n);
    names.add(name);
  }
  names.sort();
  EXPECT_LE(names.capacity_bytes(), 20000u * (10 + 1 + 4));
  EXPECT_EQ(names[0], "a00000.txt");
  EXPECT_EQ(names[19999], "a19999.txt");
}

}  // namespace
}  // namespace palabre
