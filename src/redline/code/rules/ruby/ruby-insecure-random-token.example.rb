# ruleid: ruby-insecure-random-token
user.reset_token = rand(36**20).to_s(36)
# ruleid: ruby-insecure-random-token
otp_code = Random.new.rand(100_000..999_999)
# ruleid: ruby-insecure-random-token
password = ("a".."z").to_a.sample(12).join
# ok: ruby-insecure-random-token
user.reset_token = SecureRandom.urlsafe_base64(32)
# ok: ruby-insecure-random-token
colour = %w[red green blue].sample
