const fs = require("fs");
const path = require("path");

app.get("/files/:name", (req, res) => {
  // ruleid: node-fs-path-traversal
  fs.readFile(path.join(__dirname, "uploads", req.params.name), (err, data) => res.send(data));
  // ruleid: node-fs-path-traversal
  const stream = fs.createReadStream("/srv/data/" + req.query.file);
  // ok: node-fs-path-traversal
  fs.readFile(path.join(__dirname, "uploads", path.basename(req.params.name)), () => {});
  // ok: node-fs-path-traversal
  const config = fs.readFileSync("./config.json", "utf8");
  // ok: node-fs-path-traversal
  const pkg = fs.readFileSync(path.join(__dirname, "package.json"));
  stream.pipe(res);
  return [config, pkg];
});
