#!/bin/bash
# ruleid: shell-eval-variable
eval "$cmd $args"
# ruleid: shell-eval-variable
eval $1
# ruleid: shell-eval-variable
eval "export ${name}=${value}"
# ok: shell-eval-variable
eval "$(ssh-agent -s)"
# ok: shell-eval-variable
eval "$(/opt/homebrew/bin/brew shellenv)"
# ok: shell-eval-variable
eval "set -- a b c"
