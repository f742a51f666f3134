# ruleid: ruby-backtick-interpolation
files = `ls #{params[:dir]}`
# ruleid: ruby-backtick-interpolation
size = %x(du -sh #{path})
# ok: ruby-backtick-interpolation
files = `ls /var/log`
# ok: ruby-backtick-interpolation
files, _status = Open3.capture2("ls", params[:dir])
# ok: ruby-backtick-interpolation
size = `du -sh #{path.shellescape}`
