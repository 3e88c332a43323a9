"""Backups that restore: the database, MEDIA_ROOT and PRIVATE_MEDIA_ROOT in one dated archive.

An archive is a plain tar (media are already compressed: images, MP3, PDF) holding
``manifest.json``, the database (``database.sqlite3``, copied with SQLite's online backup API, or
``database.pgdump``, pg_dump's custom format) and the folders ``media/`` and ``private_media/``.

Encryption for storage elsewhere uses age (Debian package ``age``) with public-key recipients:
the server holds only the public key, so a copy of the server's disk cannot open old backups, and
age streams, so memory stays flat however large the audio files grow. (A symmetric key such as
cryptography's Fernet would have to sit on the server next to the archives, and Fernet encrypts
a whole file in memory.) The private key is kept by the association, off the server.
"""

import datetime
import io
import json
import os
import shutil
import sqlite3
import subprocess
import tarfile
import tempfile
from contextlib import contextmanager
from pathlib import Path

from django.conf import settings
from django.db import connections

PREFIX = "mist-backup-"
DATABASE_FILES = {"sqlite": "database.sqlite3", "postgresql": "database.pgdump"}
FOLDERS = {"media": "MEDIA_ROOT", "private_media": "PRIVATE_MEDIA_ROOT"}


class BackupError(Exception):
    pass


def vendor_of(alias):
    vendor = connections[alias].vendor
    if vendor not in DATABASE_FILES:
        raise BackupError(f"Backups support SQLite and PostgreSQL, not {vendor}.")
    return vendor


def pg_command(program, alias, *args):
    """A PostgreSQL client command for the alias's database, and its environment."""
    db = connections[alias].settings_dict
    command = [program, "--no-password", *args]
    for option, key in (("--host", "HOST"), ("--port", "PORT"), ("--username", "USER")):
        if db.get(key):
            command += [option, str(db[key])]
    env = {**os.environ}
    if db.get("PASSWORD"):
        env["PGPASSWORD"] = db["PASSWORD"]
    return command, env


def run(command, env=None):
    result = subprocess.run(command, env=env, capture_output=True, text=True)
    if result.returncode != 0:
        raise BackupError(f"{command[0]} failed: {result.stderr.strip()[-2000:]}")


def dump_database(alias, target):
    """A consistent copy of the database at one moment, while the site keeps running."""
    vendor = vendor_of(alias)
    connection = connections[alias]
    if vendor == "sqlite":
        connection.ensure_connection()
        if connection.in_atomic_block:
            # Inside a transaction of this very connection (a caller's, or a test's): the
            # backup API would wait for ever on the lock this connection holds itself, so
            # copy the pages it sees instead (the same bytes a backup writes).
            Path(target).write_bytes(connection.connection.serialize())
            return
        with sqlite3.connect(target) as copy:
            connection.connection.backup(copy)  # one step: a snapshot, even under writes
        copy.close()
    else:
        command, env = pg_command(
            "pg_dump", alias, "--format=custom", "--no-owner", "--no-acl", "--file", str(target)
        )
        run([*command, connection.settings_dict["NAME"]], env)


def counts(alias):
    from wagtail.models import Page

    from members_area.models import Signature

    last = Signature.objects.using(alias).order_by("-pk").values_list("chain_hash", flat=True)
    return {
        "pages": Page.objects.using(alias).count(),
        "signatures": Signature.objects.using(alias).count(),
        "last_signature_hash": last.first(),
    }


def archive_name(moment, encrypted):
    return f"{PREFIX}{moment:%Y%m%dT%H%M%SZ}.tar" + (".age" if encrypted else "")


@contextmanager
def open_output(path, recipients):
    """A binary stream to write the archive to: the file itself, or age encrypting into it."""
    if not recipients:
        with open(path, "wb") as stream:
            yield stream
        return
    command = ["age", "--encrypt", "--output", str(path)]
    for recipient in recipients:
        if Path(recipient).is_file():
            command += ["--recipients-file", recipient]
        else:
            command += ["--recipient", recipient]
    process = subprocess.Popen(command, stdin=subprocess.PIPE, stderr=subprocess.PIPE)
    try:
        yield process.stdin
    finally:
        process.stdin.close()
        error = process.stderr.read().decode()
        if process.wait() != 0:
            raise BackupError(f"age failed: {error.strip()}")


