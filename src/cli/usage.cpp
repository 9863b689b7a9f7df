#include "usage.hpp"

#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <iostream>

#include "palabre/error.hpp"

namespace palabre::cli {
namespace {

// Optimal string alignment distance: a swapped pair of letters ("fromat") is one edit.
std::size_t edit_distance(const std::string& a, const std::string& b) {
  std::vector<std::vector<std::size_t>> d(a.size() + 1, std::vector<std::size_t>(b.size() + 1));
  for (std::size_t i = 0; i <= a.size(); ++i) d[i][0] = i;
  for (std::size_t j = 0; j <= b.size(); ++j) d[0][j] = j;
  for (std::size_t i = 1; i <= a.size(); ++i)
    for (std::size_t j = 1; j <= b.size(); ++j) {
      d[i][j] = std::min({d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1)});
      if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
        d[i][j] = std::min(d[i][j], d[i - 2][j - 2] + 1);
    }
  return d[a.size()][b.size()];
}

std::vector<std::string> command_names(const CLI::App& app) {
  std::vector<std::string> names = {"help"};
  for (const CLI::App* command : app.get_subcommands({})) {
    names.push_back(command->get_name());
    for (const std::string& alias : command->get_aliases()) names.push_back(alias);
  }
  return names;
}

bool is_command(const CLI::App& app, const std::string& word) {
  std::vector<std::string> names = command_names(app);
  return std::find(names.begin(), names.end(), word) != names.end();
}

bool exists(const std::string& path) {
  struct stat info {};
  return stat(path.c_str(), &info) == 0;
}

// The subcommand the words name ("themes", "check" → themes check), as far as they go.
const CLI::App* command_named(const CLI::App& app, const std::vector<std::string>& words) {
  const CLI::App* at = &app;
  for (const std::string& word : words) {
    const CLI::App* next = nullptr;
    for (const CLI::App* command : at->get_subcommands({}))
      if (command->check_name(word)) next = command;
    if (!next) break;
    at = next;
  }
  return at;
}

// The deepest subcommand the failed parse had entered: its options are the ones meant.
const CLI::App& selected_command(const CLI::App& app) {
  std::vector<CLI::App*> entered = app.get_subcommands();
  return entered.empty() ? app : selected_command(*entered.front());
}

std::string command_path(const CLI::App& command) {
  std::string path;
  for (const CLI::App* at = &command; at; at = at->get_parent())
    path = at->get_name() + (path.empty() ? "" : " " + path);
  return path;
}

std::vector<std::string> option_names(const CLI::App& command) {
  std::vector<std::string> names;
  for (const CLI::Option* option : command.get_options()) {
    for (const std::string& name : option->get_lnames()) names.push_back("--" + name);
    for (const std::string& name : option->get_snames()) names.push_back("-" + name);
  }
  for (const CLI::App* sub : command.get_subcommands({})) names.push_back(sub->get_name());
  return names;
}

// The words CLI11 could not place, from its "not expected: A B" message.
std::vector<std::string> unexpected_words(const std::string& message) {
  std::vector<std::string> words;
  std::size_t colon = message.find(": ");
  if (colon == std::string::npos) return words;
  std::string rest = message.substr(colon + 2);
  for (std::size_t at = 0; at < rest.size();) {
    std::size_t space = rest.find(' ', at);
    if (space == std::string::npos) space = rest.size();
    if (space > at) words.push_back(rest.substr(at, space - at));
    at = space + 1;
  }
  return words;
}

}  // namespace

std::string closest_name(const std::string& word, const std::vector<std::string>& candidates) {
  std::string best;
  std::size_t best_distance = 3;  // at most two edits, and fewer than half the word
  std::string bare = word.substr(0, word.find('='));
  for (const std::string& candidate : candidates) {
    std::size_t distance = edit_distance(bare, candidate);
    if (distance < best_distance && distance * 2 < candidate.size()) {
      best = candidate;
      best_distance = distance;
    }
  }
  return best;
}

