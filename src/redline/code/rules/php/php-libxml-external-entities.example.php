<?php
$doc = new DOMDocument();
// ruleid: php-libxml-external-entities
$doc->loadXML($xml, LIBXML_NOENT | LIBXML_DTDLOAD);
// ruleid: php-libxml-external-entities
$data = simplexml_load_string($body, 'SimpleXMLElement', LIBXML_NOENT);
// ruleid: php-libxml-external-entities
$doc->substituteEntities = true;
// ok: php-libxml-external-entities
$doc->loadXML($xml, LIBXML_NONET);
// ok: php-libxml-external-entities
$data = simplexml_load_string($body);
// ok: php-libxml-external-entities
$doc->substituteEntities = false;
