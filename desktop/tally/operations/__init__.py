"""What a user does to a case, as plain calls over the store, reports and core. No Qt."""
