# ruleid: ruby-oj-object-mode
payload = Oj.load(request.body.read)
# ruleid: ruby-oj-object-mode
obj = Oj.object_load(json)
# ok: ruby-oj-object-mode
payload = Oj.load(request.body.read, mode: :strict)
# ok: ruby-oj-object-mode
payload = Oj.safe_load(json)
