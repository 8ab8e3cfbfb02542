"""The rotation planner: who is delegate on each working day, fairly and deterministically.

Pure functions over plain data (no database): `plan_rotation(days, candidates, fixed)`.

How it works, in three steps:
1. Turn counts. A min-cost flow gives every day to an available member while minimising the sum of
   squares of the turns per member (days already kept included), then of the sale turns. On this
   kind of structure (a base polyhedron) the square-sum minimum is also the "decreasingly minimal"
   vector of Frank and Murota: it has the smallest possible maximum and the largest possible
   minimum at once, so its spread (max − min) is the smallest any plan can reach; in particular it
   is ≤ 1 whenever some plan has a spread ≤ 1.
2. Order. With those counts fixed, a depth-first search walks the days in order and gives each day
   to a member who was not delegate the day before, keeping a full completion of the remaining days
   (an alternating-path repair checks the choice leaves a valid plan). If no order without
   back-to-back turns exists (or the search budget runs out), a greedy pass allows the fewest.
3. Deputies. A first-time delegate gets an experienced deputy when asked; then the deputy is an
   available member who is not delegate the day before or after (so that replacing an absent
   delegate makes no double turn), who has been deputy least often, with the fewest turns.

Ties are broken by fixed keys (counts, then person id), never by chance: same input, same plan.
"""

from __future__ import annotations

import datetime as dt
import heapq
import itertools
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

from app.services.delegate.candidate import Candidate

SEARCH_BUDGET = 20000  # nodes of the no-back-to-back search before falling back to greedy


@dataclass(frozen=True)
class PlanDay:
    date: dt.date
    is_sale: bool = False


@dataclass(frozen=True)
class FixedDay:
    """A day kept as it is (in the past, or published): counts for fairness, never changed."""

    date: dt.date
    delegate_id: int | None
    deputy_id: int | None = None
    is_sale: bool = False


@dataclass(frozen=True)
class Assignment:
    date: dt.date
    is_sale: bool
    delegate_id: int | None
    deputy_id: int | None
    fixed: bool = False
    unavailable: tuple[int, ...] = ()  # nobody available: every candidate (problem day)


@dataclass(frozen=True)
class Plan:
    assignments: tuple[Assignment, ...]
    turns: dict[int, int] = field(default_factory=dict)
    sale_turns: dict[int, int] = field(default_factory=dict)

    @property
    def gaps(self) -> tuple[Assignment, ...]:
        return tuple(a for a in self.assignments if a.delegate_id is None)

    @property
    def spread(self) -> int:
        return max(self.turns.values()) - min(self.turns.values()) if self.turns else 0

    @property
    def back_to_back(self) -> int:
        return back_to_back_count(self.assignments)


def back_to_back_count(assignments: Sequence[Assignment]) -> int:
    """How many times the same member is delegate on two working days in a row."""
    ordered = sorted(assignments, key=lambda a: a.date)
    return sum(
        1
        for before, after in itertools.pairwise(ordered)
        if before.delegate_id is not None and before.delegate_id == after.delegate_id
    )


# --- step 1: fair counts by min-cost flow ------------------------------------------------------
class _MinCostFlow:
    """Successive shortest paths with Dijkstra and potentials (all costs are non-negative)."""

    def __init__(self, size: int):
        self.graph: list[list[list[int]]] = [[] for _ in range(size)]  # [to, cap, cost, rev]

    def add(self, frm: int, to: int, cap: int, cost: int) -> list[int]:
        forward = [to, cap, cost, len(self.graph[to])]
        self.graph[frm].append(forward)
        self.graph[to].append([frm, 0, -cost, len(self.graph[frm]) - 1])
        return forward

    def run(self, source: int, sink: int, want: int) -> int:
        size = len(self.graph)
        potential = [0] * size
        flow = 0
        while flow < want:
            dist = [None] * size
            dist[source] = 0
            parent: list[tuple[int, int] | None] = [None] * size
            heap = [(0, source)]
            while heap:
                d, node = heapq.heappop(heap)
                if d != dist[node]:
                    continue
                for index, (to, cap, cost, _rev) in enumerate(self.graph[node]):
                    if cap <= 0:
                        continue
                    nd = d + cost + potential[node] - potential[to]
                    if dist[to] is None or nd < dist[to]:
                        dist[to] = nd
                        parent[to] = (node, index)
                        heapq.heappush(heap, (nd, to))
            if dist[sink] is None:
                break
            for node in range(size):
                if dist[node] is not None:
                    potential[node] += dist[node]
            node = sink
            while node != source:
                prev, index = parent[node]
                edge = self.graph[prev][index]
                edge[1] -= 1
                self.graph[node][edge[3]][1] += 1
                node = prev
            flow += 1
        return flow


