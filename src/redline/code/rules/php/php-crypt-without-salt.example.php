<?php
// ruleid: php-crypt-without-salt
$stored = crypt($password);
// ok: php-crypt-without-salt
$stored = crypt($password, '$2y$12$' . $salt);
// ok: php-crypt-without-salt
$stored = password_hash($password, PASSWORD_DEFAULT);
