"""Consolidating member reviews: distributions, medians, disagreement and provenance."""

from __future__ import annotations

from forms.merge import Contribution, consolidate, median_rating, rating_scale
from forms.sample_contributions import member_files


def member(name, answers, review_id=None):
    return Contribution(review_id or name, name, 1, answers)


def test_scale_and_median(form):
    scale = rating_scale(form)
    assert scale == ["regression", "none", "limited", "moderate", "substantial"]
    assert median_rating(["limited", "substantial", "none"], scale) == "limited"
    assert median_rating(["none", "moderate"], scale) == "none", "lower middle when even"
    assert median_rating(["not_assessed"], scale) is None


def test_ratings_are_distributed_not_averaged(form):
    members = [
        member("A", {"obj05.rating": "regression", "obj05.assessment": "Worse for us."}),
        member("B", {"obj05.rating": "substantial", "obj05.assessment": "Much better."}),
        member("C", {"obj05.rating": "moderate"}),
        member("D", {"obj05.rating": "not_assessed"}),
        member("E", {"obj06.rating": "limited"}),
    ]
    view = consolidate(form, members).objectives["obj05"]
    assert view.counts["regression"] == 1 and view.counts["substantial"] == 1
    assert view.counts["not_assessed"] == 1 and view.rated == 4
    assert view.median == "moderate"
    assert view.spread == 4 and view.disagreement
    assert [(v.organisation, v.rating, v.assessment) for v in view.voices] == [
        ("A", "regression", "Worse for us."),
        ("B", "substantial", "Much better."),
        ("C", "moderate", ""),
        ("D", "not_assessed", ""),
    ]
    agree = consolidate(form, members[2:]).objectives["obj05"]
    assert not agree.disagreement


def test_confidential_answers_of_members_stay_out(form):
    answers = {
        "obj13.rating": "regression",
        "obj13.assessment": "Testimony of a detained woman",
        "obj13.confidential": True,
        "profile.contact_email": "a@example.org",
        "endorsements.entries": [{"organisation": "A", "contact": "+221 77 000 00 00"}],
    }
    hidden = consolidate(form, [member("A", answers)])
    assert hidden.objectives["obj13"].voices == ()
    assert hidden.rows["endorsements.entries"] == [{"organisation": "A", "_organisation": "A"}]
    shown = consolidate(form, [member("A", answers)], include_confidential=True)
    assert shown.objectives["obj13"].voices[0].assessment == "Testimony of a detained woman"


def test_participation_is_summed_with_a_breakdown_per_organisation(form):
    def consultation(women, men):
        return {"methodology.consultations": [
            {"place": "x", "format": "workshop", "participants": women + men,
             "gender": {"women": women, "men": men}},
        ]}  # fmt: skip

    merged = consolidate(form, [member("A", consultation(5, 3)), member("B", consultation(2, 7))])
    assert merged.participation["gender"]["women"] == 7
    assert merged.participation["gender"]["men"] == 10
    assert merged.participation_by_organisation["gender"]["B"]["men"] == 7
    rows = merged.rows["methodology.consultations"]
    assert [r["_organisation"] for r in rows] == ["A", "B"]


def test_practice_set_has_a_duplicate_an_older_revision_and_disagreement(form):
    files = member_files(form, 10)
    assert len(files) == 10
    assert files[-2].review_id == files[1].review_id and files[-2].answers == files[1].answers
    assert files[-1].review_id == files[0].review_id and files[-1].revision < files[0].revision
    assert member_files(form, 10) == files, "the same set every time"
    contributions = [Contribution(f.review_id, f.answers["profile.organisation"], f.revision,
                                  f.answers) for f in files[:-2]]  # fmt: skip
    merged = consolidate(form, contributions)
    assert sum(view.disagreement for view in merged.objectives.values()) >= 3
    assert len(set(merged.contributors)) == 8


def test_the_objectives_tables_are_gathered_each_row_crediting_its_member(form):
    """Recommendations to the State, follow-up statuses and consented testimonies, per member;
    sources stay each member's (its texts cite them by number); confidential objectives out."""
    a = {
        "obj13.state_recommendations": [
            {"recommendation": "End child detention.", "addressee_kind": "ministry"}
        ],
        "obj13.follow_up": [{"recommendation": "Close Kessara.", "status": "not_implemented"}],
        "obj13.testimonies": [
            {"title": "Told with consent", "consent": True},
            {"title": "Told without consent"},
        ],
        "obj13.sources": [{"citation": "A's own report"}],
    }
    b = {
        "obj13.follow_up": [{"recommendation": "Close Kessara.", "status": "partly"}],
        "obj08.follow_up": [{"recommendation": "Search at sea.", "status": "implemented"}],
        "obj08.confidential": True,
    }
    rows = consolidate(form, [member("A", a), member("B", b)]).rows
    assert [(r["_organisation"], r["status"]) for r in rows["obj13.follow_up"]] == [
        ("A", "not_implemented"),
        ("B", "partly"),
    ]
    assert [r["_organisation"] for r in rows["obj13.state_recommendations"]] == ["A"]
    assert [r["title"] for r in rows["obj13.testimonies"]] == ["Told with consent"]
    assert "obj13.sources" not in rows
    assert "obj08.follow_up" not in rows, "a member's confidential objective"


def test_every_field_of_a_member_reaches_the_consolidation(form):
    """Each question a member answered is in the merge: as a voice (an objective's rating and
    assessment), a credited row (every table but the sources), a credited text (the long texts
    asked once) or an answer every member gave alike."""
    from forms.roles import Role
    from tests.support import every_field_answers

    answers = every_field_answers(form)
    answers.update({key: False for key in answers if key.endswith(".confidential")})
    merged = consolidate(form, [member("A", answers), member("B", answers)])
    missing = []
    for ref in form.refs():
        key, fld = ref.key, ref.field
        if fld.type == "table":
            reached = fld.role is Role.SOURCES or len(merged.rows.get(key, [])) == 2 * len(
                answers[key]
            )
        elif ref.item is not None and fld.role in (Role.RATING, Role.ASSESSMENT):
            voices = merged.objectives[ref.owner].voices if ref.owner in merged.objectives else ()
            reached = len(voices) == 2
        elif ref.item is None and fld.type == "longtext":
            reached = [said for _name, said in merged.texts.get(key, [])] == [answers[key]] * 2
        elif ref.item is None:
            reached = merged.shared.get(key) == answers[key] or fld.personal or fld.confidential
        else:
            continue  # an objective's other answers: each member's own report holds them
        if not reached:
            missing.append(key)
    assert not missing
