#!/bin/bash
# ruleid: shell-ssh-host-key-checking-disabled
ssh -o StrictHostKeyChecking=no deploy@app.example.com 'systemctl restart app'
# ruleid: shell-ssh-host-key-checking-disabled
scp -o UserKnownHostsFile=/dev/null build.tar.gz deploy@app.example.com:/srv/
# ruleid: shell-ssh-host-key-checking-disabled
export GIT_SSH_COMMAND="ssh -o StrictHostKeyChecking=no"
# ok: shell-ssh-host-key-checking-disabled
ssh -o StrictHostKeyChecking=yes deploy@app.example.com uptime
# ok: shell-ssh-host-key-checking-disabled
ssh deploy@app.example.com uptime
