// ruleid: hardcoded-aws-access-key-id
const value0 = "AKIAY4CJTPNETEJNZESL";
// ruleid: hardcoded-aws-access-key-id
const value1 = "ASIAVKPSL3BEOPD3D4JI";
// ok: hardcoded-aws-access-key-id
const sample0 = "AKIAIOSFODNN7EXAMPLE";
// ok: hardcoded-aws-access-key-id
const sample1 = "AKIAXXXXXXXXXXXXXXXX";
// ok: hardcoded-aws-access-key-id
const fromEnv = process.env.HARDCODED_AWS_ACCESS_KEY_ID;
