const https = require("https");

// ruleid: weak-tls-version
https.createServer({ key, cert, minVersion: "TLSv1" }, app);
// ruleid: weak-tls-version
const agent = new https.Agent({ secureProtocol: "TLSv1_method" });
// ok: weak-tls-version
https.createServer({ key, cert, minVersion: "TLSv1.2" }, app);
// ok: weak-tls-version
const modern = new https.Agent({ minVersion: "TLSv1.3" });
