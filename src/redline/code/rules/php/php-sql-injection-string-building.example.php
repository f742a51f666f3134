<?php
function findUser(PDO $pdo, mysqli $db, $name)
{
    $id = $_GET['id'];
    // ruleid: php-sql-injection-string-building
    $rows = $pdo->query("SELECT * FROM users WHERE name = '$name'");
    // ruleid: php-sql-injection-string-building
    $result = mysqli_query($db, "SELECT * FROM orders WHERE id = " . $id);
    $sql = "DELETE FROM sessions WHERE user_id = " . $_POST['user'];
    // ruleid: php-sql-injection-string-building
    $db->query($sql);
    $sql2 = "UPDATE users SET email = '{$email}' WHERE id = $id";
    // ruleid: php-sql-injection-string-building
    $pdo->exec($sql2);
    // ruleid: php-sql-injection-string-building
    $stmt = $pdo->prepare("SELECT * FROM posts WHERE author = '" . $name . "'");
    // ruleid: php-sql-injection-string-building
    $users = DB::select("select * from users where email = '$email'");
    // ruleid: php-sql-injection-string-building
    $items = $query->whereRaw("price > " . $_GET['min'])->get();
    // ok: php-sql-injection-string-building
    $stmt = $pdo->prepare('SELECT * FROM users WHERE name = ?');
    $stmt->execute([$name]);
    // ok: php-sql-injection-string-building
    $result = mysqli_query($db, "SELECT * FROM orders WHERE id = " . intval($id));
    // ok: php-sql-injection-string-building
    $rows = $pdo->query("SELECT * FROM {$this->table} WHERE active = 1");
    // ok: php-sql-injection-string-building
    $rows = $pdo->query('SELECT COUNT(*) FROM users');
    // ok: php-sql-injection-string-building
    $ssh->exec('uptime ' . $flags);
    $safe = "SELECT * FROM users WHERE id = :id";
    // ok: php-sql-injection-string-building
    $stmt = $pdo->prepare($safe);
    // ok: php-sql-injection-string-building
    $users = DB::select('select * from users where email = ?', [$email]);
    return $rows;
}
