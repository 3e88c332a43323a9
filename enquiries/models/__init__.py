from enquiries.models.notes import InternalNote
from enquiries.models.pages import AppointmentPage, MembershipInterestPage, TrainingQuotePage
from enquiries.models.requests import (
    AppointmentRequest,
    EnquiryBase,
    MembershipInterest,
    TrainingQuoteRequest,
)

__all__ = [
    "AppointmentPage",
    "AppointmentRequest",
    "EnquiryBase",
    "InternalNote",
    "MembershipInterest",
    "MembershipInterestPage",
    "TrainingQuotePage",
    "TrainingQuoteRequest",
]
