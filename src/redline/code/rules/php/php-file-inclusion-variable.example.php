<?php
// ruleid: php-file-inclusion-variable
include $_GET['page'] . '.php';
// ruleid: php-file-inclusion-variable
require_once("modules/" . $module . "/init.php");
// ruleid: php-file-inclusion-variable
include_once "lang/{$lang}.php";
// ok: php-file-inclusion-variable
require_once __DIR__ . '/vendor/autoload.php';
// ok: php-file-inclusion-variable
include 'header.php';
// ok: php-file-inclusion-variable
require dirname(__FILE__) . '/config.php';
