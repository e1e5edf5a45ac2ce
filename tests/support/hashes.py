"""A password hasher for tests that remembers its answers, so the suite does not pay
Argon2id's cost (about 0.1-0.3 s a call on the CI machine) for every account a world adds
and every sign-in.

It is argon2-cffi's `PasswordHasher` with the parameters in force (so `needs_rehash` and the
stored hash strings are as in use), with two memos for the test session:
- `hash`: one real hash per password, given again for the same password. Hashes are then
  not freshly salted: a test about salting asks for the real hasher (`fresh_hashes` marker).
- `verify`: the answer for a (hash, password) pair, computed once (Argon2 is deterministic
  for a given hash and password, so the answer is the one the real hasher would give).
"""

from __future__ import annotations

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError


class RememberingHasher(PasswordHasher):
    def __init__(self) -> None:
        super().__init__()
        self._hashes: dict[str | bytes, str] = {}
        self._answers: dict[tuple[str | bytes, str | bytes], Exception | None] = {}

    def hash(self, password: str | bytes, *, salt: bytes | None = None) -> str:
        if salt is not None:
            return super().hash(password, salt=salt)
        known = self._hashes.get(password)
        if known is None:
            known = self._hashes[password] = super().hash(password)
        return known

    def verify(self, hash: str | bytes, password: str | bytes) -> bool:  # type: ignore[override]
        key = (hash, password)
        if key not in self._answers:
            try:
                super().verify(hash, password)
                self._answers[key] = None
            except (VerificationError, InvalidHashError) as error:
                self._answers[key] = error
        answer = self._answers[key]
        if answer is not None:
            raise type(answer)(*answer.args)
        return True


HASHER = RememberingHasher()
