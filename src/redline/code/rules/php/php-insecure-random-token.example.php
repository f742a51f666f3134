<?php
// ruleid: php-insecure-random-token
$resetCode = mt_rand(100000, 999999);
// ruleid: php-insecure-random-token
$_SESSION['csrf_token'] = uniqid('', true);
// ruleid: php-insecure-random-token
$password = substr(str_shuffle('abcdefghjkmnpqrstuvwxyz23456789'), 0, 10);
// ruleid: php-insecure-random-token
$payload = ['api_key' => uniqid()];
// ok: php-insecure-random-token
$resetCode = random_int(100000, 999999);
// ok: php-insecure-random-token
$_SESSION['csrf_token'] = bin2hex(random_bytes(32));
// ok: php-insecure-random-token
$colour = $palette[mt_rand(0, 5)];
