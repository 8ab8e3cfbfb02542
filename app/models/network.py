"""Publishing cohorts to the organisation's PostgreSQL server: which laptop writes each cohort.

On the server, one row per published cohort names the laptop that publishes it (its database id
and its name) and when it last did: a cohort has one writer. On the laptop, the same table keeps
when each of its cohorts was last published, and where (the server's address, without password).
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import DateTime, String
from sqlalchemy.orm import Mapped, mapped_column

from app.models.base import Base


class Publication(Base):
    __tablename__ = "publication"

    id: Mapped[int] = mapped_column(primary_key=True)
    cohort_uid: Mapped[str] = mapped_column(String(32), unique=True)
    cohort_name: Mapped[str] = mapped_column(String(120))
    laptop_id: Mapped[str] = mapped_column(String(64))  # the publishing database's database_id
    laptop_name: Mapped[str] = mapped_column(String(120))
    server: Mapped[str] = mapped_column(String(300), default="")  # shown URL, no password
    published_at: Mapped[dt.datetime] = mapped_column(DateTime)
