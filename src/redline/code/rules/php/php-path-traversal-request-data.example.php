<?php
// ruleid: php-path-traversal-request-data
readfile('/var/www/files/' . $_GET['file']);
$name = $_POST['doc'];
$path = __DIR__ . '/docs/' . $name;
// ruleid: php-path-traversal-request-data
$content = file_get_contents($path);
// ruleid: php-path-traversal-request-data
unlink('uploads/' . $_REQUEST['delete']);
// ruleid: php-path-traversal-request-data
move_uploaded_file($_FILES['f']['tmp_name'], 'uploads/' . $_FILES['f']['name']);
// ok: php-path-traversal-request-data
readfile('/var/www/files/' . basename($_GET['file']));
// ok: php-path-traversal-request-data
$content = file_get_contents(__DIR__ . '/templates/page.html');
// ok: php-path-traversal-request-data
move_uploaded_file($_FILES['f']['tmp_name'], 'uploads/' . bin2hex(random_bytes(16)) . '.jpg');
