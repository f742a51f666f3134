<?php
// ruleid: php-unserialize-untrusted
$prefs = unserialize($_COOKIE['prefs']);
// ruleid: php-unserialize-untrusted
$cart = unserialize(base64_decode($data));
// ok: php-unserialize-untrusted
$prefs = unserialize($_COOKIE['prefs'], ['allowed_classes' => false]);
// ok: php-unserialize-untrusted
$prefs = json_decode($_COOKIE['prefs'], true);
// ok: php-unserialize-untrusted
$defaults = unserialize('a:1:{s:4:"mode";s:4:"dark";}');
