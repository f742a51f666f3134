package config

// ruleid: hardcoded-aws-access-key-id
var value00 = "AKIAY4CJTPNETEJNZESL"
// ruleid: hardcoded-aws-access-key-id
var value11 = "ASIAVKPSL3BEOPD3D4JI"
// ok: hardcoded-aws-access-key-id
var sample00 = "AKIAIOSFODNN7EXAMPLE"
// ok: hardcoded-aws-access-key-id
var sample11 = "AKIAXXXXXXXXXXXXXXXX"
// ok: hardcoded-aws-access-key-id
var fromEnv = "HARDCODED_AWS_ACCESS_KEY_ID"
