"""The one rule for a new database passphrase, used by `tally init`, `passphrase change` and
the app's first-run screen alike (the app shows the same strength as a meter while typing).

Length counts most: a few ordinary words make a passphrase that is strong and still easy to
remember. The rule refuses what is short or obviously guessable; it is no guarantee.
"""

from __future__ import annotations

import re

MIN_LENGTH = 10
_COMMON = frozenset({
    "password", "passphrase", "letmein", "welcome", "qwerty", "iloveyou", "admin", "tally",
    "monkey", "dragon", "football", "sunshine", "princess", "trustno1", "changeme",
})


def passphrase_strength(text: str) -> int:
    """0 (very weak) to 4 (very strong): length and variety, minus obvious patterns."""
    if not text:
        return 0
    lowered = text.lower()
    classes = sum(bool(re.search(p, text)) for p in (r"[a-z]", r"[A-Z]", r"[0-9]", r"[^\w\s]"))
    words = len([w for w in re.split(r"[\s\-_.]+", text) if len(w) >= 3])
    bits = len(text) * (2.0 + 0.6 * classes)
    if words >= 3:
        bits += 12
    if len(set(text)) <= 3 or re.fullmatch(r"(.+?)\1+", text):
        bits = min(bits, 10)  # "aaaa..." or "abcabc..."
    # a common password that is most of the passphrase ("password123"), not one word of many
    if any(word in lowered and len(lowered) - len(word) < 8 for word in _COMMON):
        bits -= 20
    if re.fullmatch(r"\d+", text):
        bits = min(bits, 25)
    for limit, score in ((90, 4), (65, 3), (45, 2), (25, 1)):
        if bits >= limit:
            return score
    return 0


def passphrase_problem(text: str) -> str:
    """Why `text` may not be a new database passphrase, or "" when it may (English, one line;
    the app says the same in the interface's language)."""
    if len(text) < MIN_LENGTH:
        return f"the passphrase must have at least {MIN_LENGTH} characters"
    if passphrase_strength(text) < 2:
        return "the passphrase is too easy to guess: add another word or two"
    return ""
