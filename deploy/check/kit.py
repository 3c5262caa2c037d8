"""The deployment kit (deploy/) laid out on a throw-away machine inside one folder.

The shipped files are used as they are, with only what names the real machine changed: paths (/srv/birgemiz → ROOT/
srv/birgemiz, ...), the ports (80, 443 and 8000 → free ports on 127.0.0.1), the server name (localhost) and the user
the scripts switch to (the one running the check). Every replacement must find its text in the shipped file, and no
path of the real machine may be left: when deploy/ changes, the check fails until this file follows.
"""

import contextlib
import getpass
import os
import re
import shutil
import socket
import subprocess
import time
from dataclasses import dataclass
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
DEPLOY = REPO / "deploy"
MACHINE_PATHS = [
    "/srv/birgemiz",
    "/etc/birgemiz",
    "/var/lib/birgemiz",
    "/var/backups/birgemiz",
    "/var/cache/nginx-birgemiz",
    "/var/www/html",
]
CERTIFICATES = "/etc/letsencrypt/live/birgemiz.kz/"
SERVER_NAMES = "server_name birgemiz.kz www.birgemiz.kz;"

# Debian 12's /etc/nginx/nginx.conf (the same on Ubuntu 24.04), which includes the site in production, with its
# files moved into the machine's folder. `user` only when the check runs as root, as nginx ignores it otherwise.
NGINX_MAIN = """\
{user}worker_processes auto;
pid {root}/run/nginx.pid;
error_log {root}/log/nginx-error.log;
events {{
    worker_connections 768;
}}
http {{
    sendfile on;
    tcp_nopush on;
    types_hash_max_size 2048;
    include /etc/nginx/mime.types;
    default_type application/octet-stream;
    ssl_protocols TLSv1 TLSv1.1 TLSv1.2 TLSv1.3;
    ssl_prefer_server_ciphers on;
    access_log {root}/log/nginx-access.log;
    gzip on;
    client_body_temp_path {root}/var/lib/nginx/body;
    proxy_temp_path {root}/var/lib/nginx/proxy;
    fastcgi_temp_path {root}/var/lib/nginx/fastcgi;
    uwsgi_temp_path {root}/var/lib/nginx/uwsgi;
    scgi_temp_path {root}/var/lib/nginx/scgi;
    include {root}/etc/nginx/sites-enabled/*;
}}
"""


class KitError(Exception):
    pass


def free_port():
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def replace_all(text, replacements, name):
    for old, new in replacements:
        if old not in text:
            raise KitError(f"{name}: {old!r} is no longer in the shipped file: update deploy/check/kit.py")
        text = text.replace(old, new)
    return text


