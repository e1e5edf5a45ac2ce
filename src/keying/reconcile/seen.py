"""Which documents a file read in order has had: the bits of `jsonl.FirstSeen`'s Bloom filter.

Compiled (keying.native): the reading process asks it of every document of every pass (when
reading ahead, of a chunk's documents at once, `first_maybe_seen`).
"""

from __future__ import annotations

from typing import Final

BITS: Final = 1 << 24  # 2 MiB of bits
_MASK: Final = BITS - 1
_SHORT: Final = (1 << 62) - 1  # (compiled: the arithmetic below on machine integers)


def maybe_seen(bits: bytearray, doc: str) -> bool:
    """Was `doc` maybe added before (True; a false alarm is rare)? If not, it is added now."""
    h = hash(doc) & _SHORT
    i = h & _MASK
    j = (h >> 24) & _MASK
    k = ((h >> 44) ^ (h >> 5)) & _MASK
    if (
        bits[i >> 3] & (1 << (i & 7))
        and bits[j >> 3] & (1 << (j & 7))
        and bits[k >> 3] & (1 << (k & 7))
    ):
        return True
    bits[i >> 3] |= 1 << (i & 7)
    bits[j >> 3] |= 1 << (j & 7)
    bits[k >> 3] |= 1 << (k & 7)
    return False


def first_maybe_seen(bits: bytearray, docs: list[str]) -> int:
    """`maybe_seen` of each document in order, up to the first maybe seen: its index (that
    one not added), or len(docs) when every one is new (and added)."""
    for n, doc in enumerate(docs):
        if maybe_seen(bits, doc):
            return n
    return len(docs)
