// Time to parse one saved HTML page (decode excluded): each page of ../shared/corpus and of
// tests/fixtures/html when present, and generated threads of 4,000 comments — flat,
// threaded, nested 4,000 deep, and without any class word — so that a quadratic pass in the
// comment finder shows as a jump here. The goal: every page under 50 ms.
#include <benchmark/benchmark.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "palabre/parse/html_page.hpp"
#include "palabre/text/charset.hpp"

namespace {

namespace fs = std::filesystem;

std::string read_file(const fs::path& path) {
  std::ifstream file(path, std::ios::binary);
  std::ostringstream contents;
  contents << file.rdbuf();
  return contents.str();
}

std::string page_around(const std::string& thread) {
  return "<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>Un article - Le Site</title>"
         "</head><body><header><nav><a href=\"/\">Accueil</a></nav></header><main><article>"
         "<h1>Un article</h1><p>Le texte de l'article, assez long pour faire un paragraphe.</p>"
         "</article>" + thread + "</main><footer>Pied de page</footer></body></html>";
}

std::string wordpress_comment(int i, int depth) {
  return "<li id=\"comment-" + std::to_string(i) + "\" class=\"comment depth-" +
         std::to_string(depth) + "\"><article class=\"comment-body\"><footer class=\"comment-meta\">"
         "<b class=\"fn\">Lecteur " + std::to_string(i % 97) + "</b> <time datetime=\"2021-03-04T10:" +
         std::to_string(10 + i % 50) + ":00\">4 mars 2021 à 10:" + std::to_string(10 + i % 50) +
         "</time></footer><div class=\"comment-content\"><p>Le commentaire numéro " +
         std::to_string(i) + " dit ce qu'il pense de l'article, en deux phrases. Voilà.</p></div>"
         "<div class=\"reply\"><a href=\"#\">Répondre</a></div></article>";
}

// Comments in reply chains of five: depth-1 … depth-5, each in the previous one's ol.children.
std::string threaded_page(int comments) {
  std::string thread = "<div id=\"comments\"><h2>" + std::to_string(comments) +
                       " commentaires</h2><ol class=\"comment-list\">";
  for (int i = 0; i < comments; i += 5) {
    for (int d = 0; d < 5; ++d) thread += wordpress_comment(i + d, d + 1) + (d < 4 ? "<ol class=\"children\">" : "");
    for (int d = 4; d >= 0; --d) thread += std::string("</li>") + (d > 0 ? "</ol>" : "");
  }
  return page_around(thread + "</ol></div>");
}

std::string flat_page(int comments) {
  std::string thread = "<ol class=\"comment-list\">";
  for (int i = 0; i < comments; ++i) thread += wordpress_comment(i, 1) + "</li>";
  return page_around(thread + "</ol>");
}

// Every comment a reply to the one before: nesting as deep as the thread is long.
std::string deep_page(int comments) {
  std::string thread = "<ol class=\"comment-list\">";
  for (int i = 0; i < comments; ++i) thread += wordpress_comment(i, i + 1) + "<ol class=\"children\">";
  for (int i = 0; i < comments; ++i) thread += "</ol></li>";
  return page_around(thread + "</ol>");
}

// Sibling records with no class word at all: a name, a date, a text.
std::string unmarked_page(int comments) {
  std::string thread = "<div class=\"x1\">";
  for (int i = 0; i < comments; ++i)
    thread += "<div class=\"x2\"><div class=\"x3\"><span class=\"x4\">Lectrice " +
              std::to_string(i % 89) + "</span> <span class=\"x5\">12/03/2020 à 10:" +
              std::to_string(10 + i % 50) + "</span></div><p class=\"x6\">Un avis de lectrice, "
              "numéro " + std::to_string(i) + ", sur ce qui précède.</p></div>";
  return page_around(thread + "</div>");
}

void parse_page(benchmark::State& state, const std::string& page) {
  for (auto _ : state) benchmark::DoNotOptimize(palabre::parse_html_page(page));
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * page.size()));
}

void register_folder(const std::string& prefix, const fs::path& folder) {
  std::error_code error;
  if (!fs::is_directory(folder, error)) return;
  std::vector<fs::path> pages;
  for (const auto& entry : fs::directory_iterator(folder, error))
    if (entry.path().extension() == ".html") pages.push_back(entry.path());
  std::sort(pages.begin(), pages.end());
  for (const fs::path& path : pages) {
    std::string page = palabre::decode_bytes(read_file(path)).text;
    benchmark::RegisterBenchmark((prefix + path.stem().string()).c_str(),
                                 [page](benchmark::State& state) { parse_page(state, page); })
        ->Unit(benchmark::kMillisecond);
  }
}

}  // namespace

int main(int argc, char** argv) {
  const std::pair<const char*, std::string> generated[] = {
      {"generated/threaded-4000", threaded_page(4000)},
      {"generated/flat-4000", flat_page(4000)},
      {"generated/deep-4000", deep_page(4000)},
      {"generated/unmarked-4000", unmarked_page(4000)},
  };
  for (const auto& [name, page] : generated)
    benchmark::RegisterBenchmark(name, [page = page](benchmark::State& state) {
      parse_page(state, page);
    })->Unit(benchmark::kMillisecond);
  register_folder("corpus/", fs::path(PALABRE_SOURCE_DIR) / ".." / "shared" / "corpus" / "pages");
  register_folder("fixtures/", fs::path(PALABRE_SOURCE_DIR) / "tests" / "fixtures" / "html");
  benchmark::Initialize(&argc, argv);
  benchmark::RunSpecifiedBenchmarks();
  benchmark::Shutdown();
  return 0;
}
