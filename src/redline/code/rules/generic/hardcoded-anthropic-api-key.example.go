package config

// ruleid: hardcoded-anthropic-api-key
var value00 = "sk-ant-api03-pFpNyMCE-xEmiYaqw_PpGO-Pb27MZhLRkpwW2xdPq2KSCEt8L5150-lJuGFCFcTRmJMgf5mjvzL3n4irQHJMBdUb5MrqMAA"
// ok: hardcoded-anthropic-api-key
var sample00 = "sk-ant-api03-your-key-here"
// ok: hardcoded-anthropic-api-key
var sample11 = "sk-ant-..."
// ok: hardcoded-anthropic-api-key
var fromEnv = "HARDCODED_ANTHROPIC_API_KEY"