def backup(directory, keep, recipients=(), alias="default", now=None):
    """Write one dated archive into directory, keep only the newest `keep`; return its path."""
    directory = Path(directory)
    directory.mkdir(parents=True, exist_ok=True)
    moment = now or datetime.datetime.now(datetime.UTC)
    path = directory / archive_name(moment, bool(recipients))
    partial = path.with_name(path.name + ".partial")
    vendor = vendor_of(alias)
    with tempfile.TemporaryDirectory(dir=directory) as work:
        database_file = Path(work) / DATABASE_FILES[vendor]
        dump_database(alias, database_file)
        manifest = {
            "created_at": moment.isoformat(),
            "vendor": vendor,
            **counts(alias),
        }
        with (
            open_output(partial, recipients) as stream,
            tarfile.open(fileobj=stream, mode="w|") as tar,
        ):
            data = json.dumps(manifest, indent=2).encode()
            info = tarfile.TarInfo("manifest.json")
            info.size, info.mtime = len(data), int(moment.timestamp())
            tar.addfile(info, fileobj=io.BytesIO(data))
            tar.add(database_file, arcname=database_file.name)
            for folder, setting in FOLDERS.items():
                root = Path(getattr(settings, setting))
                if root.is_dir():
                    tar.add(root, arcname=folder)
    partial.rename(path)  # a complete archive or none: never a truncated one under the name
    prune(directory, keep)
    return path


def archives(directory):
    """Complete archives, oldest first (their names sort by date)."""
    found = [p for p in Path(directory).glob(PREFIX + "*") if not p.name.endswith(".partial")]
    return sorted(found, key=lambda p: p.name)


def prune(directory, keep):
    for old in archives(directory)[: max(len(archives(directory)) - keep, 0)]:
        old.unlink()


# --- Restore ---------------------------------------------------------------------------------


def database_is_empty(alias):
    with connections[alias].cursor() as cursor:
        return not connections[alias].introspection.table_names(cursor)


def folder_is_empty(path):
    path = Path(path)
    return not path.exists() or not any(path.iterdir())


def unpack(archive, into, identity=None):
    archive = Path(archive)
    if archive.name.endswith(".age"):
        if not identity:
            raise BackupError("This archive is encrypted: give the private key with --identity.")
        process = subprocess.Popen(
            ["age", "--decrypt", "--identity", str(identity), str(archive)],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
        )
        with tarfile.open(fileobj=process.stdout, mode="r|") as tar:
            tar.extractall(into, filter="data")
        error = process.stderr.read().decode()
        if process.wait() != 0:
            raise BackupError(f"age could not decrypt the archive: {error.strip()}")
    else:
        with tarfile.open(archive, mode="r|") as tar:
            tar.extractall(into, filter="data")
    manifest = Path(into) / "manifest.json"
    if not manifest.is_file():
        raise BackupError(f"{archive} is not a Mist backup (no manifest.json).")
    return json.loads(manifest.read_text())


def restore_database(alias, source, vendor, force):
    connection = connections[alias]
    if vendor == "sqlite":
        connection.close()
        target = connection.settings_dict["NAME"]
        with sqlite3.connect(source) as backup_copy, sqlite3.connect(target) as live:
            backup_copy.backup(live)  # replaces every page of the target
        backup_copy.close()
        live.close()
    else:
        options = ["--clean", "--if-exists"] if force else []
        command, env = pg_command(
            "pg_restore",
            alias,
            "--no-owner",
            "--no-acl",
            "--exit-on-error",
            "--single-transaction",
            *options,
            "--dbname",
            connection.settings_dict["NAME"],
        )
        connection.close()
        run([*command, str(source)], env)


def restore(archive, identity=None, force=False, alias="default"):
    """Restore an archive into an empty database and empty media folders (or any, with force).
    Returns the archive's manifest."""
    vendor = vendor_of(alias)
    if not force:
        if not database_is_empty(alias):
            raise BackupError(
                "The database is not empty: restore into a new database, or use --force to "
                "replace everything in it."
            )
        for setting in FOLDERS.values():
            if not folder_is_empty(getattr(settings, setting)):
                raise BackupError(
                    f"{setting} ({getattr(settings, setting)}) is not empty: restore into an empty "
                    "folder, or use --force to replace its contents."
                )
    work_parent = Path(settings.MEDIA_ROOT).parent
    with tempfile.TemporaryDirectory(dir=work_parent, prefix=".mist-restore-") as work:
        manifest = unpack(archive, work, identity)
        if manifest["vendor"] != vendor:
            raise BackupError(
                f"This backup is of a {manifest['vendor']} database; the target is {vendor}."
            )
        restore_database(alias, Path(work) / DATABASE_FILES[vendor], vendor, force)
        for folder, setting in FOLDERS.items():
            target = Path(getattr(settings, setting))
            target.mkdir(parents=True, exist_ok=True)
            for child in target.iterdir():  # empty already, or replaced on purpose (force)
                shutil.rmtree(child) if child.is_dir() else child.unlink()
            source = Path(work) / folder
            for child in source.iterdir() if source.is_dir() else ():
                shutil.move(child, target / child.name)  # same file system: a rename
    return manifest
