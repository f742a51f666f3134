#!/bin/bash
# ruleid: shell-npm-unsafe-perm
sudo npm install -g --unsafe-perm some-cli
# ruleid: shell-npm-unsafe-perm
npm config set unsafe-perm true
# ok: shell-npm-unsafe-perm
npm install -g some-cli
# ok: shell-npm-unsafe-perm
npm ci --ignore-scripts
