"""The store's tables as typed SQLAlchemy 2 models.

Every domain table has a UUID text id (given at creation, never reused), created_at, updated_at, a change
stamp (``stamp``, a hybrid-logical-clock text that orders edits across laptops) and a ``deleted`` flag:
deletes leave tombstones so that sync can carry them to other stores. ``created_at``/``updated_at``/``stamp``
are kept by the session hook in :mod:`reciprocity_desktop.store.engine`, never by hand in callers.
Money is kept as integer cents (SQLite has no decimal type); dates as ``DATE``.

Relationships are ``lazy="raise_on_sql"``: services load what views need explicitly, so a forgotten
load raises in a test, not while a row is painted (a target already in the session needs no SQL).
"""

from __future__ import annotations

import datetime as dt
import uuid
from enum import StrEnum

from sqlalchemy import (
    Boolean,
    CheckConstraint,
    Computed,
    Date,
    DateTime,
    Float,
    ForeignKey,
    Index,
    Integer,
    String,
    Text,
    TypeDecorator,
    text,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship


class Stage(StrEnum):
    """Where a prospect stands: not yet qualified, in talks, buying, or gone."""

    SUSPECT = "suspect"
    PROSPECT = "prospect"
    CUSTOMER = "customer"
    LOST = "lost"


class GiftKind(StrEnum):
    """What a gift (or a stock item) is."""

    SAMPLE = "sample"
    TRIAL = "trial"
    CONTENT = "content"
    ANALYSIS = "analysis"
    EVENT = "event"
    PERSONAL = "personal"
    OTHER = "other"


class Reaction(StrEnum):
    """How a gift was received, as the seller heard it."""

    LIKED = "liked"
    NEUTRAL = "neutral"
    NOT_LIKED = "not_liked"
    DECLINED = "declined"


class CoordinatesSource(StrEnum):
    """Where a prospect's coordinates came from: typed in (or imported), or its postal code's centroid."""

    ENTERED = "entered"
    POSTAL_CODE = "postal_code"


class FollowUpKind(StrEnum):
    """What a follow-up asks the seller to do."""

    ASK_FEEDBACK = "ask_feedback"
    CALL = "call"
    SEND_INFO = "send_info"
    VISIT = "visit"
    ASK_ORDER = "ask_order"


class OutcomeKind(StrEnum):
    """What came back from a prospect (an order carries a value)."""

    CONVERSATION = "conversation"
    REFERRAL = "referral"
    MEETING = "meeting"
    ORDER = "order"
    OTHER = "other"


class MovementKind(StrEnum):
    """Why a stock item's quantity changed: its opening count, a restock, a gift drawn from it, a correction."""

    OPENING = "opening"
    RESTOCK = "restock"
    DRAW = "draw"
    CORRECTION = "correction"


class VisitStatus(StrEnum):
    """A planned visit, and what became of it."""

    PLANNED = "planned"
    DONE = "done"
    NOBODY_THERE = "nobody_there"
    CANCELLED = "cancelled"


def new_id() -> str:
    return str(uuid.uuid4())


def utcnow() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


class UTCDateTime(TypeDecorator[dt.datetime]):
    """Timezone-aware UTC datetimes, stored as naive UTC text by SQLite."""

    impl = DateTime
    cache_ok = True

    def process_bind_param(self, value: dt.datetime | None, dialect) -> dt.datetime | None:
        if value is not None and value.tzinfo is None:
            raise ValueError("naive datetime given to a UTC column")
        return value.astimezone(dt.UTC).replace(tzinfo=None) if value is not None else None

    def process_result_value(self, value: dt.datetime | None, dialect) -> dt.datetime | None:
        return value.replace(tzinfo=dt.UTC) if value is not None else None


def _check_in(table: str, column: str, enum: type[StrEnum], nullable: bool = False) -> CheckConstraint:
    values = ", ".join(f"'{member.value}'" for member in enum)
    clause = f"{column} IS NULL OR {column} IN ({values})" if nullable else f"{column} IN ({values})"
    return CheckConstraint(clause, name=f"ck_{table}_{column}_valid")


class Base(DeclarativeBase): ...


#: The condition of the lists' partial indexes: live rows only (the lists' queries say exactly this).
LIVE = text("deleted IS 0")
#: The gift columns the gift list sorts by, each on an index (column, date) of the live gifts.
GIFT_SORTED = ("kind", "cost_cents", "reaction", "personal", "unexpected", "meaningful")
#: The follow-up columns with an index (is_done, column, due) of the live ones, and a descending twin.
FOLLOWUP_SORTED = ("done_on", "note_key", "result_key")


def _sort_key() -> Mapped[str]:
    """A folded copy of a text the lists sort by (see :mod:`reciprocity_desktop.store.sort_keys`)."""
    return mapped_column(Text, default="")


class Meta(Base):
    """Facts about this store file (replica id, name, the clock's last stamp). Never synced."""

    __tablename__ = "meta"

    key: Mapped[str] = mapped_column(String(64), primary_key=True)
    value: Mapped[str] = mapped_column(Text)


class Setting(Base):
    """User preferences that belong to the store (delays, limits, seller name)."""

    __tablename__ = "settings"

    key: Mapped[str] = mapped_column(String(64), primary_key=True)
    value: Mapped[str] = mapped_column(Text)


class Record:
    """Columns every synced domain table has."""

    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_id)
    created_at: Mapped[dt.datetime] = mapped_column(UTCDateTime, default=utcnow)
    updated_at: Mapped[dt.datetime] = mapped_column(UTCDateTime, default=utcnow)
    stamp: Mapped[str] = mapped_column(String(64), default="", index=True)
    deleted: Mapped[bool] = mapped_column(Boolean, default=False)


