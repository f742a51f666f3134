<?php
// ruleid: php-extract-request-data
extract($_POST);
// ruleid: php-extract-request-data
extract($_GET, EXTR_OVERWRITE);
// ruleid: php-extract-request-data
parse_str($_SERVER['QUERY_STRING']);
// ok: php-extract-request-data
parse_str($_SERVER['QUERY_STRING'], $query);
// ok: php-extract-request-data
extract(['title' => 'Home', 'items' => $items]);
// ok: php-extract-request-data
$name = $_POST['name'] ?? '';
