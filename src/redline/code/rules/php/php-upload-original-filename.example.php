<?php
// ruleid: php-upload-original-filename
move_uploaded_file($_FILES['avatar']['tmp_name'], 'uploads/' . $_FILES['avatar']['name']);
// ruleid: php-upload-original-filename
move_uploaded_file($tmp, "images/{$_FILES["photo"]["name"]}");
// ok: php-upload-original-filename
move_uploaded_file($_FILES['avatar']['tmp_name'], 'uploads/' . bin2hex(random_bytes(16)) . '.png');
// ok: php-upload-original-filename
move_uploaded_file($tmp, 'uploads/' . $filename);

function save_avatar() {
    $name = basename($_FILES['avatar']['name']);
    $target = 'uploads/' . $name;
    // ruleid: php-upload-original-filename
    move_uploaded_file($_FILES['avatar']['tmp_name'], $target);
}

function save_each() {
    $upload = $_FILES['doc'];
    // ruleid: php-upload-original-filename
    move_uploaded_file($upload['tmp_name'], __DIR__ . '/files/' . $upload['name']);
}

function save_checked() {
    $allowed = ['png', 'jpg', 'gif'];
    $ext = strtolower(pathinfo($_FILES['avatar']['name'], PATHINFO_EXTENSION));
    if (!in_array($ext, $allowed, true)) {
        exit('bad type');
    }
    // ok: php-upload-original-filename
    move_uploaded_file($_FILES['avatar']['tmp_name'], 'uploads/' . bin2hex(random_bytes(16)) . '.' . $ext);
}

class UploadController {
    public function store($request) {
        $file = $request->file('photo');
        // ruleid: php-upload-original-filename
        $file->storeAs('public/photos', $file->getClientOriginalName());
    }

    public function storeValidated($request) {
        $request->validate(['photo' => 'required|mimes:jpg,png|max:2048']);
        $file = $request->file('photo');
        // ok: php-upload-original-filename
        $file->storeAs('public/photos', $file->hashName());
    }
}

function save_compared() {
    $target = 'uploads/' . basename($_FILES['pic']['name']);
    $type = strtolower(pathinfo($target, PATHINFO_EXTENSION));
    if ($type != 'png' && $type != 'jpg') {
        return;
    }
    // ok: php-upload-original-filename
    move_uploaded_file($_FILES['pic']['tmp_name'], $target);
}
