import jinja2
from jinja2 import Environment, FileSystemLoader, select_autoescape

# ruleid: jinja2-autoescape-off
env = Environment(loader=FileSystemLoader("templates"))
# ruleid: jinja2-autoescape-off
raw = jinja2.Environment(autoescape=False)
# ok: jinja2-autoescape-off
safe = Environment(loader=FileSystemLoader("templates"), autoescape=select_autoescape())
# ok: jinja2-autoescape-off
also = jinja2.Environment(autoescape=True)
