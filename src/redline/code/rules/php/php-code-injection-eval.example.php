<?php
function calculate($expr)
{
    // ruleid: php-code-injection-eval
    eval('$result = ' . $expr . ';');
    // ruleid: php-code-injection-eval
    eval($_POST['code']);
    // ruleid: php-code-injection-eval
    assert("is_numeric($value)");
    // ruleid: php-code-injection-eval
    $fn = create_function('$a', 'return $a ' . $op . ' 2;');
    // ok: php-code-injection-eval
    eval('return 1 + 2;');
    // ok: php-code-injection-eval
    assert($count > 0);
    // ok: php-code-injection-eval
    assert(is_array($items));
    return $result;
}
