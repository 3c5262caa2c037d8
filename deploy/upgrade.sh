#!/bin/sh
# Upgrade the site to the newest commit of its branch, in the order that loses nothing (docs/deployment.md,
# "Upgrades"). Run as root:  /srv/birgemiz/deploy/upgrade.sh
#
#   1. backup   the database and the uploads, before anything changes (kept in /var/backups/birgemiz)
#   2. fetch    the new code: git pull --ff-only (refuses when the checkout was changed by hand)
#   3. install  its runtime dependencies, compiled catalogues and static files (make deploy-install); the running
#               site keeps working: the old static files stay beside the new ones
#   4. migrate  the database
#   5. restart  the app: a restart, not a HUP, because gunicorn loads the app once before forking its workers
#               (preload_app). New connections wait in birgemiz.socket meanwhile, none is refused
#   6. restart  the task worker, so that it runs the new code too
#
# Stops at the first step that fails; the site then still runs the old code (until step 5). To go back, check out
# the previous commit and run this again, or restore the backup of step 1 (docs/deployment.md, "Backups").
set -eu
APP_DIR=/srv/birgemiz
ENV_FILE=/etc/birgemiz/birgemiz.env
APP_USER=birgemiz
BACKUP_DIR=/var/backups/birgemiz

as_app() {
    if [ "$(id -un)" = "$APP_USER" ]; then "$@"; else runuser -u "$APP_USER" -- "$@"; fi
}
step() { printf '==> %s\n' "$*"; }

step "1/6 backup"
"$APP_DIR/deploy/manage.sh" backup "$BACKUP_DIR"
step "2/6 fetch"
as_app git -C "$APP_DIR" pull --ff-only
step "3/6 install"
# With the site's settings, so that static files go where nginx serves them (STATIC_ROOT).
as_app sh -c 'set -a; . "$1"; set +a; exec make -C "$2" deploy-install' upgrade "$ENV_FILE" "$APP_DIR"
step "4/6 migrate"
"$APP_DIR/deploy/manage.sh" migrate --no-input
step "5/6 restart the app"
systemctl restart birgemiz.service
step "6/6 restart the worker"
systemctl restart birgemiz-worker.service
step "done: $(as_app git -C "$APP_DIR" log -1 --format='%h %s')"
