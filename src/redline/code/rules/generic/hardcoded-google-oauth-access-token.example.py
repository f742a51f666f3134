import os

# ruleid: hardcoded-google-oauth-access-token
VALUE_0 = "ya29.s1rtCnEq7hRuVQ8S9_flqrErKXwUvu1iL3wMd1-vRKTbrHxJ6S9ySm7LqouS"
# ok: hardcoded-google-oauth-access-token
SAMPLE_0 = "ya29.xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx"
# ok: hardcoded-google-oauth-access-token
SAMPLE_1 = "ya29.<token>"
# ok: hardcoded-google-oauth-access-token
FROM_ENV = os.environ.get("HARDCODED_GOOGLE_OAUTH_ACCESS_TOKEN")
