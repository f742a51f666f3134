async function list(req, res) {
  // ruleid: mongo-where-injection
  const a = await db.collection("users").find({ $where: `this.age > ${req.query.age}` }).toArray();
  // ruleid: mongo-where-injection
  const b = await User.find().$where("this.name === '" + req.query.name + "'");
  // ok: mongo-where-injection
  const c = await db.collection("users").find({ age: { $gt: Number(req.query.age) } }).toArray();
  // ok: mongo-where-injection
  const d = await User.find({ $where: "this.credits > this.debits" });
  res.json([a, b, c, d]);
}
