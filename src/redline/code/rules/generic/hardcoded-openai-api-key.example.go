package config

// ruleid: hardcoded-openai-api-key
var value00 = "sk-proj-dT765ZX3dFTY9Or_CY2fWyIa9gKcauzdpnKAk1DI7Yhn_7oHT3BlbkFJX5yiGQhfffS2l2yHbzsWqO3vu4b5yJs2b1DQJOeC5Wb2_3IA"
// ruleid: hardcoded-openai-api-key
var value11 = "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"
// ok: hardcoded-openai-api-key
var sample00 = "sk-your-openai-key"
// ok: hardcoded-openai-api-key
var sample11 = "sk-proj-xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx"
// ok: hardcoded-openai-api-key
var fromEnv = "HARDCODED_OPENAI_API_KEY"