def _entered_when_given(context) -> str | None:
    """A new prospect's ``coordinates_source`` when the insert does not say: coordinates given are entered."""
    values = context.get_current_parameters()
    given = values.get("latitude") is not None and values.get("longitude") is not None
    return CoordinatesSource.ENTERED.value if given else None


class Prospect(Record, Base):
    __tablename__ = "prospects"
    __table_args__ = (
        _check_in("prospects", "stage", Stage),
        _check_in("prospects", "coordinates_source", CoordinatesSource, nullable=True),
        Index("ix_prospects_name", "name"),
        # The list's page query (live rows by sort name, optionally searched) reads only this index
        # until it reaches the page: no row lookups for the 50,000 rows an offset skips (migration 0004).
        # search_text stays in it for what the trigram index (prospects_fts, store/search.py) cannot
        # do or does slower: words under three characters, and words in thousands of prospects.
        Index("ix_prospects_list", "sort_name", "id", "deleted", "search_text"),
        Index("ix_prospects_postal_code", "postal_code"),
        Index("ix_prospects_city", "city"),
        # The deleted prospects, found at once (the lists leave out their gifts and follow-ups).
        Index("ix_prospects_deleted", "deleted", sqlite_where=text("deleted IS 1")),
    )

    name: Mapped[str] = mapped_column(String(200))
    street: Mapped[str] = mapped_column(String(200), default="")
    postal_code: Mapped[str] = mapped_column(String(20), default="")
    city: Mapped[str] = mapped_column(String(100), default="")
    country: Mapped[str] = mapped_column(String(2), default="")
    phone: Mapped[str] = mapped_column(String(50), default="")
    email: Mapped[str] = mapped_column(String(200), default="")
    website: Mapped[str] = mapped_column(String(200), default="")
    industry: Mapped[str] = mapped_column(String(100), default="")
    stage: Mapped[str] = mapped_column(String(16), default=Stage.PROSPECT.value)
    tags: Mapped[str] = mapped_column(Text, default="")
    notes: Mapped[str] = mapped_column(Text, default="")
    latitude: Mapped[float | None] = mapped_column(Float, nullable=True)
    longitude: Mapped[float | None] = mapped_column(Float, nullable=True)
    # "entered" (typed in, imported) or "postal_code" (the postal code's centroid, recomputed when the
    # postal code changes); NULL: no coordinates (migration 0007).
    coordinates_source: Mapped[str | None] = mapped_column(
        String(16), nullable=True, default=_entered_when_given
    )
    # Folded (case- and accent-insensitive) text of name, city, postal code and contact
    # names, for instant search. Kept by the session hook.
    search_text: Mapped[str] = mapped_column(Text, default="")
    # Folded name for sorting as people expect ("Bäckerei" before "Brauhaus"). Kept by the hook.
    sort_name: Mapped[str] = mapped_column(String(200), default="")

    contacts: Mapped[list[Contact]] = relationship(
        back_populates="prospect", order_by="Contact.name", lazy="raise_on_sql"
    )

    @property
    def tag_list(self) -> list[str]:
        return [t for t in (part.strip() for part in self.tags.split(",")) if t]


