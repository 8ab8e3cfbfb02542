"""`publish`: the laptop's cohorts to the organisation's server, one transaction per cohort;
`fetch`: one cohort from the server to this laptop (the old one broke), which then writes it.

A cohort has one writer: the server remembers which laptop (its database id and name) publishes
each cohort, and refuses a publication from another one, naming both. A publication that stops
half-way (network cut, server stopped) is rolled back by the server: it keeps the previous complete
copy, and the next publication completes it.
"""

from __future__ import annotations

import datetime as dt
import json
import socket
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session

from app.db import DATABASE_ID_KEY, Database
from app.i18n import fill, format_datetime, listing, tr
from app.models.network import Publication
from app.models.people import Cohort
from app.models.settings import Setting
from app.services.network.copy import Progress, RowCopier, give_missing_uids, key_column
from app.services.network.scope import all_cohort_ids, copied_tables, owned_rows
from app.services.text_match import named_key


class NetworkError(Exception):
    """A publication or a fetch that could not be done; the message says why, for a person."""


@dataclass(frozen=True)
class CohortCopied:
    name: str
    inserted: int
    updated: int
    deleted: int


def laptop_id(session: Session) -> str:
    value = session.get(Setting, DATABASE_ID_KEY)
    if value is None:
        raise NetworkError(tr("Cette base n'a pas d'identifiant : rouvrez-la d'abord.", "network"))
    return json.loads(value.value_json)


def laptop_name() -> str:
    return socket.gethostname() or "?"


def _open_server(url: str):
    from app.config import ServerUrl
    from app.db import DatabaseError
    from app.db_server import ServerDatabase

    if ServerUrl.parse(url) is None:
        raise NetworkError(
            fill(
                tr(
                    "« {url} » n'est pas l'adresse d'un serveur PostgreSQL : écrivez-la "
                    "postgresql://utilisateur@serveur/base.",
                    "network",
                ),
                url=url,
            )
        )
    try:
        return ServerDatabase.open(url)
    except DatabaseError as error:
        raise NetworkError(str(error)) from error


def _cut(server, error: Exception) -> NetworkError:
    return NetworkError(
        fill(
            tr(
                "La connexion au serveur {url} s'est interrompue. Le serveur garde la copie "
                "complète précédente ; relancez la publication quand le réseau est revenu.",
                "network",
            ),
            url=server.display_name,
        )
    )


def _cohort_named(session: Session, name: str) -> Cohort | None:
    """The cohort called `name` (any case: `caseless`) in this database, or None."""
    found = named_key(session.execute(select(Cohort.id, Cohort.name).order_by(Cohort.id)), name)
    return None if found is None else session.get(Cohort, found)


def _check_writer(server_session: Session, cohort: Cohort, me: str) -> None:
    """Refuse when another laptop writes this cohort, or the server has another cohort of that
    name."""
    publication = server_session.scalars(
        select(Publication).where(Publication.cohort_uid == cohort.uid)
    ).first()
    if publication is None:
        same_name = _cohort_named(server_session, cohort.name)
        if same_name is not None and same_name.uid != cohort.uid:
            publication = server_session.scalars(
                select(Publication).where(Publication.cohort_uid == same_name.uid)
            ).first()
            if publication is None:
                raise NetworkError(
                    fill(
                        tr(
                            "Le serveur a déjà une autre cohorte « {name} » : renommez l'une des "
                            "deux avant de publier.",
                            "network",
                        ),
                        name=cohort.name,
                    )
                )
    if publication is not None and publication.laptop_id != me:
        raise NetworkError(
            fill(
                tr(
                    "La cohorte « {name} » est publiée depuis un autre ordinateur, « {other} » "
                    "(dernière publication le {when}), et pas depuis celui-ci, « {this} ». Une "
                    "cohorte n'a qu'un ordinateur qui l'écrit : pour la reprendre ici, "
                    "récupérez-la "
                    "d'abord depuis le serveur (coopactives fetch).",
                    "network",
                ),
                name=cohort.name,
                other=publication.laptop_name,
                when=format_datetime(publication.published_at),
                this=laptop_name(),
            )
        )


def _record(session: Session, cohort: Cohort, me: str, server: str, now: dt.datetime) -> None:
    row = session.scalars(select(Publication).where(Publication.cohort_uid == cohort.uid)).first()
    if row is None:
        row = Publication(cohort_uid=cohort.uid)
        session.add(row)
    row.cohort_name = cohort.name
    row.laptop_id = me
    row.laptop_name = laptop_name()
    row.server = server
    row.published_at = now


