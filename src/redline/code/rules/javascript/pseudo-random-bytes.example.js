const crypto = require("crypto");

// ruleid: pseudo-random-bytes
const token = crypto.pseudoRandomBytes(32).toString("hex");
// ruleid: pseudo-random-bytes
crypto.pseudoRandomBytes(16, (err, buf) => console.log(buf));
// ok: pseudo-random-bytes
const good = crypto.randomBytes(32).toString("hex");
