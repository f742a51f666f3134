package config

// ruleid: hardcoded-private-key
var value00 = "-----BEGIN RSA PRIVATE KEY-----\nDmY6SjXlW+hpkgYrccZkRBehptPw7ag5h99fVXLCjT2Mrfh5iCZZuEvOhHAVqkdz\n9XWuPmUkVrAOZg2Mbgf3vBFPtxulzIHvd2rhVDp2Yr8nDIutvTzqBN4qR0a/eXLi\n-----END RSA PRIVATE KEY-----"
// ok: hardcoded-private-key
var sample00 = "-----BEGIN PRIVATE KEY-----\n...\n-----END PRIVATE KEY-----"
// ok: hardcoded-private-key
var fromEnv = "HARDCODED_PRIVATE_KEY"
