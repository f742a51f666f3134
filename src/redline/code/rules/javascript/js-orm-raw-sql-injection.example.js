async function search(req, res) {
  // ruleid: js-orm-raw-sql-injection
  const users = await sequelize.query(`SELECT * FROM users WHERE role = '${req.query.role}'`);
  // ruleid: js-orm-raw-sql-injection
  const rows = await knex("items").whereRaw("name LIKE '%" + req.query.q + "%'");
  // ruleid: js-orm-raw-sql-injection
  const ids = await knex.raw(`select id from t where owner = ${req.user.id}`);
  // ok: js-orm-raw-sql-injection
  const safe = await sequelize.query("SELECT * FROM users WHERE role = :role", {
    replacements: { role: req.query.role },
  });
  // ok: js-orm-raw-sql-injection
  const bound = await knex("items").whereRaw("name LIKE ?", [`%${req.query.q}%`]);
  res.json({ users, rows, ids, safe, bound });
}
