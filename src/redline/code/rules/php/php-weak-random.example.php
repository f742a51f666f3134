<?php
function pickWinner(array $entries, $seed)
{
    // ruleid: php-weak-random
    srand($seed);
    // ruleid: php-weak-random
    $index = mt_rand(0, count($entries) - 1);
    // ruleid: php-weak-random
    $name = uniqid('entry_');
    // ok: php-weak-random
    $safe = random_int(0, count($entries) - 1);
    // ok: php-weak-random
    $id = md5(uniqid());
    // ok: php-weak-random
    $token = mt_rand();
    return [$entries[$index], $name, $safe, $id, $token];
}
