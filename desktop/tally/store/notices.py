"""What the store did on its own while opening a database, one line each for the user.

A notice is a `str` (the English line the CLI prints) that also carries its kind and the
values it was made from, so an interface can say the same thing in its own language without
parsing English (ui/store_notices.py holds the translations; a test checks every kind has one).
"""

from __future__ import annotations

# kind -> the English line; {names} are filled from the notice's values
TEMPLATES: dict[str, str] = {
    "wal_set_aside": ("{wal} did not belong to this database (left by a crash or a copy); "
                      "it was not used and was kept as {kept}"),
    "restore_finished": "an interrupted restore from {source} was finished",
    "restore_finished_kept": ("an interrupted restore from {source} was finished; the previous "
                              "database is kept as {kept}"),
    "restore_rolled_back": ("an interrupted restore was rolled back: the database is as it was "
                            "before the restore"),
    "signoff_rolled_back": ("a sign-off of {report} was interrupted before it was recorded: "
                            "nothing was signed and the report was not written; export it again"),
    "signoff_finished": ("a sign-off of {report} interrupted after it was recorded was "
                         "finished: the signed report is in place"),
    "signoff_files_missing": ("a sign-off of {report} was recorded but {missing} could not be "
                              "written: the signatures stand; export the report again"),
    "signoff_retry": ("a sign-off of {report} interrupted earlier could not be completed yet "
                      "({reason}); Tally will try again the next time the database is opened"),
}


class Notice(str):
    """One line for the user; `kind` names the template, `values` fill it."""

    kind: str
    values: dict[str, str]

    def __new__(cls, kind: str, **values: str) -> Notice:
        self = super().__new__(cls, TEMPLATES[kind].format(**values))
        self.kind, self.values = kind, dict(values)
        return self
