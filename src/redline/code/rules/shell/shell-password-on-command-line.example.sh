#!/bin/bash
# ruleid: shell-password-on-command-line
mysql -uroot -pS3cret app < dump.sql
# ruleid: shell-password-on-command-line
mysqldump --password=Tr0ub4dor app > backup.sql
# ruleid: shell-password-on-command-line
sshpass -p 'kx82mz' ssh deploy@app.example.com
# ruleid: shell-password-on-command-line
curl -u admin:hunter22 https://ci.example.com/api/json
# ok: shell-password-on-command-line
mysql -uroot -p app < dump.sql
# ok: shell-password-on-command-line
mysql --defaults-extra-file=/run/secrets/my.cnf app < dump.sql
# ok: shell-password-on-command-line
sshpass -e ssh deploy@app.example.com
# ok: shell-password-on-command-line
curl -u "$CI_USER" https://ci.example.com/api/json
