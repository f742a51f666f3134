<?php
function clientIp()
{
    if (!empty($_SERVER['HTTP_CLIENT_IP'])) {
        // ruleid: php-spoofable-client-ip-header
        return $_SERVER['HTTP_CLIENT_IP'];
    }
    // ruleid: php-spoofable-client-ip-header
    $ip = $_SERVER['HTTP_X_FORWARDED_FOR'] ?? $_SERVER['REMOTE_ADDR'];
    // ok: php-spoofable-client-ip-header
    $direct = $_SERVER['REMOTE_ADDR'];
    // ok: php-spoofable-client-ip-header
    $proxied = isset($_SERVER['HTTP_X_FORWARDED_FOR']);
    return $ip;
}