class Contact(Record, Base):
    __tablename__ = "contacts"
    # The gift list sorts by recipient from this index (contacts in name order, their gifts inside).
    __table_args__ = (Index("ix_contacts_name_key", "name_key"),)

    prospect_id: Mapped[str] = mapped_column(ForeignKey("prospects.id"), index=True)
    name: Mapped[str] = mapped_column(String(200))
    name_key: Mapped[str] = _sort_key()
    role: Mapped[str] = mapped_column(String(100), default="")
    phone: Mapped[str] = mapped_column(String(50), default="")
    email: Mapped[str] = mapped_column(String(200), default="")
    is_decision_maker: Mapped[bool] = mapped_column(Boolean, default=False)
    notes: Mapped[str] = mapped_column(Text, default="")

    prospect: Mapped[Prospect] = relationship(back_populates="contacts", lazy="raise_on_sql")


class StockItem(Record, Base):
    """An item of the gift stock. ``quantity`` is the sum of its live movements (:class:`StockMovement`),
    kept by triggers (migration 0012: ``store.stock.STOCK_TRIGGERS``, PL/pgSQL on a hub): never set it by hand. It may go
    below
    zero when two laptops' draws meet in a sync (an over-draw, shown as such, not refused)."""

    __tablename__ = "stock_items"
    __table_args__ = (_check_in("stock_items", "kind", GiftKind),)

    name: Mapped[str] = mapped_column(String(200))
    kind: Mapped[str] = mapped_column(String(16), default=GiftKind.SAMPLE.value)
    unit_cost_cents: Mapped[int] = mapped_column(Integer, default=0)
    quantity: Mapped[int] = mapped_column(Integer, default=0)
    low_stock_level: Mapped[int] = mapped_column(Integer, default=3)
    notes: Mapped[str] = mapped_column(Text, default="")


class StockMovement(Record, Base):
    """One change of a stock item's quantity on hand (``delta``): the quantity is their sum, so draws
    made on two laptops both count once their files are exchanged. Written once, never edited (a gift's
    deletion tombstones its draw)."""

    __tablename__ = "stock_movements"
    __table_args__ = (
        _check_in("stock_movements", "kind", MovementKind),
        Index("ix_stock_movements_item_at", "stock_item_id", "at"),
        Index("ix_stock_movements_gift", "gift_id"),
    )

    stock_item_id: Mapped[str] = mapped_column(ForeignKey("stock_items.id"))
    delta: Mapped[int] = mapped_column(Integer)
    kind: Mapped[str] = mapped_column(String(16))
    gift_id: Mapped[str | None] = mapped_column(ForeignKey("gifts.id"), nullable=True)
    note: Mapped[str] = mapped_column(Text, default="")
    at: Mapped[dt.datetime] = mapped_column(UTCDateTime, default=utcnow)

    stock_item: Mapped[StockItem] = relationship(lazy="raise_on_sql")


class Visit(Record, Base):
    __tablename__ = "visits"
    __table_args__ = (
        _check_in("visits", "status", VisitStatus),
        Index("ix_visits_date_position", "date", "position"),
        # The debrief's day: the latest day with visits still planned (a few rows, not every past visit).
        Index("ix_visits_status_date", "status", "date"),
        # Each rep's own route: a seller's visits by day (migration 0011).
        Index("ix_visits_seller_date", "seller_id", "date"),
    )

    prospect_id: Mapped[str] = mapped_column(ForeignKey("prospects.id"), index=True)
    date: Mapped[dt.date] = mapped_column(Date)
    position: Mapped[int] = mapped_column(Integer, default=0)
    planned_time: Mapped[str] = mapped_column(String(5), default="")  # "HH:MM" or ""
    # A fixed appointment: the rep typed the time, the route's times are computed around it.
    fixed_time: Mapped[bool] = mapped_column(Boolean, default=False)
    # How long this visit takes; None: the ``visit_minutes`` setting.
    visit_minutes: Mapped[int | None] = mapped_column(Integer, nullable=True)
    status: Mapped[str] = mapped_column(String(16), default=VisitStatus.PLANNED.value)
    gift_stock_item_id: Mapped[str | None] = mapped_column(ForeignKey("stock_items.id"), nullable=True)
    gift_note: Mapped[str] = mapped_column(Text, default="")  # the gift to bring, when not from stock
    notes: Mapped[str] = mapped_column(Text, default="")
    # The seller who planned it: the planning store's ``seller_id`` setting ("" for a visit of an
    # unknown seller, from an older sync file) and its ``seller_name`` then. A new visit that does not
    # say gets the store's own (the session hook, store/sessions.py).
    seller_id: Mapped[str] = mapped_column(String(36), server_default="")
    seller: Mapped[str] = mapped_column(String(100), server_default="")

    prospect: Mapped[Prospect] = relationship(lazy="raise_on_sql")
    gift_stock_item: Mapped[StockItem | None] = relationship(lazy="raise_on_sql")