def _fair_assignment(
    days: Sequence[PlanDay],
    members: Sequence[Candidate],
    available: dict[dt.date, list[int]],
    prior: dict[int, int],
    prior_sale: dict[int, int],
) -> dict[dt.date, int]:
    """One assignment of every day whose turn counts minimise (Σ turns², then Σ sale turns²)."""
    index = {m.person_id: i for i, m in enumerate(members)}
    n = len(members)
    # nodes: 0 source, 1 sink, members 2.., sale-hub and normal-hub per member, then days
    source, sink = 0, 1
    member_node = [2 + i for i in range(n)]
    sale_node = [2 + n + i for i in range(n)]
    normal_node = [2 + 2 * n + i for i in range(n)]
    day_node = {day.date: 2 + 3 * n + k for k, day in enumerate(days)}
    flow = _MinCostFlow(2 + 3 * n + len(days))
    sale_days = sum(1 for d in days if d.is_sale)
    weight = 4 * (sale_days + max(prior_sale.values(), default=0) + 2) ** 2 + 1
    reachable = {m.person_id: 0 for m in members}
    reachable_sale = {m.person_id: 0 for m in members}
    for day in days:
        for person_id in available[day.date]:
            reachable[person_id] += 1
            reachable_sale[person_id] += day.is_sale
    for m in members:
        i = index[m.person_id]
        base = prior.get(m.person_id, 0)
        for k in range(reachable[m.person_id]):
            flow.add(source, member_node[i], 1, weight * (2 * (base + k) + 1))
        sale_base = prior_sale.get(m.person_id, 0)
        for k in range(reachable_sale[m.person_id]):
            flow.add(member_node[i], sale_node[i], 1, 2 * (sale_base + k) + 1)
        flow.add(member_node[i], normal_node[i], len(days), 0)
    edges: dict[tuple[dt.date, int], list[int]] = {}
    for day in days:
        for person_id in available[day.date]:
            hub = sale_node if day.is_sale else normal_node
            edges[day.date, person_id] = flow.add(hub[index[person_id]], day_node[day.date], 1, 0)
        flow.add(day_node[day.date], sink, 1, 0)
    flow.run(source, sink, len(days))
    return {date: person_id for (date, person_id), edge in edges.items() if edge[1] == 0}


# --- step 2: an order without back-to-back turns -----------------------------------------------
class _Completion:
    """A full assignment of the days still to decide; `take` repairs it along alternating paths."""

    def __init__(self, matched: dict[dt.date, int], available: dict[dt.date, list[int]], kinds):
        self.matched = dict(matched)
        self.available = available
        self.kinds = kinds  # date -> is_sale
        self.spare: dict[tuple[int, bool], int] = {}

    def copy(self) -> _Completion:
        other = _Completion(self.matched, self.available, self.kinds)
        other.spare = dict(self.spare)
        return other

    def take(self, date: dt.date, person_id: int) -> bool:
        """Fix `date` to `person_id` if the other days can still be completed (else unchanged)."""
        current = self.matched[date]
        kind = self.kinds[date]
        if current == person_id:
            del self.matched[date]
            return True
        # The day leaves the completion: its member gets a spare turn; person_id must give one.
        days_of: dict[int, list[dt.date]] = {}
        for other_date, owner in self.matched.items():
            if other_date != date and self.kinds[other_date] == kind:
                days_of.setdefault(owner, []).append(other_date)
        spare = dict(self.spare)
        spare[current, kind] = spare.get((current, kind), 0) + 1
        if spare.get((person_id, kind), 0) > 0:
            spare[person_id, kind] -= 1
            del self.matched[date]
            self.spare = spare
            return True
        parent: dict[int, tuple[int, dt.date]] = {}
        queue = [person_id]
        seen = {person_id}
        found = None
        while queue and found is None:
            next_queue = []
            for owner in queue:
                for other_date in sorted(days_of.get(owner, ())):
                    for taker in self.available[other_date]:
                        if taker in seen:
                            continue
                        seen.add(taker)
                        parent[taker] = (owner, other_date)
                        if spare.get((taker, kind), 0) > 0:
                            found = taker
                            break
                        next_queue.append(taker)
                    if found is not None:
                        break
                if found is not None:
                    break
            queue = next_queue
        if found is None:
            return False
        spare[found, kind] -= 1
        node = found
        while node != person_id:
            owner, other_date = parent[node]
            self.matched[other_date] = node
            node = owner
        del self.matched[date]
        self.spare = spare
        return True


