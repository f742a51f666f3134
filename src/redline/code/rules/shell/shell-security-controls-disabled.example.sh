#!/bin/bash
# ruleid: shell-security-controls-disabled
setenforce 0
# ruleid: shell-security-controls-disabled
sed -i 's/SELINUX=enforcing/SELINUX=disabled/' /etc/selinux/config
# ruleid: shell-security-controls-disabled
systemctl disable --now firewalld
# ruleid: shell-security-controls-disabled
ufw disable
# ok: shell-security-controls-disabled
setenforce 1
# ok: shell-security-controls-disabled
firewall-cmd --add-port=8081/tcp --permanent
# ok: shell-security-controls-disabled
systemctl restart nginx
