const cors = require("cors");

// ruleid: cors-permissive-credentials
app.use(cors({ origin: true, credentials: true }));
// ruleid: cors-permissive-credentials
app.use(cors({ credentials: true, origin: "*" }));
// ok: cors-permissive-credentials
app.use(cors({ origin: ["https://app.example.com"], credentials: true }));
// ok: cors-permissive-credentials
app.use(cors({ origin: "*" }));

app.use((req, res, next) => {
  // ruleid: cors-permissive-credentials
  res.setHeader("Access-Control-Allow-Origin", req.headers.origin);
  // ok: cors-permissive-credentials
  res.setHeader("Access-Control-Allow-Origin", "https://app.example.com");
  next();
});
