<?php
$dir = $_GET['dir'];
// ruleid: php-backtick-shell-command
$listing = `ls -l $dir`;
// ruleid: php-backtick-shell-command
$who = `finger {$user->name}`;
// ok: php-backtick-shell-command
$uptime = `uptime`;
// ok: php-backtick-shell-command
$listing = shell_exec('ls -l ' . escapeshellarg($dir));
