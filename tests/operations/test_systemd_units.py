"""The systemd units and timers in deploy/systemd/ pass `systemd-analyze verify` (when the
machine has systemd) and schedule every job the README promises."""

import shutil
import subprocess
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
UNITS = ROOT / "deploy" / "systemd"
JOBS = {
    "purge-enquiries": "purge_enquiries",
    "calendar-notices": "send_calendar_notices",
    "clearsessions": "clearsessions",
    "expired-invitations": "delete_expired_invitations",
    "backup": "backup",
}


def test_every_scheduled_job_has_a_timer_started_by_the_site_target():
    target = (UNITS / "mist.target").read_text()
    for timer, command in JOBS.items():
        text = (UNITS / f"mist-{timer}.timer").read_text()
        assert f"Unit=mist-manage@{command}.service" in text
        assert f"mist-{timer}.timer" in target


def test_scheduled_commands_exist():
    from django.core.management import get_commands

    assert set(JOBS.values()) | {"report_failed_job"} <= set(get_commands())


@pytest.mark.skipif(not shutil.which("systemd-analyze"), reason="no systemd-analyze here")
def test_units_pass_systemd_analyze_verify(tmp_path):
    # The units name /srv/mist/app (deploy/install.sh): point them at this checkout, whose
    # .venv holds the same programs, so that verify can check the commands exist.
    for unit in UNITS.iterdir():
        (tmp_path / unit.name).write_text(unit.read_text().replace("/srv/mist/app", str(ROOT)))
    names = [p.name for p in tmp_path.iterdir() if "@." not in p.name]
    names += ["mist-gunicorn@8081.service", "mist-manage@backup.service"]
    names += ["mist-job-failed@mist-backup.service"]
    result = subprocess.run(
        ["systemd-analyze", "verify", "--man=no", *names],
        cwd=tmp_path,
        capture_output=True,
        text=True,
    )
    assert result.returncode == 0, result.stderr
    assert result.stderr == ""  # warnings too (an unknown key is only a warning)
