#!/bin/bash
# ruleid: shell-curl-pipe-to-shell
curl -fsSL https://get.example.com/install.sh | sudo bash
# ruleid: shell-curl-pipe-to-shell
wget -qO- https://example.org/setup | sh
# ruleid: shell-curl-pipe-to-shell
curl -s https://example.org/bootstrap.py | python3 -
# ruleid: shell-curl-pipe-to-shell
sh -c "$(curl -fsSL https://example.org/install.sh)"
# ruleid: shell-curl-pipe-to-shell
bash <(curl -s https://example.org/run.sh)
# ok: shell-curl-pipe-to-shell
curl -fsSLo install.sh https://get.example.com/install.sh
# ok: shell-curl-pipe-to-shell
curl -s https://api.example.com/status | jq .state
# ok: shell-curl-pipe-to-shell
wget -qO- https://example.org/list.txt | grep -v '^#' | sort