class Gift(Record, Base):
    __tablename__ = "gifts"
    __table_args__ = (
        _check_in("gifts", "kind", GiftKind),
        _check_in("gifts", "reaction", Reaction, nullable=True),
        CheckConstraint("quantity >= 1", name="ck_gift_quantity_positive"),
        CheckConstraint("cost_cents >= 0", name="ck_gift_cost_not_negative"),
        Index("ix_gifts_date", "date"),
        Index("ix_gifts_prospect_live", "prospect_id", "deleted"),
        Index("ix_gifts_list", "date", "created_at", "id", "deleted"),
        Index("ix_gifts_totals", "prospect_id", "deleted", "kind", "cost_cents"),
        Index("ix_gifts_register", "prospect_id", "contact_id", "date", "deleted", "cost_cents"),
        Index("ix_gifts_visit", "visit_id"),
        # The gift list's orders (migration 0007), over the live gifts only: the sorted column, then
        # the date; the rowid every index ends with breaks ties. See services/gift_list.py.
        Index("ix_gifts_live_date", "date", sqlite_where=LIVE),
        *(Index(f"ix_gifts_{c}_date", c, "date", sqlite_where=LIVE) for c in GIFT_SORTED),
        Index("ix_gifts_description_key_date", "description_key", "date", sqlite_where=LIVE),
        # Any gift, with its id: the follow-ups by linked gift read the gifts in order, then theirs.
        Index("ix_gifts_description_key", "description_key", "date", "id"),
        Index("ix_gifts_contact_date", "contact_id", "date", sqlite_where=LIVE),
        # By recipient (migration 0009): the contact's name key copied (store/sort_keys.py).
        Index("ix_gifts_recipient_key_date", "recipient_key", "contact_id", "date", sqlite_where=LIVE),
        # The reciprocity report's read of the live gifts (migration 0014): services/insights/aggregates.py.
        Index(
            "ix_gifts_insights",
            *("prospect_id", "date", "kind", "cost_cents", "personal", "unexpected", "meaningful", "deleted"),
            sqlite_where=LIVE,
        ),
    )

    prospect_id: Mapped[str] = mapped_column(ForeignKey("prospects.id"), index=True)
    contact_id: Mapped[str | None] = mapped_column(ForeignKey("contacts.id"), nullable=True)
    visit_id: Mapped[str | None] = mapped_column(ForeignKey("visits.id"), nullable=True)
    stock_item_id: Mapped[str | None] = mapped_column(ForeignKey("stock_items.id"), nullable=True)
    date: Mapped[dt.date] = mapped_column(Date)
    kind: Mapped[str] = mapped_column(String(16))
    description: Mapped[str] = mapped_column(Text)
    description_key: Mapped[str] = _sort_key()
    cost_cents: Mapped[int] = mapped_column(Integer, default=0)  # total for the quantity given
    quantity: Mapped[int] = mapped_column(Integer, default=1)
    personal: Mapped[bool] = mapped_column(Boolean, default=False)
    unexpected: Mapped[bool] = mapped_column(Boolean, default=False)
    meaningful: Mapped[bool] = mapped_column(Boolean, default=False)
    reaction: Mapped[str | None] = mapped_column(String(16), nullable=True)
    reaction_note: Mapped[str] = mapped_column(Text, default="")
    # The recipient's name_key, kept by SQLite's triggers (never set through the ORM).
    recipient_key: Mapped[str | None] = mapped_column(Text, nullable=True)

    prospect: Mapped[Prospect] = relationship(lazy="raise_on_sql")
    contact: Mapped[Contact | None] = relationship(lazy="raise_on_sql")
    stock_item: Mapped[StockItem | None] = relationship(lazy="raise_on_sql")