def copy_cohort(
    source: Session, target: Session, cohort_id: int, progress: Progress | None = None
) -> RowCopier:
    """Copy one cohort's rows and the shared rows from `source` to `target` (same schema): new
    rows inserted, changed ones updated, the cohort's rows gone from the source deleted."""
    tables = copied_tables()
    others = all_cohort_ids(source) - {cohort_id}
    owned_here = owned_rows(source, {cohort_id})
    owned_elsewhere = owned_rows(source, others) if others else {}
    copier = RowCopier(source, target)
    steps = 2 * len(tables)
    for step, table in enumerate(tables):
        if progress:
            progress(step, steps, table.name)
        every = set(source.execute(select(key_column(table))).scalars())
        copier.copy_table(table, every - owned_elsewhere.get(table.name, set()))
    cohort_uid = copier.source_uid["cohort"][cohort_id]
    target_cohort = copier.result.target_ids["cohort"][cohort_uid]
    target_owned = owned_rows(target, {target_cohort})
    for step, table in enumerate(reversed(tables), start=len(tables)):
        if progress:
            progress(step, steps, table.name)
        kept = {copier.source_uid[table.name][i] for i in owned_here.get(table.name, set())}
        copier.delete_missing(table, target_owned.get(table.name, set()), kept)
    if progress:
        progress(steps, steps, "")
    return copier


def publish(
    database: Database,
    url: str,
    progress: Progress | None = None,
    now: dt.datetime | None = None,
) -> list[CohortCopied]:
    """Publish every cohort of `database` to the server at `url`, one transaction per cohort."""
    if database.is_server:
        raise NetworkError(
            tr("Publiez depuis l'ordinateur de la cuisine, pas du serveur.", "network")
        )
    now = now or dt.datetime.now().replace(microsecond=0)
    server = _open_server(url)
    done = []
    try:
        with database.session() as session:
            give_missing_uids(session, copied_tables())
            me = laptop_id(session)
            cohorts = session.scalars(select(Cohort).order_by(Cohort.name)).all()
        for cohort in cohorts:
            try:
                with database.session() as local, server.session() as remote:
                    _check_writer(remote, cohort, me)
                    copier = copy_cohort(local, remote, cohort.id, progress)
                    _record(remote, cohort, me, "", now)
                    _record(local, cohort, me, server.display_name, now)
            except DBAPIError as error:
                raise _cut(server, error) from error
            done.append(
                CohortCopied(
                    cohort.name,
                    copier.result.inserted,
                    copier.result.updated,
                    copier.result.deleted,
                )  # fmt: skip
            )
    finally:
        server.close()
    return done


def fetch(
    database: Database,
    url: str,
    cohort_name: str,
    progress: Progress | None = None,
    now: dt.datetime | None = None,
) -> CohortCopied:
    """Bring the cohort `cohort_name` from the server to this laptop, which then writes it."""
    if database.is_server:
        raise NetworkError(tr("Récupérez une cohorte sur l'ordinateur de la cuisine.", "network"))
    now = now or dt.datetime.now().replace(microsecond=0)
    server = _open_server(url)
    try:
        with database.session() as local, server.session() as remote:
            found = _cohort_named(remote, cohort_name)
            if found is None:
                names = listing(remote.scalars(select(Cohort.name).order_by(Cohort.name)))
                raise NetworkError(
                    fill(
                        tr(
                            "Le serveur n'a pas de cohorte « {name} ». "
                            "Cohortes publiées : {names}.",
                            "network",
                        ),
                        name=cohort_name,
                        names=names or "—",
                    )
                )
            here = _cohort_named(local, found.name)
            if here is not None and here.uid != found.uid:
                raise NetworkError(
                    fill(
                        tr(
                            "Cet ordinateur a déjà une autre cohorte « {name} » : renommez-la "
                            "avant de récupérer celle du serveur.",
                            "network",
                        ),
                        name=found.name,
                    )
                )
            give_missing_uids(local, copied_tables())
            me = laptop_id(local)
            try:
                copier = copy_cohort(remote, local, found.id, progress)
            except DBAPIError as error:
                raise _cut(server, error) from error
            _record(remote, found, me, "", now)
            _record(local, found, me, server.display_name, now)
            result = copier.result
    finally:
        server.close()
    return CohortCopied(found.name, result.inserted, result.updated, result.deleted)


def last_publication(session: Session) -> Publication | None:
    """This laptop's latest publication (for the status bar)."""
    return session.scalars(
        select(Publication).order_by(Publication.published_at.desc()).limit(1)
    ).first()
