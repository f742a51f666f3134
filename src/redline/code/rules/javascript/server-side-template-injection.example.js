const ejs = require("ejs");
const pug = require("pug");

app.get("/hello", (req, res) => {
  // ruleid: server-side-template-injection
  res.send(ejs.render(`<h1>Hello ${req.query.name}</h1>`));
  // ruleid: server-side-template-injection
  const fn = pug.compile("p Welcome " + req.query.name);
  // ok: server-side-template-injection
  res.send(ejs.render("<h1>Hello <%= name %></h1>", { name: req.query.name }));
  // ok: server-side-template-injection
  const page = pug.compile("p Welcome #{name}")({ name: req.query.name });
  res.end(fn() + page);
});
