"""The units of deploy/systemd/ run as systemd would run them, as far as a machine without systemd allows.

systemd itself cannot run here (the check runs in containers and on developers' machines, where it is not the
init), so this module does what systemd does with our units: it reads EnvironmentFile=, Environment=,
WorkingDirectory= and ExecStart=, holds the socket of a .socket unit and hands it to the service (LISTEN_FDS, as
socket activation does), waits for Type=notify services to say READY=1 on NOTIFY_SOCKET, stops with SIGTERM to the
main process (KillMode=mixed) and waits TimeoutStopSec=. A directive it does not know stops the check, so that a unit
cannot quietly gain behaviour the check does not reproduce. The sandboxing directives (Protect*=, Private*=, ...) and
User= cannot be reproduced without systemd: `systemd-analyze verify` checks them, docs/deployment.md says what was
tried by hand under a real systemd.
"""

import contextlib
import os
import shlex
import signal
import socket
import subprocess
import sys
import threading
import time
from pathlib import Path

# Directives the emulation carries out, and those it knowingly leaves to systemd.
HANDLED = {
    "Type",
    "NotifyAccess",
    "WorkingDirectory",
    "EnvironmentFile",
    "Environment",
    "ExecStart",
    "KillMode",
    "TimeoutStopSec",
    "ListenStream",
    "Backlog",
    "Accept",
}
LEFT_TO_SYSTEMD = {
    "Description",
    "Documentation",
    "Requires",
    "After",
    "WantedBy",
    "OnCalendar",
    "Persistent",
    "Restart",
    "RestartSec",
    "User",
    "Group",
    "StateDirectory",
    "StateDirectoryMode",
    "UMask",
    "Nice",
    "IOSchedulingClass",
    "ReadWritePaths",
    "NoNewPrivileges",
    "PrivateTmp",
    "PrivateDevices",
    "ProtectSystem",
    "ProtectHome",
    "ProtectKernelTunables",
    "ProtectKernelModules",
    "ProtectKernelLogs",
    "ProtectControlGroups",
    "ProtectClock",
    "ProtectHostname",
    "RestrictSUIDSGID",
    "RestrictRealtime",
    "RestrictNamespaces",
    "LockPersonality",
    "RestrictAddressFamilies",
    "CapabilityBoundingSet",
}


class UnitError(Exception):
    pass


def parse_unit(path):
    """{directive: [values]} of a unit file (sections merged: our units never repeat a name across sections)."""
    directives = {}
    for number, line in enumerate(Path(path).read_text().splitlines(), 1):
        line = line.strip()
        if not line or line[0] in "#;" or line.startswith("["):
            continue
        name, _, value = line.partition("=")
        if name not in HANDLED | LEFT_TO_SYSTEMD:
            raise UnitError(f"{path}:{number}: {name}= is unknown to deploy/check/units.py: teach it, or leave it")
        directives.setdefault(name, []).append(value.strip())
    return directives


def read_environment_file(path):
    """NAME=value lines as systemd reads them (comments, optional double quotes); our template allows no escapes."""
    environment = {}
    for number, line in enumerate(Path(path).read_text().splitlines(), 1):
        line = line.strip()
        if not line or line[0] in "#;":
            continue
        name, separator, value = line.partition("=")
        if not separator or not name.isidentifier() or any(c in value for c in "$`\\'"):
            raise UnitError(f"{path}:{number}: not a NAME=value line that systemd and sh read alike")
        if value.startswith('"'):
            if not value.endswith('"') or len(value) < 2 or '"' in value[1:-1]:
                raise UnitError(f"{path}:{number}: unbalanced quotes")
            value = value[1:-1]
        elif '"' in value or " " in value:
            raise UnitError(f"{path}:{number}: a value with spaces goes in double quotes")
        environment[name] = value
    return environment


def seconds(value):
    return float(value.removesuffix("s"))


