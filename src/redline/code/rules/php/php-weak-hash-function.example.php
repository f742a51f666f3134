<?php
// ruleid: php-weak-hash-function
$checksum = md5_file($upload);
// ruleid: php-weak-hash-function
$signature = sha1($payload . $timestamp);
// ruleid: php-weak-hash-function
$digest = hash('md5', $body);
// ruleid: php-weak-hash-function
$boundary = md5(uniqid('', true));
// ok: php-weak-hash-function
$stored = md5($password);
// ok: php-weak-hash-function
$checksum = hash_file('sha256', $upload);
// ok: php-weak-hash-function
$digest = hash('sha256', $body);
// ok: php-weak-hash-function
$mac = hash_hmac('sha256', $body, $key);
