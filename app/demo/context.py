"""What one demo seeder hands to the next: the ids of what it created, by a readable key."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass
class DemoContext:
    cohort_ids: dict[str, int] = field(default_factory=dict)  # "c1", "c2"
    person_ids: dict[str, int] = field(default_factory=dict)  # first name -> id
    members_by_cohort: dict[str, list[int]] = field(default_factory=dict)
    extra: dict[str, object] = field(default_factory=dict)  # free room for later seeders
