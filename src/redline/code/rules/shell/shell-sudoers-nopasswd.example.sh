#!/bin/bash
# ruleid: shell-sudoers-nopasswd
echo 'deploy ALL=(ALL) NOPASSWD: ALL' >> /etc/sudoers
# ruleid: shell-sudoers-nopasswd
echo "ci ALL=(root) NOPASSWD: /usr/bin/docker" | sudo tee /etc/sudoers.d/ci
# ok: shell-sudoers-nopasswd
echo 'deploy ALL=(root) /usr/bin/systemctl restart app' | sudo tee /etc/sudoers.d/deploy
# ok: shell-sudoers-nopasswd
sudo -n true
