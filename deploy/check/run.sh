#!/usr/bin/env bash
# `make deploy-check`: install what the check needs when it is missing, then run it (deploy/check/main.py).
#   Debian's nginx, openssl, git and systemd (for systemd-analyze); Node.js 20+ and npm; the npm packages of
#   deploy/check/package-lock.json (the MDN HTTP Observatory); the project's own virtualenv (make install).
# Ends with the last line of main.py: `deploy-check: PASS, Observatory <grade> <score>/100` or `deploy-check: FAIL …`.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/../.."

fail() { echo "deploy-check: FAIL ($*)"; exit 1; }

packages=()
command -v nginx >/dev/null || packages+=(nginx)
command -v openssl >/dev/null || packages+=(openssl)
command -v git >/dev/null || packages+=(git)
command -v systemd-analyze >/dev/null || packages+=(systemd)
command -v node >/dev/null || packages+=(nodejs)
command -v npm >/dev/null || packages+=(npm)
if ((${#packages[@]})); then
    echo "installing ${packages[*]}"
    sudo=()
    if [[ $EUID -ne 0 ]]; then sudo=(sudo -n); fi
    "${sudo[@]}" apt-get -o DPkg::Lock::Timeout=180 update -qq || fail "apt-get update failed"
    # RUNLEVEL=1: where no systemd runs (containers, CI), the nginx package must not start its default site on
    # port 80 for everyone; the check starts its own nginx on 127.0.0.1.
    "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive RUNLEVEL=1 apt-get -o DPkg::Lock::Timeout=180 install -y -qq \
        --no-install-recommends "${packages[@]}" || fail "apt-get install ${packages[*]} failed"
fi
node_major=$(node -p 'process.versions.node.split(".")[0]')
((node_major >= 20)) || fail "the MDN HTTP Observatory needs Node.js 20 or newer, this is $(node --version)"

# The npm packages, again only when the lockfile changed since the last install.
stamp=deploy/check/node_modules/.installed-from-package-lock.json
if ! cmp -s deploy/check/package-lock.json "$stamp" 2>/dev/null; then
    # --ignore-scripts: a dependency downloads a CA bundle at install time; the check trusts its own certificate.
    npm ci --prefix deploy/check --ignore-scripts --no-audit --no-fund --silent || fail "npm ci failed"
    cp deploy/check/package-lock.json "$stamp"
fi
# The Observatory's install script downloads Chromium's HSTS preload list, skipped above (--ignore-scripts). It only
# grants extra credit to preloaded domains, which localhost never is: an empty list scores the same.
preload=deploy/check/node_modules/@mdn/mdn-http-observatory/conf/hsts-preload.json
[[ -f "$preload" ]] || echo '{}' >"$preload"

exec .venv/bin/python deploy/check/main.py "$@"
