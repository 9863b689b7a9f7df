# bash completion for palabre. Installed as share/bash-completion/completions/palabre;
# to try it without installing: source completions/palabre.bash
# Kept in step with `palabre COMMAND --help` by the test cli.Packaging.CompletionsKnowEveryOption.

_palabre() {
  local cur prev words cword
  if declare -F _init_completion >/dev/null 2>&1; then
    _init_completion || return
  else
    cur=${COMP_WORDS[COMP_CWORD]}
    prev=${COMP_WORDS[COMP_CWORD-1]}
    words=("${COMP_WORDS[@]}")
    cword=$COMP_CWORD
  fi

  local commands="analyze analyse parse tokens themes eval merge help"
  local command="" subcommand="" i
  for ((i = 1; i < cword; i++)); do
    case ${words[i]} in
      -*) ;;
      *)
        if [[ -z $command && " $commands " == *" ${words[i]} "* ]]; then
          command=${words[i]}
        elif [[ $command == themes && -z $subcommand ]]; then
          subcommand=${words[i]}
        fi
        ;;
    esac
  done

  case $prev in
    -f|--format)
      case $command in
        parse) COMPREPLY=($(compgen -W "json" -- "$cur")) ;;
        tokens|themes|eval) COMPREPLY=($(compgen -W "text json" -- "$cur")) ;;
        merge) COMPREPLY=($(compgen -W "json text partial" -- "$cur")) ;;
        *) COMPREPLY=($(compgen -W "text json jsonl md csv html" -- "$cur")) ;;
      esac
      return ;;
    --input-format)
      COMPREPLY=($(compgen -W "auto text html json jsonl" -- "$cur")); return ;;
    --color) COMPREPLY=($(compgen -W "auto always never" -- "$cur")); return ;;
    --per) COMPREPLY=($(compgen -W "thread comment" -- "$cur")); return ;;
    --emit) COMPREPLY=($(compgen -W "report partial" -- "$cur")); return ;;
    -l|--language) COMPREPLY=($(compgen -W "auto fr en de es it pt nl" -- "$cur")); return ;;
    -t|--themes)
      COMPREPLY=($(compgen -W "default" -- "$cur") $(compgen -f -X '!*.json' -- "$cur"))
      compopt -o filenames 2>/dev/null
      return ;;
    -o|--output|--include|--exclude)
      COMPREPLY=($(compgen -f -- "$cur")); compopt -o filenames 2>/dev/null; return ;;
    -j|--jobs|--max-bytes|--max-memory|--points) return ;;
  esac

  local options
  case $command in
    ""|analyze|analyse)
      options="--format --color --explain --csv-raw --per --points --input-format --themes --output
               --max-bytes --max-memory --quiet --include --exclude --jobs --emit --help --version" ;;
    parse) options="--format --input-format --output --max-bytes --max-memory --quiet --help" ;;
    tokens) options="--format --language --output --help" ;;
    themes)
      case $subcommand in
        list) options="--themes --format --output --help" ;;
        check|draft) options="--output --help" ;;
        *) COMPREPLY=($(compgen -W "list check draft --help" -- "$cur")); return ;;
      esac ;;
    eval) options="--themes --format --show-errors --output --help" ;;
    merge) options="--format --output --help" ;;
    help) COMPREPLY=($(compgen -W "analyze parse tokens themes eval merge" -- "$cur")); return ;;
  esac

  if [[ $cur == -* ]]; then
    COMPREPLY=($(compgen -W "$options" -- "$cur"))
  elif [[ -z $command ]]; then
    COMPREPLY=($(compgen -W "$commands" -- "$cur") $(compgen -f -- "$cur"))
    compopt -o filenames 2>/dev/null
  else
    COMPREPLY=($(compgen -f -- "$cur"))
    compopt -o filenames 2>/dev/null
  fi
}
complete -F _palabre palabre
