<?php
function thumbnail($file)
{
    // ruleid: php-command-injection-exec
    system("convert " . $file . " /tmp/thumb.png");
    // ruleid: php-command-injection-exec
    $out = shell_exec("ping -c 1 {$_GET['host']}");
    $cmd = "tar czf backup.tgz " . $_POST['dir'];
    // ruleid: php-command-injection-exec
    exec($cmd, $output, $status);
    // ruleid: php-command-injection-exec
    $handle = popen("grep $pattern /var/log/app.log", "r");
    // ok: php-command-injection-exec
    system("convert " . escapeshellarg($file) . " /tmp/thumb.png");
    // ok: php-command-injection-exec
    exec("uptime", $output);
    // ok: php-command-injection-exec
    $ok = shell_exec('df -h');
    // ok: php-command-injection-exec
    passthru(BACKUP_COMMAND);
    return $out;
}
