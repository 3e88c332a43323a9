"""Personal data in the apps we do not own (Django, Wagtail, allauth), declared like our own apps'
personal_data modules: {app label: (PERSONAL_DATA, NOT_PERSONAL)}. See declarations.py."""

AUDIT = "audit trail: who did what and when must stay readable"
CONTENT = "the association's content; she only worked on it"

DECLARATIONS = {
    "admin": ({"LogEntry": {"person": ["user"], "erasure": "keep", "why": AUDIT}}, {}),
    "account": (
        {"EmailAddress": {"person": ["user", "email"], "erasure": "delete"}},
        {},
    ),
    "mfa": (
        {"Authenticator": {"person": ["user"], "erasure": "delete", "secret": ["data"]}},
        {},
    ),
    "wagtailusers": ({"UserProfile": {"person": ["user"], "erasure": "delete"}}, {}),
    "wagtailadmin": (
        {
            "EditingSession": {"person": ["user"], "erasure": "delete"},
            "FormState": {"person": ["user"], "erasure": "delete"},
        },
        {},
    ),
    "wagtailcore": (
        {
            "APIToken": {"person": ["user"], "erasure": "delete", "secret": ["key_hash"]},
            "PageSubscription": {"person": ["user"], "erasure": "delete"},
            "Page": {
                "person": ["owner"],
                "actor": ["locked_by"],
                "erasure": "keep",
                "why": CONTENT,
            },
            "Revision": {"actor": ["user"], "erasure": "keep", "why": CONTENT},
            "Comment": {"actor": ["user", "resolved_by"], "erasure": "keep", "why": CONTENT},
            "CommentReply": {"actor": ["user"], "erasure": "keep", "why": CONTENT},
            "PageLogEntry": {"person": ["user"], "erasure": "keep", "why": AUDIT},
            "ModelLogEntry": {"person": ["user"], "erasure": "keep", "why": AUDIT},
            "WorkflowState": {"actor": ["requested_by"], "erasure": "keep", "why": AUDIT},
            "TaskState": {"actor": ["finished_by"], "erasure": "keep", "why": AUDIT},
            "UploadedFile": {"actor": ["uploaded_by_user"], "erasure": "keep", "why": CONTENT},
        },
        {},
    ),
    "wagtaildocs": (
        {"Document": {"actor": ["uploaded_by_user"], "erasure": "keep", "why": CONTENT}},
        {},
    ),
    "wagtailimages": (
        {"Image": {"actor": ["uploaded_by_user"], "erasure": "keep", "why": CONTENT}},
        {},
    ),
    "wagtail_localize": (
        {
            "StringTranslation": {
                "actor": ["last_translated_by"],
                "erasure": "keep",
                "why": CONTENT,
            },
            "SegmentOverride": {"actor": ["last_translated_by"], "erasure": "keep", "why": CONTENT},
        },
        {},
    ),
}