@dataclass
class Machine:
    root: Path
    http_port: int
    https_port: int
    app_port: int
    user: str

    @classmethod
    def create(cls, root):
        root = Path(root)
        root.mkdir(mode=0o755)  # nginx's workers (www-data) read the static files and uploads inside
        root.parent.chmod(0o755)
        return cls(root, free_port(), free_port(), free_port(), getpass.getuser())

    def path(self, machine_path):
        return self.root / machine_path.lstrip("/")

    @property
    def app_dir(self):
        return self.path("/srv/birgemiz")

    @property
    def env_file(self):
        return self.path("/etc/birgemiz/birgemiz.env")

    @property
    def units_dir(self):
        return self.path("/etc/systemd/system")

    @property
    def https(self):
        return f"https://localhost:{self.https_port}"

    def paths_replaced(self, text, name):
        for machine_path in MACHINE_PATHS:
            text = text.replace(machine_path, str(self.path(machine_path)))
        text = text.replace("127.0.0.1:8000", f"127.0.0.1:{self.app_port}")
        machine_paths = "|".join(re.escape(path) for path in MACHINE_PATHS)
        left = re.findall(rf"(?<![\w/.-])(?:{machine_paths})\S*", text)
        if left:
            raise KitError(f"{name}: paths of the real machine left after rendering: {left}")
        return text

    # --- the code: a git repository to pull upgrades from, and its checkout in /srv/birgemiz --------------------

    def lay_out(self):
        self.make_folders()
        self.make_origin()
        git("clone", "--quiet", str(self.path("/origin")), str(self.app_dir))

    def make_folders(self):
        for machine_path in [*MACHINE_PATHS, "/run", "/log", "/var/lib/nginx", "/etc/nginx/sites-enabled", "/tls"]:
            if machine_path != "/var/cache/nginx-birgemiz":  # nginx makes it, owned by its workers' user
                self.path(machine_path).mkdir(parents=True, exist_ok=True)
        self.path("/var/cache").mkdir(parents=True, exist_ok=True)  # as on Debian: /var/cache, no /var/cache/nginx
        self.path("/var/backups/birgemiz").chmod(0o700)
        self.path("/var/lib/birgemiz/media").mkdir()
        self.units_dir.mkdir(parents=True)

    def make_origin(self):
        """A repository holding the working tree as it is (uncommitted changes included), as the upstream."""
        origin = self.path("/origin")
        listed = git("ls-files", "-z", "--cached", "--others", "--exclude-standard", cwd=REPO).split("\0")
        for name in filter(None, listed):
            source = REPO / name
            if source.is_file() and not source.is_symlink():
                (origin / name).parent.mkdir(parents=True, exist_ok=True)
                shutil.copy2(source, origin / name)
        git("init", "--quiet", "--initial-branch=main", cwd=origin)
        commit(origin, "The release that is installed first")

    # --- the shipped files, rendered ---------------------------------------------------------------------------

    def render(self, environment):
        self.render_environment(environment)
        for unit in sorted((DEPLOY / "systemd").iterdir()):
            text = self.paths_replaced(unit.read_text(), unit.name)
            (self.units_dir / unit.name).write_text(text)
        for script in ("manage.sh", "upgrade.sh"):
            shipped = DEPLOY / script
            text = replace_all(shipped.read_text(), [("APP_USER=birgemiz", f"APP_USER={self.user}")], script)
            (self.app_dir / "deploy" / script).write_text(self.paths_replaced(text, script))
        self.render_nginx()
        self.make_certificate()

    def render_environment(self, overrides):
        """deploy/birgemiz.env with the check's values in place of the template's (which must name each of them)."""
        lines, found = [], set()
        for line in (DEPLOY / "birgemiz.env").read_text().splitlines():
            match = re.match(r"#?([A-Z][A-Z0-9_]*)=", line)
            if match and match.group(1) in overrides:
                name = match.group(1)
                value = overrides[name]
                found.add(name)
                line = f"#{name}=" if value is None else f'{name}="{value}"' if " " in value else f"{name}={value}"
            lines.append(line)
        if set(overrides) - found:
            raise KitError(f"deploy/birgemiz.env does not list {sorted(set(overrides) - found)}")
        self.env_file.write_text(self.paths_replaced("\n".join(lines) + "\n", "birgemiz.env"))

    def render_nginx(self):
        shipped = DEPLOY / "nginx" / "birgemiz.conf"
        text = replace_all(
            shipped.read_text(),
            [
                ("    listen 80;\n", f"    listen 127.0.0.1:{self.http_port};\n"),
                ("    listen [::]:80;\n", ""),
                ("    listen 443 ssl http2;\n", f"    listen 127.0.0.1:{self.https_port} ssl http2;\n"),
                ("    listen [::]:443 ssl http2;\n", ""),
                (SERVER_NAMES, "server_name localhost;"),
                ("return 301 https://$host$request_uri;", f"return 301 https://$host:{self.https_port}$request_uri;"),
                (CERTIFICATES, f"{self.root}/tls/"),
            ],
            shipped.name,
        )
        text = self.paths_replaced(text, shipped.name)
        listens = re.findall(r"^\s*listen\s+(\S+)", text, re.MULTILINE)
        if not listens or any(not address.startswith("127.0.0.1:") for address in listens):
            raise KitError(f"nginx would listen beyond 127.0.0.1: {listens}")
        site = self.path("/etc/nginx/sites-enabled/birgemiz")
        site.write_text(text)
        user = "user www-data;\n" if os.geteuid() == 0 else ""
        self.path("/etc/nginx/nginx.conf").write_text(NGINX_MAIN.format(user=user, root=self.root))

    def make_certificate(self):
        """A throw-away self-signed certificate for localhost (a day), as fullchain.pem and privkey.pem."""
        tls = self.root / "tls"
        subprocess.run(
            [
                "openssl", "req", "-x509", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:prime256v1", "-nodes",
                "-days", "1", "-subj", "/CN=localhost", "-addext", "subjectAltName=DNS:localhost,IP:127.0.0.1",
                "-keyout", str(tls / "privkey.pem"), "-out", str(tls / "fullchain.pem"),
            ],
            check=True,
            capture_output=True,
        )  # fmt: skip
        (tls / "privkey.pem").chmod(0o600)

    @property
    def certificate(self):
        return self.root / "tls" / "fullchain.pem"


def git(*arguments, cwd=None):
    identity = ["-c", "user.name=deploy-check", "-c", "user.email=deploy-check@localhost"]
    result = subprocess.run(["git", *identity, *arguments], cwd=cwd, check=True, capture_output=True, text=True)
    return result.stdout


def commit(repository, message):
    git("add", "--all", cwd=repository)
    git("commit", "--quiet", "--message", message, cwd=repository)


@contextlib.contextmanager
def nginx(machine):
    """Debian's nginx with the machine's configuration (`nginx -t` first), in the foreground; stopped on exit."""
    command = ["nginx", "-p", str(machine.root), "-e", str(machine.root / "log" / "nginx-error.log")]
    command += ["-c", str(machine.path("/etc/nginx/nginx.conf"))]
    tested = subprocess.run([*command, "-t"], capture_output=True, text=True)
    if tested.returncode:
        raise KitError(f"nginx -t: {tested.stderr}")
    process = subprocess.Popen([*command, "-g", "daemon off;"], stdin=subprocess.DEVNULL)
    try:
        deadline = time.monotonic() + 20
        while True:
            with contextlib.suppress(OSError), socket.create_connection(("127.0.0.1", machine.https_port), timeout=1):
                break
            if process.poll() is not None or time.monotonic() > deadline:
                raise KitError(f"nginx did not start: {(machine.root / 'log' / 'nginx-error.log').read_text()}")
            time.sleep(0.1)
        yield process
    finally:
        process.send_signal(3)  # SIGQUIT: nginx's graceful shutdown
        try:
            process.wait(timeout=20)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()
