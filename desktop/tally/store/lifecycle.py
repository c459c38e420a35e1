"""The life of an assessment: draft -> locked -> signed -> amended, in Python and in SQL;
a locked or signed one may be voided instead (store.voids), which ends its life.

The Python checks give the user a clear message; the triggers below enforce the same rules in
the database itself, so a script or a bug that bypasses the Store still cannot change a locked
or signed assessment, a signature or an audit entry.
"""

from __future__ import annotations

from datetime import datetime

from tally.core.record import SignatureManifest
from tally.store.errors import LifecycleError

DRAFT, LOCKED, SIGNED, AMENDED = "draft", "locked", "signed", "amended"
STATUSES = (DRAFT, LOCKED, SIGNED, AMENDED)  # stored; VOID is recorded beside (store.voids)
VOID = "void"
ORIGINS = ("entered", "derived")

# Status changes allowed once an assessment has left draft; its content never changes.
FROZEN_TRANSITIONS = {
    LOCKED: (LOCKED, SIGNED, AMENDED),
    SIGNED: (SIGNED, AMENDED),
    AMENDED: (AMENDED,),
}


def require_draft(status: str, action: str) -> None:
    if status == VOID:
        raise LifecycleError(f"cannot {action}: the assessment was voided; it stays as it was")
    if status != DRAFT:
        raise LifecycleError(
            f"cannot {action}: the assessment is {status}; amend it to make a new draft version"
        )


def require_lockable(status: str) -> None:
    if status != DRAFT:
        raise LifecycleError(f"cannot lock: the assessment is already {status}")


def require_signable(status: str) -> None:
    if status == VOID:
        raise LifecycleError("cannot sign: the assessment was voided; a void is never signed "
                             "or exported")
    if status not in (LOCKED, SIGNED):
        raise LifecycleError(f"cannot sign: the assessment is {status}; lock it first")


def require_amendable(status: str, reason: str) -> None:
    if status not in (LOCKED, SIGNED):
        if status == VOID:
            raise LifecycleError("cannot amend: the assessment was voided; start a new one")
        if status == AMENDED:
            raise LifecycleError("cannot amend: this version was already amended; amend the newest")
        raise LifecycleError("cannot amend a draft: change it directly")
    if not reason or not reason.strip():
        raise LifecycleError("an amendment needs a reason")


def require_voidable(status: str, reason: str) -> None:
    if status not in (LOCKED, SIGNED):
        if status == VOID:
            raise LifecycleError("cannot void: the assessment is already void")
        if status == AMENDED:
            raise LifecycleError("cannot void: this version was amended; void the newest")
        raise LifecycleError("cannot void a draft: change it, or delete it if it was started "
                             "by mistake")
    if not reason or not reason.strip():
        raise LifecycleError("voiding an assessment needs a reason")


def check_origin(origin: str) -> None:
    if origin not in ORIGINS:
        raise LifecycleError(f"answer origin must be one of {', '.join(ORIGINS)}, got {origin!r}")


def check_manifest(manifest: SignatureManifest) -> None:
    """A signature must say who, when (with a UTC offset) and what it means (21 CFR 11.50)."""
    if not manifest.printed_name.strip():
        raise LifecycleError("a signature needs the signer's printed name")
    if not manifest.meaning.strip():
        raise LifecycleError("a signature needs its meaning (e.g. author, reviewer)")
    try:
        when = datetime.fromisoformat(manifest.signed_at)
    except (TypeError, ValueError):
        raise LifecycleError(
            f"signature time must be ISO 8601 with a UTC offset, got {manifest.signed_at!r}"
        ) from None
    if when.utcoffset() is None:
        raise LifecycleError(f"signature time has no UTC offset: {manifest.signed_at!r}")


_FROZEN_COLUMNS = (
    "uid", "chain_uid", "case_pk", "form_id", "form_version", "form_hash", "assessment_date",
    "kind_note", "evaluator_id", "evaluator", "version", "amends_uid", "amendment_reason",
    "content_hash", "case_snapshot", "locked_at", "created_at",
)
_CHANGED = " OR ".join(f"NEW.{c} IS NOT OLD.{c}" for c in _FROZEN_COLUMNS)
_ALLOWED = " OR ".join(
    f"(OLD.status = '{old}' AND NEW.status IN ({', '.join(repr(s) for s in new)}))"
    for old, new in FROZEN_TRANSITIONS.items()
)
_STATUS_OF = "(SELECT status FROM assessments WHERE id = {}.assessment_id)"

TRIGGERS_SQL = f"""
CREATE TRIGGER audit_append_only_update BEFORE UPDATE ON audit
BEGIN SELECT RAISE(ABORT, 'audit entries are append-only'); END;
CREATE TRIGGER audit_append_only_delete BEFORE DELETE ON audit
BEGIN SELECT RAISE(ABORT, 'audit entries are append-only'); END;
CREATE TRIGGER audit_head_follow AFTER INSERT ON audit
BEGIN UPDATE audit_head SET last_id = NEW.id, last_hash = NEW.hash WHERE one = 1; END;

CREATE TRIGGER signatures_fixed_update BEFORE UPDATE ON signatures
BEGIN SELECT RAISE(ABORT, 'signatures cannot be changed'); END;
CREATE TRIGGER signatures_fixed_delete BEFORE DELETE ON signatures
BEGIN SELECT RAISE(ABORT, 'signatures cannot be deleted'); END;
CREATE TRIGGER signatures_only_locked BEFORE INSERT ON signatures
WHEN {_STATUS_OF.format('NEW')} NOT IN ('locked', 'signed')
BEGIN SELECT RAISE(ABORT, 'only a locked assessment can be signed'); END;

CREATE TRIGGER answers_frozen_insert BEFORE INSERT ON answers
WHEN {_STATUS_OF.format('NEW')} IS NOT 'draft'
BEGIN SELECT RAISE(ABORT, 'answers of a locked or signed assessment cannot change'); END;
CREATE TRIGGER answers_frozen_update BEFORE UPDATE ON answers
WHEN {_STATUS_OF.format('OLD')} IS NOT 'draft' OR {_STATUS_OF.format('NEW')} IS NOT 'draft'
BEGIN SELECT RAISE(ABORT, 'answers of a locked or signed assessment cannot change'); END;
CREATE TRIGGER answers_frozen_delete BEFORE DELETE ON answers
WHEN {_STATUS_OF.format('OLD')} IS NOT 'draft'
BEGIN SELECT RAISE(ABORT, 'answers of a locked or signed assessment cannot change'); END;

CREATE TRIGGER assessments_draft_moves BEFORE UPDATE ON assessments
WHEN OLD.status = 'draft' AND (NEW.status NOT IN ('draft', 'locked')
     OR (NEW.status = 'locked' AND NEW.content_hash = ''))
BEGIN SELECT RAISE(ABORT, 'a draft can only be locked, with its content hash'); END;
CREATE TRIGGER assessments_frozen_update BEFORE UPDATE ON assessments
WHEN OLD.status <> 'draft' AND ({_CHANGED} OR NOT ({_ALLOWED}))
BEGIN SELECT RAISE(ABORT, 'a locked or signed assessment cannot change'); END;
CREATE TRIGGER assessments_frozen_delete BEFORE DELETE ON assessments
WHEN OLD.status <> 'draft'
BEGIN SELECT RAISE(ABORT, 'a locked or signed assessment cannot be deleted'); END;
"""
