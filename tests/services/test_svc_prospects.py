"""Prospects and contacts: add/edit/delete/restore, search, filters, and personal data."""

from __future__ import annotations

import datetime as dt

import pytest

from reciprocity_desktop.services import followups, gifts, prospects, settings
from reciprocity_desktop.services.errors import NotFound, ValidationError
from reciprocity_desktop.services.prospects import ProspectFilter

#: Each test runs on a store file and on an office hub (tests/services/conftest.py).
pytestmark = pytest.mark.both_backends


def _names(rows) -> list[str]:
    return [p.name for p in rows]


def test_add_prospect_cleans_and_keeps_every_field(store):
    prospect = prospects.add_prospect(
        store,
        name="  Bäckerei   Müller GmbH ",
        street="Schloßstraße 12",
        postal_code="80331",
        city="München",
        country="de",
        phone="+49 89 123456",
        email="info@mueller.example",
        website="https://mueller.example",
        industry="Bakery",
        stage="Customer",
        tags="door-to-door, Bavaria, bavaria",
        notes="Met the owner.",
        latitude="48.137",
        longitude=11.575,
    )
    again = prospects.get_prospect(store, prospect.id)
    assert again.name == "Bäckerei Müller GmbH"
    assert (again.street, again.postal_code, again.city, again.country) == (
        "Schloßstraße 12",
        "80331",
        "München",
        "DE",
    )
    assert (again.phone, again.email, again.website, again.industry) == (
        "+49 89 123456",
        "info@mueller.example",
        "https://mueller.example",
        "Bakery",
    )
    assert again.stage == "customer"
    assert again.tag_list == ["door-to-door", "Bavaria"]
    assert again.latitude == pytest.approx(48.137) and again.longitude == pytest.approx(11.575)
    assert again.search_text == "backerei muller gmbh munchen 80331"


def test_defaults_of_a_new_prospect(store):
    prospect = prospects.add_prospect(store, name="Minimal KG")
    assert prospect.stage == "prospect"
    # No country given: the default_country setting (DE unless set otherwise).
    assert (prospect.country, prospect.city, prospect.email) == ("DE", "", "")
    assert prospect.latitude is None and prospect.deleted is False


def test_a_new_prospect_without_a_country_gets_the_default_country(store):
    settings.set_(store, "default_country", "at")
    assert prospects.add_prospect(store, name="Wiener Café", country="").country == "AT"
    dutch = prospects.add_prospect(store, name="Dutch", country="NL")
    assert dutch.country == "NL"  # a given one wins
    settings.set_(store, "default_country", "")
    assert prospects.add_prospect(store, name="Nowhere").country == ""
    # Editing keeps what the user chose, also no country.
    settings.set_(store, "default_country", "DE")
    assert prospects.update_prospect(store, dutch.id, country="").country == ""


@pytest.mark.parametrize(
    ("values", "field", "fragment"),
    [
        ({"name": ""}, "name", "Name must not be empty."),
        ({"name": "   "}, "name", "Name must not be empty."),
        ({}, "name", "Name must not be empty."),
        ({"name": "X", "country": "Germany"}, "country", "is not an ISO 3166 two-letter country code"),
        ({"name": "X", "email": "not-an-address"}, "e-mail", "is not an e-mail address"),
        ({"name": "X", "stage": "hot"}, "stage", "is not one of: suspect, prospect, customer, lost"),
        ({"name": "X", "postal_code": "1" * 21}, "postal code", "at most 20"),
        ({"name": "X", "latitude": "north"}, "latitude", "is not a number"),
    ],
)
def test_bad_prospect_input_names_the_field_and_writes_nothing(store, dump, values, field, fragment):
    before = dump(store)
    with pytest.raises(ValidationError) as caught:
        prospects.add_prospect(store, **values)
    assert caught.value.field == field
    assert fragment in str(caught.value)
    assert dump(store) == before


def test_update_changes_only_the_given_fields(store):
    prospect = prospects.add_prospect(store, name="Optik Schön", city="Frankfurt", phone="069 1")
    prospects.update_prospect(store, prospect.id, city="Offenbach", phone=None, stage="lost")
    again = prospects.get_prospect(store, prospect.id)
    assert (again.name, again.city, again.phone, again.stage) == ("Optik Schön", "Offenbach", "069 1", "lost")


