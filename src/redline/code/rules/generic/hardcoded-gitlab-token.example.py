import os

# ruleid: hardcoded-gitlab-token
VALUE_0 = "glpat-IqYeXffOKbxDA8GM0GPj"
# ok: hardcoded-gitlab-token
SAMPLE_0 = "glpat-xxxxxxxxxxxxxxxxxxxx"
# ok: hardcoded-gitlab-token
SAMPLE_1 = "glpat-<token>"
# ok: hardcoded-gitlab-token
FROM_ENV = os.environ.get("HARDCODED_GITLAB_TOKEN")
