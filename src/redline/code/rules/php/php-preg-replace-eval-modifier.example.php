<?php
// ruleid: php-preg-replace-eval-modifier
$out = preg_replace('/\{(\w+)\}/e', '$vars["$1"]', $template);
// ruleid: php-preg-replace-eval-modifier
$out = preg_replace("#<b>(.*)</b>#ie", "strtoupper('$1')", $html);
// ok: php-preg-replace-eval-modifier
$out = preg_replace('/\s+/', ' ', $text);
// ok: php-preg-replace-eval-modifier
$out = preg_replace('/name/i', 'title', $text);
// ok: php-preg-replace-eval-modifier
$out = preg_replace_callback('/\{(\w+)\}/', fn ($m) => $vars[$m[1]], $template);
