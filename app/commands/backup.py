"""`coopactives backup [--to DIR]` and `coopactives restore FILE`: the window's backups."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from app.i18n import tr


def register(subparsers) -> None:
    parser = subparsers.add_parser(
        "backup",
        help=tr("sauvegarder la base de données", "cli"),
        description=tr(
            "Sauvegarde la base de données (copie vérifiée). Sans --to, dans le dossier des "
            "sauvegardes à côté de la base ; avec --to DOSSIER, par exemple sur une clé USB.",
            "cli",
        ),
    )
    parser.add_argument(
        "--to",
        type=Path,
        metavar=tr("DOSSIER", "cli"),
        help=tr("dossier où écrire la copie", "cli"),
    )
    parser.set_defaults(handler=run_backup)
    restore = subparsers.add_parser(
        "restore",
        help=tr("remplacer la base de données par une sauvegarde", "cli"),
        description=tr(
            "Vérifie la sauvegarde, garde une copie de la base actuelle dans le dossier des "
            "sauvegardes, puis la remplace. L'application ne doit pas être ouverte.",
            "cli",
        ),
    )
    restore.add_argument(
        "file", type=Path, metavar=tr("FICHIER", "cli"), help=tr("la sauvegarde à restaurer", "cli")
    )
    restore.set_defaults(handler=run_restore)


def _db_path(args) -> Path | None:
    from app.config import ServerUrl, resolve_db_target
    from app.db_server import server_backup_message
    from app.logs import setup_logging

    setup_logging()
    target = resolve_db_target(getattr(args, "db", None))
    if isinstance(target, ServerUrl):
        print(server_backup_message(), file=sys.stderr)
        return None
    path = target
    if path.is_dir():
        print(
            tr(
                "« {path} » est un dossier : indiquez le fichier de la base de données.", "cli"
            ).format(path=path),
            file=sys.stderr,
        )
        return None
    if not path.is_file():
        print(tr("« {path} » n'existe pas.", "cli").format(path=path), file=sys.stderr)
        return None
    return path


def run_backup(args: argparse.Namespace) -> int:
    from app.services.safety import backup

    path = _db_path(args)
    if path is None:
        return 2
    try:
        if args.to is not None:
            written = backup.external_backup(path, args.to)
        else:
            written = backup.make_backup(path, "manuelle").path
    except backup.BackupError as error:
        print(error, file=sys.stderr)
        return 2
    print(written)
    return 0


def run_restore(args: argparse.Namespace) -> int:
    from app.services.safety import backup
    from app.ui.single_instance import held

    path = _db_path(args)
    if path is None:
        return 2
    # The lock is held until the file is swapped: no window can open it meanwhile.
    with held(path) as free:
        if not free:
            print(
                tr("L'application est ouverte sur cette base : fermez-la d'abord.", "cli"),
                file=sys.stderr,
            )
            return 2
        try:
            kept = backup.restore_backup(path, args.file)
        except backup.BackupError as error:
            print(error, file=sys.stderr)
            return 2
    if kept is not None:
        print(tr("Ancienne base gardée : {path}", "cli").format(path=kept))
    print(tr("Sauvegarde restaurée : {path}", "cli").format(path=path))
    return 0
