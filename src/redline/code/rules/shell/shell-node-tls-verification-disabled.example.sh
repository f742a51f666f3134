#!/bin/bash
# ruleid: shell-node-tls-verification-disabled
npm config set strict-ssl false
# ruleid: shell-node-tls-verification-disabled
yarn config set strict-ssl false
# ruleid: shell-node-tls-verification-disabled
export NODE_TLS_REJECT_UNAUTHORIZED=0
# ok: shell-node-tls-verification-disabled
npm config set cafile /etc/ssl/certs/internal-ca.pem
# ok: shell-node-tls-verification-disabled
export NODE_EXTRA_CA_CERTS=/etc/ssl/certs/internal-ca.pem
