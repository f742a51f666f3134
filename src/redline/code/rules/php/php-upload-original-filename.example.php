<?php
// ruleid: php-upload-original-filename
move_uploaded_file($_FILES['avatar']['tmp_name'], 'uploads/' . $_FILES['avatar']['name']);
// ruleid: php-upload-original-filename
move_uploaded_file($tmp, "images/{$_FILES["photo"]["name"]}");
// ok: php-upload-original-filename
move_uploaded_file($_FILES['avatar']['tmp_name'], 'uploads/' . bin2hex(random_bytes(16)) . '.png');
// ok: php-upload-original-filename
move_uploaded_file($tmp, 'uploads/' . $filename);
