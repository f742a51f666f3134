<?php
// ruleid: php-ssrf-request-url
$ch = curl_init($_GET['url']);
$target = $_POST['webhook'];
$ch = curl_init();
// ruleid: php-ssrf-request-url
curl_setopt($ch, CURLOPT_URL, $target);
// ruleid: php-ssrf-request-url
$page = file_get_contents($_GET['feed_url']);
// ruleid: php-ssrf-request-url
$response = $client->get($request->input('url'));
// ok: php-ssrf-request-url
curl_setopt($ch, CURLOPT_URL, 'https://api.example.com/v1/status');
// ok: php-ssrf-request-url
curl_setopt($ch, CURLOPT_POSTFIELDS, $_POST['payload']);
// ok: php-ssrf-request-url
$page = file_get_contents(API_BASE . '/items?q=' . urlencode($_GET['q']));
