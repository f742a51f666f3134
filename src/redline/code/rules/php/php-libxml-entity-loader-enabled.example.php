<?php
// ruleid: php-libxml-entity-loader-enabled
libxml_disable_entity_loader(false);
// ok: php-libxml-entity-loader-enabled
libxml_disable_entity_loader(true);
// ok: php-libxml-entity-loader-enabled
$previous = libxml_disable_entity_loader();
