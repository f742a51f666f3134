// ruleid: hardcoded-private-key
const value0 = "-----BEGIN RSA PRIVATE KEY-----\nDmY6SjXlW+hpkgYrccZkRBehptPw7ag5h99fVXLCjT2Mrfh5iCZZuEvOhHAVqkdz\nXQkS0he5SJMW+roUgfvj6WpkHDApc5cEweYh1exCKPfIwqK7USPBufQ2gebOSe+V\n-----END RSA PRIVATE KEY-----";
// ok: hardcoded-private-key
const sample0 = "-----BEGIN PRIVATE KEY-----\n...\n-----END PRIVATE KEY-----";
// ok: hardcoded-private-key
const fromEnv = process.env.HARDCODED_PRIVATE_KEY;
