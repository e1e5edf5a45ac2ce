"""Password hashes for operator accounts: Argon2id through argon2-cffi.

The hash string carries its own parameters and salt, so `needs_rehash` tells when the
parameters in force have changed since it was made (then sign-in stores a fresh hash).
"""

from __future__ import annotations

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError

_HASHER = PasswordHasher()  # stateless: argon2-cffi's recommended parameters


def hash_password(password: str) -> str:
    """An Argon2id hash of `password` (a fresh random salt every time)."""
    if not password:
        raise ValueError("the password is empty")
    return _HASHER.hash(password)


def verify_password(password_hash: str, password: str) -> bool:
    """Whether `password` matches `password_hash`; False for a wrong password or a bad hash."""
    try:
        return _HASHER.verify(password_hash, password)
    except (VerificationError, InvalidHashError):
        return False


def needs_rehash(password_hash: str) -> bool:
    """Whether the hash was made with other parameters than the ones in force now."""
    return _HASHER.check_needs_rehash(password_hash)
