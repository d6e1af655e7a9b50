"""An office-sized demo store: ``demo --prospects N``.

N prospects (businesses in DE, AT, CH, NL and SI, drawn from :mod:`demo_office_data`), 2N contacts,
3N gifts over the past three years, 3N follow-ups (most done), N visits (a few planned for the next
two weeks), N/2 outcomes and a gift stock — relative to a day, deterministic for the same N and day
(the ids are new UUIDs each time, so two stores loaded alike never claim to share records).

Written with chunked Core ``executemany`` statements in one transaction, not one ORM object per
row. The columns the store's session hook keeps are filled here the same way: ``created_at`` and
``updated_at`` (one "now" for the whole load), a ``stamp`` from the store's hybrid logical clock per
row (the clock's last stamp saved in ``meta`` as the hook does), and the prospects' ``search_text``
and ``sort_name`` through :mod:`reciprocity_desktop.store.search`.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import random
import uuid
from collections import Counter
from collections.abc import Iterator

from sqlalchemy import Connection, Date, DateTime, TypeDecorator

from reciprocity_desktop.services import demo_office_data as data
from reciprocity_desktop.services.gifts import feedback_note
from reciprocity_desktop.store import Store, portable
from reciprocity_desktop.store.hlc import Stamp
from reciprocity_desktop.store.models import (
    Contact,
    FollowUp,
    FollowUpKind,
    Gift,
    Meta,
    MovementKind,
    Outcome,
    OutcomeKind,
    Prospect,
    StockItem,
    StockMovement,
    Visit,
    VisitStatus,
    utcnow,
)
from reciprocity_desktop.store.search import search_text, sort_name
from reciprocity_desktop.store.sessions import own_seller
from reciprocity_desktop.store.sort_keys import SORT_KEYS, key_values
from reciprocity_desktop.store.stock import opening_id
from reciprocity_desktop.textutil import fold

#: Prospects generated and written per round (with their contacts, gifts, follow-ups, visits, outcomes).
CHUNK = 2000
#: The page cache while loading, in KiB (as SQLite's negative cache_size).
_LOAD_CACHE_KIB = -256 * 1024
HISTORY_DAYS = 3 * 365
#: Share of the visits planned for the next two weeks; of the follow-ups not asking for feedback.
PLANNED_VISITS = 0.02
OTHER_FOLLOWUPS = 0.1
_OTHER_KINDS = (FollowUpKind.CALL, FollowUpKind.SEND_INFO, FollowUpKind.VISIT, FollowUpKind.ASK_ORDER)
_OTHER_NOTES = {
    FollowUpKind.CALL: "Call back about the price list.",
    FollowUpKind.SEND_INFO: "Send the product brochure.",
    FollowUpKind.VISIT: "Visit with the new catalogue.",
    FollowUpKind.ASK_ORDER: "Ask whether they want to order for the season.",
}
_NOW_COLUMNS = frozenset({"created_at", "updated_at"})
_PAST_STATUSES = (VisitStatus.DONE,) * 7 + (VisitStatus.NOBODY_THERE,) * 2 + (VisitStatus.CANCELLED,)


def load_office(store: Store, count: int, *, today: dt.date, feedback_delay: int) -> dict[str, int]:
    """Write the office-sized demo into ``store`` (empty or not: the caller decides). Returns the counts."""
    builder = _Builder(store, count, today, feedback_delay)
    with store.session() as session:
        session.info["keep_stamps"] = True  # stamped here, as the hook would
        clock_row = session.get(Meta, "hlc")
        if clock_row is not None:
            with contextlib.suppress(ValueError):
                store.clock.observe(Stamp.parse(clock_row.value))
        connection = session.connection()
        # A bigger page cache while the indexes grow (random UUIDs); the connection's own afterwards.
        with portable.bigger_page_cache(connection, _LOAD_CACHE_KIB):
            builder.write(connection)
        if clock_row is None:
            session.add(Meta(key="hlc", value=str(store.clock.last)))
        else:
            clock_row.value = str(store.clock.last)
    return dict(builder.counts)


@contextlib.contextmanager
def _indexes_made_after(connection: Connection, count: int) -> Iterator[None]:
    """On a store file, for a demo of ``count`` prospects that brings at least half as many rows as a table
    holds already: the table's (non-unique) indexes made after its rows are written, from their own SQL,
    and the search index filled in one pass, as a large CSV import does (:mod:`.csv_io.staging`). Keeping
    65 indexes row by row over random ids was four fifths of the demo's time (100,000 prospects: 260 s of
    CPU before, 82 s after). Only inside the load's transaction (a drop outside one would commit at once); a failure rolls the
    drops back with the rows."""
    from reciprocity_desktop.services.csv_io.staging import (
        REBUILD_ROWS,
        fts_hash_size,
        rebuilt_indexes,
        search_index_filled_after,
    )

    raw = connection.connection.driver_connection
    if connection.dialect.name != "sqlite" or not raw.in_transaction:
        yield
        return
    added = {"prospects": count, "contacts": 2 * count, "gifts": 3 * count, "followups": 3 * count,
             "visits": count, "outcomes": count // 2}  # fmt: skip
    cursor = raw.cursor()
    try:
        tables = [
            table
            for table, rows in added.items()
            if rows >= REBUILD_ROWS and rows * 2 >= cursor.execute(f"SELECT count(*) FROM {table}").fetchone()[0]
        ]
        with (
            rebuilt_indexes(cursor, tables),
            fts_hash_size(cursor, count if "prospects" in tables else 0),
            search_index_filled_after(cursor, "prospects" in tables),
        ):
            yield
    finally:
        cursor.close()


def _chunks(total: int, size: int) -> Iterator[tuple[int, int]]:
    for start in range(0, total, size):
        yield start, min(total, start + size)


class _Builder:
    """Draws the rows from one random generator (seeded by N) and writes them chunk by chunk."""

    def __init__(self, store: Store, count: int, today: dt.date, feedback_delay: int) -> None:
        self.count = count
        self.today = today
        self.delay = feedback_delay
        self.rng = random.Random(count)
        self.clock = store.clock
        self.now = utcnow()
        self._now_value: object = None
        self.counts: Counter[str] = Counter(
            dict.fromkeys(("prospects", "contacts", "gifts", "followups", "outcomes", "visits", "stock"), 0)
        )
        self._countries = [c for c in data.COUNTRIES for _ in range(c.share)]
        self._stages = [s.value for s, weight in data.STAGES for _ in range(weight)]
        self._positions: Counter[dt.date] = Counter()
        self.stock_ids: list[str] = []
        with store.session() as session:  # the visits are the store's seller's
            self.seller = own_seller(session, make=True)

    # -- helpers ----------------------------------------------------------------------------------

    def _record(self) -> dict:
        """The columns every record has, as the session hook fills them for a new one."""
        return {
            "id": str(uuid.uuid4()),
            "created_at": self.now,
            "updated_at": self.now,
            "stamp": str(self.clock.now()),
            "deleted": False,
        }

    def _day(self, earliest: int = HISTORY_DAYS, latest: int = 1) -> dt.date:
        """A day between ``earliest`` and ``latest`` days ago."""
        return self.today - dt.timedelta(days=self.rng.randint(latest, earliest))

    # -- writing ----------------------------------------------------------------------------------

    def write(self, connection: Connection) -> None:
        stock = self._stock()
        self._insert(connection, StockItem, stock, "stock")
        self._insert(connection, StockMovement, self._openings(stock), "")
        with _indexes_made_after(connection, self.count):
            self._write_chunks(connection)

    def _write_chunks(self, connection: Connection) -> None:
        for start, end in _chunks(self.count, CHUNK):
            prospects, contacts = self._prospects(end - start)
            self._insert(connection, Prospect, prospects, "prospects")
            self._insert(connection, Contact, contacts, "contacts")
            self._insert(connection, Visit, self._visits(prospects), "visits")
            gifts = self._gifts(prospects, contacts)
            self._insert(connection, Gift, gifts, "gifts")
            self._insert(connection, FollowUp, self._followups(prospects, gifts), "followups")
            self._insert(connection, Outcome, self._outcomes(prospects, end // 2 - start // 2), "outcomes")

    def _insert(self, connection: Connection, model, rows: list[dict], kind: str) -> None:
        """One ``executemany`` of plain tuples: the dates converted by the columns' own bind processors
        (the text SQLAlchemy would write), the rest as drawn."""
        if not rows:
            return
        table = model.__table__
        if table.name in SORT_KEYS:  # the lists' folded sort keys, as the session hook would set them
            for row in rows:
                row.update(key_values(table.name, row))
        columns = [column for column in table.c if column.computed is None]  # SQLite computes the others
        converters = [
            column.type.bind_processor(connection.dialect)
            if isinstance(column.type, (Date, DateTime, TypeDecorator)) and column.name not in _NOW_COLUMNS
            else None
            for column in columns
        ]
        now = self._now_bound(connection)
        names = [column.name for column in columns]
        plan = list(zip(names, converters, strict=True))
        values = [
            tuple(
                now if name in _NOW_COLUMNS else (convert(row[name]) if convert is not None else row[name])
                for name, convert in plan
            )
            for row in rows
        ]
        marks = portable.marks(connection.dialect, len(names))
        connection.exec_driver_sql(f"INSERT INTO {table.name} ({', '.join(names)}) VALUES ({marks})", values)
        if kind:  # counted as the summary says (an item's opening movement is part of the stock)
            self.counts[kind] += len(rows)

    def _now_bound(self, connection: Connection) -> object:
        """``now`` as the UTC datetime columns bind it."""
        if self._now_value is None:
            column = Prospect.__table__.c.created_at
            self._now_value = column.type.bind_processor(connection.dialect)(self.now)
        return self._now_value

    # -- the rows ---------------------------------------------------------------------------------

    def _stock(self) -> list[dict]:
        rows = []
        for name, kind, cost, quantity, low in data.STOCK:
            row = self._record()
            row.update(
                name=name,
                kind=kind.value,
                unit_cost_cents=cost,
                quantity=quantity,
                low_stock_level=low,
                notes="",
            )
            rows.append(row)
        self.stock_ids = [row["id"] for row in rows]
        return rows

    def _openings(self, stock: list[dict]) -> list[dict]:
        """Each item's opening movement: its quantity on hand is the sum of its movements."""
        rows = []
        for item in stock:
            row = self._record()
            row.update(
                id=opening_id(item["id"]),
                stock_item_id=item["id"],
                delta=item["quantity"],
                kind=MovementKind.OPENING.value,
                gift_id=None,
                note="",
                at=self.now,
            )
            rows.append(row)
        return rows

    def _prospects(self, how_many: int) -> tuple[list[dict], list[dict]]:
        """Prospects and their two contacts each (the first one decides)."""
        rng = self.rng
        prospects, contacts = [], []
        for _ in range(how_many):
            country = rng.choice(self._countries)
            city = rng.choice(country.cities)
            trade, industry = rng.choice(country.trades)
            last = rng.choice(country.last_names)
            form = rng.choice(country.forms)
            shape = rng.random()
            if shape < 0.5:
                name = f"{trade} {last} {form}"
            elif shape < 0.75:
                name = f"{last} & {rng.choice(country.last_names)} {form}"
            else:
                name = f"{trade} {city.name} {form}"
            name = name.strip()
            domain = "".join(ch for ch in fold(f"{trade}{last}") if ch.isascii() and ch.isalnum()) or "firma"
            phone = f"+{country.phone_prefix} {rng.randint(20, 999)} {rng.randint(100000, 9999999)}"
            has_place = rng.random() < 0.7
            row = self._record()
            row.update(
                name=name,
                street=f"{rng.choice(country.streets)} {rng.randint(1, 180)}",
                postal_code=self._postal_code(country.code, city.postal_prefix),
                city=city.name,
                country=country.code,
                phone=phone,
                email=f"info@{domain}.example" if rng.random() < 0.8 else "",
                website=f"https://{domain}.example" if rng.random() < 0.6 else "",
                industry=industry,
                stage=rng.choice(self._stages),
                tags=", ".join(sorted(set(rng.sample(data.TAGS, rng.randint(0, 2))))),
                notes=rng.choice(data.NOTES),
                latitude=round(city.latitude + rng.uniform(-0.05, 0.05), 5) if has_place else None,
                longitude=round(city.longitude + rng.uniform(-0.05, 0.05), 5) if has_place else None,
                coordinates_source="entered" if has_place else None,
            )
            people = []
            for position in range(2):
                first = rng.choice(country.first_names)
                surname = last if position == 0 and shape < 0.75 else rng.choice(country.last_names)
                person = f"{first} {surname}"
                mailbox = ".".join(
                    "".join(ch for ch in fold(part) if ch.isascii() and ch.isalnum())
                    for part in (first, surname)
                )
                contact = self._record()
                contact.update(
                    prospect_id=row["id"],
                    name=person,
                    role=rng.choice(country.roles),
                    phone=phone if position == 0 else "",
                    email=f"{mailbox}@{domain}.example",
                    is_decision_maker=position == 0,
                    notes="",
                )
                people.append(contact)
            row["search_text"] = search_text(
                name, city.name, row["postal_code"], sorted(p["name"] for p in people)
            )
            row["sort_name"] = sort_name(name)
            prospects.append(row)
            contacts.extend(people)
        return prospects, contacts

    def _postal_code(self, country: str, prefix: str) -> str:
        rng = self.rng
        if country == "DE":
            return f"{prefix}{rng.randint(0, 999):03d}"
        if country == "NL":
            return f"{prefix}{rng.randint(0, 99):02d} {rng.choice('ABCEGHJKLMNPRSTVWXZ')}{rng.choice('ABDEGHLNPRSTVXZ')}"
        if country == "CH":
            return f"{prefix}{rng.randint(0, 99):02d}"
        return f"{prefix}{rng.randint(0, 999):03d}"  # AT, SI: four digits

    def _visits(self, prospects: list[dict]) -> list[dict]:
        """One visit per prospect: most in the past (done, nobody there, cancelled), a few planned."""
        rng = self.rng
        rows = []
        for prospect in prospects:
            row = self._record()
            if rng.random() < PLANNED_VISITS:
                day = self.today + dt.timedelta(days=rng.randint(1, 14))
                status = VisitStatus.PLANNED.value
                stock = rng.choice(self.stock_ids) if rng.random() < 0.5 else None
            else:
                day = self._day()
                status = rng.choice(_PAST_STATUSES).value
                stock = None
            position = self._positions[day]
            self._positions[day] += 1
            row.update(
                prospect_id=prospect["id"],
                date=day,
                position=position,
                planned_time=f"{8 + position % 10:02d}:{'00' if position % 2 == 0 else '30'}"
                if status == VisitStatus.PLANNED.value
                else "",
                fixed_time=False,
                visit_minutes=None,
                status=status,
                gift_stock_item_id=stock,
                gift_note="",
                notes=rng.choice(data.VISIT_NOTES) if status == VisitStatus.DONE.value else "",
                seller_id=self.seller[0],
                seller=self.seller[1],
            )
            rows.append(row)
        return rows

    def _gifts(self, prospects: list[dict], contacts: list[dict]) -> list[dict]:
        """Three gifts per prospect on average (some got none, some many) over three years."""
        rng = self.rng
        rows = []
        for _ in range(3 * len(prospects)):
            index = rng.randrange(len(prospects))
            kind, description, cost, personal, unexpected, meaningful, stock = rng.choice(data.GIFTS)
            day = self._day()
            reaction = (
                rng.choice(data.REACTIONS).value
                if (self.today - day).days > 14 and rng.random() < 0.8
                else None
            )
            row = self._record()
            recipient = contacts[2 * index] if rng.random() < 0.5 else None
            row.update(
                prospect_id=prospects[index]["id"],
                contact_id=recipient["id"] if recipient else None,
                # The copy SQLite's triggers would make (store/sort_keys.py): the contact just written.
                recipient_key=recipient["name_key"] if recipient else None,
                visit_id=None,
                stock_item_id=self.stock_ids[stock] if stock is not None else None,
                date=day,
                kind=kind.value,
                description=description,
                cost_cents=cost,
                quantity=1,
                personal=personal,
                unexpected=unexpected,
                meaningful=meaningful,
                reaction=reaction,
                reaction_note=data.REACTION_NOTES.get(reaction or "", ""),
            )
            rows.append(row)
        return rows

    def _followups(self, prospects: list[dict], gifts: list[dict]) -> list[dict]:
        """One follow-up per gift: mostly asking for feedback, some a call, a visit…; most done."""
        rng = self.rng
        rows = []
        for gift in gifts:
            row = self._record()
            if rng.random() < OTHER_FOLLOWUPS:
                kind = rng.choice(_OTHER_KINDS)
                due = self.today + dt.timedelta(days=rng.randint(-HISTORY_DAYS, 30))
                row.update(prospect_id=rng.choice(prospects)["id"], gift_id=None, kind=kind.value)
                row.update(gift_key=None, gift_date=None)
                row["note"] = _OTHER_NOTES[kind]
            else:
                due = gift["date"] + dt.timedelta(days=self.delay)
                row.update(
                    prospect_id=gift["prospect_id"], gift_id=gift["id"], kind=FollowUpKind.ASK_FEEDBACK.value
                )
                # The gift's sort key and date, as SQLite's triggers would copy them (store/sort_keys.py).
                row.update(gift_key=gift["description_key"], gift_date=gift["date"])
                row["note"] = feedback_note(gift["description"])
            done = due < self.today and rng.random() < 0.95
            row.update(
                due=due,
                done_on=min(self.today, due + dt.timedelta(days=rng.randint(0, 5))) if done else None,
                result=data.FEEDBACK_RESULT if done and row["gift_id"] else ("Done." if done else ""),
            )
            rows.append(row)
        return rows

    def _outcomes(self, prospects: list[dict], how_many: int) -> list[dict]:
        rng = self.rng
        rows = []
        for _ in range(how_many):
            kind, note = rng.choice(data.OUTCOMES)
            row = self._record()
            row.update(
                prospect_id=rng.choice(prospects)["id"],
                visit_id=None,
                date=self._day(),
                kind=kind.value,
                value_cents=rng.randint(8, 60) * 5000 if kind is OutcomeKind.ORDER else 0,
                note=note,
            )
            rows.append(row)
        return rows
