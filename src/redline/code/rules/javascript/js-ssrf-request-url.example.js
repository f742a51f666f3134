const axios = require("axios");
const https = require("https");

app.get("/proxy", async (req, res) => {
  // ruleid: js-ssrf-request-url
  const page = await fetch(req.query.url);
  // ruleid: js-ssrf-request-url
  const data = await axios.get(`http://${req.query.host}/status`);
  // ruleid: js-ssrf-request-url
  https.get(req.body.endpoint + "/health", (r) => r.resume());
  // ok: js-ssrf-request-url
  const user = await axios.get(`https://api.example.com/users/${encodeURIComponent(req.query.id)}`);
  // ok: js-ssrf-request-url
  const fixed = await fetch("https://status.example.com/health");
  res.json({ page, data, user, fixed });
});
