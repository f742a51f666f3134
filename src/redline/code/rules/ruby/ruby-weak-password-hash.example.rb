# ruleid: ruby-weak-password-hash
user.password_digest = Digest::MD5.hexdigest(params[:password])
# ruleid: ruby-weak-password-hash
crypted = Digest::SHA1.hexdigest("--#{salt}--#{password}--")
# ruleid: ruby-weak-password-hash
sig = OpenSSL::Digest.hexdigest("md5", secret)
# ok: ruby-weak-password-hash
etag = Digest::MD5.hexdigest(body)
# ok: ruby-weak-password-hash
user.password_digest = BCrypt::Password.create(params[:password])
# ok: ruby-weak-password-hash
digest = Digest::SHA256.hexdigest(password + pepper)
