// ruleid: hardcoded-connection-string-password
const value0 = "postgresql://app:yv2UPygS1K62Jh@db.internal:5432/app";
// ruleid: hardcoded-connection-string-password
const value1 = "mongodb+srv://svc:P8wWJsMqXl9n@cluster0.mongodb.net/prod";
// ok: hardcoded-connection-string-password
const sample0 = "postgresql://app:${DB_PASSWORD}@db/app";
// ok: hardcoded-connection-string-password
const sample1 = "postgresql://user:password@localhost/app";
// ok: hardcoded-connection-string-password
const sample2 = "redis://:<password>@cache:6379/0";
// ok: hardcoded-connection-string-password
const sample3 = "mysql://root:%s@localhost/db";
// ok: hardcoded-connection-string-password
const fromEnv = process.env.HARDCODED_CONNECTION_STRING_PASSWORD;
