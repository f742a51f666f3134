package config

// ruleid: hardcoded-aws-secret-access-key
var awssecretaccesskey0 = "qj60m73Ari9CnbHSOU7cLVKbaFyDu52qGD5ambMQ"
// ok: hardcoded-aws-secret-access-key
var awssecretaccesskey0 = "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY"
// ok: hardcoded-aws-secret-access-key
var fromEnv = "HARDCODED_AWS_SECRET_ACCESS_KEY"
