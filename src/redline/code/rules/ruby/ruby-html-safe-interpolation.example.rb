# ruleid: ruby-html-safe-interpolation
greeting = "<p>Hello #{params[:name]}</p>".html_safe
# ruleid: ruby-html-safe-interpolation
body = raw(comment.body)
# ruleid: ruby-html-safe-interpolation
note = params[:note].html_safe
# ok: ruby-html-safe-interpolation
greeting = content_tag(:p, "Hello #{params[:name]}")
# ok: ruby-html-safe-interpolation
divider = "<hr>".html_safe
# ok: ruby-html-safe-interpolation
body = sanitize(comment.body)
# ok: ruby-html-safe-interpolation
label = t("nav.home_html").html_safe
