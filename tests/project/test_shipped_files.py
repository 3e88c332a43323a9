"""What the repository ships matches its sources: the models and their migrations, the
translation catalogues (.po) and their compiled form (.mo) that Django reads."""

import gettext
import io
import shutil
import subprocess
from pathlib import Path

import pytest
from django.core.management import call_command

ROOT = Path(__file__).resolve().parents[2]
CATALOGUES = sorted(ROOT.glob("locale/*/LC_MESSAGES/*.po"))


@pytest.mark.django_db
def test_every_model_change_has_its_migration():
    out = io.StringIO()
    try:
        call_command("makemigrations", check=True, dry_run=True, stdout=out)
    except SystemExit:
        pytest.fail(f"models changed without a migration:\n{out.getvalue()}")


@pytest.mark.parametrize("po", CATALOGUES, ids=lambda po: str(po.relative_to(ROOT)))
def test_the_compiled_catalogue_is_the_translation_file_compiled(po, tmp_path):
    assert shutil.which("msgfmt"), "gettext's msgfmt is needed (apt-get install gettext)"
    fresh = tmp_path / "fresh.mo"
    subprocess.run(["msgfmt", "--check-format", "-o", fresh, po], check=True)
    shipped = po.with_suffix(".mo")
    assert shipped.is_file(), f"{shipped} is missing: run `make compilemessages` and commit it"
    with fresh.open("rb") as a, shipped.open("rb") as b:
        assert gettext.GNUTranslations(a)._catalog == gettext.GNUTranslations(b)._catalog, (
            f"{shipped} is older than {po}: run `make compilemessages` and commit it"
        )


def test_there_are_catalogues():
    assert {po.parent.parent.name for po in CATALOGUES} == {"fr", "en"}
