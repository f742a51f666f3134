const crypto = require("crypto");
const NodeRSA = require("node-rsa");

// ruleid: weak-rsa-key-size
const { privateKey } = crypto.generateKeyPairSync("rsa", { modulusLength: 1024 });
// ruleid: weak-rsa-key-size
const legacy = new NodeRSA({ b: 512 });
// ok: weak-rsa-key-size
const strong = crypto.generateKeyPairSync("rsa", { modulusLength: 2048 });
// ok: weak-rsa-key-size
const key = new NodeRSA({ b: 4096 });
