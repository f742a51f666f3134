def thumbnail(file)
  # ruleid: ruby-command-injection
  system("convert #{file} /tmp/thumb.png")
  # ruleid: ruby-command-injection
  out, status = Open3.capture2("grep " + params[:q] + " app.log")
  # ruleid: ruby-command-injection
  IO.popen(cmd)
  # ok: ruby-command-injection
  system("convert", file, "/tmp/thumb.png")
  # ok: ruby-command-injection
  system("uptime")
  # ok: ruby-command-injection
  out, status = Open3.capture2("grep", params[:q], "app.log")
  # ok: ruby-command-injection
  system("ls #{Shellwords.escape(dir)}")
end
