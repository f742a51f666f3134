import os

# ruleid: hardcoded-connection-string-password
VALUE_0 = "postgresql://app:yv2UPygS1K62Jh@db.internal:5432/app"
# ruleid: hardcoded-connection-string-password
VALUE_1 = "mongodb+srv://svc:P8wWJsMqXl9n@cluster0.mongodb.net/prod"
# ok: hardcoded-connection-string-password
SAMPLE_0 = "postgresql://app:${DB_PASSWORD}@db/app"
# ok: hardcoded-connection-string-password
SAMPLE_1 = "postgresql://user:password@localhost/app"
# ok: hardcoded-connection-string-password
SAMPLE_2 = "redis://:<password>@cache:6379/0"
# ok: hardcoded-connection-string-password
SAMPLE_3 = "mysql://root:%s@localhost/db"
# ok: hardcoded-connection-string-password
FROM_ENV = os.environ.get("HARDCODED_CONNECTION_STRING_PASSWORD")
