import logging

from flask import request

logger = logging.getLogger(__name__)


def login():
    user = request.form["user"]
    # ruleid: py-log-injection
    logger.info("login failed for " + user)
    # ruleid: py-log-injection
    logging.warning(f"bad token from {request.args.get('token')}")
    clean = user.replace("\n", "").replace("\r", "")
    # ok: py-log-injection
    logger.info("login failed for " + clean)
    # ok: py-log-injection
    logger.info("login failed for %r", repr(user))
    # ok: py-log-injection
    logger.info("starting")


def process(item):
    # ok: py-log-injection
    logger.info(f"processing {item}")
