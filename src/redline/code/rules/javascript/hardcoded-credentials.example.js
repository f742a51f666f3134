const mysql = require("mysql2");

const db = mysql.createConnection({
  host: "db.internal",
  user: "app",
  // ruleid: hardcoded-credentials
  password: "S3cr3t!2024",
});

// ruleid: hardcoded-credentials
const STRIPE_API_KEY = "sk_live_51HxQ2bLkdsj38sKd";
// ok: hardcoded-credentials
const apiKey = process.env.STRIPE_API_KEY;
// ok: hardcoded-credentials
const config = { password: "changeme" };
// ok: hardcoded-credentials
const labels = { password: "Password", apiKey: "api_key" };
// ok: hardcoded-credentials
const empty = { secret: "" };
module.exports = { db, STRIPE_API_KEY, apiKey, config, labels, empty };
