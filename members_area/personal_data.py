"""What the members' area holds about a person (read by mist_site.privacy: export and erasure)."""

PERSONAL_DATA = {
    "Invitation": {
        "person": ["user", "email"],
        "actor": ["invited_by"],
        "erasure": "delete",
        "secret": ["nonce"],
    },
    "MembershipPeriod": {
        "person": ["user"],
        "erasure": "keep",
        "why": "the register of members must stay readable, and an excluded person must stay "
        "excluded (the bylaws: she can never come back)",
    },
    "Signature": {
        "person": ["user"],
        "actor": ["recorded_by"],
        "erasure": "keep",
        "keeps_name": True,
        "why": "signatures are append-only and chained: the register shows who signed and when",
    },
}