def _order(
    days: Sequence[PlanDay],
    fixed: dict[dt.date, FixedDay],
    available: dict[dt.date, list[int]],
    start: dict[dt.date, int],
    prior: dict[int, int],
    members: Sequence[Candidate],
    allow_back_to_back: bool,
) -> dict[dt.date, int] | None:
    """Walk the days in order; None when no order without back-to-back turns was found."""
    all_dates = sorted(set(fixed) | {d.date for d in days})
    open_dates = {d.date for d in days if d.date in start}
    kinds = {d.date: d.is_sale for d in days}
    budget = [SEARCH_BUDGET]
    order_rank = {m.person_id: i for i, m in enumerate(members)}

    def candidates(date, previous, last_seen, position, completion):
        kind = kinds[date]
        # How urgent each member is: turns still owed of this kind / days left she could take.
        left = {}
        for later in all_dates[position:]:
            if later in open_dates and kinds[later] == kind and later in completion.matched:
                for person_id in available[later]:
                    left[person_id] = left.get(person_id, 0) + 1
        owed: dict[int, int] = {}
        for later, owner in completion.matched.items():
            if kinds[later] == kind:
                owed[owner] = owed.get(owner, 0) + 1
        ranked = []
        for person_id in available[date]:
            urgency = owed.get(person_id, 0) / max(1, left.get(person_id, 1))
            ranked.append(
                (
                    person_id == previous,
                    -urgency,
                    last_seen.get(person_id, -1),
                    order_rank[person_id],
                    person_id,
                )
            )
        ranked.sort()
        return [r[-1] for r in ranked]

    def walk(position, previous, completion, chosen, last_seen):
        if position == len(all_dates):
            return chosen
        date = all_dates[position]
        if date in fixed:
            person_id = fixed[date].delegate_id
            seen = dict(last_seen)
            if person_id is not None:
                seen[person_id] = position
            return walk(position + 1, person_id, completion, chosen, seen)
        if date not in open_dates:  # a day nobody can take
            return walk(position + 1, None, completion, chosen, last_seen)
        for person_id in candidates(date, previous, last_seen, position, completion):
            if person_id == previous and not allow_back_to_back:
                continue
            budget[0] -= 1
            if budget[0] < 0 and not allow_back_to_back:
                return None
            trial = completion.copy()
            if not trial.take(date, person_id):
                continue
            seen = dict(last_seen)
            seen[person_id] = position
            result = walk(position + 1, person_id, trial, {**chosen, date: person_id}, seen)
            if result is not None:
                return result
            if allow_back_to_back:
                return None  # greedy: the completion's own choice always succeeds first time
        return None

    completion = _Completion(start, available, kinds)
    return walk(0, None, completion, {}, {m.person_id: -1 for m in members})