def test_a_bad_update_changes_nothing(store, dump):
    prospect = prospects.add_prospect(store, name="Stays As It Was", city="Ulm")
    before = dump(store)
    with pytest.raises(ValidationError, match="country"):
        prospects.update_prospect(store, prospect.id, city="Neu-Ulm", country="XY")
    with pytest.raises(ValidationError, match="Name must not be empty"):
        prospects.update_prospect(store, prospect.id, name="")
    with pytest.raises(NotFound) as caught:
        prospects.update_prospect(store, "no-such-id", city="Berlin")
    assert str(caught.value) == "No prospect with id no-such-id."
    assert caught.value.field == "id"
    assert dump(store) == before


def test_delete_is_a_tombstone_that_is_not_listed_and_restore_brings_it_back(store, rows):
    keep = prospects.add_prospect(store, name="Keep GmbH")
    gone = prospects.add_prospect(store, name="Gone GmbH", city="Köln")
    gifts.log_gift(store, gone.id, kind="sample", description="Coffee", date="2025-01-10")

    prospects.delete_prospect(store, gone.id)
    assert _names(prospects.list_prospects(store)) == ["Keep GmbH"]
    assert prospects.count_prospects(store) == 1
    assert prospects.list_prospects(store, ProspectFilter(search="köln")) == []
    assert prospects.search_ids(store, "gone") == []
    assert prospects.list_cities(store) == []
    # Its gifts and follow-ups are not listed either.
    assert gifts.list_gifts(store) == []
    assert followups.list_followups(store) == []
    with pytest.raises(NotFound):
        prospects.get_prospect(store, gone.id)
    with pytest.raises(NotFound):
        prospects.delete_prospect(store, gone.id)
    assert rows(store, "SELECT name, deleted FROM prospects WHERE id = ?", (gone.id,)) == [("Gone GmbH", 1)]

    prospects.restore_prospect(store, gone.id)
    assert _names(prospects.list_prospects(store)) == ["Gone GmbH", "Keep GmbH"]
    assert len(gifts.list_gifts(store)) == 1
    assert keep.id in {p.id for p in prospects.list_prospects(store)}
    with pytest.raises(NotFound):
        prospects.restore_prospect(store, "no-such-id")


def test_list_is_ordered_by_name_and_has_no_default_limit(store):
    names = [f"Firma {n:03d}" for n in range(260)]
    for name in reversed(names):
        prospects.add_prospect(store, name=name)
    listed = prospects.list_prospects(store)
    assert _names(listed) == names
    assert prospects.count_prospects(store) == 260
    page = prospects.list_prospects(store, offset=100, limit=10)
    assert _names(page) == names[100:110]


def test_names_sort_as_people_expect(store):
    for name in ("Zahnarzt Ötzi", "apfel & Co", "Äpfel Bauer", "Brauhaus", "Bäckerei"):
        prospects.add_prospect(store, name=name)
    assert _names(prospects.list_prospects(store)) == [
        "apfel & Co",
        "Äpfel Bauer",
        "Bäckerei",
        "Brauhaus",
        "Zahnarzt Ötzi",
    ]


def test_search_is_case_and_accent_insensitive_over_name_city_postal_code_and_contacts(store):
    muller = prospects.add_prospect(store, name="Bäckerei Müller", city="München", postal_code="80331")
    prospects.add_contact(store, muller.id, name="Jürgen Weiß")
    zuzek = prospects.add_prospect(store, name="Čebelarstvo Žužek", city="Ljubljana", postal_code="1000")
    prospects.add_prospect(store, name="Other AG", city="Hamburg", postal_code="20095")

    def found(text):
        return [p.id for p in prospects.list_prospects(store, ProspectFilter(search=text))]

    assert found("muller") == [muller.id]
    assert found("MÜNCHEN") == [muller.id]
    assert found("8033") == [muller.id]
    assert found("juergen") == []  # folding is not transliteration
    assert found("jurgen weiss") == [muller.id]
    assert found("cebelarstvo") == [zuzek.id]
    assert found("žužek ljub") == [zuzek.id]
    assert found("bäckerei hamburg") == []  # every word must match
    assert found("100%") == []  # LIKE wildcards are taken literally
    assert found("") == sorted([p.id for p in prospects.list_prospects(store)], key=found("").index)
    assert len(found("")) == 3
    assert prospects.count_prospects(store, ProspectFilter(search="muller")) == 1


