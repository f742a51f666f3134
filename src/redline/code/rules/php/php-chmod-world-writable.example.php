<?php
// ruleid: php-chmod-world-writable
chmod($path, 0777);
// ruleid: php-chmod-world-writable
chmod('/var/www/uploads/' . $name, 0666);
// ok: php-chmod-world-writable
chmod($path, 0644);
// ok: php-chmod-world-writable
chmod($dir, 0755);
