"""A backup of the demo site restores into a fresh database and fresh media folders: the same
pages, the same signatures with a valid chain, the same files (SQLite, and PostgreSQL when the
suite runs on it)."""

import hashlib
import io
import subprocess
from pathlib import Path

import pytest
from django.core.management import CommandError, call_command
from django.db import connections
from mist_site.operations import backups

from members_area.models import DocumentVersion, Signature


def files_of(root):
    root = Path(root)
    return {
        str(path.relative_to(root)): hashlib.sha256(path.read_bytes()).hexdigest()
        for path in root.rglob("*")
        if path.is_file()
    }


@pytest.fixture(scope="module")
def demo_with_signatures(django_db_setup, django_db_blocker):
    """The session's demo database with three chained signatures, committed before the test's
    own transaction opens (a backup reads what is committed: pg_dump uses its own connection,
    and SQLite's backup cannot read through a connection that is writing). Removed afterwards."""
    from django.contrib.auth.models import User

    with django_db_blocker.unblock():
        version = DocumentVersion.objects.first()
        assert version is not None, "the demo has a signable document"
        users = [
            User.objects.create_user(name, f"{name}@example.org", first_name=name.title())
            for name in ("backup-ines", "backup-maya", "backup-lou")
        ]
        for user in users:
            Signature.objects.record(user=user, version=version, language="fr")
        ids = list(Signature.objects.filter(user__in=users).values_list("pk", flat=True))
        yield list(Signature.objects.order_by("pk").values_list("chain_hash", flat=True))
        with connections["default"].cursor() as cursor:  # append-only rows: only SQL removes them
            table = Signature._meta.db_table
            cursor.execute(f"DELETE FROM {table} WHERE id IN ({','.join(map(str, ids))})")
        User.objects.filter(pk__in=[u.pk for u in users]).delete()


@pytest.fixture
def restored_alias(tmp_path):
    """A second database connection, 'restored', to a database that does not exist yet."""
    default = connections.settings["default"]
    if connections["default"].vendor == "sqlite":
        target = {**default, "NAME": str(tmp_path / "restored.sqlite3"), "TEST": {}}
    else:
        name = f"{connections['default'].settings_dict['NAME']}_restored"
        target = {**connections["default"].settings_dict, "NAME": name}
        command, env = backups.pg_command("dropdb", "default", "--if-exists", name)
        subprocess.run(command, env=env, check=True)
        command, env = backups.pg_command("createdb", "default", name)
        subprocess.run(command, env=env, check=True)
    # Created, then unlisted: Django's test case allows connections it did not set up itself
    # ("dynamically created"), and connections["restored"] keeps answering.
    connections.settings["restored"] = target
    connections["restored"]
    del connections.settings["restored"]
    yield "restored"
    connections["restored"].close()
    del connections["restored"]
    if target["NAME"].endswith("_restored"):
        command, env = backups.pg_command("dropdb", "default", "--if-exists", target["NAME"])
        subprocess.run(command, env=env, check=True)


@pytest.mark.django_db
def test_backup_restores_pages_signatures_and_files(
    settings, tmp_path, demo_with_signatures, restored_alias
):
    from wagtail.models import Page

    private = tmp_path / "private_media"
    (private / "receipts").mkdir(parents=True)
    (private / "receipts" / "receipt-1.pdf").write_bytes(b"%PDF-1.4 a receipt")
    settings.PRIVATE_MEDIA_ROOT = private
    media_before, private_before = files_of(settings.MEDIA_ROOT), files_of(private)
    assert media_before, "the demo has media files"
    pages_before = sorted(Page.objects.values_list("url_path", "title", "locale__language_code"))

    archive = backups.backup(tmp_path / "backups", keep=3)

    settings.MEDIA_ROOT = tmp_path / "restored_media"
    settings.PRIVATE_MEDIA_ROOT = tmp_path / "restored_private"
    out = io.StringIO()
    call_command("restore", str(archive), database=restored_alias, stdout=out)
    n = len(demo_with_signatures)
    assert f"Signature chain valid: {n} signature(s)." in out.getvalue()

    restored_pages = Page.objects.using(restored_alias)
    assert sorted(restored_pages.values_list("url_path", "title", "locale__language_code")) == (
        pages_before
    )
    restored_chain = Signature.objects.using(restored_alias).order_by("pk")
    assert list(restored_chain.values_list("chain_hash", flat=True)) == demo_with_signatures
    assert Signature.verify_chain(using=restored_alias)
    assert files_of(settings.MEDIA_ROOT) == media_before
    assert files_of(settings.PRIVATE_MEDIA_ROOT) == private_before

    # Restoring again over the restored site is refused: it is not empty any more.
    with pytest.raises(CommandError, match="not empty"):
        call_command("restore", str(archive), database=restored_alias, stdout=io.StringIO())
