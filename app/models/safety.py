"""Data safety: the "Corbeille" (trash) that keeps deleted rows for 30 days.

A trash item holds a JSON snapshot of the deleted row and of every row the database deleted with it
(ON DELETE CASCADE), plus the links it cleared (ON DELETE SET NULL), so that any table can be put
in the trash without a new column. See `app/services/safety/trash.py`.
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import DateTime, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from app.models.base import Base


class TrashItem(Base):
    __tablename__ = "trash_item"
    # A trash item never leaves the laptop (not published): no global id, so that trash written
    # before the ids existed is read as it is.
    uid = None  # type: ignore[assignment]

    id: Mapped[int] = mapped_column(primary_key=True)
    table_name: Mapped[str] = mapped_column(String(80))
    row_id: Mapped[int] = mapped_column(Integer)
    label: Mapped[str] = mapped_column(String(200))
    deleted_at: Mapped[dt.datetime] = mapped_column(DateTime, index=True)
    snapshot_json: Mapped[str] = mapped_column(Text)
