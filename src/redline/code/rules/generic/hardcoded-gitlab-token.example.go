package config

// ruleid: hardcoded-gitlab-token
var value00 = "glpat-IqYeXffOKbxDA8GM0GPj"
// ok: hardcoded-gitlab-token
var sample00 = "glpat-xxxxxxxxxxxxxxxxxxxx"
// ok: hardcoded-gitlab-token
var sample11 = "glpat-<token>"
// ok: hardcoded-gitlab-token
var fromEnv = "HARDCODED_GITLAB_TOKEN"