class Service:
    """One .service unit (and its .socket unit, if there is one), started and stopped like systemd does."""

    def __init__(self, unit_path, log_dir, base_environment, socket_unit=None):
        self.path = Path(unit_path)
        self.name = self.path.name
        self.unit = parse_unit(unit_path)
        self.log_path = Path(log_dir) / f"{self.name}.log"
        self.base_environment = base_environment
        self.process = None
        self.stop_statuses = []  # exit statuses of the main process at each restart
        self.listener = self.open_socket(socket_unit) if socket_unit else None

    def one(self, name, default=None):
        values = self.unit.get(name, [])
        if len(values) > 1:
            raise UnitError(f"{self.name}: {name}= given {len(values)} times")
        return values[0] if values else default

    def open_socket(self, socket_unit):
        """The listening socket, as systemd opens it when the .socket unit starts (and keeps across restarts)."""
        unit = parse_unit(socket_unit)
        host, port = unit["ListenStream"][0].rsplit(":", 1)
        if unit.get("Accept", ["no"])[0] != "no":
            raise UnitError(f"{socket_unit}: only Accept=no is emulated")
        listener = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        listener.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        listener.bind((host, int(port)))
        listener.listen(int(unit.get("Backlog", ["128"])[0]))
        return listener

    def environment(self):
        environment = dict(self.base_environment)
        for path in self.unit.get("EnvironmentFile", []):
            environment.update(read_environment_file(path.removeprefix("-")))
        for assignment in self.unit.get("Environment", []):
            for item in shlex.split(assignment):
                name, _, value = item.partition("=")
                environment[name] = value
        return environment

    def command(self):
        argv = shlex.split(self.one("ExecStart"))
        if argv[0][0] in "-@:+!":
            raise UnitError(f"{self.name}: ExecStart= prefixes are not emulated")
        return argv

    def start(self, ready_timeout=90):
        """Start the main process; for Type=notify, return once it has sent READY=1."""
        environment = self.environment()
        argv = self.command()
        pass_fds = ()
        if self.listener:
            # Socket activation: the socket becomes fd 3 and LISTEN_PID names the service's own process.
            fd = self.listener.fileno()
            pass_fds = (fd,)
            move = f"exec 3<&{fd} {fd}<&-; " if fd != 3 else ""
            argv = ["bash", "-c", f'{move}export LISTEN_FDS=1 LISTEN_PID=$$; exec "$@"', "unit", *argv]
        notify = None
        service_type = self.one("Type", "simple")
        if service_type == "notify":
            notify_path = self.log_path.with_suffix(".notify")
            notify_path.unlink(missing_ok=True)
            notify = socket.socket(socket.AF_UNIX, socket.SOCK_DGRAM)
            notify.bind(str(notify_path))
            environment["NOTIFY_SOCKET"] = str(notify_path)
        elif service_type not in {"exec", "simple", "oneshot"}:
            raise UnitError(f"{self.name}: Type={service_type} is not emulated")
        log = self.log_path.open("a")
        self.process = subprocess.Popen(
            argv,
            cwd=self.one("WorkingDirectory"),
            env=environment,
            stdin=subprocess.DEVNULL,
            stdout=log,
            stderr=subprocess.STDOUT,
            pass_fds=pass_fds,
            start_new_session=True,
        )
        log.close()
        if notify:
            with contextlib.closing(notify):
                self.wait_ready(notify, ready_timeout)
        return self.process

    def wait_ready(self, notify, timeout):
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise UnitError(f"{self.name} exited with {self.process.returncode} before READY=1; {self.tail()}")
            notify.settimeout(0.5)
            with contextlib.suppress(TimeoutError):
                if b"READY=1" in notify.recv(4096).split(b"\n"):
                    return
        raise UnitError(f"{self.name} did not send READY=1 within {timeout} s; {self.tail()}")

    def run_once(self, timeout=120):
        """A Type=oneshot service: run it to the end; its exit status."""
        if self.one("Type") != "oneshot":
            raise UnitError(f"{self.name} is not Type=oneshot")
        process = self.start()
        try:
            return process.wait(timeout=timeout)
        except subprocess.TimeoutExpired:
            self.kill()
            raise UnitError(f"{self.name} did not finish within {timeout} s") from None

    def stop(self):
        """SIGTERM to the main process (KillMode=mixed), then, after TimeoutStopSec=, SIGKILL to all; exit status."""
        if self.process is None or self.process.poll() is not None:
            return None if self.process is None else self.process.returncode
        if self.one("KillMode", "control-group") != "mixed":
            os.killpg(self.process.pid, signal.SIGTERM)
        else:
            self.process.send_signal(signal.SIGTERM)
        try:
            status = self.process.wait(timeout=seconds(self.one("TimeoutStopSec", "90")))
        except subprocess.TimeoutExpired:
            status = None
        self.kill()  # whatever is left of the unit's processes, as systemd does when the main process is gone
        return status

    def kill(self):
        if self.process is not None:
            with contextlib.suppress(ProcessLookupError):
                os.killpg(self.process.pid, signal.SIGKILL)
            self.process.wait()

    def restart(self):
        status = self.stop()
        self.start()
        return status

    def tail(self, lines=15):
        text = self.log_path.read_text(errors="replace") if self.log_path.exists() else ""
        return "last lines of its log:\n" + "\n".join(text.splitlines()[-lines:])

    def close(self):
        self.kill()
        if self.listener:
            self.listener.close()


class Systemctl:
    """A `systemctl` for deploy/upgrade.sh: a script on PATH that asks this process to restart a running unit."""

    def __init__(self, directory, services):
        self.services = services
        self.path = Path(directory) / "systemctl"
        self.socket_path = Path(directory) / "systemctl.sock"
        self.calls = []
        self.server = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
        self.server.bind(str(self.socket_path))
        self.server.listen(4)
        self.path.write_text(
            f"#!/bin/sh\nexec {shlex.quote(sys.executable)} {shlex.quote(__file__)} "
            f'systemctl {shlex.quote(str(self.socket_path))} "$@"\n'
        )
        self.path.chmod(0o755)
        threading.Thread(target=self.serve, daemon=True).start()

    def serve(self):
        while True:
            try:
                connection, _address = self.server.accept()
            except OSError:
                return
            with connection:
                arguments = connection.recv(4096).decode().split("\0")
                connection.sendall(self.handle(arguments).encode())

    def handle(self, arguments):
        self.calls.append(arguments)
        if len(arguments) != 2 or arguments[0] != "restart" or arguments[1] not in self.services:
            return f"failed: only `systemctl restart <running unit>` is emulated, not {' '.join(arguments)}"
        service = self.services[arguments[1]]
        try:
            status = service.restart()
        except UnitError as error:
            return f"failed: {error}"
        service.stop_statuses.append(status)
        return "ok"

    def close(self):
        self.server.close()


def systemctl_client(socket_path, *arguments):
    with socket.socket(socket.AF_UNIX, socket.SOCK_STREAM) as connection:
        connection.settimeout(300)
        connection.connect(socket_path)
        connection.sendall("\0".join(arguments).encode())
        answer = connection.recv(4096).decode()
    if answer != "ok":
        sys.exit(f"systemctl: {answer}")


if __name__ == "__main__" and sys.argv[1] == "systemctl":
    systemctl_client(*sys.argv[2:])
