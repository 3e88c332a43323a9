"""Backups are dated, pruned to the newest N, encrypted for storage elsewhere; the signature
chain check names the first broken row; expired invitations are cleaned up."""

import datetime
import io
import shutil
import subprocess
import tarfile

import pytest
from django.core.management import CommandError, call_command
from django.db import connection
from django.utils import timezone
from mist_site.operations import backups

from members_area.models import DocumentVersion, Invitation, Signature


def at(day):
    return datetime.datetime(2026, 1, day, 3, 0, tzinfo=datetime.UTC)


@pytest.mark.django_db
def test_backups_are_dated_and_only_the_newest_are_kept(tmp_path, settings):
    settings.PRIVATE_MEDIA_ROOT = tmp_path / "none"
    for day in (1, 2, 3):
        backups.backup(tmp_path / "b", keep=2, now=at(day))
    names = [p.name for p in backups.archives(tmp_path / "b")]
    assert names == ["mist-backup-20260102T030000Z.tar", "mist-backup-20260103T030000Z.tar"]
    with tarfile.open(tmp_path / "b" / names[-1]) as tar:
        members = tar.getnames()
    assert "manifest.json" in members
    assert backups.DATABASE_FILES[connection.vendor] in members
    assert any(name.startswith("media/") for name in members)


@pytest.mark.django_db
@pytest.mark.skipif(not shutil.which("age"), reason="Debian's age is not installed")
def test_encrypted_backups_need_the_private_key(tmp_path, settings):
    settings.PRIVATE_MEDIA_ROOT = tmp_path / "none"
    key = tmp_path / "key.txt"
    subprocess.run(["age-keygen", "-o", str(key)], check=True, capture_output=True)
    public = next(
        line.split(": ")[1] for line in key.read_text().splitlines() if "public key" in line
    )
    out = io.StringIO()
    call_command("backup", directory=str(tmp_path / "b"), recipient=[public], stdout=out)
    archive = backups.archives(tmp_path / "b")[-1]
    assert archive.name.endswith(".tar.age")
    assert archive.read_bytes().startswith(b"age-encryption.org/v1")
    with pytest.raises(backups.BackupError, match="--identity"):
        backups.unpack(archive, tmp_path / "x")
    manifest = backups.unpack(archive, tmp_path / "y", identity=key)
    assert manifest["vendor"] == connection.vendor and manifest["pages"] > 0


@pytest.mark.django_db
def test_restore_refuses_a_database_that_is_not_empty(tmp_path, settings):
    settings.PRIVATE_MEDIA_ROOT = tmp_path / "none"
    archive = backups.backup(tmp_path / "b", keep=1)
    with pytest.raises(CommandError, match="database is not empty"):
        call_command("restore", str(archive), stdout=io.StringIO())


@pytest.fixture
def chain(make_user):
    version = DocumentVersion.objects.first()
    for name in ("ines", "maya", "lou"):
        Signature.objects.record(
            user=make_user("member", username=name), version=version, language="fr"
        )
    return list(Signature.objects.order_by("pk"))


def test_verify_signatures_accepts_an_intact_chain(chain):
    out = io.StringIO()
    call_command("verify_signatures", stdout=out)
    assert "Signature chain valid: 3 signature(s)." in out.getvalue()


def test_verify_signatures_names_the_first_changed_signature(chain):
    with connection.cursor() as cursor:  # what no code of the site can do: edit a row
        table = Signature._meta.db_table
        cursor.execute(
            f"UPDATE {table} SET signer_name = 'Someone Else' WHERE id = %s", [chain[1].pk]
        )
    with pytest.raises(CommandError, match=f"broken at signature {chain[1].pk} .*changed"):
        call_command("verify_signatures", stdout=io.StringIO())


def test_verify_signatures_notices_a_removed_signature(chain):
    with connection.cursor() as cursor:
        table = Signature._meta.db_table
        cursor.execute(f"DELETE FROM {table} WHERE id = %s", [chain[1].pk])
    with pytest.raises(CommandError, match=f"broken at signature {chain[2].pk} .*link"):
        call_command("verify_signatures", stdout=io.StringIO())


@pytest.mark.django_db
def test_expired_invitations_never_accepted_are_deleted(settings):
    settings.MIST_INVITATION_DAYS = 5
    settings.MIST_INVITATION_KEEP_EXPIRED_DAYS = 30
    now = timezone.now()

    def invite(email, days_ago, accepted=False):
        return Invitation.objects.create(
            email=email,
            first_name="A",
            last_name="B",
            created_at=now - datetime.timedelta(days=days_ago),
            accepted_at=now if accepted else None,
        )

    long_expired = invite("old@example.org", 36)
    recently_expired = invite("recent@example.org", 20)
    accepted = invite("member@example.org", 300, accepted=True)
    out = io.StringIO()
    call_command("delete_expired_invitations", stdout=out)
    assert "1 expired invitation(s) deleted." in out.getvalue()
    remaining = set(Invitation.objects.values_list("pk", flat=True))
    assert long_expired.pk not in remaining
    assert {recently_expired.pk, accepted.pk} <= remaining
