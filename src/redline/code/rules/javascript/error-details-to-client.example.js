app.get("/report", async (req, res) => {
  try {
    res.json(await buildReport(req.query.id));
  } catch (err) {
    // ruleid: error-details-to-client
    res.status(500).send(err.stack);
  }
});

app.use((err, req, res, next) => {
  // ruleid: error-details-to-client
  res.status(500).json({ message: err.message, stack: err.stack });
  // ruleid: error-details-to-client
  res.send(err);
  // ok: error-details-to-client
  res.status(500).json({ error: "Internal server error" });
  // ok: error-details-to-client
  res.send(result);
  next();
});
