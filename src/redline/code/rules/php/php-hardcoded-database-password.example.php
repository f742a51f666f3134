<?php
// ruleid: php-hardcoded-database-password
$pdo = new PDO('mysql:host=db;dbname=shop', 'shop', 'Tr0ub4dor&3');
// ruleid: php-hardcoded-database-password
$link = mysqli_connect('localhost', 'root', "kx82!mz");
// ruleid: php-hardcoded-database-password
$db = new mysqli('127.0.0.1', 'app', 'appsecret2024', 'app');
// ruleid: php-hardcoded-database-password
$pg = pg_connect("host=localhost dbname=app user=app password=hunter22");
// ok: php-hardcoded-database-password
$pdo = new PDO(getenv('DB_DSN'), getenv('DB_USER'), getenv('DB_PASSWORD'));
// ok: php-hardcoded-database-password
$link = mysqli_connect('localhost', 'root', '');
// ok: php-hardcoded-database-password
$db = new mysqli('localhost', 'user', 'your_password', 'app');
// ok: php-hardcoded-database-password
$link = mysqli_connect($host, $user, $pass);
