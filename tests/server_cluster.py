"""A throwaway PostgreSQL cluster for the tests (`pytest --engine postgresql`).

Debian's `postgresql` package provides the server; the cluster is created in a temporary folder,
runs as an unprivileged user (the `postgres` account when the tests run as root: the server
refuses root), listens only on a Unix socket in that folder, and is stopped and removed at the end.
"""

from __future__ import annotations

import glob
import os
import shutil
import subprocess
import tempfile
import uuid
from pathlib import Path

SUPERUSER = "coop"


def server_bin_dir() -> Path | None:
    """The newest installed PostgreSQL server's `bin` folder (Debian's layout), if any."""
    candidates = sorted(
        glob.glob("/usr/lib/postgresql/*/bin/initdb"),
        key=lambda p: (
            int(Path(p).parent.parent.name) if Path(p).parent.parent.name.isdigit() else 0
        ),
    )
    if candidates:
        return Path(candidates[-1]).parent
    found = shutil.which("initdb")
    return Path(found).parent if found else None


class Cluster:
    """A running cluster: `url(name)` names one of its databases."""

    def __init__(self) -> None:
        bin_dir = server_bin_dir()
        if bin_dir is None:
            raise RuntimeError(
                "PostgreSQL is not installed: apt-get install postgresql (see .ci/run)"
            )
        self.bin_dir = bin_dir
        self.folder = Path(tempfile.mkdtemp(prefix="coop-pg-"))
        self._as_user: list[str] = []
        if os.geteuid() == 0:
            shutil.chown(self.folder, user="postgres")
            self._as_user = ["runuser", "-u", "postgres", "--"]
        self.data = self.folder / "data"

    def _run(self, *command: str) -> None:
        subprocess.run(
            [*self._as_user, *command], check=True, stdout=subprocess.DEVNULL, cwd=self.folder
        )

    def start(self) -> Cluster:
        self._run(
            str(self.bin_dir / "initdb"), "-D", str(self.data), "-A", "trust", "-U", SUPERUSER,
            "-E", "UTF8", "--no-sync",
        )  # fmt: skip
        self.start_server()
        return self

    def start_server(self) -> None:
        options = f"-k {self.folder} -c listen_addresses='' -c fsync=off -c full_page_writes=off"
        self._run(
            str(self.bin_dir / "pg_ctl"), "-D", str(self.data), "-o", options,
            "-l", str(self.folder / "server.log"), "-w", "start",
        )  # fmt: skip

    def stop_server(self) -> None:
        """Stop the server at once, as a power cut would (the cluster stays on disk)."""
        self._run(str(self.bin_dir / "pg_ctl"), "-D", str(self.data), "-m", "immediate", "stop")

    def stop(self) -> None:
        """Stop the server and remove the cluster."""
        try:
            self.stop_server()
        except subprocess.CalledProcessError:
            pass  # already stopped
        finally:
            shutil.rmtree(self.folder, ignore_errors=True)

    def url(self, name: str, user: str = SUPERUSER) -> str:
        return f"postgresql://{user}@/{name}?host={self.folder}"

    def execute(self, statement: str) -> None:
        """Run one statement outside a transaction (CREATE/DROP DATABASE)."""
        import psycopg

        with psycopg.connect(self.url("postgres"), autocommit=True) as connection:
            connection.execute(statement)

    def new_database(self, template: str | None = None) -> str:
        name = f"t_{uuid.uuid4().hex[:12]}"
        clause = f" TEMPLATE {template}" if template else ""
        self.execute(f"CREATE DATABASE {name}{clause}")
        return name

    def drop_database(self, name: str) -> None:
        self.execute(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")
