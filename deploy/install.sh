#!/bin/sh
# Installs the Mist site on one Debian 12 machine, or updates it (run it again after `git pull`).
# Run as root from the checkout at /srv/mist/app:  sh deploy/install.sh
# Then fill /etc/mist/mist.env and put TLS in front (deploy/nginx-site.conf).
set -eu
APP=/srv/mist/app
cd "$APP"

apt-get install -y -qq python3 python3-venv make gettext postgresql redis-server varnish nginx age

id mist >/dev/null 2>&1 || adduser --system --group --home /srv/mist --no-create-home mist
install -d -o mist -g mist -m 0750 /srv/mist /srv/mist/media /srv/mist/private_media /srv/mist/backups
install -d -o root -g mist -m 0750 /etc/mist
[ -f /etc/mist/mist.env ] || install -o root -g mist -m 0640 deploy/mist.env.example /etc/mist/mist.env
chown -R mist:mist "$APP"

# PostgreSQL: a "mist" role and database, reached over the local socket (peer authentication).
su postgres -c "psql -tAc \"SELECT 1 FROM pg_roles WHERE rolname='mist'\"" | grep -q 1 || su postgres -c "createuser mist"
su postgres -c "psql -tAc \"SELECT 1 FROM pg_database WHERE datname='mist'\"" | grep -q 1 || su postgres -c "createdb -O mist mist"

# The app: locked dependencies, translations, database schema, static files.
su mist -s /bin/sh -c "make install && set -a && . /etc/mist/mist.env && set +a && \
  .venv/bin/python manage.py migrate --noinput && \
  .venv/bin/python manage.py collectstatic --noinput -v0 && \
  .venv/bin/python manage.py check --deploy"

# Varnish in front of the two app servers, listening on 127.0.0.1:6081.
install -m 0644 deploy/varnish.vcl /etc/varnish/default.vcl
# Its working directory (the 80 MB shared-memory log every request writes, the compiled VCL)
# in memory, as Varnish's platform notes ask on Linux: on ext4 the kernel writes the whole log
# back to disk again and again, and each page written back faults on Varnish's next write.
# varnishlog, varnishstat and varnishadm find it where they expect it (not noexec: the
# compiled VCL is loaded from there).
cat > /etc/systemd/system/var-lib-varnish.mount <<'UNIT'
[Unit]
Description=Varnish working directory in memory (shared-memory log, compiled VCL)
Before=varnish.service

[Mount]
What=tmpfs
Where=/var/lib/varnish
Type=tmpfs
Options=mode=0755,size=256m,nosuid,nodev

[Install]
WantedBy=varnish.service
UNIT
mkdir -p /etc/systemd/system/varnish.service.d
cat > /etc/systemd/system/varnish.service.d/mist.conf <<'UNIT'
[Unit]
RequiresMountsFor=/var/lib/varnish

[Service]
ExecStart=
ExecStart=/usr/sbin/varnishd -j unix,user=vcache -F -a 127.0.0.1:6081 -f /etc/varnish/default.vcl -s malloc,256m
UNIT
systemctl daemon-reload
# The first time: a running Varnish keeps its files on disk, which the tools would no longer
# see; stop it, mount, and it starts again below on the tmpfs.
if ! mountpoint -q /var/lib/varnish; then
    systemctl stop varnish
    systemctl enable --now var-lib-varnish.mount
fi

# systemd: two gunicorn servers, the scheduled jobs' timers, failure mails.
install -m 0644 deploy/systemd/*.service deploy/systemd/*.timer deploy/systemd/*.target /etc/systemd/system/
systemctl daemon-reload
systemctl enable --now mist.target
systemctl reload-or-restart mist-gunicorn@8081 mist-gunicorn@8082 varnish
systemctl list-timers 'mist-*'
