# Writes palabre's man page from its own --help output, so that the page never disagrees
# with the program. Run at build time: cmake -DPALABRE=path/to/palabre -DOUTPUT=palabre.1
# -DVERSION=x.y.z -P cmake/manpage.cmake. No date in the page: same binary, same bytes.

# Roff that shows `text` as written: backslashes, hyphens (so that options can be copied)
# and lines starting with a control character.
function(roff_escape text out)
  string(REPLACE "\\" "\\e" text "${text}")
  string(REPLACE "-" "\\-" text "${text}")
  string(REGEX REPLACE "(^|\n)([.'])" "\\1\\\\&\\2" text "${text}")
  set(${out} "${text}" PARENT_SCOPE)
endfunction()

function(run_help out)
  execute_process(COMMAND ${PALABRE} ${ARGN} --help
                  OUTPUT_VARIABLE help RESULT_VARIABLE status ERROR_VARIABLE error)
  if(NOT status EQUAL 0)
    message(FATAL_ERROR "palabre ${ARGN} --help failed (${status}): ${error}")
  endif()
  set(${out} "${help}" PARENT_SCOPE)
endfunction()

# The names listed under "Subcommands:" in a help text ("analyze, analyse": the name, not
# its alias).
function(subcommands_of help out)
  set(names "")
  string(FIND "${help}" "Subcommands:\n" at)
  if(at GREATER -1)
    string(SUBSTRING "${help}" ${at} -1 rest)
    string(FIND "${rest}" "\n\n" end)  # the block ends at the first blank line
    if(end GREATER -1)
      string(SUBSTRING "${rest}" 0 ${end} rest)
    endif()
    string(REGEX MATCHALL "\n  [a-z][a-z0-9-]*[, ]" found "${rest}")
    foreach(line IN LISTS found)
      string(REGEX REPLACE "[ ,\n]" "" name "${line}")
      list(APPEND names "${name}")
    endforeach()
  endif()
  set(${out} "${names}" PARENT_SCOPE)
endfunction()

# One subsection per subcommand, recursively ("themes list"), each with its own examples.
function(document_commands prefix out)
  set(page "")
  run_help(help ${prefix})
  subcommands_of("${help}" names)
  foreach(name IN LISTS names)
    run_help(sub ${prefix} ${name})
    string(STRIP "${sub}" sub)
    roff_escape("${sub}" sub)
    string(JOIN " " title palabre ${prefix} ${name})
    string(APPEND page ".SS \"${title}\"\n.nf\n${sub}\n.fi\n")
    document_commands("${prefix};${name}" nested)
    string(APPEND page "${nested}")
  endforeach()
  set(${out} "${page}" PARENT_SCOPE)
endfunction()

run_help(top)
string(FIND "${top}" "Usage:" usage_at)
string(SUBSTRING "${top}" 0 ${usage_at} description)
string(STRIP "${description}" description)
string(FIND "${top}" "\nExamples:\n" examples_at)
string(SUBSTRING "${top}" ${examples_at} -1 footer)
string(FIND "${footer}" "\nExit codes:" exit_at)
string(SUBSTRING "${footer}" 0 ${exit_at} examples)
string(SUBSTRING "${footer}" ${exit_at} -1 exit_codes)
string(REPLACE "\nExamples:\n" "" examples "${examples}")
string(STRIP "${exit_codes}" exit_codes)
string(REGEX REPLACE "\n" " " exit_codes "${exit_codes}")
foreach(part description examples exit_codes)
  roff_escape("${${part}}" ${part})
endforeach()
document_commands("" commands)
# The synopsis names every command the program has, as its help lists them.
subcommands_of("${top}" command_names)
list(REMOVE_ITEM command_names analyze)
list(APPEND command_names help)
list(TRANSFORM command_names PREPEND "\\fB")
list(TRANSFORM command_names APPEND "\\fR")
string(JOIN "|" synopsis_commands ${command_names})

file(WRITE "${OUTPUT}" ".\\\" Generated from palabre --help by cmake/manpage.cmake: do not edit.
.TH PALABRE 1 \"\" \"palabre ${VERSION}\" \"User Commands\"
.SH NAME
palabre \\- what the commenters of an article talk about
.SH SYNOPSIS
.B palabre
[\\fBanalyze\\fR] [\\fIOPTIONS\\fR] \\fIINPUT\\fR...
.br
.B palabre
${synopsis_commands} [\\fIOPTIONS\\fR] ...
.SH DESCRIPTION
${description}
.PP
The report formats of \\fBanalyze \\-\\-format\\fR: \\fBtext\\fR for a terminal (colour
when standard output is one), \\fBjson\\fR (the palabre.thread/1 records, described by
thread.schema.json), \\fBjsonl\\fR (one line per thread, or per comment with
\\fB\\-\\-per comment\\fR), \\fBmd\\fR (Markdown), \\fBcsv\\fR (one row per comment, RFC 4180)
and \\fBhtml\\fR (one self\\-contained page with a theme chart and a filter).
.SH COMMANDS
${commands}.SH EXAMPLES
.nf
${examples}
.fi
.SH \"EXIT STATUS\"
${exit_codes}
.SH ENVIRONMENT
.TP
.B NO_COLOR
When set to a non\\-empty value, \\fB\\-\\-color auto\\fR (the default) does not colour the
text report. \\fB\\-\\-color always\\fR still does.
.TP
.B TERM
\\fB\\-\\-color auto\\fR does not colour a terminal whose TERM is \\fBdumb\\fR.
.SH FILES
.TP
.I share/palabre/thread.schema.json
The JSON Schema of the json and jsonl outputs, under the installation prefix.
.TP
.I share/bash-completion/completions/palabre, share/zsh/site-functions/_palabre, share/fish/vendor_completions.d/palabre.fish
Completion of commands, options and their values for bash, zsh and fish.
")
