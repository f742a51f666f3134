// ruleid: hardcoded-github-token
const value0 = "ghp_80qZM64eBCwnK8MVfUaWn4BK7u9QKRLWWThT";
// ruleid: hardcoded-github-token
const value1 = "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";
// ok: hardcoded-github-token
const sample0 = "ghp_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx";
// ok: hardcoded-github-token
const sample1 = "ghp_<your-token>";
// ok: hardcoded-github-token
const fromEnv = process.env.HARDCODED_GITHUB_TOKEN;
