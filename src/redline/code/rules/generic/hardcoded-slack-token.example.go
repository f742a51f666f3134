package config

// ruleid: hardcoded-slack-token
var value00 = "xoxb-79423316301-7701117198941-fIQkk0fmY3ycIxYfRJkXLJEd"
// ruleid: hardcoded-slack-token
var value11 = "https://hooks.slack.com/services/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"
// ok: hardcoded-slack-token
var sample00 = "xoxb-your-token-here"
// ok: hardcoded-slack-token
var sample11 = "https://hooks.slack.com/services/T000/B000/XXXX"
// ok: hardcoded-slack-token
var fromEnv = "HARDCODED_SLACK_TOKEN"
