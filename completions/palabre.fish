# fish completion for palabre. Installed as share/fish/vendor_completions.d/palabre.fish;
# to try it without installing: source completions/palabre.fish
# Kept in step with `palabre COMMAND --help` by the test cli.Packaging.CompletionsKnowEveryOption.

set -l commands analyze analyse parse tokens themes eval merge help
function __palabre_command -d 'the palabre command being completed, or none'
    set -l words (commandline -opc)
    for word in $words[2..-1]
        switch $word
            case analyze analyse parse tokens themes eval merge help
                echo $word
                return 0
        end
    end
    return 1
end
function __palabre_in -d 'whether the command being completed is one of the arguments'
    set -l command (__palabre_command); or set command analyze
    contains -- $command $argv
end

complete -c palabre -n "not __palabre_command" -a "analyze" -d 'Tag the themes of each comment (the default)'
complete -c palabre -n "not __palabre_command" -a "parse" -d 'Print the typed records of pages as JSON'
complete -c palabre -n "not __palabre_command" -a "tokens" -d 'Show how the analyzer sees a text'
complete -c palabre -n "not __palabre_command" -a "themes" -d 'Inspect the theme set or check a theme file'
complete -c palabre -n "not __palabre_command" -a "eval" -d 'Measure theme tagging against labelled comments'
complete -c palabre -n "not __palabre_command" -a "merge" -d 'Combine partial corpus summaries'
complete -c palabre -n "not __palabre_command" -a "help" -d 'Show the options of a command'
complete -c palabre -n "__fish_seen_subcommand_from help" -a "analyze parse tokens themes eval merge"
complete -c palabre -n "__fish_seen_subcommand_from themes; and not __fish_seen_subcommand_from list check draft" -a "list check draft"
complete -c palabre -s h -l help -d 'Show the options'
complete -c palabre -n "not __palabre_command" -s V -l version -d 'Print the version'

# analyze (also the default command)
complete -c palabre -n "__palabre_in analyze analyse" -s f -l format -x -a "text json jsonl md csv html" -d 'Report format'
complete -c palabre -n "__palabre_in analyze analyse" -l color -x -a "auto always never" -d 'Colour the text report'
complete -c palabre -n "__palabre_in analyze analyse" -l explain -d 'Every comment, its evidence marked'
complete -c palabre -n "__palabre_in analyze analyse" -l csv-raw -d 'CSV: leave cells starting with = + - @ as they are'
complete -c palabre -n "__palabre_in analyze analyse" -l per -x -a "thread comment" -d 'JSON Lines: a line per thread or comment'
complete -c palabre -n "__palabre_in analyze analyse" -l points -x -d 'Talking points to list (1-100)'
complete -c palabre -n "__palabre_in analyze analyse parse" -l input-format -x -a "auto text html json jsonl" -d 'Page format'
complete -c palabre -n "__palabre_in analyze analyse eval themes" -s t -l themes -r -F -d 'Theme file, or default'
complete -c palabre -n "__palabre_in analyze analyse parse" -l max-bytes -x -d 'Refuse larger pages (512K, 10M, 1G)'
complete -c palabre -n "__palabre_in analyze analyse parse" -l max-memory -x -d 'Memory for the pages in flight (2G; 0: no limit)'
complete -c palabre -n "__palabre_in analyze analyse parse" -s q -l quiet -d 'No page warnings'
complete -c palabre -n "__palabre_in analyze analyse" -l include -x -d 'In folders, read files matching GLOB'
complete -c palabre -n "__palabre_in analyze analyse" -l exclude -x -d 'In folders, skip what matches GLOB'
complete -c palabre -n "__palabre_in analyze analyse" -s j -l jobs -x -d 'Worker threads'
complete -c palabre -n "__palabre_in analyze analyse" -l emit -x -a "report partial" -d 'The report, or a partial for merge'
complete -c palabre -s o -l output -r -F -d 'Write to FILE'

# parse, tokens, themes, eval, merge
complete -c palabre -n "__palabre_in parse" -s f -l format -x -a "json" -d 'Output format'
complete -c palabre -n "__palabre_in tokens themes eval" -s f -l format -x -a "text json" -d 'Output format'
complete -c palabre -n "__palabre_in tokens" -s l -l language -x -a "auto fr en de es it pt nl" -d 'Language of the text'
complete -c palabre -n "__palabre_in eval" -l show-errors -d 'List the comments tagged wrongly'
complete -c palabre -n "__palabre_in merge" -s f -l format -x -a "json text partial" -d 'Output format'
