#!/bin/bash
# ruleid: shell-wget-no-check-certificate
wget --no-check-certificate https://downloads.example.com/pkg.deb
# ruleid: shell-wget-no-check-certificate
sudo wget -q --no-check-certificate -O /usr/local/bin/tool https://example.org/tool
# ok: shell-wget-no-check-certificate
wget https://downloads.example.com/pkg.deb
# ok: shell-wget-no-check-certificate
wget --ca-certificate=/etc/ssl/private-ca.pem https://internal.example.com/pkg.deb
