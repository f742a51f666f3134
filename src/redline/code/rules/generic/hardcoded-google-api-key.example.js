// ruleid: hardcoded-google-api-key
const value0 = "AIzatLQ3Df1CT4ILMVSK7WfL9GxS13UvbzjsMiY";
// ok: hardcoded-google-api-key
const sample0 = "AIzaXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX";
// ok: hardcoded-google-api-key
const sample1 = "AIza-your-api-key";
// ok: hardcoded-google-api-key
const fromEnv = process.env.HARDCODED_GOOGLE_API_KEY;
