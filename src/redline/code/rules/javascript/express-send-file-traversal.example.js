app.get("/download", (req, res) => {
  // ruleid: express-send-file-traversal
  res.download("/srv/reports/" + req.query.name);
  // ruleid: express-send-file-traversal
  res.sendFile(path.join(__dirname, "public", req.params.file));
  // ok: express-send-file-traversal
  res.sendFile(req.params.file, { root: path.join(__dirname, "public") });
  // ok: express-send-file-traversal
  res.sendFile("/srv/app/index.html");
});
