#!/bin/bash
# ruleid: shell-pip-trusted-host
pip install --trusted-host pypi.internal.example.com -r requirements.txt
# ruleid: shell-pip-trusted-host
pip3 config set global.trusted-host "pypi.org files.pythonhosted.org"
# ruleid: shell-pip-trusted-host
export PIP_TRUSTED_HOST=pypi.internal.example.com
# ok: shell-pip-trusted-host
pip install --cert /etc/ssl/certs/internal-ca.pem -r requirements.txt
# ok: shell-pip-trusted-host
pip install -r requirements.txt
