<?php
$ch = curl_init('https://api.example.com');
// ruleid: php-tls-verification-disabled
curl_setopt($ch, CURLOPT_SSL_VERIFYPEER, false);
// ruleid: php-tls-verification-disabled
curl_setopt($ch, CURLOPT_SSL_VERIFYHOST, 0);
curl_setopt_array($ch, [
    // ruleid: php-tls-verification-disabled
    CURLOPT_SSL_VERIFYPEER => 0,
    CURLOPT_RETURNTRANSFER => true,
]);
$context = stream_context_create(['ssl' => [
    // ruleid: php-tls-verification-disabled
    'verify_peer' => false,
    // ruleid: php-tls-verification-disabled
    'verify_peer_name' => false,
]]);
// ruleid: php-tls-verification-disabled
$client = new Client(['base_uri' => $base, 'verify' => false]);
// ok: php-tls-verification-disabled
curl_setopt($ch, CURLOPT_SSL_VERIFYPEER, true);
// ok: php-tls-verification-disabled
curl_setopt($ch, CURLOPT_SSL_VERIFYHOST, 2);
// ok: php-tls-verification-disabled
$client = new Client(['verify' => '/etc/ssl/private-ca.pem']);
// ok: php-tls-verification-disabled
$context = stream_context_create(['ssl' => ['verify_peer' => true]]);
