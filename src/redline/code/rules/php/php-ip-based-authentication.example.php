<?php
// ruleid: php-ip-based-authentication
if ($_SERVER['REMOTE_ADDR'] === '10.0.0.5') {
    $isAdmin = true;
}
// ruleid: php-ip-based-authentication
if (!in_array(@$_SERVER['REMOTE_ADDR'], ['127.0.0.1', '::1'])) {
    exit('Forbidden');
}
// ruleid: php-ip-based-authentication
if (preg_match('/^192\.168\./', $_SERVER['HTTP_X_FORWARDED_FOR'])) {
    $trusted = true;
}
// ruleid: php-ip-based-authentication
$blocked = BlockedIp::where('ip', $_SERVER['REMOTE_ADDR'])->exists();
// ruleid: php-ip-based-authentication
$failures = LoginFailures::countForIp($_SERVER['REMOTE_ADDR'], 900);
// ok: php-ip-based-authentication
$stats->record($_SERVER['REMOTE_ADDR']);
// ok: php-ip-based-authentication
$log->info('login from ' . $_SERVER['REMOTE_ADDR']);
// ok: php-ip-based-authentication
if ($_SERVER['REQUEST_METHOD'] === 'POST') {
    handle();
}
