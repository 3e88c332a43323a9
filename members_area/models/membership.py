"""Membership periods: a person joins, may leave and come back, and once excluded never returns."""

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from members_area.roles import Role


class MembershipPeriodQuerySet(models.QuerySet):
    def current_for(self, user):
        return self.filter(user=user, left_on__isnull=True).order_by("-joined_on").first()

    def excluded(self):
        return self.filter(end_reason=MembershipPeriod.EndReason.EXCLUDED)


class MembershipPeriod(models.Model):
    class EndReason(models.TextChoices):
        LEFT = "left", _("Left")
        EXCLUDED = "excluded", _("Excluded")

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.CASCADE,
        related_name="membership_periods",
        verbose_name=_("person"),
    )
    joined_on = models.DateField(_("joined on"), default=timezone.localdate)
    left_on = models.DateField(_("left on"), null=True, blank=True)
    end_reason = models.CharField(
        _("reason for leaving"), max_length=20, choices=EndReason.choices, blank=True
    )

    objects = MembershipPeriodQuerySet.as_manager()

    class Meta:
        ordering = ["user", "joined_on"]
        verbose_name = _("membership period")
        verbose_name_plural = _("membership periods")

    def __str__(self):
        return f"{self.user} {self.joined_on}–{self.left_on or ''}"

    def save(self, *args, **kwargs):
        # The invariant holds even when code (not a form) writes the row.
        self.clean()
        was_open = (
            self.pk is None
            or MembershipPeriod.objects.filter(pk=self.pk, left_on__isnull=True).exists()
        )
        super().save(*args, **kwargs)
        if self.left_on and was_open:
            # Recorded anywhere (the admin, a command, end()): her access ends at once.
            end_access(self.user, excluded=self.end_reason == self.EndReason.EXCLUDED)

    @property
    def is_open(self):
        return self.left_on is None

    def clean(self):
        if self.left_on and self.left_on < self.joined_on:
            raise ValidationError({"left_on": _("A person cannot leave before she joined.")})
        if bool(self.left_on) != bool(self.end_reason):
            raise ValidationError(
                {"end_reason": _("Give both the date of leaving and its reason, or neither.")}
            )
        others = MembershipPeriod.objects.filter(user_id=self.user_id).exclude(pk=self.pk)
        if self.pk:
            stored = MembershipPeriod.objects.get(pk=self.pk)
            if stored.end_reason == self.EndReason.EXCLUDED and (
                self.end_reason != stored.end_reason or self.left_on != stored.left_on
            ):
                raise ValidationError(_("An exclusion is final: it cannot be undone."))
        if others.excluded().exists():
            raise ValidationError(_("This person was excluded and can never be a member again."))
        if self.is_open and others.filter(left_on__isnull=True).exists():
            raise ValidationError(_("This person already has an open membership period."))

    def end(self, on=None, excluded=False):
        """Close the period; her access ends (after a departure, an invitation brings her back)."""
        self.left_on = on or timezone.localdate()
        self.end_reason = self.EndReason.EXCLUDED if excluded else self.EndReason.LEFT
        self.save()

    @classmethod
    def start(cls, user, on=None):
        return cls.objects.create(user=user, joined_on=on or timezone.localdate())


def end_access(user, excluded=False):
    """A departure or an exclusion ends every access at once: her roles and admin rights go
    (her open sessions then open nothing of the members' area or the admin) and her calendar
    feed address stops answering. An exclusion also closes the account: no login, and Django
    refuses its open sessions. After a departure the account stays, so that she can come back:
    she logs in as herself (with her second factor) and accepts a new invitation."""
    from members_area.calendar.models import FeedToken

    user.groups.remove(*user.groups.filter(name__in=[role.value for role in Role]))
    user.is_staff = False
    user.is_superuser = False
    if excluded:
        user.is_active = False
    user.save(update_fields=["is_active", "is_staff", "is_superuser"])
    FeedToken.objects.filter(user=user).delete()
