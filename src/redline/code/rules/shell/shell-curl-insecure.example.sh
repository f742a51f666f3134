#!/bin/bash
# ruleid: shell-curl-insecure
curl -k https://internal.example.com/api/health
# ruleid: shell-curl-insecure
curl -skL https://downloads.example.com/tool.tar.gz -o tool.tar.gz
# ruleid: shell-curl-insecure
curl --insecure -X POST https://api.example.com/v1/items
# ok: shell-curl-insecure
curl -sL https://downloads.example.com/tool.tar.gz -o tool.tar.gz
# ok: shell-curl-insecure
curl --cacert /etc/ssl/private-ca.pem https://internal.example.com/
# ok: shell-curl-insecure
ssh-keygen -t ed25519 -k
