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
mkdir -p /etc/systemd/system/varnish.service.d
cat > /etc/systemd/system/varnish.service.d/mist.conf <<'UNIT'
[Service]
ExecStart=
ExecStart=/usr/sbin/varnishd -j unix,user=vcache -F -a 127.0.0.1:6081 -f /etc/varnish/default.vcl -s malloc,256m
UNIT

# systemd: two gunicorn servers, the scheduled jobs' timers, failure mails.
install -m 0644 deploy/systemd/*.service deploy/systemd/*.timer deploy/systemd/*.target /etc/systemd/system/
systemctl daemon-reload
systemctl enable --now mist.target
systemctl reload-or-restart mist-gunicorn@8081 mist-gunicorn@8082 varnish
systemctl list-timers 'mist-*'
