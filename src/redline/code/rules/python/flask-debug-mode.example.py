import os

from flask import Flask

app = Flask(__name__)
# ruleid: flask-debug-mode
app.config["DEBUG"] = True
# ok: flask-debug-mode
app.config["TESTING"] = True

if __name__ == "__main__":
    # ruleid: flask-debug-mode
    app.run(debug=True)
    # ok: flask-debug-mode
    app.run(debug=os.environ.get("FLASK_DEBUG") == "1")
    # ok: flask-debug-mode
    app.run(debug=False)
