# ruleid: ruby-kernel-open-injection
content = open(params[:url]).read
# ruleid: ruby-kernel-open-injection
data = URI.open(feed_url).read
# ok: ruby-kernel-open-injection
content = File.open(path).read
# ok: ruby-kernel-open-injection
data = URI.open("https://example.com/feed.xml").read
