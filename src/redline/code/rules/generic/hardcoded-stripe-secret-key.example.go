package config

// ruleid: hardcoded-stripe-secret-key
var value00 = "sk_live_lyqy6Ox2qNOes8iqarDkq5ZV"
// ruleid: hardcoded-stripe-secret-key
var value11 = "rk_live_9K9c7TwDroClnmknDTikeNrpSpQokG"
// ok: hardcoded-stripe-secret-key
var sample00 = "sk_test_zxkZ9E4PZ0DHe2Gmksx2gxwf"
// ok: hardcoded-stripe-secret-key
var sample11 = "sk_live_xxxxxxxxxxxxxxxxxxxxxxxx"
// ok: hardcoded-stripe-secret-key
var fromEnv = "HARDCODED_STRIPE_SECRET_KEY"
