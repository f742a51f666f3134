#!/bin/bash
# ruleid: shell-apt-unauthenticated-packages
apt-get install -y --allow-unauthenticated example-agent
# ruleid: shell-apt-unauthenticated-packages
echo 'deb [trusted=yes] http://repo.example.com/apt stable main' > /etc/apt/sources.list.d/example.list
# ruleid: shell-apt-unauthenticated-packages
yum install -y --nogpgcheck example-agent
# ok: shell-apt-unauthenticated-packages
echo 'deb [signed-by=/usr/share/keyrings/example.gpg] https://repo.example.com/apt stable main' > /etc/apt/sources.list.d/example.list
# ok: shell-apt-unauthenticated-packages
apt-get install -y example-agent
