"""alembic environment: batch mode for SQLite, and the app's connection shared when it has one."""

from __future__ import annotations

from alembic import context
from sqlalchemy import create_engine

from app.models import load_all

config = context.config
target_metadata = load_all().metadata


def _configure(connection) -> None:
    context.configure(
        connection=connection,
        target_metadata=target_metadata,
        render_as_batch=True,
        compare_type=True,
    )


def run_migrations_online() -> None:
    connection = config.attributes.get("connection")
    if connection is not None:
        _configure(connection)
        with context.begin_transaction():
            context.run_migrations()
        return
    if _is_check_command():
        _upgrade_first()
    engine = create_engine(config.get_main_option("sqlalchemy.url"))
    with engine.begin() as connection:
        _configure(connection)
        context.run_migrations()
    engine.dispose()


def _is_check_command() -> bool:
    command = getattr(config.cmd_opts, "cmd", None)
    return bool(command) and getattr(command[0], "__name__", "") == "check"


def _upgrade_first() -> None:
    """`alembic check` on the developers' scratch database: bring it to head first, in a separate
    process (alembic's context cannot be nested), then compare models and migrations."""
    import subprocess
    import sys

    from sqlalchemy.engine import make_url

    url = make_url(config.get_main_option("sqlalchemy.url"))
    if url.get_backend_name() == "postgresql":
        code = "import sys; from app.db_server import upgrade_server_to_head; "
        code += "upgrade_server_to_head(sys.argv[1])"
        target = url.render_as_string(hide_password=False)
    else:
        code = "import sys; from pathlib import Path; from app.db import upgrade_to_head; "
        code += "upgrade_to_head(Path(sys.argv[1]), backup=False)"
        target = url.database
    subprocess.run([sys.executable, "-c", code, target], check=True)


if context.is_offline_mode():
    context.configure(
        url=config.get_main_option("sqlalchemy.url"),
        target_metadata=target_metadata,
        render_as_batch=True,
        literal_binds=True,
    )
    with context.begin_transaction():
        context.run_migrations()
else:
    run_migrations_online()
