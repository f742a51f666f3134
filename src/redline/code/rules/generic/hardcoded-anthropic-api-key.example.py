import os

# ruleid: hardcoded-anthropic-api-key
VALUE_0 = "sk-ant-api03-pFpNyMCE-xEmiYaqw_PpGO-Pb27MZhLRkpwW2xdPq2KSCEt8L5150-lJuGFCFcTRmJMgf5mjvzL3n4irQHJMBdUb5MrqMAA"
# ok: hardcoded-anthropic-api-key
SAMPLE_0 = "sk-ant-api03-your-key-here"
# ok: hardcoded-anthropic-api-key
SAMPLE_1 = "sk-ant-..."
# ok: hardcoded-anthropic-api-key
FROM_ENV = os.environ.get("HARDCODED_ANTHROPIC_API_KEY")
