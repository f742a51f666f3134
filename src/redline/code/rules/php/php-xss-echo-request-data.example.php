<?php
// ruleid: php-xss-echo-request-data
echo 'Hello ' . $_GET['name'];
$query = $_REQUEST['q'];
// ruleid: php-xss-echo-request-data
echo "<p>Results for $query</p>";
// ruleid: php-xss-echo-request-data
print $_POST['comment'];
// ruleid: php-xss-echo-request-data
die('Unknown action: ' . $_GET['action']);
// ok: php-xss-echo-request-data
echo 'Hello ' . htmlspecialchars($_GET['name'], ENT_QUOTES, 'UTF-8');
// ok: php-xss-echo-request-data
echo isset($_GET['page']) ? 'page' : 'home';
// ok: php-xss-echo-request-data
echo (int) $_GET['count'];
// ok: php-xss-echo-request-data
echo $_GET['sort'] === 'asc' ? 'selected' : '';
$safe = htmlspecialchars($_POST['title']);
// ok: php-xss-echo-request-data
echo "<h1>$safe</h1>";
?>
<!-- ruleid: php-xss-echo-request-data -->
<input value="<?= $_GET['email'] ?>">
<!-- ok: php-xss-echo-request-data -->
<input value="<?= htmlspecialchars($_GET['email']) ?>">
