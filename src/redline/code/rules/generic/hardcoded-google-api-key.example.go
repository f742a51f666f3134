package config

// ruleid: hardcoded-google-api-key
var value00 = "AIzatLQ3Df1CT4ILMVSK7WfL9GxS13UvbzjsMiY"
// ok: hardcoded-google-api-key
var sample00 = "AIzaXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX"
// ok: hardcoded-google-api-key
var sample11 = "AIza-your-api-key"
// ok: hardcoded-google-api-key
var fromEnv = "HARDCODED_GOOGLE_API_KEY"