class FollowUp(Record, Base):
    __tablename__ = "followups"
    __table_args__ = (
        _check_in("followups", "kind", FollowUpKind),
        Index("ix_followups_due", "due"),
        Index("ix_followups_prospect_done", "prospect_id", "deleted", "done_on"),
        Index("ix_followups_list", "done_on", "due", "deleted"),
        Index("ix_followups_buckets", "prospect_id", "deleted", "done_on", "due"),
        # The follow-up list's orders (migration 0007), over the live follow-ups only: open or done,
        # the sorted column, the due date. See services/followup_list.py.
        Index("ix_followups_live_due", "is_done", "due", sqlite_where=LIVE),
        Index("ix_followups_kind_due", "is_done", "kind", "due", sqlite_where=LIVE),
        *(Index(f"ix_followups_{c}_due", "is_done", c, "due", sqlite_where=LIVE) for c in FOLLOWUP_SORTED),
        Index("ix_followups_prospect_due", "prospect_id", "is_done", "due", sqlite_where=LIVE),
        Index("ix_followups_gift_due", "gift_id", "is_done", "due", "deleted"),
        # By linked gift (migration 0009): the gift's folded description and date, copied (see
        # store/sort_keys.py): every page of that order reads one index, no join.
        Index(
            "ix_followups_gift_key_due", "is_done", "gift_key", "gift_date", "gift_id", "due", sqlite_where=LIVE
        ),
    )

    prospect_id: Mapped[str] = mapped_column(ForeignKey("prospects.id"), index=True)
    gift_id: Mapped[str | None] = mapped_column(ForeignKey("gifts.id"), nullable=True)
    due: Mapped[dt.date] = mapped_column(Date)
    kind: Mapped[str] = mapped_column(String(16))
    note: Mapped[str] = mapped_column(Text, default="")
    note_key: Mapped[str] = _sort_key()
    done_on: Mapped[dt.date | None] = mapped_column(Date, nullable=True)
    result: Mapped[str] = mapped_column(Text, default="")
    result_key: Mapped[str] = _sort_key()
    # The linked gift's description_key and date, kept by SQLite's triggers (never set through the ORM).
    gift_key: Mapped[str | None] = mapped_column(Text, nullable=True)
    gift_date: Mapped[dt.date | None] = mapped_column(Date, nullable=True)
    # Open or done, as a column the list's indexes lead with (SQLite computes it; never written).
    is_done: Mapped[bool] = mapped_column(Boolean, Computed("done_on IS NOT NULL", persisted=False))

    prospect: Mapped[Prospect] = relationship(lazy="raise_on_sql")
    gift: Mapped[Gift | None] = relationship(lazy="raise_on_sql")

    @property
    def done(self) -> bool:
        return self.done_on is not None


class Outcome(Record, Base):
    __tablename__ = "outcomes"
    __table_args__ = (
        _check_in("outcomes", "kind", OutcomeKind),
        CheckConstraint("value_cents >= 0", name="ck_outcome_value_not_negative"),
        Index("ix_outcomes_date", "date"),
        Index("ix_outcomes_visit", "visit_id"),
        # The reciprocity report's read of the live outcomes (migration 0014).
        Index(
            "ix_outcomes_insights", "prospect_id", "date", "kind", "value_cents", "deleted", sqlite_where=LIVE
        ),
    )

    prospect_id: Mapped[str] = mapped_column(ForeignKey("prospects.id"), index=True)
    visit_id: Mapped[str | None] = mapped_column(ForeignKey("visits.id"), nullable=True)
    date: Mapped[dt.date] = mapped_column(Date)
    kind: Mapped[str] = mapped_column(String(16))
    #: NULL: the value is not known (an order whose amount was left empty); 0 for outcomes without one
    value_cents: Mapped[int | None] = mapped_column(Integer, nullable=True)
    note: Mapped[str] = mapped_column(Text, default="")

    prospect: Mapped[Prospect] = relationship(lazy="raise_on_sql")


# The lists' descending twins: a column sorted downwards, its ties still in the list's own order.
Index("ix_gifts_cost_desc_date", Gift.cost_cents.desc(), Gift.date, sqlite_where=LIVE)
Index("ix_gifts_description_key_desc_date", Gift.description_key.desc(), Gift.date, sqlite_where=LIVE)
for _column in (FollowUp.done_on, FollowUp.note_key, FollowUp.result_key):
    Index(
        f"ix_followups_{_column.key}_desc_due",
        FollowUp.is_done,
        _column.desc(),
        FollowUp.due,
        sqlite_where=LIVE,
    )
del _column
Index(
    "ix_gifts_recipient_key_desc_date",
    Gift.recipient_key.desc(),
    Gift.contact_id.desc(),
    Gift.date,
    sqlite_where=LIVE,
)
Index(
    "ix_followups_gift_key_desc_due",
    FollowUp.is_done,
    FollowUp.gift_key.desc(),
    FollowUp.gift_date.desc(),
    FollowUp.gift_id.desc(),
    FollowUp.due,
    sqlite_where=LIVE,
)

