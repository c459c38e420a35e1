"""What a user does to a case, as plain calls over the store, reports and core. No Qt.

The GUI and the CLI both call these; widgets never touch the store (an import-linter contract
says so). Nothing is imported here, so a ui module can name a submodule without loading the
store:

    operations.desk      Desk: the operations on one open database, each notifying a change
    operations.changes   Change, ChangeHub: what an operation changed, for the views
    operations.session   StoreSession: one assessment as the wizard edits it
    operations.signoff   record_sign_off: a written report signs what it holds
    operations.errors    the errors a view may catch; operations.rows the rows it lists
    operations.passphrase   the one rule for a new database passphrase (core.passphrase)
    operations.validation, operations.outcomes   local validation over the case database
"""
