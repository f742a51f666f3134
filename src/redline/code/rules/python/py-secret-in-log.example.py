import logging

logger = logging.getLogger(__name__)


def login(user, password, token):
    # ruleid: py-secret-in-log
    logger.info(f"login {user} with {password}")
    # ruleid: py-secret-in-log
    print("token:", token)
    # ok: py-secret-in-log
    logger.info("login %s", user)
    # ok: py-secret-in-log
    logger.debug("password length %d", len(password))
