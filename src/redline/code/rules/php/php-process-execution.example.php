<?php
function diskReport($path)
{
    // ruleid: php-process-execution
    $usage = shell_exec('df -h');
    // ruleid: php-process-execution
    exec('file -bi ' . escapeshellarg($path), $mime);
    // ruleid: php-process-execution
    system(BACKUP_COMMAND, $status);
    // ok: php-process-execution
    $size = shell_exec('du -sh ' . $path);
    // ok: php-process-execution
    $pdo->exec('VACUUM');
    return [$usage, $mime, $size];
}
