import random
import secrets
import string


def reset_token(length: int = 32) -> str:
    alphabet = string.ascii_letters + string.digits
    # ruleid: py-insecure-random
    return "".join(random.choice(alphabet) for _ in range(length))


def make_otp() -> str:
    # ruleid: py-insecure-random
    otp = random.randint(100000, 999999)
    # ok: py-insecure-random
    code = secrets.randbelow(900000) + 100000
    return f"{otp}{code}"


def roll_dice() -> int:
    # A game draw: an audit-level note only, never reported by default.
    # ruleid: py-insecure-random
    return random.randint(1, 6)


def shuffle_playlist(songs: list) -> list:
    # ruleid: py-insecure-random
    random.shuffle(songs)
    return songs


def replay(seed: int) -> float:
    # Seeding and private generators are audit-level notes too.
    # ruleid: py-insecure-random
    random.seed(seed)
    # ruleid: py-insecure-random
    generator = random.Random(seed)
    # ok: py-insecure-random
    system = random.SystemRandom()
    return generator.random() + system.random()


def session_id() -> str:
    # ok: py-insecure-random
    return secrets.token_hex(16)


def invite_code(size: int = 12) -> str:
    pool = string.ascii_uppercase + string.digits
    # ruleid: py-insecure-random
    return "".join(random.choice(pool) for _ in range(size))


def remember_me(response):
    # ruleid: py-insecure-random
    value = random.random()
    remember = str(value)[2:]
    response.set_cookie("rememberMe", remember, secure=True, httponly=True)
    return response

