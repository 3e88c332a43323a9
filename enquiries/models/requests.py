"""The requests people send through the public forms. Each is stored before any e-mail leaves,
so nothing is lost when mail fails (`mail_failed` tells the team to answer by hand)."""

import calendar
import uuid

from django.conf import settings
from django.contrib.contenttypes.fields import GenericRelation
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from enquiries.models.choices import (
    PERSON_STATUSES,
    Audience,
    ContactMethod,
    OrganisationKind,
    Place,
    PreferredLanguage,
    Status,
    Training,
)
from enquiries.models.notes import InternalNote
from enquiries.validators import validate_phone

MAX_PARTICIPANTS = 500
MESSAGE_MAX_LENGTH = 3000


def months_before(moment, months):
    """The same day and time `months` calendar months earlier (31 March - 1 → 28/29 Feb)."""
    month_index = moment.year * 12 + moment.month - 1 - months
    year, month = divmod(month_index, 12)
    day = min(moment.day, calendar.monthrange(year, month + 1)[1])
    return moment.replace(year=year, month=month + 1, day=day)


class EnquiryQuerySet(models.QuerySet):
    def older_than_months(self, months, now=None):
        return self.filter(created_at__lt=months_before(now or timezone.now(), months))

    def mail_failed(self):
        return self.filter(mail_failed=True)


class EnquiryBase(models.Model):
    """What every request shares: its life in the team's hands and its technical trail."""

    status = models.CharField(
        max_length=20, choices=Status.choices, default=Status.NEW, verbose_name=_("Status")
    )
    # Dated entries, never overwritten (enquiries.models.notes).
    notes = GenericRelation(InternalNote, related_query_name="+")
    language = models.CharField(
        max_length=10,
        choices=settings.LANGUAGES,
        verbose_name=_("Language of the form"),
        help_text=_("The acknowledgement was sent in this language."),
    )
    created_at = models.DateTimeField(default=timezone.now, db_index=True, verbose_name=_("Sent"))
    mail_failed = models.BooleanField(
        default=False,
        verbose_name=_("E-mail failed"),
        help_text=_("The team notification or the acknowledgement could not be sent."),
    )
    # A random token put in the form when it is shown: the same form posted twice (double
    # click, resend after a timeout) hits the unique constraint and stays one record.
    idempotency_key = models.UUIDField(default=uuid.uuid4, unique=True, editable=False)
    privacy_agreed = models.BooleanField(
        default=False, verbose_name=_("Agreed to the privacy notice")
    )

    objects = EnquiryQuerySet.as_manager()

    class Meta:
        abstract = True
        ordering = ["-created_at"]

    # Set on subclasses: what the admin and the e-mails call this kind of request.
    kind_label = ""

    def notes_text(self):
        """Every note as 'when — who: text', one per line (for exports)."""
        from mist_site.exports.cells import local_time_text

        return "\n".join(
            f"{local_time_text(note.created_at)} — {note.author_name}: {note.text}"
            for note in self.notes.all()
        )

    notes_text.short_description = _("Internal notes")


class SafeContactFields(EnquiryBase):
    """A victim's or survivor's contact: a name she chooses and one safe way to reach her."""

    name = models.CharField(max_length=80, verbose_name=_("First name or pseudonym"))
    contact_method = models.CharField(
        max_length=20, choices=ContactMethod.choices, verbose_name=_("How to reach her")
    )
    contact_value = models.CharField(max_length=200, verbose_name=_("Number, address or account"))
    may_leave_message = models.BooleanField(verbose_name=_("A message may be left"))
    preferred_language = models.CharField(
        max_length=10, choices=PreferredLanguage.choices, verbose_name=_("Preferred language")
    )
    message = models.TextField(blank=True, max_length=MESSAGE_MAX_LENGTH, verbose_name=_("Message"))

    class Meta(EnquiryBase.Meta):
        abstract = True

    def __str__(self):
        return f"{self.name} · {self.created_at:%Y-%m-%d}"

    @property
    def acknowledgement_address(self):
        """Only where she chose e-mail: anything else could be read by the wrong person."""
        return self.contact_value if self.contact_method == ContactMethod.EMAIL else None

    @property
    def acknowledgement_language(self):
        if self.preferred_language in dict(settings.LANGUAGES):
            return self.preferred_language
        return self.language


class TrainingQuoteRequest(EnquiryBase):
    # What the requester fills in: the public form's fields and the admin's details, in order.
    SUBMITTED_FIELDS = [
        "organisation",
        "organisation_kind",
        "contact_name",
        "contact_role",
        "email",
        "phone",
        "training",
        "audience",
        "participants",
        "preferred_period",
        "place",
        "region",
        "message",
    ]

    organisation = models.CharField(max_length=200, verbose_name=_("Organisation"))
    organisation_kind = models.CharField(
        max_length=20, choices=OrganisationKind.choices, verbose_name=_("Kind of organisation")
    )
    contact_name = models.CharField(max_length=120, verbose_name=_("Contact name"))
    contact_role = models.CharField(max_length=120, verbose_name=_("Role"))
    email = models.EmailField(verbose_name=_("E-mail"))
    phone = models.CharField(
        max_length=30, blank=True, validators=[validate_phone], verbose_name=_("Phone")
    )
    training = models.CharField(
        max_length=30, choices=Training.choices, verbose_name=_("Training wanted")
    )
    audience = models.CharField(max_length=10, choices=Audience.choices, verbose_name=_("Audience"))
    participants = models.PositiveSmallIntegerField(
        validators=[MinValueValidator(1), MaxValueValidator(MAX_PARTICIPANTS)],
        verbose_name=_("Number of participants"),
    )
    preferred_period = models.CharField(max_length=120, verbose_name=_("Preferred period"))
    place = models.CharField(max_length=10, choices=Place.choices, verbose_name=_("Place"))
    region = models.CharField(max_length=100, verbose_name=_("Region"))
    message = models.TextField(blank=True, max_length=MESSAGE_MAX_LENGTH, verbose_name=_("Message"))

    kind_label = _("Training quote request")
    admin_edit_url_name = "training_quote_requests:edit"

    class Meta(EnquiryBase.Meta):
        verbose_name = _("Training quote request")
        verbose_name_plural = _("Training quote requests")

    def __str__(self):
        return f"{self.organisation} · {self.created_at:%Y-%m-%d}"

    @property
    def acknowledgement_address(self):
        return self.email

    @property
    def acknowledgement_language(self):
        return self.language


class AppointmentRequest(SafeContactFields):
    status = models.CharField(
        max_length=20, choices=PERSON_STATUSES, default=Status.NEW, verbose_name=_("Status")
    )

    kind_label = _("Appointment request")
    admin_edit_url_name = "appointment_requests:edit"

    class Meta(SafeContactFields.Meta):
        verbose_name = _("Appointment request")
        verbose_name_plural = _("Appointment requests")


class MembershipInterest(SafeContactFields):
    status = models.CharField(
        max_length=20, choices=PERSON_STATUSES, default=Status.NEW, verbose_name=_("Status")
    )
    referred_by = models.CharField(
        max_length=200,
        blank=True,
        verbose_name=_("Referred by"),
        help_text=_("An association that sent her to Mist, if any."),
    )

    kind_label = _("Membership interest")
    admin_edit_url_name = "membership_interests:edit"

    class Meta(SafeContactFields.Meta):
        verbose_name = _("Membership interest")
        verbose_name_plural = _("Membership interests")
