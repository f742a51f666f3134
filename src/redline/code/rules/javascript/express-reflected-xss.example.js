const escapeHtml = require("escape-html");

app.get("/search", (req, res) => {
  // ruleid: express-reflected-xss
  res.send(`<h1>Results for ${req.query.q}</h1>`);
});

app.get("/hello", (req, res) => {
  // ruleid: express-reflected-xss
  res.status(200).send("Hello " + req.params.name);
  // ruleid: express-reflected-xss
  res.write(req.query.msg);
  // ok: express-reflected-xss
  res.send(`<h1>Results for ${escapeHtml(req.query.q)}</h1>`);
  // ok: express-reflected-xss
  res.json({ name: req.params.name });
  // ok: express-reflected-xss
  res.end("done");
});
