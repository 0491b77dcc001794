"""The roles a field can play, declared with ``role:`` in the form definition.

A few answers have a place of their own beyond their question: the country
and organisation name a review, its language chooses the report's, the
period and date go on the report's cover, the rating and the assessment of
each objective are what charts, dashboards and coalitions compare. Code finds
those fields by their role (``form.role_key(Role.COUNTRY)``), never by their
key, so a definition may name and place them as it likes.
"""

from __future__ import annotations

from enum import StrEnum


class Role(StrEnum):
    """What a field stands for, beyond its own question."""

    COUNTRY = "country"
    ORGANISATION = "organisation"
    ORGANISATION_KIND = "organisation_kind"
    LANGUAGE = "language"
    PERIOD_START = "period_start"
    PERIOD_END = "period_end"
    REVIEW_DATE = "review_date"
    RATING = "rating"
    #: An objective's rating at the review before this one: with the rating, the trend.
    PREVIOUS_RATING = "previous_rating"
    ASSESSMENT = "assessment"
    #: The table of organisations that endorse the review (a coalition's gathers its members').
    ENDORSEMENTS = "endorsements"
    #: The report's own title and subtitle, printed on its cover instead of the form's.
    REPORT_TITLE = "report_title"
    REPORT_SUBTITLE = "report_subtitle"
    #: The numbered sources of an objective, which its texts cite as [1], [2]…
    SOURCES = "sources"
    #: The publishing organisation's logo, on the report's cover.
    LOGO = "logo"


#: Roles of a field asked once per item of the objectives; the others are asked once.
ITEM_ROLES = frozenset({Role.RATING, Role.PREVIOUS_RATING, Role.ASSESSMENT, Role.SOURCES})
#: The field types each role may have.
ROLE_TYPES: dict[Role, frozenset[str]] = {
    Role.COUNTRY: frozenset({"text"}),
    Role.ORGANISATION: frozenset({"text"}),
    Role.ORGANISATION_KIND: frozenset({"choice"}),
    Role.LANGUAGE: frozenset({"choice"}),
    Role.PERIOD_START: frozenset({"date"}),
    Role.PERIOD_END: frozenset({"date"}),
    Role.REVIEW_DATE: frozenset({"date"}),
    Role.RATING: frozenset({"choice"}),
    Role.PREVIOUS_RATING: frozenset({"choice"}),
    Role.ASSESSMENT: frozenset({"longtext"}),
    Role.ENDORSEMENTS: frozenset({"table"}),
    Role.SOURCES: frozenset({"table"}),
    Role.REPORT_TITLE: frozenset({"text"}),
    Role.REPORT_SUBTITLE: frozenset({"text"}),
    Role.LOGO: frozenset({"image"}),
}
#: Roles every definition must give a field: what names a review and what is compared.
REQUIRED_ROLES = frozenset(
    {Role.COUNTRY, Role.ORGANISATION, Role.LANGUAGE, Role.RATING, Role.ASSESSMENT}
)