def test_filters(store):
    a = prospects.add_prospect(
        store, name="A", city="Köln", stage="customer", tags="key account, Rhein", postal_code="50667"
    )
    b = prospects.add_prospect(
        store, name="B", city="köln", stage="prospect", tags="Rhein", postal_code="51105"
    )
    c = prospects.add_prospect(store, name="C", city="Bonn", stage="prospect", postal_code="53111")

    def ids(**kwargs):
        return [p.id for p in prospects.list_prospects(store, ProspectFilter(**kwargs))]

    assert ids(stage="prospect") == [b.id, c.id]
    assert ids(city="KÖLN") == []  # SQLite's case-insensitivity covers ASCII letters only
    assert ids(city="KöLN") == [a.id, b.id]
    assert ids(city="Köln") == [a.id, b.id]
    assert ids(tag="rhein") == [a.id, b.id]
    assert ids(tag="key account") == [a.id]
    assert ids(tag="key") == []
    assert ids(postal_prefix="5") == [a.id, b.id, c.id]
    assert ids(postal_prefix="53") == [c.id]
    assert ids(ids=(a.id, c.id)) == [a.id, c.id]
    assert prospects.list_tags(store) == ["key account", "Rhein"]


@pytest.mark.parametrize("city", ["Überlingen", "Škofja Loka", "Öhringen", "Žalec"])
def test_every_city_offered_filters_to_its_prospects(store, city):
    """Cities starting with a non-ASCII capital (common in DE and SI) must match themselves."""
    wanted = prospects.add_prospect(store, name="In town", city=city)
    prospects.add_prospect(store, name="Elsewhere", city="Berlin")
    assert city in prospects.list_cities(store)
    assert [p.id for p in prospects.list_prospects(store, ProspectFilter(city=city))] == [wanted.id]


@pytest.mark.parametrize("tag", ["Österreich", "Šola", "Ärzte"])
def test_every_tag_offered_filters_to_its_prospects(store, tag):
    wanted = prospects.add_prospect(store, name="Tagged", tags=f"door-to-door, {tag}")
    prospects.add_prospect(store, name="Untagged", tags="door-to-door")
    assert tag in prospects.list_tags(store)
    assert [p.id for p in prospects.list_prospects(store, ProspectFilter(tag=tag))] == [wanted.id]


def test_gifted_without_a_followup_done(store):
    none = prospects.add_prospect(store, name="No gift")
    waiting = prospects.add_prospect(store, name="Waiting")
    followed = prospects.add_prospect(store, name="Followed up")
    prospects.add_prospect(store, name="Gift deleted")
    gifts.log_gift(store, waiting.id, kind="sample", description="Coffee", date="2025-01-10")
    result = gifts.log_gift(store, followed.id, kind="content", description="E-book", date="2025-01-10")
    followups.complete_followup(store, result.followup.id, result="They liked it")
    deleted_gift = gifts.log_gift(
        store, prospects.search_ids(store, "gift deleted")[0][0], kind="other", description="Pen"
    )
    gifts.delete_gift(store, deleted_gift.gift.id)

    listed = prospects.list_prospects(store, ProspectFilter(gifted_no_followup=True))
    assert [p.id for p in listed] == [waiting.id]
    assert none.id not in {p.id for p in listed}


def test_contacts_add_update_and_list(store):
    prospect = prospects.add_prospect(store, name="Kanzlei Weber")
    eva = prospects.add_contact(
        store, prospect.id, name="Eva Weber", role="Partner", email="eva@weber.example"
    )
    boss = prospects.add_contact(store, prospect.id, name="Anna Zorn", is_decision_maker=True)
    assert [c.id for c in prospects.list_contacts(store, prospect.id)] == [boss.id, eva.id]
    prospects.update_contact(store, eva.id, phone="+49 911 1", role=None)
    again = {c.id: c for c in prospects.list_contacts(store, prospect.id)}[eva.id]
    assert (again.phone, again.role) == ("+49 911 1", "Partner")
    with pytest.raises(ValidationError) as caught:
        prospects.add_contact(store, prospect.id, name="")
    assert caught.value.field == "contact name"
    with pytest.raises(ValidationError) as caught:
        prospects.update_contact(store, eva.id, email="eva at weber")
    assert caught.value.field == "e-mail"
    with pytest.raises(NotFound, match="No prospect with id nope"):
        prospects.add_contact(store, "nope", name="Ghost")


