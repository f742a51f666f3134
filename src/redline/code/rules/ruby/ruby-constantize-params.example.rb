# ruleid: ruby-constantize-params
klass = params[:type].constantize
# ruleid: ruby-constantize-params
handler = Object.const_get(params[:handler])
# ok: ruby-constantize-params
klass = "Post".constantize
# ok: ruby-constantize-params
klass = { "Post" => Post, "Comment" => Comment }.fetch(params[:type])