#: The synced domain tables, parents before children (the order an import must insert in).
RECORD_MODELS: tuple[type[Record], ...] = (
    Prospect,
    Contact,
    StockItem,
    Visit,
    Gift,
    FollowUp,
    Outcome,
    StockMovement,
)


# -- sync by file (see reciprocity_desktop/sync and docs/sync-format.md) ----------------------
# Local bookkeeping of the file sync. These tables are never exported themselves.


class SyncReplica(Base):
    """A store (laptop) this store has heard of through sync files: its replica id and name."""

    __tablename__ = "sync_replicas"

    replica_id: Mapped[str] = mapped_column(String(64), primary_key=True)
    store_name: Mapped[str] = mapped_column(String(200), default="")
    last_seen_at: Mapped[dt.datetime] = mapped_column(UTCDateTime, default=utcnow)


class SyncImport(Base):
    """One import of a sync file: where it came from and what it changed."""

    __tablename__ = "sync_imports"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    imported_at: Mapped[dt.datetime] = mapped_column(UTCDateTime, default=utcnow)
    file_name: Mapped[str] = mapped_column(Text, default="")
    file_sha256: Mapped[str] = mapped_column(String(64), default="")
    source_replica_id: Mapped[str] = mapped_column(String(64), default="")
    source_store_name: Mapped[str] = mapped_column(String(200), default="")
    file_created_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime, nullable=True)
    format_version: Mapped[int] = mapped_column(Integer, default=1)
    new: Mapped[int] = mapped_column(Integer, default=0)
    updated: Mapped[int] = mapped_column(Integer, default=0)
    deleted: Mapped[int] = mapped_column(Integer, default=0)
    unchanged: Mapped[int] = mapped_column(Integer, default=0)
    conflicts: Mapped[int] = mapped_column(Integer, default=0)
    held_back: Mapped[int] = mapped_column(Integer, default=0)


class SyncConflict(Base):
    """The losing version of a real conflict, kept so that it can be read and restored."""

    __tablename__ = "sync_conflicts"
    __table_args__ = (
        CheckConstraint("losing_side IN ('local', 'incoming')", name="ck_sync_conflicts_losing_side_valid"),
        Index("ix_sync_conflicts_record", "table_name", "record_id"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    detected_at: Mapped[dt.datetime] = mapped_column(UTCDateTime, default=utcnow)
    import_id: Mapped[int | None] = mapped_column(ForeignKey("sync_imports.id"), nullable=True)
    table_name: Mapped[str] = mapped_column(String(32))
    record_id: Mapped[str] = mapped_column(String(36))
    losing_side: Mapped[str] = mapped_column(String(8))
    lost_stamp: Mapped[str] = mapped_column(String(64))
    kept_stamp: Mapped[str] = mapped_column(String(64))
    # The whole losing version as JSON, in the sync file's record form.
    lost_record: Mapped[str] = mapped_column(Text)
    # A field-level conflict: the one field whose value lost (a restore puts back only that); "" for a row.
    field_name: Mapped[str] = mapped_column(String(64), default="", server_default="")
    restored_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime, nullable=True)


class SyncRecordVersion(Base):
    """What a record's current version is known to include (its version vector), kept by sync.

    ``seen`` lists, per replica, the latest change stamp of that replica the version
    includes (space separated). It is valid for the row version with ``stamp``; a later
    local edit adds this store's own stamp on top. See docs/sync-format.md.
    """

    __tablename__ = "sync_record_versions"

    table_name: Mapped[str] = mapped_column(String(32), primary_key=True)
    record_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    stamp: Mapped[str] = mapped_column(String(64))
    seen: Mapped[str] = mapped_column(Text, default="")


class SyncFieldStamp(Base):
    """The change stamp of one field of a record, where it differs from the record's own ``stamp``.

    A field without an entry carries the record's stamp. When a change leaves some fields as they
    were, those fields keep their earlier stamps here, so that a merge takes each field from the side
    that changed it last (docs/sync-format.md, "Merging"). ``replica`` is the stamp's replica.
    """

    __tablename__ = "sync_field_stamps"

    table_name: Mapped[str] = mapped_column(String(32), primary_key=True)
    record_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    field: Mapped[str] = mapped_column(String(64), primary_key=True)
    stamp: Mapped[str] = mapped_column(String(64))
    replica: Mapped[str] = mapped_column(String(64), default="")
