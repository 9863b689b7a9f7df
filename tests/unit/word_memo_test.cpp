// The worker's memo of spellings: ids distinct across the languages that share it, slot
// values that live exactly until their slot's reset or the memo's forgetting.
#include "palabre/analyze/word_memo.hpp"

#include <gtest/gtest.h>

#include "palabre/analyze/analyzer_set.hpp"
#include "palabre/analyze/token_key_interner.hpp"

namespace palabre {
namespace {

WordMemo::Forms forms_of(WordMemo& memo, std::string_view word) {
  WordMemo::Forms forms;
  forms.folded = forms.stem = memo.keep(word);
  return forms;
}

// Fills `memo` with fresh spellings until it is full.
void fill(WordMemo& memo, std::uint32_t language) {
  for (std::size_t i = 0; memo.size() < WordMemo::kLimit; ++i) {
    const std::string word = "filler" + std::to_string(i);
    memo.add(language, word, forms_of(memo, word));
  }
}

TEST(WordMemo, SlotValuesLiveUntilTheirSlotIsReset) {
  WordMemo memo;
  const std::uint32_t fr = memo.add_language();
  const std::uint32_t id = memo.add(fr, "artisans", forms_of(memo, "artisan"));
  auto first = memo.claim_slot<std::uint32_t>();
  auto second = memo.claim_slot<std::uint32_t>();
  EXPECT_EQ(first.find(id), nullptr);
  first.store(id, 7);
  second.store(id, 9);
  ASSERT_NE(first.find(id), nullptr);
  EXPECT_EQ(*first.find(id), 7u);
  first.reset();
  EXPECT_EQ(first.find(id), nullptr);
  ASSERT_NE(second.find(id), nullptr);  // another stage's values stay
  EXPECT_EQ(*second.find(id), 9u);
  first.store(id, 8);
  EXPECT_EQ(*first.find(id), 8u);
  EXPECT_EQ(first.find(kNoWordId), nullptr);
  first.store(kNoWordId, 1);  // nothing to store it for
  EXPECT_EQ(first.find(kNoWordId), nullptr);
}

TEST(WordMemo, ForgettingEmptiesEntriesAndEverySlotOnlyWhenFull) {
  WordMemo memo;
  const std::uint32_t fr = memo.add_language();
  const std::uint32_t id = memo.add(fr, "artisans", forms_of(memo, "artisan"));
  auto slot = memo.claim_slot<std::uint32_t>();
  slot.store(id, 3);
  memo.forget_if_full();  // not full: nothing forgotten
  EXPECT_EQ(memo.find(fr, "artisans"), id);
  ASSERT_NE(slot.find(id), nullptr);
  fill(memo, fr);
  memo.forget_if_full();
  EXPECT_EQ(memo.size(), 0u);
  EXPECT_EQ(memo.find(fr, "artisans"), std::nullopt);
  // The id comes back for another spelling: the slot must not give the old one's value.
  const std::uint32_t reused = memo.add(fr, "commerçants", forms_of(memo, "commercant"));
  EXPECT_EQ(reused, id);
  EXPECT_EQ(slot.find(reused), nullptr);
}

TEST(WordMemo, EachLanguageHasItsOwnIdsForTheSameSpelling) {
  AnalyzerSet analyzers;
  Analyzer* french = analyzers.find("fr");
  Analyzer* english = analyzers.find("en");
  ASSERT_TRUE(french && english);
  const Token in_french = french->analyze("parties")[0];
  const Token in_english = english->analyze("parties")[0];
  EXPECT_NE(in_french.word, in_english.word);
  EXPECT_NE(in_french.stem, in_english.stem);
  EXPECT_EQ(french->analyze("parties")[0].word, in_french.word);
  // So a stage keying its values by spelling tells them apart.
  TokenKeyInterner stems(&analyzers.memo());
  const std::uint32_t french_id = stems.intern(in_french, in_french.stem);
  EXPECT_NE(stems.intern(in_english, in_english.stem), french_id);
  EXPECT_EQ(stems.intern(in_french, in_french.stem), french_id);
}

TEST(WordMemo, AStageRenumberingPerThreadStartsAfresh) {
  AnalyzerSet analyzers;
  Analyzer& french = *analyzers.find("fr");
  TokenKeyInterner stems(&analyzers.memo());
  const std::vector<Token> first = french.analyze("artisans commerce");
  EXPECT_EQ(stems.intern(first[0], first[0].stem), 0u);
  EXPECT_EQ(stems.intern(first[1], first[1].stem), 1u);
  stems.clear();  // a new thread: ids follow first appearance again
  const std::vector<Token> next = french.analyze("commerce artisans");
  bool added = false;
  EXPECT_EQ(stems.intern(next[0], next[0].stem, &added), 0u);
  EXPECT_TRUE(added);
  EXPECT_EQ(stems.key(0), first[1].stem);
  EXPECT_EQ(stems.intern(next[1], next[1].stem), 1u);
}

}  // namespace
}  // namespace palabre
