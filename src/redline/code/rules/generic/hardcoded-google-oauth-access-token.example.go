package config

// ruleid: hardcoded-google-oauth-access-token
var value00 = "ya29.s1rtCnEq7hRuVQ8S9_flqrErKXwUvu1iL3wMd1-vRKTbrHxJ6S9ySm7LqouS"
// ok: hardcoded-google-oauth-access-token
var sample00 = "ya29.xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx"
// ok: hardcoded-google-oauth-access-token
var sample11 = "ya29.<token>"
// ok: hardcoded-google-oauth-access-token
var fromEnv = "HARDCODED_GOOGLE_OAUTH_ACCESS_TOKEN"
