# ruleid: ruby-hardcoded-secret
config.secret_key_base = "8f2a6c1e9b7d4f30a5c2e8b1d7f6a9c3"
# ruleid: ruby-hardcoded-secret
ActiveRecord::Base.establish_connection(adapter: "postgresql", username: "app", password: "Tr0ub4dor&3")
# ruleid: ruby-hardcoded-secret
client = Api::Client.new(api_key: "k29xLmq81Zp0")
# ok: ruby-hardcoded-secret
config.secret_key_base = ENV.fetch("SECRET_KEY_BASE")
# ok: ruby-hardcoded-secret
ActiveRecord::Base.establish_connection(adapter: "postgresql", password: ENV["DB_PASSWORD"])
# ok: ruby-hardcoded-secret
client = Api::Client.new(api_key: "your_api_key")
