<?php
// ruleid: php-hash-of-predictable-value
$token = md5(uniqid(mt_rand(), true));
// ruleid: php-hash-of-predictable-value
$name = sha1(time() . rand(0, 9999)) . '.jpg';
// ruleid: php-hash-of-predictable-value
$salt = substr(hash('sha256', microtime()), 0, 16);
// ok: php-hash-of-predictable-value
$token = bin2hex(random_bytes(32));
// ok: php-hash-of-predictable-value
$etag = md5($body);
// ok: php-hash-of-predictable-value
$id = hash('sha256', random_bytes(16) . microtime());
