import os

# ruleid: hardcoded-stripe-secret-key
VALUE_0 = "sk_live_lyqy6Ox2qNOes8iqarDkq5ZV"
# ruleid: hardcoded-stripe-secret-key
VALUE_1 = "rk_live_9K9c7TwDroClnmknDTikeNrpSpQokG"
# ok: hardcoded-stripe-secret-key
SAMPLE_0 = "sk_test_zxkZ9E4PZ0DHe2Gmksx2gxwf"
# ok: hardcoded-stripe-secret-key
SAMPLE_1 = "sk_live_xxxxxxxxxxxxxxxxxxxxxxxx"
# ok: hardcoded-stripe-secret-key
FROM_ENV = os.environ.get("HARDCODED_STRIPE_SECRET_KEY")
