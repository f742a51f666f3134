# ruleid: ruby-dynamic-send-params
report.send(params[:format])
# ruleid: ruby-dynamic-send-params
user.public_send("#{params[:field]}=", params[:value])
# ok: ruby-dynamic-send-params
report.send(:to_csv)
# ok: ruby-dynamic-send-params
report.public_send(format) if %w[csv pdf].include?(format)
