"""What the public forms hold about a person (read by mist_site.privacy: export and erasure).

Requests are sent without an account: the person is found by the address she gave."""

PERSONAL_DATA = {
    "TrainingQuoteRequest": {"person": ["email"], "erasure": "delete"},
    # "How may we reach you?": an e-mail address, a phone number or an account name.
    "AppointmentRequest": {"person": ["contact_value"], "erasure": "delete"},
    "MembershipInterest": {"person": ["contact_value"], "erasure": "delete"},
    # A note's author only acted (staff writing about a request): her notes are exported, and
    # kept on erasure because they belong to the request's record (deleted with the request).
    "InternalNote": {
        "actor": ["author"],
        "erasure": "keep",
        "why": "part of a request's record; deleted with the request by the retention purge",
    },
}
