// Outputs that say what made them: JSON outputs carry palabre's version, so that runs of
// different versions are told apart; `eval` warns about gold labels that no theme of the
// set has.
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>
#include <regex>

#include "cli/run_command.hpp"
#include "cli/scratch.hpp"
#include "support/json_schema.hpp"

namespace palabre::testing {
namespace {

using nlohmann::json;

const std::string kSample = "samples/villages-2-0-chinois.txt";
const char* kExtra = R"({"themes": [{"id": "weather", "label": "Météo", "terms": ["pluie", "tempête"]}]})";

std::string version() {
  std::string shown = run_palabre({"--version"}).out;  // "palabre 0.1.0\n"
  return shown.substr(8, shown.find('\n') - 8);
}

// The generator of a thread record, checked against the schema on the way.
json generator_of(const std::vector<std::string>& args) {
  CommandResult result = run_palabre(args);
  EXPECT_EQ(result.exit_code, 0) << result.err;
  json record = json::parse(result.out);
  EXPECT_EQ(schema_problems(record), "");
  return record["generator"];
}

TEST(Provenance, JsonOutputsCarryTheVersionAndTheThemeSet) {
  ScratchFolder folder("provenance");
  const std::string extra = folder.write("extra.json", kExtra);
  const json plain = {{"name", "palabre"}, {"version", version()}};
  EXPECT_TRUE(std::regex_match(version(), std::regex("[0-9]+\\.[0-9]+\\.[0-9]+.*"))) << version();
  const json by_default = generator_of({kSample, "-f", "json"});
  const json with_extra = generator_of({kSample, "-f", "json", "--themes=default", "--themes=" + extra});
  ASSERT_TRUE(by_default.contains("themes"));
  ASSERT_TRUE(with_extra.contains("themes"));
  EXPECT_NE(by_default["themes"], with_extra["themes"]);  // other themes, other fingerprint
  EXPECT_EQ(by_default, generator_of({kSample, "-f", "json"}));  // and the same every run
  json version_only = by_default;
  version_only.erase("themes");
  EXPECT_EQ(version_only, plain);
  EXPECT_EQ(generator_of({"parse", kSample}), plain);  // records only parsed: no theme set
}

TEST(Provenance, EveryJsonDocumentCarriesIt) {
  const json expected = generator_of({kSample, "-f", "json"});
  // A page streamed as it is read, a JSON line per thread, a corpus.
  std::string line = run_palabre({kSample, "-f", "jsonl"}).out;
  EXPECT_EQ(json::parse(line)["generator"], expected);
  json corpus = json::parse(run_palabre({kSample, kSample, "-f", "json", "-q"}).out);
  EXPECT_EQ(corpus["generator"], expected);
  EXPECT_EQ(corpus["threads"][0]["generator"], expected);
  // And the records still read back, the generator aside.
  ScratchFolder folder("read-back");
  CommandResult again = run_palabre({folder.write("record.json", run_palabre({kSample, "-f", "json"}).out), "-f", "json"});
  ASSERT_EQ(again.exit_code, 0) << again.err;
  EXPECT_EQ(json::parse(again.out)["comments"].size(), 5u);
}

TEST(Provenance, EvalWarnsAboutLabelsInNoTheme) {
  ScratchFolder folder("eval-labels");
  const std::string gold = folder.write("gold.jsonl",
                                        "{\"text\": \"Les artisans du village\", \"themes\": [\"craft\"]}\n"
                                        "{\"text\": \"Mon colis Amazon est perdu\", \"themes\": [\"marketplace\"]}\n"
                                        "{\"text\": \"Amazon encore\", \"themes\": [\"marketplace\", \"meteo\"]}\n");
  CommandResult result = run_palabre({"eval", gold});
  EXPECT_EQ(result.exit_code, 0) << result.err;
  EXPECT_EQ(result.err, "palabre: warning: " + gold +
                            ": gold labels that no theme of the set has: 'marketplace' (2), 'meteo' (1); each "
                            "counts as a miss. Check the spelling against 'palabre themes list', or pass the "
                            "theme file that defines them with --themes\n");
  // Labels the set knows: no warning; the JSON result says which palabre measured.
  const std::string known = folder.write("known.jsonl", "{\"text\": \"Les artisans\", \"themes\": [\"craft\"]}\n");
  CommandResult clean = run_palabre({"eval", known, "-f", "json"});
  EXPECT_EQ(clean.err, "");
  EXPECT_EQ(json::parse(clean.out)["generator"], generator_of({kSample, "-f", "json"}));
}

}  // namespace
}  // namespace palabre::testing