def test_deleting_a_contact_erases_the_person(store, rows):
    prospect = prospects.add_prospect(store, name="Praxis Krüger")
    person = prospects.add_contact(
        store,
        prospect.id,
        name="Sophie Krüger",
        role="Therapist",
        phone="+49 30 555",
        email="sophie@krueger.example",
        is_decision_maker=True,
        notes="Likes dark chocolate; birthday in May.",
    )
    other = prospects.add_contact(store, prospect.id, name="Paul Other")
    gift = gifts.log_gift(
        store, prospect.id, kind="personal", description="Chocolates", cost="12", contact_id=person.id
    ).gift

    erased = prospects.delete_contact(store, person.id)
    assert erased["name"] == "Sophie Krüger" and erased["notes"].startswith("Likes dark")

    [row] = rows(
        store,
        "SELECT name, role, phone, email, notes, is_decision_maker, deleted FROM contacts WHERE id = ?",
        (person.id,),
    )
    assert row == ("", "", "", "", "", 0, 1)
    # Nothing else in the store names her.
    for table, column in (("prospects", "search_text"), ("prospects", "notes"), ("gifts", "description")):
        values = [r[0] for r in rows(store, f"SELECT {column} FROM {table}")]
        assert not any("sophie" in v.lower() for v in values), (table, column)
    assert rows(store, "SELECT contact_id FROM gifts WHERE id = ?", (gift.id,)) == [(None,)]

    assert [c.id for c in prospects.list_contacts(store, prospect.id)] == [other.id]
    assert [p.id for p in prospects.list_prospects(store, ProspectFilter(search="sophie"))] == []
    with pytest.raises(NotFound):
        prospects.export_person(store, person.id)
    with pytest.raises(NotFound):
        prospects.delete_contact(store, person.id)

    # The window's undo (values still in memory) brings her back.
    prospects.restore_contact(store, person.id, erased)
    back = {c.id: c for c in prospects.list_contacts(store, prospect.id)}[person.id]
    assert (back.name, back.email, back.is_decision_maker) == (
        "Sophie Krüger",
        "sophie@krueger.example",
        True,
    )


def test_export_person_returns_everything_about_one_person(store):
    prospect = prospects.add_prospect(store, name="Weingut Hofmann", city="Würzburg")
    lukas = prospects.add_contact(
        store,
        prospect.id,
        name="Lukas Hofmann",
        role="Winemaker",
        phone="+49 931 1",
        email="lukas@hofmann.example",
        is_decision_maker=True,
        notes="Prefers calls in the morning.",
    )
    colleague = prospects.add_contact(store, prospect.id, name="Mia Colleague")
    gifts.log_gift(
        store,
        prospect.id,
        kind="event",
        description="Invitation",
        date="2025-03-01",
        cost="25",
        contact_id=lukas.id,
    )
    second = gifts.log_gift(
        store, prospect.id, kind="content", description="E-book", date="2025-01-15", contact_id=lukas.id
    ).gift
    gifts.set_reaction(store, second.id, "liked", "Read it twice")
    gifts.log_gift(store, prospect.id, kind="sample", description="Not for him", contact_id=colleague.id)
    gifts.log_gift(store, prospect.id, kind="sample", description="For the company")

    exported = prospects.export_person(store, lukas.id)
    contact = exported["contact"]
    assert contact["id"] == lukas.id
    assert (contact["name"], contact["role"], contact["phone"], contact["email"], contact["notes"]) == (
        "Lukas Hofmann",
        "Winemaker",
        "+49 931 1",
        "lukas@hofmann.example",
        "Prefers calls in the morning.",
    )
    assert contact["is_decision_maker"] is True
    assert dt.datetime.fromisoformat(contact["created_at"])
    assert exported["organisation"] == {"id": prospect.id, "name": "Weingut Hofmann"}
    assert exported["gifts_received"] == [
        {
            "date": "2025-01-15",
            "kind": "content",
            "description": "E-book",
            "cost": 0.0,
            "reaction": "liked",
            "reaction_note": "Read it twice",
        },
        {
            "date": "2025-03-01",
            "kind": "event",
            "description": "Invitation",
            "cost": 25.0,
            "reaction": None,
            "reaction_note": "",
        },
    ]
    import json

    json.dumps(exported)  # plain JSON-able data


def test_timeline_lists_everything_newest_first(store):
    prospect = prospects.add_prospect(store, name="Timeline GmbH")
    gifts.log_gift(store, prospect.id, kind="sample", description="Coffee", date="2025-01-10")
    followups.add_outcome(
        store, prospect.id, kind="order", date="2025-02-01", value="150", note="First order"
    )
    entries = prospects.timeline(store, prospect.id)
    assert [(e.date.isoformat(), e.kind, e.title) for e in entries] == [
        ("2025-02-01", "outcome", "order"),
        ("2025-01-17", "followup", "ask_feedback"),
        ("2025-01-10", "gift", "sample"),
    ]
    # Data, not text: the window shows the amount with the currency setting, the reaction translated.
    assert (entries[0].detail, entries[0].value_cents, entries[0].reaction) == ("First order", 15000, None)
    assert (entries[2].detail, entries[2].value_cents) == ("Coffee", None)


