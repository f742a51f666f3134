<?php
// ruleid: php-weak-hash-of-secret
$hash = md5($_POST['password']);
// ruleid: php-weak-hash-of-secret
$user->password = sha1($input);
// ruleid: php-weak-hash-of-secret
$data = ['email' => $email, 'password' => md5($plain)];
// ruleid: php-weak-hash-of-secret
$this->db->set('passwd', sha1($new));
// ruleid: php-weak-hash-of-secret
$digest = hash('md5', $salt . $password);
// ok: php-weak-hash-of-secret
$hash = password_hash($_POST['password'], PASSWORD_DEFAULT);
// ok: php-weak-hash-of-secret
$etag = md5($content);
// ok: php-weak-hash-of-secret
$cacheKey = 'page_' . md5(serialize($params));
// ok: php-weak-hash-of-secret
$digest = hash('sha256', $password . $pepper);
