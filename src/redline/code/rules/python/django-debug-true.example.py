import os

# ruleid: django-debug-true
DEBUG = True
# ok: django-debug-true
TEMPLATE_DEBUG = os.environ.get("DJANGO_DEBUG") == "1"
ALLOWED_HOSTS = ["example.com"]
INSTALLED_APPS = ["django.contrib.auth"]


def local_settings():
    # ok: django-debug-true
    DEBUG = True
    return DEBUG
