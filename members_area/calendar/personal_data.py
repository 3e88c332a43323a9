"""What the talk-group calendar holds about a person (read by mist_site.privacy)."""

PERSONAL_DATA = {
    "Answer": {"person": ["user"], "erasure": "delete"},
    "FeedToken": {"person": ["user"], "erasure": "delete", "secret": ["token_hash"]},
    "NoticePreference": {"person": ["user"], "erasure": "delete"},
    "Notice": {"person": ["user"], "erasure": "delete"},
}
