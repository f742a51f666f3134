# ruleid: ruby-ssrf-request-url
response = HTTParty.get(params[:url])
# ruleid: ruby-ssrf-request-url
body = Net::HTTP.get(URI.parse(params[:callback]))
# ok: ruby-ssrf-request-url
response = HTTParty.get("https://api.example.com/status")
# ok: ruby-ssrf-request-url
response = Faraday.get(API_BASE, q: params[:q])
