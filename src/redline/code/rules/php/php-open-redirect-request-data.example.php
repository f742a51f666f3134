<?php
// ruleid: php-open-redirect-request-data
header('Location: ' . $_GET['next']);
// ruleid: php-open-redirect-request-data
header("Location: {$_POST['return_to']}");
$back = $_REQUEST['back'];
// ruleid: php-open-redirect-request-data
wp_redirect($back);
function finish($target)
{
    // ruleid: php-open-redirect-request-data
    header('Location: ' . $target);
}
// ok: php-open-redirect-request-data
header('Location: /dashboard.php');
// ok: php-open-redirect-request-data
header('Location: ' . BASE_URL . '/login.php');
// ok: php-open-redirect-request-data
header('Location: search.php?q=' . urlencode($_GET['q']));
// ok: php-open-redirect-request-data
header('Content-Type: ' . $_GET['type']);
// ok: php-open-redirect-request-data
header('Location: item.php?id=' . intval($_GET['id']));
