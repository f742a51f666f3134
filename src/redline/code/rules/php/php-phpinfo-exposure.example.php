<?php
// ruleid: php-phpinfo-exposure
phpinfo();
// ok: php-phpinfo-exposure
$version = phpversion();
