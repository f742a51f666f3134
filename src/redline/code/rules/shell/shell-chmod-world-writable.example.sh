#!/bin/bash
# ruleid: shell-chmod-world-writable
chmod -R 777 /var/www/html
# ruleid: shell-chmod-world-writable
sudo chmod 666 /var/run/docker.sock
# ruleid: shell-chmod-world-writable
chmod a+w config.yml
# ok: shell-chmod-world-writable
chmod 755 /usr/local/bin/tool
# ok: shell-chmod-world-writable
chmod -R u=rwX,g=rX,o=rX /var/www/html
# ok: shell-chmod-world-writable
chmod 600 ~/.ssh/id_ed25519
