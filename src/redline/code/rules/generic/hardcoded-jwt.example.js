// ruleid: hardcoded-jwt
const value0 = "eyJhbGciOiAiSFMyNTYiLCAidHlwIjogIkpXVCJ9.eyJzdWIiOiAiNDgyMSIsICJyb2xlIjogImFkbWluIiwgImlhdCI6IDE3NjcyMjU2MDB9.eGW1K5jN1WbVk5jFcfpry6xpgb0Mz0g6lWe0fmUu8dl";
// ok: hardcoded-jwt
const sample0 = "eyJhbGciOiJIUzI1NiJ9.<payload>.<signature>";
// ok: hardcoded-jwt
const fromEnv = process.env.HARDCODED_JWT;
