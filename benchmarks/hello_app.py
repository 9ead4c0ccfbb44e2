"""The baseline for benchmarks/serve_bench.py: a bare Flask app that answers "Hello, world!".

    gunicorn -w 2 --chdir benchmarks hello_app:app
"""
from flask import Flask

app = Flask(__name__)


@app.get("/")
def hello():
    return "Hello, world!"
