<?php
// ruleid: php-cookie-without-secure-flags
setcookie('remember', $token, time() + 86400);
// ruleid: php-cookie-without-secure-flags
setcookie('sid', $sid, time() + 3600, '/', '', false, true);
// ruleid: php-cookie-without-secure-flags
setcookie('sid', $sid, ['expires' => time() + 3600, 'httponly' => true]);
// ok: php-cookie-without-secure-flags
setcookie('sid', $sid, time() + 3600, '/', '', true, true);
// ok: php-cookie-without-secure-flags
setcookie('sid', $sid, ['expires' => time() + 3600, 'secure' => true, 'httponly' => true, 'samesite' => 'Lax']);
// ok: php-cookie-without-secure-flags
setcookie('sid', '', time() - 3600);
