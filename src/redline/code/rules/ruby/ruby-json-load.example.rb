# ruleid: ruby-json-load
data = JSON.load(request.body)
# ruleid: ruby-json-load
data = JSON.parse(body, create_additions: true)
# ok: ruby-json-load
data = JSON.parse(request.body.read)
# ok: ruby-json-load
data = JSON.parse(body, symbolize_names: true)