@pytest.mark.parametrize("sort", ["name", "city", "stage"])
@pytest.mark.parametrize("descending", [False, True])
def test_position_of_matches_the_listed_order_with_ties(store, sort, descending):
    from reciprocity_desktop.services.prospects import ProspectFilter, list_prospects, position_of

    for i in range(30):  # repeated names and cities: ties are broken by the folded name, then the id
        prospects.add_prospect(store, name=f"Müller {i % 4}", city=["Köln", "Bonn", "Aachen"][i % 3],
                               stage=["prospect", "customer"][i % 2])  # fmt: skip
    for flt in (ProspectFilter(), ProspectFilter(city="Bonn"), ProspectFilter(search="muller 2")):
        listed = [p.id for p in list_prospects(store, flt, sort=sort, descending=descending)]
        assert [position_of(store, pid, flt, sort=sort, descending=descending) for pid in listed] == list(
            range(len(listed))
        )
    hidden = list_prospects(store, ProspectFilter(city="Köln"))[0]
    assert position_of(store, hidden.id, ProspectFilter(city="Bonn")) is None


def test_a_limited_timeline_is_the_newest_part_of_the_whole_and_counted_in_sql(store):
    prospect = prospects.add_prospect(store, name="Years GmbH")
    other = prospects.add_prospect(store, name="Other GmbH")
    for day in range(1, 13):  # a gift and its feedback follow-up a month, two on the same day in March
        gifts.log_gift(
            store, prospect.id, kind="sample", description=f"Coffee {day}", date=f"2025-{day:02d}-05"
        )
    gifts.log_gift(store, prospect.id, kind="content", description="Guide", date="2025-03-05")
    followups.add_outcome(store, prospect.id, kind="order", date="2025-03-05", note="Order")
    gifts.log_gift(store, other.id, kind="sample", description="Not mine", date="2025-12-30")
    whole = prospects.timeline(store, prospect.id)
    assert len(whole) == prospects.timeline_count(store, prospect.id) == 27
    for limit in (1, 5, 20, 26, 27, 40):
        assert prospects.timeline(store, prospect.id, limit=limit) == whole[:limit]
    assert prospects.timeline_count(store, other.id) == 2


def test_the_city_and_tag_choices_are_those_of_live_prospects_once_each(store):
    for name, city, tags in (("A", "Köln", "vip, door-to-door"), ("B", "Köln", "vip"), ("C", "Bonn", "VIP"),
                             ("D", "Aachen", "gone"), ("E", "", "")):  # fmt: skip
        prospect = prospects.add_prospect(store, name=name, city=city, tags=tags)
    prospects.delete_prospect(store, prospects.search_ids(store, "D")[0][0])
    assert prospect.city == ""
    assert prospects.list_cities(store) == ["Bonn", "Köln"]
    assert prospects.list_tags(store) == ["door-to-door", "vip"]


def test_the_detail_read_is_one_session_of_the_prospect_contacts_currency_and_first_entries(
    store, monkeypatch
):
    p = prospects.add_prospect(store, name="Detail GmbH")
    prospects.add_contact(store, p.id, name="Zora Assistant")
    prospects.add_contact(store, p.id, name="Anna Boss", is_decision_maker=True)
    gone = prospects.add_contact(store, p.id, name="Gone Person")
    prospects.delete_contact(store, gone.id)
    for month in range(1, 7):  # six gifts and their six feedback follow-ups
        gifts.log_gift(
            store, p.id, kind="sample", description=f"Coffee {month}", date=dt.date(2025, month, 3)
        )
    settings.set_(store, "currency", "CHF")
    sessions = []
    read, write = store.read, store.session
    monkeypatch.setattr(store, "read", lambda: sessions.append("read") or read())
    monkeypatch.setattr(store, "session", lambda: sessions.append("write") or write())

    detail = prospects.read_detail(store, p.id, 5)
    assert sessions == ["read"]
    assert detail.prospect.name == "Detail GmbH" and detail.currency == "CHF"
    assert [c.name for c in detail.contacts] == ["Anna Boss", "Zora Assistant"]  # decision makers first, live
    assert detail.timeline_count == 12
    assert detail.timeline == prospects.timeline(store, p.id)[:5]
    assert prospects.read_timeline_page(store, p.id, 10, 5) == prospects.timeline(store, p.id)[10:]

    empty = prospects.add_prospect(store, name="New GmbH")
    assert (
        prospects.read_detail(store, empty.id, 5).timeline,
        prospects.read_detail(store, empty.id, 5).timeline_count,
    ) == ([], 0)
    prospects.delete_prospect(store, empty.id)
    with pytest.raises(NotFound):
        prospects.read_detail(store, empty.id, 5)
