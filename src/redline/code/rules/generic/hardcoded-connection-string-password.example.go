package config

// ruleid: hardcoded-connection-string-password
var value00 = "postgresql://app:yv2UPygS1K62Jh@db.internal:5432/app"
// ruleid: hardcoded-connection-string-password
var value11 = "mongodb+srv://svc:P8wWJsMqXl9n@cluster0.mongodb.net/prod"
// ok: hardcoded-connection-string-password
var sample00 = "postgresql://app:${DB_PASSWORD}@db/app"
// ok: hardcoded-connection-string-password
var sample11 = "postgresql://user:password@localhost/app"
// ok: hardcoded-connection-string-password
var sample22 = "redis://:<password>@cache:6379/0"
// ok: hardcoded-connection-string-password
var sample33 = "mysql://root:%s@localhost/db"
// ok: hardcoded-connection-string-password
var fromEnv = "HARDCODED_CONNECTION_STRING_PASSWORD"
