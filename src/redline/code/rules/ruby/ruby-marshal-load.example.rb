# ruleid: ruby-marshal-load
session = Marshal.load(Base64.decode64(cookies[:session]))
# ruleid: ruby-marshal-load
obj = Marshal.restore(payload)
# ok: ruby-marshal-load
session = JSON.parse(Base64.decode64(cookies[:session]))
# ok: ruby-marshal-load
copy = Marshal.load(Marshal.dump(DEFAULTS))
