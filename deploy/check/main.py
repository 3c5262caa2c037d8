"""`make deploy-check`: the deployment kit of deploy/ proved on this machine, through a real nginx.

Lays out a throw-away machine in a temporary folder (kit.py): the working tree as the upstream repository and its
checkout in srv/birgemiz, installed with `make deploy-install` (runtime dependencies only); the shipped environment
file, systemd units, nginx site and scripts with paths, ports and names changed for the machine; a self-signed
certificate for localhost. Runs the units as systemd would (units.py: socket activation, READY=1) on SQLite and the
real nginx (Debian's package) in front, checks through nginx what probes.py lists, grades the TLS site with the MDN
HTTP Observatory's own scoring, runs the timers' services, `systemd-analyze verify`, and an upgrade with
deploy/upgrade.sh under load. Stops everything it started and removes the folder (--keep keeps it).

Ends with one line: `deploy-check: PASS, Observatory <grade> <score>/100` or `deploy-check: FAIL ...`.
Run by deploy/check/run.sh, which installs what it needs first (nginx, openssl, Node.js, the npm packages).
"""

import argparse
import json
import os
import secrets
import shutil
import signal
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

import kit
import probes
from kit import REPO, Machine, commit, git
from units import Service, Systemctl
from web import Client

CHECK = Path(__file__).resolve().parent
SYSTEM_PATH = "/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin"
RELEASE_MARK = "serial=()"


class Site:
    def __init__(self, machine, work):
        self.machine = machine
        self.work = work
        self.bin = work / "bin"  # uv and the emulated systemctl, first on the operator's PATH
        self.logs = machine.root / "log"
        self.editor = ("editor", secrets.token_urlsafe(16))
        self.services = {}
        self.nginx = None
        self.systemctl = None
        self.article_id = None
        self.article_path = None
        self.grade = None  # "A+ 120" once the Observatory has graded the site

    # --- environments: the operator's shell, and what systemd gives a service ------------------------------------

    def operator_environment(self):
        return {
            "PATH": f"{self.bin}:{SYSTEM_PATH}",
            "HOME": os.environ.get("HOME", "/root"),
            "LANG": "C.UTF-8",
            # The machine's Python 3.12 (docs/deployment.md, step 2): here, the one running this check.
            "UV_PYTHON": sys._base_executable,
            **{key: value for key, value in os.environ.items() if key.startswith("UV_CACHE")},
        }

    def service_environment(self):
        return {"PATH": SYSTEM_PATH, "LANG": "C.UTF-8", "HOME": str(self.machine.path("/var/lib/birgemiz"))}

    def run(self, *command, **kwargs):
        result = subprocess.run(
            command, env=self.operator_environment(), capture_output=True, text=True, timeout=300, **kwargs
        )
        if result.returncode:
            raise probes.Failed(f"{' '.join(command[:3])}… exited {result.returncode}: {result.stderr[-1500:]}")
        return result.stdout

    def manage(self, *arguments):
        return self.run(str(self.machine.app_dir / "deploy" / "manage.sh"), *arguments)

    def views(self):
        code = f"from news.models import Article; print(Article.objects.get(pk={self.article_id}).views)"
        return int(self.manage("shell", "-c", code).strip().splitlines()[-1])

    def client(self):
        return Client(str(self.machine.certificate))

    def wait_healthy(self, timeout=60):
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            try:
                if self.client().request("GET", self.machine.https + "/healthz", timeout=5).status == 200:
                    return
            except OSError:
                pass
            time.sleep(0.3)
        raise probes.Failed(f"/healthz through nginx did not answer 200 within {timeout} s")

    # --- the machine ------------------------------------------------------------------------------------------

    def install(self):
        machine = self.machine
        self.bin.mkdir()
        uv = os.environ.get("UV") or shutil.which("uv") or str(REPO / ".tools" / "bin" / "uv")
        (self.bin / "uv").symlink_to(Path(uv).resolve())
        machine.lay_out()
        machine.render(
            {
                "DJANGO_SECRET_KEY": secrets.token_urlsafe(50),
                "DJANGO_ALLOWED_HOSTS": "localhost",
                "DJANGO_CSRF_TRUSTED_ORIGINS": machine.https,
                "DJANGO_SITE_URL": machine.https,
                "DATABASE_URL": "sqlite:////var/lib/birgemiz/db.sqlite3",
                "EMAIL_URL": None,  # e-mails go to the worker's log
                "GUNICORN_WORKERS": "3",
            }
        )
        self.deploy_install()
        self.manage("migrate", "--no-input")
        self.manage("seed_demo")
        username, password = self.editor
        self.manage(
            "shell",
            "-c",
            "from django.contrib.auth.models import Group, User; "
            f"user = User.objects.create_user({username!r}, password={password!r}, is_staff=True); "
            "user.groups.add(Group.objects.get(name='Editors'))",
        )
        installed = {path.name.split("-")[0].lower() for path in machine.app_dir.glob(".venv/lib/*/site-packages/*")}
        dev_tools = installed & {"pytest", "playwright", "ruff", "hypothesis"}
        probes.expect(not dev_tools and "gunicorn" in installed, f"the production virtualenv holds {dev_tools}")
        code = (
            "from news.models import Article; a = Article.objects.published().exclude(cover='').latest('published_at');"
            " print(a.pk, a.get_absolute_url())"
        )
        self.article_id, self.article_path = self.manage("shell", "-c", code).split()[-2:]
        catalogues = len(list(machine.app_dir.glob("locale/*/LC_MESSAGES/*.mo")))
        return f"runtime dependencies only (no test tools), {catalogues} catalogues; article {self.article_path}"

    def deploy_install(self):
        # As deploy/upgrade.sh runs it: with the site's settings, as the site's user.
        script = 'set -a; . "$1"; set +a; exec make -C "$2" deploy-install'
        self.run("sh", "-c", script, "install", str(self.machine.env_file), str(self.machine.app_dir))

    def start(self):
        units = self.machine.units_dir
        self.services["birgemiz.service"] = Service(
            units / "birgemiz.service", self.logs, self.service_environment(), socket_unit=units / "birgemiz.socket"
        )
        self.services["birgemiz-worker.service"] = Service(
            units / "birgemiz-worker.service", self.logs, self.service_environment()
        )
        for service in self.services.values():
            service.start()
        self.systemctl = Systemctl(self.bin, self.services)
        self.nginx = kit.nginx(self.machine)
        self.nginx.__enter__()
        self.wait_healthy()
        return "nginx -t passed; gunicorn (socket-activated, READY=1), the worker and nginx started"

    def stop(self):
        if self.nginx:
            self.nginx.__exit__(None, None, None)
        if self.systemctl:
            self.systemctl.close()
        for service in self.services.values():
            service.stop()
            service.close()


