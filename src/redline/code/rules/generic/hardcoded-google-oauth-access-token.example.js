// ruleid: hardcoded-google-oauth-access-token
const value0 = "ya29.s1rtCnEq7hRuVQ8S9_flqrErKXwUvu1iL3wMd1-vRKTbrHxJ6S9ySm7LqouS";
// ok: hardcoded-google-oauth-access-token
const sample0 = "ya29.xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx";
// ok: hardcoded-google-oauth-access-token
const sample1 = "ya29.<token>";
// ok: hardcoded-google-oauth-access-token
const fromEnv = process.env.HARDCODED_GOOGLE_OAUTH_ACCESS_TOKEN;
