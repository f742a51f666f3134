// ruleid: hardcoded-anthropic-api-key
const value0 = "sk-ant-api03-pFpNyMCE-xEmiYaqw_PpGO-Pb27MZhLRkpwW2xdPq2KSCEt8L5150-lJuGFCFcTRmJMgf5mjvzL3n4irQHJMBdUb5MrqMAA";
// ok: hardcoded-anthropic-api-key
const sample0 = "sk-ant-api03-your-key-here";
// ok: hardcoded-anthropic-api-key
const sample1 = "sk-ant-...";
// ok: hardcoded-anthropic-api-key
const fromEnv = process.env.HARDCODED_ANTHROPIC_API_KEY;
