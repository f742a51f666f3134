from django.views.decorators.csrf import csrf_exempt, csrf_protect
from flask import Flask
from flask_wtf.csrf import CSRFProtect

app = Flask(__name__)
csrf = CSRFProtect(app)
# ruleid: csrf-protection-disabled
app.config["WTF_CSRF_ENABLED"] = False
# ok: csrf-protection-disabled
app.config["WTF_CSRF_TIME_LIMIT"] = 3600


# ruleid: csrf-protection-disabled
@csrf_exempt
def transfer(request):
    return None


# ok: csrf-protection-disabled
@csrf_protect
def update(request):
    return None


# ruleid: csrf-protection-disabled
@csrf.exempt
@app.route("/webhook", methods=["POST"])
def webhook():
    return ""
