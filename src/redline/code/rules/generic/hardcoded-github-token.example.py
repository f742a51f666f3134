import os

# ruleid: hardcoded-github-token
VALUE_0 = "ghp_80qZM64eBCwnK8MVfUaWn4BK7u9QKRLWWThT"
# ruleid: hardcoded-github-token
VALUE_1 = "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"
# ok: hardcoded-github-token
SAMPLE_0 = "ghp_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx"
# ok: hardcoded-github-token
SAMPLE_1 = "ghp_<your-token>"
# ok: hardcoded-github-token
FROM_ENV = os.environ.get("HARDCODED_GITHUB_TOKEN")
