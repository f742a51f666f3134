#!/bin/bash
# ruleid: shell-predictable-temp-file
sort data.csv > /tmp/sorted.csv
# ruleid: shell-predictable-temp-file
echo "$PAYLOAD" >> "/tmp/app.log"
# ruleid: shell-predictable-temp-file
LOCK=/tmp/deploy.$$
# ok: shell-predictable-temp-file
tmp=$(mktemp)
# ok: shell-predictable-temp-file
sort data.csv > "$tmp"
# ok: shell-predictable-temp-file
grep error < /tmp/app.log