# --- checks outside HTTP ---------------------------------------------------------------------------------------------


def systemd_verify(site):
    units = sorted(path.name for path in site.machine.units_dir.iterdir())
    result = subprocess.run(
        ["systemd-analyze", "verify", *units], cwd=site.machine.units_dir, capture_output=True, text=True
    )
    ours = [line for line in (result.stdout + result.stderr).splitlines() if "birgemiz" in line]
    if result.returncode or ours:
        raise probes.Failed(f"systemd-analyze verify: {result.returncode}: {result.stdout}{result.stderr}")
    return f"{len(units)} units: {', '.join(units)}"


def observatory(site):
    machine = site.machine
    environment = {**os.environ, "NODE_EXTRA_CA_CERTS": str(machine.certificate)}
    command = ["node", str(CHECK / "observatory.mjs"), "localhost", str(machine.http_port), str(machine.https_port)]
    result = subprocess.run(command, env=environment, capture_output=True, text=True, timeout=120)
    try:
        report = json.loads(result.stdout)
    except json.JSONDecodeError:
        raise probes.Failed(f"the Observatory said: {result.stdout[-500:]} {result.stderr[-1500:]}") from None
    if "error" in report:
        raise probes.Failed(f"the Observatory could not scan: {report['error']}")
    site.grade = f"{report['grade']} {report['score']}"
    lost = {name: test["result"] for name, test in report["tests"].items() if (test.get("scoreModifier") or 0) < 0}
    probes.expect(report["grade"] == "A+", f"Observatory {site.grade}/100 (below A+); points lost: {lost}")
    bonus = {name: test["scoreModifier"] for name, test in report["tests"].items() if test.get("scoreModifier")}
    return f"{site.grade}/100, {report['testsPassed']}/{report['testsQuantity']} tests passed; extra credit {bonus}"


def timers(site):
    backups = site.machine.path("/var/backups/birgemiz")
    expired = backups / "birgemiz-20200101-000000"
    expired.mkdir()
    results = []
    for name in [
        "birgemiz-digest.service",
        "birgemiz-newsletter.service",
        "birgemiz-retention.service",
        "birgemiz-backup.service",
    ]:
        service = Service(site.machine.units_dir / name, site.logs, site.service_environment())
        status = service.run_once()
        probes.expect(status == 0, f"{name} exited {status}; {service.tail()}")
        results.append(f"{name.split('-')[1].split('.')[0]} 0")
    made = [path for path in backups.iterdir() if path.name != expired.name]
    probes.expect(not expired.exists(), "the backup service kept a backup older than 14 days")
    probes.expect(
        len(made) == 1 and {path.name for path in made[0].iterdir()} == {"database.sqlite3", "media.tar.gz"},
        f"backup folder: {[list(path.iterdir()) for path in made]}",
    )
    return f"exit status {', '.join(results)}; backup {made[0].name} made, the 2020 one rotated out"


