// Interner and SpellingCounter: the dense ids and as-written tallies the summary stage
// (talking points, coverage) counts with instead of maps keyed by strings.
#include "palabre/analyze/interner.hpp"

#include <gtest/gtest.h>

#include <string>

#include "palabre/analyze/spelling_counter.hpp"

namespace palabre {
namespace {

TEST(Interner, GivesDenseIdsInOrderOfFirstAppearance) {
  Interner interner;
  bool added = false;
  EXPECT_EQ(interner.intern("artisan", &added), 0u);
  EXPECT_TRUE(added);
  EXPECT_EQ(interner.intern("village", &added), 1u);
  EXPECT_TRUE(added);
  EXPECT_EQ(interner.intern("artisan", &added), 0u);
  EXPECT_FALSE(added);
  EXPECT_EQ(interner.intern(""), 2u);  // the empty key is a key like any other
  EXPECT_EQ(interner.size(), 3u);
  EXPECT_EQ(interner.key(0), "artisan");
  EXPECT_EQ(interner.key(1), "village");
  EXPECT_EQ(interner.key(2), "");
  EXPECT_EQ(interner.find("village"), 1u);
  EXPECT_EQ(interner.find("villag"), std::nullopt);
}

TEST(Interner, KeysAreBytesNotCStrings) {
  Interner interner;
  const std::string with_zero("a\0b", 3), other("a\0c", 3);
  EXPECT_EQ(interner.intern(with_zero), 0u);
  EXPECT_EQ(interner.intern(other), 1u);
  EXPECT_EQ(interner.intern("a"), 2u);
  EXPECT_EQ(interner.key(0), with_zero);
}

TEST(Interner, KeepsEveryKeyThroughGrowth) {
  Interner interner;
  for (int i = 0; i < 5000; ++i) EXPECT_EQ(interner.intern("w" + std::to_string(i)), static_cast<std::uint32_t>(i));
  for (int i = 0; i < 5000; ++i) {
    EXPECT_EQ(interner.find("w" + std::to_string(i)), static_cast<std::uint32_t>(i));
    EXPECT_EQ(interner.key(static_cast<std::uint32_t>(i)), "w" + std::to_string(i));
  }
  EXPECT_EQ(interner.find("w5000"), std::nullopt);
}

TEST(Interner, ClearForgetsKeysAndStartsIdsAgain) {
  Interner interner;
  for (int i = 0; i < 3000; ++i) interner.intern("w" + std::to_string(i));
  interner.clear();  // also shrinks the table, which must stay consistent
  EXPECT_EQ(interner.size(), 0u);
  EXPECT_EQ(interner.find("w1"), std::nullopt);
  EXPECT_EQ(interner.intern("w2999"), 0u);
  EXPECT_EQ(interner.intern("w1"), 1u);
  EXPECT_EQ(interner.find("w2999"), 0u);
}

TEST(SpellingCounter, MostWrittenLowercasedSpellingWins) {
  SpellingCounter spellings;
  spellings.count(0, "Artisans");
  spellings.count(0, "artisan");
  spellings.count(0, "ARTISANS");  // with "Artisans": "artisans" written twice
  spellings.count(1, "village");
  EXPECT_EQ(spellings.most_written(0), "artisans");
  EXPECT_EQ(spellings.most_written(1), "village");
  EXPECT_EQ(spellings.most_written(2), "");  // never counted
}

TEST(SpellingCounter, TieGoesToTheFirstInByteOrder) {
  SpellingCounter spellings;
  spellings.count(3, "place du marché");
  spellings.count(3, "place de marché");
  EXPECT_EQ(spellings.most_written(3), "place de marché");
  spellings.count(3, "Place du marché");
  EXPECT_EQ(spellings.most_written(3), "place du marché");
}

TEST(SpellingCounter, OwnersDoNotShareSpellingsAndClearForgets) {
  SpellingCounter spellings;
  spellings.count(0, "chine");
  spellings.count(1, "Chine");
  spellings.count(1, "Chine");
  spellings.count(0, "CHINOIS");
  spellings.count(0, "chinois");
  EXPECT_EQ(spellings.most_written(0), "chinois");
  EXPECT_EQ(spellings.most_written(1), "chine");
  spellings.clear();
  EXPECT_EQ(spellings.most_written(0), "");
  spellings.count(0, "pays");
  EXPECT_EQ(spellings.most_written(0), "pays");
}

// Past a handful of spellings a key's spellings are looked up by hash: counts must carry
// over from the short list to the index.
TEST(SpellingCounter, ManySpellingsOfOneKeyKeepTheirCounts) {
  SpellingCounter spellings;
  for (int round = 0; round < 3; ++round)
    for (int i = 0; i < 20; ++i) spellings.count(7, "variante " + std::to_string(i));
  spellings.count(7, "Variante 13");
  spellings.count(7, "variante 13");
  spellings.count(8, "variante 13");
  EXPECT_EQ(spellings.most_written(7), "variante 13");
  spellings.count(7, "VARIANTE 2");
  spellings.count(7, "variante 2");
  spellings.count(7, "variante 2");
  EXPECT_EQ(spellings.most_written(7), "variante 2");  // 6 against 5
  EXPECT_EQ(spellings.most_written(8), "variante 13");
}

TEST(IdTupleInterner, GivesDenseIdsToTuples) {
  IdTupleInterner<3> interner;
  bool added = false;
  EXPECT_EQ(interner.intern({1, 2, 3}, &added), 0u);
  EXPECT_TRUE(added);
  EXPECT_EQ(interner.intern({3, 2, 1}), 1u);
  EXPECT_EQ(interner.intern({1, 2, 3}, &added), 0u);
  EXPECT_FALSE(added);
  for (std::uint32_t i = 0; i < 3000; ++i) EXPECT_EQ(interner.intern({i, i, 7}), i + 2);
  EXPECT_EQ(interner.intern({5, 5, 7}), 7u);
  EXPECT_EQ(interner.key(1), (IdTupleInterner<3>::Key{3, 2, 1}));
  interner.clear();
  EXPECT_EQ(interner.size(), 0u);
  EXPECT_EQ(interner.intern({3, 2, 1}), 0u);
}

}  // namespace
}  // namespace palabre
