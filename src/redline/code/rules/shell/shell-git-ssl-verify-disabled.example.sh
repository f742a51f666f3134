#!/bin/bash
# ruleid: shell-git-ssl-verify-disabled
git config --global http.sslVerify false
# ruleid: shell-git-ssl-verify-disabled
export GIT_SSL_NO_VERIFY=1
# ruleid: shell-git-ssl-verify-disabled
git -c http.sslVerify=false clone https://git.example.com/team/app.git
# ok: shell-git-ssl-verify-disabled
git config --global http.sslVerify true
# ok: shell-git-ssl-verify-disabled
git config --global http.sslCAInfo /etc/ssl/certs/private-ca.pem
