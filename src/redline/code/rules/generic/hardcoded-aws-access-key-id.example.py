import os

# ruleid: hardcoded-aws-access-key-id
VALUE_0 = "AKIAY4CJTPNETEJNZESL"
# ruleid: hardcoded-aws-access-key-id
VALUE_1 = "ASIAVKPSL3BEOPD3D4JI"
# ok: hardcoded-aws-access-key-id
SAMPLE_0 = "AKIAIOSFODNN7EXAMPLE"
# ok: hardcoded-aws-access-key-id
SAMPLE_1 = "AKIAXXXXXXXXXXXXXXXX"
# ok: hardcoded-aws-access-key-id
FROM_ENV = os.environ.get("HARDCODED_AWS_ACCESS_KEY_ID")