std::vector<std::string> command_line_for(const CLI::App& app, std::vector<std::string> args,
                                          bool stdin_is_terminal) {
  static const std::vector<std::string> kTopLevelFlags = {"-h", "--help", "--help-all", "-V", "--version"};
  if (args.empty()) return stdin_is_terminal ? args : std::vector<std::string>{"analyze"};
  if (args[0] == "help") {
    args.erase(args.begin());
    if (!args.empty() && args[0].starts_with("-")) return {"--help"};  // "palabre help --help"
    args.push_back("--help");
    const CLI::App* named = command_named(app, {args.begin(), args.end() - 1});
    if (args.size() > 1 && named == &app)
      throw Error(ErrorKind::kUsage, "help",
                  "no command '" + args[0] + "' (palabre --help lists the commands)");
    return args;
  }
  if (is_command(app, args[0]) ||
      std::find(kTopLevelFlags.begin(), kTopLevelFlags.end(), args[0]) != kTopLevelFlags.end())
    return args;
  // "palabre anlyze page.txt": a word that is no file but nearly a command is a typo, not
  // a page that went missing.
  if (!args[0].starts_with("-") && !exists(args[0]) && args[0].find_first_of("./") == std::string::npos) {
    std::string meant = closest_name(args[0], command_names(app));
    if (!meant.empty())
      throw Error(ErrorKind::kUsage, "",
                  "'" + args[0] + "' is neither a command nor a file: did you mean 'palabre " + meant +
                      "'? ('palabre --help' lists the commands)");
  }
  args.insert(args.begin(), "analyze");
  return args;
}

void parse_reading_piped_input(CLI::App& app, std::vector<std::string> args) {
  try {
    app.parse(std::vector<std::string>(args.rbegin(), args.rend()));  // CLI11 takes them reversed
    return;
  } catch (const CLI::RequiredError&) {
    const CLI::App& command = selected_command(app);
    const CLI::Option* inputs = command.get_option_no_throw("inputs");
    if ((command.get_name() != "analyze" && command.get_name() != "parse") || !inputs || inputs->count() > 0) throw;
    const std::string what = "give a page file, a folder, or pipe a page in ('" + command_path(command) +
                             " --help' lists the options)";
    if (isatty(STDIN_FILENO)) throw Error(ErrorKind::kUsage, "", "no input: " + what);
    // Run from a script with nothing piped in (cron, CI): a usage error, not an empty page.
    if (std::cin.peek() == std::char_traits<char>::eof())
      throw Error(ErrorKind::kUsage, "", "no input, and standard input is empty: " + what);
  }
  args.push_back("-");
  app.parse(std::vector<std::string>(args.rbegin(), args.rend()));
}

std::string describe_usage_error(const CLI::App& app, const CLI::ParseError& error) {
  const CLI::App& command = selected_command(app);
  const std::string path = command_path(command);
  const std::string help = "'" + path + " --help' lists the options";
  std::string message = error.what();
  if (dynamic_cast<const CLI::ExtrasError*>(&error)) {
    std::vector<std::string> words = unexpected_words(message);
    std::vector<std::string> names = option_names(command);
    for (const std::string& word : words) {
      std::string meant = closest_name(word, names);
      if (!meant.empty())
        return (word.starts_with("-") ? "unknown option '" : "unexpected '") + word + "': did you mean '" + meant +
               "'? (" + help + ")";
    }
    if (words.size() == 1 && words[0].starts_with("-")) return "unknown option '" + words[0] + "' (" + help + ")";
  }
  // "palabre themes lst": the word CLI11 could not place may be a command mistyped.
  for (const std::string& word : command.remaining()) {
    std::vector<std::string> commands;
    for (const CLI::App* sub : command.get_subcommands({})) commands.push_back(sub->get_name());
    std::string meant = closest_name(word, commands);
    if (!meant.empty()) return "no command '" + word + "': did you mean '" + path + " " + meant + "'? (" + help + ")";
  }
  if (!message.empty() && message.back() == '.') message.pop_back();
  return message + " (" + help + ")";
}

}  // namespace palabre::cli