def upgrade(site):
    """deploy/upgrade.sh pulls a release whose settings changed, under steady load: no request fails, new code runs."""
    machine = site.machine
    origin = machine.path("/origin")
    settings = origin / "portal" / "settings.py"
    settings.write_text(settings.read_text() + f'\nPERMISSIONS_POLICY += ", {RELEASE_MARK}"  # deploy-check release\n')
    commit(origin, "A release whose settings changed")
    before = site.client().get(machine.https + "/kk/volunteer/").header("Permissions-Policy")
    probes.expect(RELEASE_MARK not in before, "the release mark is there before the upgrade")
    gunicorn, worker = site.services["birgemiz.service"], site.services["birgemiz-worker.service"]
    old_worker = worker.process.pid

    answers, stop = [], threading.Event()

    def load():
        client = site.client()
        while not stop.is_set():
            try:
                answers.append(client.request("GET", machine.https + "/kk/volunteer/", timeout=60).status)
            except OSError as error:
                answers.append(repr(error))

    threads = [threading.Thread(target=load) for _ in range(4)]
    for thread in threads:
        thread.start()
    started = time.monotonic()
    try:
        output = site.run(str(machine.app_dir / "deploy" / "upgrade.sh"))
    finally:
        stop.set()
        for thread in threads:
            thread.join()
    seconds = time.monotonic() - started
    after = site.client().get(machine.https + "/kk/volunteer/").header("Permissions-Policy")
    failed = [answer for answer in answers if answer != 200]
    calls = [" ".join(call) for call in site.systemctl.calls]
    probes.expect(calls == ["restart birgemiz.service", "restart birgemiz-worker.service"], f"systemctl: {calls}")
    probes.expect(not failed, f"{len(failed)} of {len(answers)} requests failed during the upgrade: {failed[:5]}")
    probes.expect(RELEASE_MARK in after, "after the upgrade the app still runs the old settings")
    probes.expect(gunicorn.stop_statuses == [0], f"gunicorn stopped with {gunicorn.stop_statuses}")
    probes.expect(worker.stop_statuses == [0] and worker.process.pid != old_worker, "the worker was not restarted")
    head = git("log", "-1", "--format=%s", cwd=machine.app_dir).strip()
    probes.expect(head == "A release whose settings changed", f"checkout at {head!r}")
    backups = len(list(machine.path("/var/backups/birgemiz").iterdir()))
    probes.expect("==> 1/6 backup" in output and backups == 2, "no backup was made before the upgrade")
    return (
        f"{len(answers)} requests during the {seconds:.0f} s upgrade, all 200; new settings live; "
        f"gunicorn and worker exited 0 and restarted"
    )


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--keep", action="store_true", help="keep the machine's folder (its path is printed)")
    args = parser.parse_args()
    # Stopped from outside (CI's time limit, Ctrl-C): still stop what was started, in the `finally` below.
    for stop_signal in (signal.SIGTERM, signal.SIGHUP):
        signal.signal(stop_signal, lambda number, frame: sys.exit(128 + number))
    started = time.monotonic()
    work = Path(tempfile.mkdtemp(prefix="deploy-check-"))
    site = Site(Machine.create(work / "machine"), work)
    steps = [
        ("install: make deploy-install, migrate, demo content", site.install),
        ("systemd-analyze verify", lambda: systemd_verify(site)),
        ("start the units and nginx", site.start),
        ("http → https", lambda: probes.redirect_to_https(site)),
        ("security headers once", lambda: probes.security_headers_once(site)),
        ("static files and uploads from nginx", lambda: probes.static_and_media(site)),
        ("page cache, editor, 15/16 MB covers", lambda: probes.page_cache_and_uploads(site)),
        ("never kept: beacons, cookies", lambda: probes.never_kept(site)),
        ("slow clients", lambda: probes.slow_clients_wait_in_nginx(site)),
        ("Observatory", lambda: observatory(site)),
        ("timers: digest, newsletter, retention, backup", lambda: timers(site)),
        ("upgrade under load", lambda: upgrade(site)),
    ]
    failures = []
    try:
        for name, step in steps:
            step_started = time.monotonic()
            try:
                detail, status = step(), "PASS"
            except Exception as error:  # any failure of a step is reported, and the next steps still run
                detail, status = f"{type(error).__name__}: {error}", "FAIL"
                failures.append(name)
            print(f"{status} {name} ({time.monotonic() - step_started:.1f} s): {detail}", flush=True)
            if status == "FAIL" and name in {steps[0][0], "start the units and nginx"}:
                break
    finally:
        site.stop()
        if args.keep:
            print(f"kept: {work}")
        else:
            shutil.rmtree(work, ignore_errors=True)
    print(f"{len(steps)} steps in {time.monotonic() - started:.0f} s")
    if failures or site.grade is None:
        print(f"deploy-check: FAIL ({', '.join(failures) or 'the Observatory did not run'})")
        sys.exit(1)
    print(f"deploy-check: PASS, Observatory {site.grade}/100")


if __name__ == "__main__":
    main()
