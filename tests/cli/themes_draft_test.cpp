// `palabre themes draft`: a theme file drafted from a page's discussion groups, which
// `themes check` accepts and which, run on the same page, tags its grouped comments.
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include <filesystem>
#include <fstream>
#include <set>

#include "run_command.hpp"

namespace palabre::testing {
namespace {

namespace fs = std::filesystem;
using nlohmann::json;

// A thread with three conversations written for this test, as JSON comments.
std::string thread_json() {
  const std::vector<std::pair<std::string, std::string>> comments = {
      {"Ana", "Les douanes laissent passer les colis sans aucun contrôle."},
      {"Bruno", "Les artisans du Yunnan travaillent l'argent à la main."},
      {"Chloé", "Aucun contrôle douanier sur ces colis, c'est incroyable."},
      {"David", "Ces artisans vivent enfin de leur savoir-faire."},
      {"Emma", "Les colis passent la douane comme si de rien n'était."},
      {"Farid", "Le savoir-faire des artisans mérite mieux que nos supermarchés."},
      {"Gaëlle", "La douane devrait taxer chaque colis venu de loin."},
      {"Hugo", "Des artisans pareils, on n'en trouve plus, leur savoir-faire se perd."},
      {"Inès", "Les entrepôts logistiques de la région grossissent chaque année."},
      {"Jules", "Ces entrepôts logistiques emploient des intérimaires mal payés."},
      {"Karim", "Un entrepôt logistique de plus, et toujours des intérimaires."},
      {"Léa", "Les intérimaires des entrepôts n'ont aucun droit."}};
  json thread = {{"article", {{"title", "Le commerce en ligne au village"}}}, {"comments", json::array()}};
  for (const auto& [author, text] : comments) thread["comments"].push_back({{"author", author}, {"text", text}});
  return thread.dump();
}

TEST(ThemesDraft, CheckedAndTagsTheGroupedComments) {
  const fs::path dir = fs::temp_directory_path() / "palabre-themes-draft";
  fs::create_directories(dir);
  const fs::path page = dir / "thread.json", draft = dir / "draft.json";
  std::ofstream(page) << thread_json();

  CommandResult drafted = run_palabre({"themes", "draft", page.string(), "-o", draft.string()});
  ASSERT_EQ(drafted.exit_code, 0) << drafted.err;
  const json file = json::parse(std::ifstream(draft));
  EXPECT_EQ(file["language"], "fr");
  ASSERT_GE(file["themes"].size(), 2u);
  for (const json& theme : file["themes"]) {
    EXPECT_FALSE(theme["terms"].empty());
    EXPECT_FALSE(theme["description"].get<std::string>().empty());
  }

  CommandResult checked = run_palabre({"themes", "check", draft.string()});
  EXPECT_EQ(checked.exit_code, 0) << checked.out << checked.err;

  const json report = json::parse(run_palabre({"analyze", "-f", "json", "--themes", draft.string(), page.string()}).out);
  std::set<std::string> grouped, tagged;
  for (const json& group : report["summary"]["groups"])
    for (const json& id : group["comments"]) grouped.insert(id);
  for (const json& comment : report["comments"])
    if (!comment["themes"].empty()) tagged.insert(comment["id"]);
  ASSERT_FALSE(grouped.empty());
  std::size_t reached = 0;
  for (const std::string& id : grouped) reached += tagged.count(id);
  EXPECT_GE(10 * reached, 8 * grouped.size()) << reached << " of " << grouped.size();
  fs::remove_all(dir);
}

TEST(ThemesDraft, NothingToDraftIsAClearError) {
  const fs::path page = fs::temp_directory_path() / "palabre-themes-draft-empty.txt";
  std::ofstream(page) << "Un titre\n\nUn article sans commentaires.\n";
  CommandResult drafted = run_palabre({"themes", "draft", page.string()});
  EXPECT_EQ(drafted.exit_code, 2);
  EXPECT_NE(drafted.err.find("no discussion group"), std::string::npos) << drafted.err;
  fs::remove(page);
}

}  // namespace
}  // namespace palabre::testing

namespace palabre::testing {
namespace {

TEST(Points, TheNumberOfTalkingPointsIsTheUsers) {
  const std::string sample = source_path("samples/villages-2-0-chinois.txt");
  const auto points = [&](const std::vector<std::string>& extra) {
    std::vector<std::string> args = {"analyze", "-f", "json"};
    args.insert(args.end(), extra.begin(), extra.end());
    args.push_back(sample);
    return nlohmann::json::parse(run_palabre(args).out)["summary"]["talking_points"].size();
  };
  EXPECT_EQ(points({"--points", "2"}), 2u);
  EXPECT_GT(points({}), 2u);
  CommandResult zero = run_palabre({"analyze", "--points", "0", sample});
  EXPECT_EQ(zero.exit_code, 2);
  EXPECT_NE(zero.err.find("--points"), std::string::npos) << zero.err;
}

}  // namespace
}  // namespace palabre::testing
