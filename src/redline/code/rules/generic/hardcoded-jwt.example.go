package config

// ruleid: hardcoded-jwt
var value00 = "eyJhbGciOiAiSFMyNTYiLCAidHlwIjogIkpXVCJ9.eyJzdWIiOiAiNDgyMSIsICJyb2xlIjogImFkbWluIiwgImlhdCI6IDE3NjcyMjU2MDB9.eGW1K5jN1WbVk5jFcfpry6xpgb0Mz0g6lWe0fmUu8dl"
// ok: hardcoded-jwt
var sample00 = "eyJhbGciOiJIUzI1NiJ9.<payload>.<signature>"
// ok: hardcoded-jwt
var fromEnv = "HARDCODED_JWT"
