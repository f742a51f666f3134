# ruleid: ruby-yaml-unsafe-load
config = YAML.load(params[:config])
# ruleid: ruby-yaml-unsafe-load
data = Psych.unsafe_load(body)
# ruleid: ruby-yaml-unsafe-load
settings = YAML.load_file(path)
# ok: ruby-yaml-unsafe-load
config = YAML.safe_load(params[:config])
# ok: ruby-yaml-unsafe-load
config = YAML.load(body, permitted_classes: [Date])
# ok: ruby-yaml-unsafe-load
defaults = YAML.load("retries: 3")
