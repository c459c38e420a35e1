"""Read every page of a Tally database decrypted, free pages included: the proof that a
deletion left nothing readable (sqlcipher_export would copy only the live rows)."""

from __future__ import annotations

import hashlib
from pathlib import Path

from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes

from tally.store.connection import KDF_HASH, KDF_ITERATIONS, KEY_SIZE, PAGE_SIZE, SALT_SIZE

RESERVE = 48  # SQLCipher 4 with HMAC-SHA256: a 16-byte IV and a 32-byte HMAC, per page


def decrypted_pages(path: Path, passphrase: str) -> list[bytes]:
    data = path.read_bytes()
    salt = data[:SALT_SIZE]
    key = hashlib.pbkdf2_hmac(KDF_HASH, passphrase.encode(), salt, KDF_ITERATIONS, KEY_SIZE)
    pages = []
    for start in range(0, len(data), PAGE_SIZE):
        page = data[start:start + PAGE_SIZE]
        if len(page) < PAGE_SIZE:
            break
        offset = SALT_SIZE if start == 0 else 0  # page 1 begins with the salt, in clear
        iv = page[PAGE_SIZE - RESERVE:PAGE_SIZE - RESERVE + 16]
        body = page[offset:PAGE_SIZE - RESERVE]
        decryptor = Cipher(algorithms.AES(key), modes.CBC(iv)).decryptor()
        pages.append(decryptor.update(body) + decryptor.finalize())
    return pages
