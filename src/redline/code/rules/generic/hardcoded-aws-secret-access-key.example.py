import os

# ruleid: hardcoded-aws-secret-access-key
aws_secret_access_key = "qj60m73Ari9CnbHSOU7cLVKbaFyDu52qGD5ambMQ"
# ok: hardcoded-aws-secret-access-key
aws_secret_access_key = "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY"
# ok: hardcoded-aws-secret-access-key
FROM_ENV = os.environ.get("HARDCODED_AWS_SECRET_ACCESS_KEY")
