"""The store's notices (what opening a database did on its own) in the interface's language.

A notice is its English line plus a `kind` and the `values` it was made from
(store/notices.py); each kind has its sentence here, with the same {names}. A notice of a kind
this module does not know is shown in English rather than hidden.
"""

from __future__ import annotations

from tally.ui.i18n import TrContext

StoreNotice = TrContext("StoreNotice")


def _sentences() -> dict[str, str]:
    # built on each call so the sentences follow a language change made after import
    return {
        "wal_set_aside": StoreNotice.tr(
            "{wal} did not belong to this database (left by a crash or a copy); it was not "
            "used and was kept as {kept}"),
        "restore_finished": StoreNotice.tr(
            "an interrupted restore from {source} was finished"),
        "restore_finished_kept": StoreNotice.tr(
            "an interrupted restore from {source} was finished; the previous database is kept "
            "as {kept}"),
        "restore_rolled_back": StoreNotice.tr(
            "an interrupted restore was rolled back: the database is as it was before the "
            "restore"),
        "signoff_rolled_back": StoreNotice.tr(
            "a sign-off of {report} was interrupted before it was recorded: nothing was signed "
            "and the report was not written; export it again"),
        "signoff_finished": StoreNotice.tr(
            "a sign-off of {report} interrupted after it was recorded was finished: the signed "
            "report is in place"),
        "signoff_files_missing": StoreNotice.tr(
            "a sign-off of {report} was recorded but {missing} could not be written: the "
            "signatures stand; export the report again"),
        "signoff_retry": StoreNotice.tr(
            "a sign-off of {report} interrupted earlier could not be completed yet ({reason}); "
            "Tally will try again the next time the database is opened"),
    }


def known_kinds() -> set[str]:
    return set(_sentences())


def notice_text(notice: str) -> str:
    """One notice as a sentence: capitalised, ending in a full stop, in the UI's language."""
    sentence = _sentences().get(getattr(notice, "kind", ""))
    values = getattr(notice, "values", None)
    text = str(notice)
    if sentence is not None and values is not None:
        try:
            text = sentence.format(**values)
        except (KeyError, IndexError, ValueError):  # a translation that lost a {name}
            text = str(notice)
    return text[:1].upper() + text[1:] + ("" if text.endswith(".") else ".")
