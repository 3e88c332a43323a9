"""The demo database is built once per parallel test run on SQLite (tests/conftest.py)."""

import os

import pytest
from django.db import connection

from tests.conftest import SHARED_DEMO_FOLDER, shared_demo


@pytest.mark.django_db
def test_a_parallel_sqlite_run_builds_the_demo_once_and_the_other_processes_copy_it(demo_role):
    parallel = "PYTEST_XDIST_WORKER" in os.environ and SHARED_DEMO_FOLDER in os.environ
    if not parallel or connection.vendor != "sqlite":
        assert demo_role == "load"  # one process, or PostgreSQL: the demo is built here
        return
    saved = shared_demo()
    assert demo_role in {"build", "copy"}
    assert saved.exists() and saved.with_suffix(".builder").exists()
    assert not saved.with_suffix(".failed").exists()
    # The copy holds the whole demo, in both languages.
    from home.models import HomePage

    assert set(HomePage.objects.values_list("locale__language_code", flat=True)) == {"fr", "en"}
