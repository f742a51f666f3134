const serialize = require("node-serialize");

app.get("/profile", (req, res) => {
  const raw = Buffer.from(req.cookies.profile, "base64").toString();
  // ruleid: node-serialize-deserialization
  const profile = serialize.unserialize(raw);
  // ok: node-serialize-deserialization
  const safe = JSON.parse(raw);
  // ok: node-serialize-deserialization
  const text = serialize.serialize({ name: "x" });
  res.json({ profile, safe, text });
});
