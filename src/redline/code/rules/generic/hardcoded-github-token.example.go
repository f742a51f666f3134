package config

// ruleid: hardcoded-github-token
var value00 = "ghp_80qZM64eBCwnK8MVfUaWn4BK7u9QKRLWWThT"
// ruleid: hardcoded-github-token
var value11 = "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"
// ok: hardcoded-github-token
var sample00 = "ghp_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx"
// ok: hardcoded-github-token
var sample11 = "ghp_<your-token>"
// ok: hardcoded-github-token
var fromEnv = "HARDCODED_GITHUB_TOKEN"
