http = Net::HTTP.new(uri.host, uri.port)
http.use_ssl = true
# ruleid: ruby-tls-verify-none
http.verify_mode = OpenSSL::SSL::VERIFY_NONE
# ruleid: ruby-tls-verify-none
conn = Faraday.new(url: base, ssl: { verify: false })
# ruleid: ruby-tls-verify-none
HTTParty.get(url, verify: false)
# ok: ruby-tls-verify-none
http.verify_mode = OpenSSL::SSL::VERIFY_PEER
# ok: ruby-tls-verify-none
conn = Faraday.new(url: base, ssl: { verify: true, ca_file: "/etc/ssl/private-ca.pem" })
