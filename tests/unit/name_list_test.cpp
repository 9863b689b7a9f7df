// A folder's names packed: the same byte order as sorting std::strings, odd bytes kept as
// they are, and a few bytes a name when sorted neighbours share their beginning.
#include "palabre/batch/name_list.hpp"

#include <gtest/gtest.h>

#include <algorithm>
#include <cstdio>
#include <optional>
#include <random>
#include <string>
#include <vector>

namespace palabre {
namespace {

// Every name, read in order after sort().
std::vector<std::string> sorted_contents(NameList& names) {
  names.sort();
  std::vector<std::string> out;
  while (std::optional<std::string_view> name = names.next()) out.emplace_back(*name);
  EXPECT_FALSE(names.next());  // stays at the end
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
  EXPECT_EQ(names.size(), given.size());
  std::vector<std::string> expected = given;
  std::sort(expected.begin(), expected.end());
  EXPECT_EQ(sorted_contents(names), expected);
}

TEST(NameList, EmptyNamesAndLists) {
  NameList none;
  EXPECT_EQ(sorted_contents(none), std::vector<std::string>{});
  NameList names;
  names.add("z");
  names.add("");
  names.add("m");
  names.add("m");  // a prefix shared whole, and nothing else
  EXPECT_EQ(sorted_contents(names), (std::vector<std::string>{"", "m", "m", "z"}));
}

TEST(NameList, LongNamesAndLongSharedPrefixes) {
  // Lengths past 127 take two bytes each in the packing.
  std::string stem(300, 'x');
  NameList names;
  std::vector<std::string> given = {stem + "b", stem, stem + "a" + std::string(200, 'y'), "w", stem + "a"};
  for (const std::string& name : given) names.add(name);
  std::sort(given.begin(), given.end());
  EXPECT_EQ(sorted_contents(names), given);
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
  std::sort(given.begin(), given.end());
  EXPECT_EQ(sorted_contents(names), given);
}

TEST(NameList, CostsAFewBytesANameOnceSorted) {
  // 40,000 names as gen-corpus makes them: sorted neighbours share "a0012", so each costs
  // its last digit, ".txt" and two length bytes — where one std::string each cost ~52.
  NameList names;
  for (int n = 40000; n > 0; --n) {
    char name[16];
    std::snprintf(name, sizeof name, "a%05d.txt", n);
    names.add(name);
  }
  std::vector<std::string> read = sorted_contents(names);
  ASSERT_EQ(read.size(), 40000u);
  EXPECT_EQ(read.front(), "a00001.txt");
  EXPECT_EQ(read.back(), "a40000.txt");
  EXPECT_LE(names.capacity_bytes(), 40000u * 8);
}

}  // namespace
}  // namespace palabre
