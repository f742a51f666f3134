import os

# ruleid: hardcoded-jwt
VALUE_0 = "eyJhbGciOiAiSFMyNTYiLCAidHlwIjogIkpXVCJ9.eyJzdWIiOiAiNDgyMSIsICJyb2xlIjogImFkbWluIiwgImlhdCI6IDE3NjcyMjU2MDB9.eGW1K5jN1WbVk5jFcfpry6xpgb0Mz0g6lWe0fmUu8dl"
# ok: hardcoded-jwt
SAMPLE_0 = "eyJhbGciOiJIUzI1NiJ9.<payload>.<signature>"
# ok: hardcoded-jwt
FROM_ENV = os.environ.get("HARDCODED_JWT")
