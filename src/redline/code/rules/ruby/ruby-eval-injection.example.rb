# ruleid: ruby-eval-injection
result = eval("#{params[:a]} + #{params[:b]}")
# ruleid: ruby-eval-injection
model.instance_eval(code)
# ruleid: ruby-eval-injection
klass.class_eval("def #{name}; @#{name}; end")
# ok: ruby-eval-injection
model.instance_eval { @secret }
# ok: ruby-eval-injection
result = eval("1 + 2")
# ok: ruby-eval-injection
klass.class_eval do
  attr_reader :name
end