# --- step 3: deputies ----------------------------------------------------------------------------
def _deputies(
    dates: list[dt.date],
    delegates: dict[dt.date, int | None],
    fixed: dict[dt.date, FixedDay],
    available: dict[dt.date, list[int]],
    prior: dict[int, int],
    pair_newcomers: bool,
) -> dict[dt.date, int | None]:
    experienced = {person_id for person_id, count in prior.items() if count > 0}
    deputy_count: dict[int, int] = {}
    result: dict[dt.date, int | None] = {}
    turns: dict[int, int] = {}
    for person_id in delegates.values():
        if person_id is not None:
            turns[person_id] = turns.get(person_id, 0) + 1
    for position, date in enumerate(dates):
        delegate = delegates.get(date)
        # A deputy who is not delegate the day before or after can replace without a double turn.
        neighbours = {
            delegates.get(dates[i]) for i in (position - 1, position + 1) if 0 <= i < len(dates)
        }
        if date in fixed:
            result[date] = fixed[date].deputy_id
        elif delegate is not None:
            newcomer = delegate not in experienced
            options = [p for p in available[date] if p != delegate]
            options.sort(
                key=lambda p: (
                    pair_newcomers and newcomer and p not in experienced,
                    p in neighbours,
                    deputy_count.get(p, 0),
                    turns.get(p, 0),
                    p,
                )
            )
            result[date] = options[0] if options else None
        else:
            result[date] = None
        if result[date] is not None:
            deputy_count[result[date]] = deputy_count.get(result[date], 0) + 1
        if delegate is not None:
            experienced.add(delegate)
    return result


# --- the planner ---------------------------------------------------------------------------------
def plan_rotation(
    days: Iterable[PlanDay],
    candidates: Iterable[Candidate],
    fixed: Iterable[FixedDay] = (),
    pair_newcomers: bool = True,
    prior_turns: dict[int, int] | None = None,
) -> Plan:
    """A fair plan for `days` (kept `fixed` days count too and are returned unchanged).

    `prior_turns` adds turns taken before the first of these days (e.g. from an earlier plan).
    """
    members = sorted({c.person_id: c for c in candidates}.values(), key=lambda c: c.person_id)
    fixed_by_date = {f.date: f for f in fixed}
    plan_days = sorted(
        {d.date: d for d in days if d.date not in fixed_by_date}.values(), key=lambda d: d.date
    )
    prior = {m.person_id: (prior_turns or {}).get(m.person_id, 0) for m in members}
    prior_sale = {m.person_id: 0 for m in members}
    for f in fixed_by_date.values():
        if f.delegate_id in prior:
            prior[f.delegate_id] += 1
            prior_sale[f.delegate_id] += f.is_sale
    available = {
        d.date: [m.person_id for m in members if m.available_on(d.date)] for d in plan_days
    }
    for date in fixed_by_date:
        available.setdefault(date, [m.person_id for m in members if m.available_on(date)])
    assignable = [d for d in plan_days if available[d.date]]
    start = _fair_assignment(assignable, members, available, prior, prior_sale)
    chosen = _order(plan_days, fixed_by_date, available, start, prior, members, False)
    if chosen is None:
        chosen = _order(plan_days, fixed_by_date, available, start, prior, members, True)
    assert chosen is not None  # the greedy pass cannot fail: the completion always fits
    dates = sorted(set(fixed_by_date) | {d.date for d in plan_days})
    delegates: dict[dt.date, int | None] = {
        date: (fixed_by_date[date].delegate_id if date in fixed_by_date else chosen.get(date))
        for date in dates
    }
    # experience counts only turns before the plan; _deputies adds as it walks
    before = {m.person_id: (prior_turns or {}).get(m.person_id, 0) for m in members}
    deputies = _deputies(dates, delegates, fixed_by_date, available, before, pair_newcomers)
    kinds = {d.date: d.is_sale for d in plan_days} | {
        f.date: f.is_sale for f in fixed_by_date.values()
    }
    assignments = tuple(
        Assignment(
            date=date,
            is_sale=kinds[date],
            delegate_id=delegates[date],
            deputy_id=deputies[date],
            fixed=date in fixed_by_date,
            unavailable=tuple(m.person_id for m in members)
            if date not in fixed_by_date and not available[date]
            else (),
        )
        for date in dates
    )
    turns = {m.person_id: (prior_turns or {}).get(m.person_id, 0) for m in members}
    sale_turns = {m.person_id: 0 for m in members}
    for a in assignments:
        if a.delegate_id in turns:
            turns[a.delegate_id] += 1
            sale_turns[a.delegate_id] += a.is_sale
    # Fairness is measured over members who could take at least one day.
    could = {p for date in dates for p in available.get(date, ())} | {
        a.delegate_id for a in assignments if a.delegate_id is not None
    }
    return Plan(
        assignments=assignments,
        turns={p: n for p, n in turns.items() if p in could},
        sale_turns={p: n for p, n in sale_turns.items() if p in could},
    )
