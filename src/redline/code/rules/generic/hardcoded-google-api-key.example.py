import os

# ruleid: hardcoded-google-api-key
VALUE_0 = "AIzatLQ3Df1CT4ILMVSK7WfL9GxS13UvbzjsMiY"
# ok: hardcoded-google-api-key
SAMPLE_0 = "AIzaXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX"
# ok: hardcoded-google-api-key
SAMPLE_1 = "AIza-your-api-key"
# ok: hardcoded-google-api-key
FROM_ENV = os.environ.get("HARDCODED_GOOGLE_API_KEY")
