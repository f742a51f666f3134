import os

# ruleid: hardcoded-slack-token
VALUE_0 = "xoxb-79423316301-7701117198941-fIQkk0fmY3ycIxYfRJkXLJEd"
# ruleid: hardcoded-slack-token
VALUE_1 = "https://hooks.slack.com/services/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"
# ok: hardcoded-slack-token
SAMPLE_0 = "xoxb-your-token-here"
# ok: hardcoded-slack-token
SAMPLE_1 = "https://hooks.slack.com/services/T000/B000/XXXX"
# ok: hardcoded-slack-token
FROM_ENV = os.environ.get("HARDCODED_SLACK_TOKEN")
