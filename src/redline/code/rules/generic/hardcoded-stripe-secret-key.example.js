// ruleid: hardcoded-stripe-secret-key
const value0 = "sk_live_lyqy6Ox2qNOes8iqarDkq5ZV";
// ruleid: hardcoded-stripe-secret-key
const value1 = "rk_live_9K9c7TwDroClnmknDTikeNrpSpQokG";
// ok: hardcoded-stripe-secret-key
const sample0 = "sk_test_zxkZ9E4PZ0DHe2Gmksx2gxwf";
// ok: hardcoded-stripe-secret-key
const sample1 = "sk_live_xxxxxxxxxxxxxxxxxxxxxxxx";
// ok: hardcoded-stripe-secret-key
const fromEnv = process.env.HARDCODED_STRIPE_SECRET_KEY;
