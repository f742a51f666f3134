# ruleid: ruby-path-traversal-params
send_file "/srv/reports/#{params[:name]}"
# ruleid: ruby-path-traversal-params
data = File.read(Rails.root.join("uploads", params[:file]))
# ruleid: ruby-path-traversal-params
FileUtils.rm_rf(params[:dir])
# ok: ruby-path-traversal-params
send_file File.join("/srv/reports", File.basename(params[:name]))
# ok: ruby-path-traversal-params
data = File.read(Rails.root.join("config", "settings.yml"))
