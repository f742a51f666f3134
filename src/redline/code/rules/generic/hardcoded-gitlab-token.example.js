// ruleid: hardcoded-gitlab-token
const value0 = "glpat-IqYeXffOKbxDA8GM0GPj";
// ok: hardcoded-gitlab-token
const sample0 = "glpat-xxxxxxxxxxxxxxxxxxxx";
// ok: hardcoded-gitlab-token
const sample1 = "glpat-<token>";
// ok: hardcoded-gitlab-token
const fromEnv = process.env.HARDCODED_GITLAB_TOKEN;
