const https = require("https");
const axios = require("axios");

// ruleid: tls-reject-unauthorized-disabled
const agent = new https.Agent({ rejectUnauthorized: false });
// ruleid: tls-reject-unauthorized-disabled
request({ url, strictSSL: false }, done);
// ok: tls-reject-unauthorized-disabled
const strict = new https.Agent({ rejectUnauthorized: true });
// ok: tls-reject-unauthorized-disabled
const client = axios.create({ httpsAgent: new https.Agent({ keepAlive: true }) });
