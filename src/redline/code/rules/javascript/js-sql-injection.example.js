const mysql = require("mysql2");
const pool = mysql.createPool({ host: "localhost" });

function findUser(req, res) {
  const name = req.query.name;
  // ruleid: js-sql-injection
  pool.query(`SELECT * FROM users WHERE name = '${name}'`, (err, rows) => res.json(rows));
  // ruleid: js-sql-injection
  pool.execute("DELETE FROM sessions WHERE id = " + req.params.id);
  // ok: js-sql-injection
  pool.query("SELECT * FROM users WHERE name = ?", [name], (err, rows) => res.json(rows));
  // ok: js-sql-injection
  pool.query("SELECT count(*) FROM users");
}

function getUser(db, username) {
  const sql = `SELECT info FROM users WHERE username = '${username}'`;
  // ruleid: js-sql-injection
  db.get(sql, (err, row) => console.log(row));
  const stmt = "SELECT info FROM users WHERE username = ?";
  // ok: js-sql-injection
  db.get(stmt, [username], (err, row) => console.log(row));
  // ok: js-sql-injection
  return cache.get(`user:${username}`);
}
