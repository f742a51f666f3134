from fastapi import FastAPI
from fastapi.middleware.cors import CORSMiddleware
from flask import Flask
from flask_cors import CORS

app = Flask(__name__)
api = FastAPI()
TRUSTED = ["https://app.example.com"]

# ruleid: cors-wildcard-credentials
CORS(app, supports_credentials=True)
# ruleid: cors-wildcard-credentials
CORS(app, resources={r"/api/*": {"origins": "*"}}, supports_credentials=True)
# ruleid: cors-wildcard-credentials
api.add_middleware(CORSMiddleware, allow_origins=["*"], allow_credentials=True)
# ok: cors-wildcard-credentials
CORS(app, origins=["https://app.example.com"], supports_credentials=True)
# ok: cors-wildcard-credentials
api.add_middleware(CORSMiddleware, allow_origins=TRUSTED, allow_credentials=True)
# ok: cors-wildcard-credentials
CORS(app)
