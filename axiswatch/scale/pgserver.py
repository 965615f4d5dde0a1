"""A private, throw-away PostgreSQL server (for the test suite and the benchmarks).

The server runs from Debian's binaries (``/usr/lib/postgresql/<v>/bin``) in a
temporary directory, listens only on a unix socket in that directory, and
trusts local connections. As root, ``initdb`` refuses to run, so the server
then runs as the ``postgres`` system user (the directory is handed to it).

Each test (or benchmark run) gets its own database, copied from a template
that already holds the migrated schema, so runs stay isolated and cheap.
"""

from __future__ import annotations

import atexit
import contextlib
import glob
import itertools
import os
import pwd
import shutil
import socket
import subprocess
import tempfile
from pathlib import Path

import sqlalchemy as sa

from axiswatch.store import Store

SUPERUSER = "axiswatch"
TEMPLATE_DB = "axiswatch_template"


class PostgresUnavailable(RuntimeError):
    """The server could not be started; the message says why."""


def find_bindir() -> Path:
    """The newest installed PostgreSQL server's binary directory."""
    explicit = os.environ.get("AXISWATCH_PG_BINDIR")
    if explicit:
        if not (Path(explicit) / "initdb").exists():
            raise PostgresUnavailable(f"AXISWATCH_PG_BINDIR={explicit} holds no initdb")
        return Path(explicit)
    candidates = sorted(
        glob.glob("/usr/lib/postgresql/*/bin"),
        key=lambda p: int(Path(p).parent.name) if Path(p).parent.name.isdigit() else 0,
    )
    for candidate in reversed(candidates):
        if candidate and (Path(candidate) / "initdb").exists():
            return Path(candidate)
    found = shutil.which("initdb")
    if found:
        return Path(found).parent
    raise PostgresUnavailable(
        "PostgreSQL server binaries not found (looked in /usr/lib/postgresql/*/bin and PATH); "
        "install them with `apt-get install postgresql`"
    )


def _free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


class PostgresServer:
    """A throw-away PostgreSQL cluster: ``start()``, ``new_database()``, ``stop()``."""

    def __init__(self) -> None:
        self.bindir = find_bindir()
        self.root = Path(tempfile.mkdtemp(prefix="axiswatch-pg-"))
        self.datadir = self.root / "data"
        self.logfile = self.root / "server.log"
        self.port = _free_port()
        self._counter = itertools.count(1)
        self.started = False
        self._prefix = f"t{os.getpid()}_"
        self.run_as: str | None = None
        if os.geteuid() == 0:
            try:
                pwd.getpwnam("postgres")
            except KeyError as exc:
                raise PostgresUnavailable(
                    "running as root and there is no `postgres` system user to run the server"
                ) from exc
            self.run_as = "postgres"

    def _cmd(self, *args: str) -> list[str]:
        if self.run_as:
            return ["runuser", "-u", self.run_as, "--", *args]
        return list(args)

    def _run(self, *args: str) -> None:
        proc = subprocess.run(self._cmd(*args), capture_output=True, text=True, check=False)
        if proc.returncode != 0:
            log = self.logfile.read_text(errors="replace")[-2000:] if self.logfile.exists() else ""
            raise PostgresUnavailable(
                f"`{' '.join(args)}` failed ({proc.returncode}): "
                f"{proc.stderr.strip() or proc.stdout.strip()}\n{log}"
            )

    def admin_url(self, database: str = "postgres") -> str:
        """A SQLAlchemy URL for ``database`` on this server, over the unix socket."""
        return f"postgresql+psycopg://{SUPERUSER}@/{database}?host={self.root}&port={self.port}"

    def start(self) -> None:
        """initdb, start the server and build the migrated template database."""
        if self.run_as:
            shutil.chown(self.root, user=self.run_as)
        os.chmod(self.root, 0o755)
        self._run(
            str(self.bindir / "initdb"), "-D", str(self.datadir), "-U", SUPERUSER,
            "--auth=trust", "--encoding=UTF8", "--locale=C.UTF-8", "--no-sync",
        )
        options = (
            f"-c listen_addresses='' -c unix_socket_directories={self.root} -p {self.port} "
            "-c fsync=off -c synchronous_commit=off -c full_page_writes=off "
            "-c max_connections=200 -c shared_buffers=64MB"
        )
        self._run(
            str(self.bindir / "pg_ctl"), "-D", str(self.datadir), "-l", str(self.logfile),
            "-o", options, "-w", "-t", "60", "start",
        )
        self.started = True
        atexit.register(self.stop)  # an interrupted run still stops its server
        self.create_database(TEMPLATE_DB)
        with Store(self.admin_url(TEMPLATE_DB)):
            pass

    def _admin(self, sql: str) -> None:
        engine = sa.create_engine(self.admin_url(), isolation_level="AUTOCOMMIT")
        try:
            with engine.connect() as conn:
                conn.exec_driver_sql(sql)
        finally:
            engine.dispose()

    def create_database(self, name: str, template: str | None = None) -> str:
        """Create database ``name`` (optionally copied from ``template``); its URL."""
        suffix = f" TEMPLATE {template}" if template else ""
        self._admin(f'CREATE DATABASE "{name}"{suffix}')
        return self.admin_url(name)

    def new_database(self) -> tuple[str, str]:
        """A fresh database holding the migrated schema: ``(name, url)``."""
        name = f"{self._prefix}{next(self._counter)}"
        return name, self.create_database(name, template=TEMPLATE_DB)

    def new_empty_database(self) -> tuple[str, str]:
        """A fresh database with no tables at all: ``(name, url)``."""
        name = f"{self._prefix}{next(self._counter)}"
        return name, self.create_database(name)

    def drop_database(self, name: str) -> None:
        """Drop ``name``, closing any connection a test left open."""
        self._admin(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')

    def stop(self) -> None:
        """Stop the server and remove its directory (once; later calls do nothing)."""
        with contextlib.suppress(PostgresUnavailable):
            if self.started:
                self.started = False
                self._run(str(self.bindir / "pg_ctl"), "-D", str(self.datadir),
                          "-m", "immediate", "-w", "stop")
        shutil.rmtree(self.root, ignore_errors=True)

    def __enter__(self) -> PostgresServer:
        self.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.stop()
