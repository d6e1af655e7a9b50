"""where a prospect's coordinates come from; coordinates from the postal code for the prospects without

Revision ID: 0007_coordinates_source
Revises: 0006

``prospects.coordinates_source``: ``entered`` (typed in, imported), ``postal_code`` (the centroid of
the postal code, from the shipped table ``resources/geo/postal_centroids.sqlite``) or NULL (none).
Coordinates already in the store were entered. A prospect without any gets its postal code's
centroid, as a new one would: the distinct (country, postal code) pairs are looked up once each,
then one UPDATE ... FROM writes them. On the office-sized store (100,000 prospects)
the revision takes 1.5 s, most of it writing ``entered`` into the 70,000 rows that had coordinates.

The lookup is the program's own (:mod:`reciprocity_desktop.postal_codes`), not a frozen copy: it
must agree with the shipped table, whatever version of it the program ships. Change stamps are not
touched: every store derives the same coordinates from the same postal code, like ``sort_name``.
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

from reciprocity_desktop import postal_codes

revision: str = "0007_coordinates_source"
down_revision: str | None = "0006"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    # A plain ADD COLUMN (no table copy); the CHECK is the one the model declares.
    op.execute(
        "ALTER TABLE prospects ADD COLUMN coordinates_source VARCHAR(16) "
        "CONSTRAINT ck_prospects_coordinates_source_valid "
        "CHECK (coordinates_source IS NULL OR coordinates_source IN ('entered', 'postal_code'))"
    )
    connection = op.get_bind()
    connection.execute(
        sa.text(
            "UPDATE prospects SET coordinates_source = 'entered' "
            "WHERE latitude IS NOT NULL AND longitude IS NOT NULL"
        )
    )
    countries = ", ".join(f"'{country}'" for country in sorted(postal_codes.COUNTRIES))
    pairs = connection.execute(
        sa.text(
            "SELECT DISTINCT country, postal_code FROM prospects "
            f"WHERE latitude IS NULL AND longitude IS NULL AND postal_code != '' AND country IN ({countries})"
        )
    ).fetchall()
    found = []
    for country, postal_code in pairs:
        place = postal_codes.lookup(country, postal_code)
        if place is not None:
            found.append({"country": country, "postal_code": postal_code, "lat": place[0], "lon": place[1]})
    if not found:
        return
    connection.execute(
        sa.text(
            "CREATE TEMP TABLE postal_centroids_0007 (country TEXT, postal_code TEXT, lat REAL, lon REAL, "
            "PRIMARY KEY (country, postal_code))"
        )
    )
    connection.execute(
        sa.text("INSERT INTO postal_centroids_0007 VALUES (:country, :postal_code, :lat, :lon)"), found
    )
    connection.execute(
        sa.text(
            "UPDATE prospects SET latitude = c.lat, longitude = c.lon, coordinates_source = 'postal_code' "
            "FROM postal_centroids_0007 AS c "
            "WHERE c.country = prospects.country AND c.postal_code = prospects.postal_code "
            "AND prospects.latitude IS NULL AND prospects.longitude IS NULL"
        )
    )
    connection.execute(sa.text("DROP TABLE postal_centroids_0007"))


def downgrade() -> None:
    # The coordinates stay; only where they came from is forgotten.
    with op.batch_alter_table("prospects", schema=None) as batch_op:
        batch_op.drop_constraint("ck_prospects_coordinates_source_valid", type_="check")
        batch_op.drop_column("coordinates_source")
