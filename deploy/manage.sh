#!/bin/sh
# manage.py as the services run it: as the user birgemiz, in /srv/birgemiz, with the settings of
# /etc/birgemiz/birgemiz.env. Run it as root (or as birgemiz), e.g.
#   /srv/birgemiz/deploy/manage.sh createsuperuser
#   /srv/birgemiz/deploy/manage.sh anonymize_applications --dry-run
#   /srv/birgemiz/deploy/manage.sh restore /var/backups/birgemiz/birgemiz-20261124-200000 --yes   (services stopped:
#       docs/deployment.md, "Backups")
set -eu
APP_DIR=/srv/birgemiz
ENV_FILE=/etc/birgemiz/birgemiz.env
APP_USER=birgemiz

if [ "$(id -un)" != "$APP_USER" ]; then
    exec runuser -u "$APP_USER" -- "$APP_DIR/deploy/manage.sh" "$@"
fi
cd "$APP_DIR"
set -a
. "$ENV_FILE"
set +a
exec "$APP_DIR/.venv/bin/python" manage.py "$@"
