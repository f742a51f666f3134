app.post("/login", async (req, res) => {
  // ruleid: mongo-operator-injection
  const user = await User.findOne({ username: req.body.username, password: req.body.password });
  // ruleid: mongo-operator-injection
  const hits = await db.collection("posts").find(req.query).toArray();
  // ok: mongo-operator-injection
  const byName = await User.findOne({ username: String(req.body.username) });
  // ok: mongo-operator-injection
  const all = await User.find({ active: true });
  res.json({ user, hits, byName, all });
});
