"""The bulk lookup of postal-code centroids (a CSV import's chunk) gives what one lookup per pair gives."""

from __future__ import annotations

from reciprocity_desktop import postal_codes
from reciprocity_desktop.services import geo


def test_a_chunk_of_pairs_gives_what_one_lookup_each_gives(monkeypatch):
    monkeypatch.setattr(postal_codes, "_MANY", 7)  # several queries per country
    pairs = [
        ("DE", "80331"), ("de", " D-80331 "), ("DE", "1067"), ("DE", "99999"), ("AT", "1010"), ("AT", "A-1010"),
        ("NL", "1012 AB"), ("LU", "L-1611"), ("FR", "75008 CEDEX 08"), ("US", "10001"), ("", "80331"),
        (None, None), ("DE", ""), ("SI", "1000"), ("CH", "8001"), ("IT", "00184"), ("HR", "10000"),
        *(("DE", f"{code:05d}") for code in range(10000, 10400, 3)),
    ]  # fmt: skip
    expected = {pair: place for pair in pairs if (place := postal_codes.lookup(*pair)) is not None}
    assert len(expected) > 20  # known ones and unknown ones both
    assert geo.coordinates_for_many(pairs) == expected
    assert geo.coordinates_for_many(iter(pairs)) == expected  # any iterable, read once
    assert geo.coordinates_for_many([]) == {}
