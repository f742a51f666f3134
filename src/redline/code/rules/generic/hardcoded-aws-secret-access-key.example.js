// ruleid: hardcoded-aws-secret-access-key
const awsSecretAccessKey = { aws_secret_access_key: "qj60m73Ari9CnbHSOU7cLVKbaFyDu52qGD5ambMQ" };
// ok: hardcoded-aws-secret-access-key
const sample0 = { aws_secret_access_key: "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY" };
// ok: hardcoded-aws-secret-access-key
const fromEnv = process.env.HARDCODED_AWS_SECRET_ACCESS_KEY;
