"""The relevance component with a stand-in model: the score on the document and on events, the early stop, the doubt."""

from __future__ import annotations

from dataclasses import dataclass

from eventcoder.extract import EventExtractor
from eventcoder.extract.components import RelevanceComponent
from eventcoder.ingest import document_from_text
from eventcoder.pipeline import Pipeline, Stage, _dates_stage, _geocode_stage


@dataclass
class FixedScore:
    """A model that gives every text the same score."""

    value: float
    threshold: float = 0.7

    def score(self, text: str) -> float:
        return self.value


def _pipeline(score: float) -> Pipeline:
    relevance = RelevanceComponent(FixedScore(score))
    engine = EventExtractor.default().with_relevance(relevance.threshold)
    return Pipeline([relevance, _dates_stage(), _geocode_stage(), *engine.components])


TEXT = "Gunmen killed five farmers near Makurdi on Sunday, police said."


def test_relevance_clearly_off_topic_stops_before_the_expensive_stages() -> None:
    ran: list[str] = []
    spy = Stage("spy", lambda d: ran.append(d.id) or d, reads=("text",))  # type: ignore[func-returns-value]
    relevance = RelevanceComponent(FixedScore(0.1))
    doc = Pipeline([relevance, spy])(document_from_text(TEXT, published="2024-05-10"))
    assert doc.relevance == 0.1 and doc.rejected and "relevance 0.10" in doc.rejected
    assert ran == [] and doc.events == []


def test_relevance_score_is_on_every_event_confidence() -> None:
    sure = _pipeline(1.0)(document_from_text(TEXT, published="2024-05-10"))
    doubt = _pipeline(0.6)(document_from_text(TEXT, published="2024-05-10"))
    assert sure.events and doubt.events  # gunmen are an armed actor: the doubt does not remove the event
    assert doubt.events[0].confidence < sure.events[0].confidence


def test_relevance_doubt_needs_an_armed_actor_or_a_weapon() -> None:
    text = "Thousands of teachers marched through Nairobi on Tuesday to demand unpaid wages."
    assert _pipeline(0.9)(document_from_text(text, published="2024-05-10")).events
    doubted = _pipeline(0.5)(document_from_text(text, published="2024-05-10"))
    assert doubted.events == [] and doubted.relevance == 0.5


def test_relevance_doubt_codes_no_strategic_development_of_policy_talk() -> None:
    """In a document the model doubts, an arrest told with no time is context; a dated one and violence code."""
    policy = "Police arrested two men on suspicion of incitement, a spokesman said."
    doubted = _pipeline(0.5)(document_from_text(policy, published="2024-05-10"))
    assert doubted.events == []
    trusted = _pipeline(0.9)(document_from_text(policy, published="2024-05-10"))
    assert [e.sub_event_type for e in trusted.events] == ["Arrests"]
    assert _pipeline(0.5)(document_from_text(TEXT, published="2024-05-10")).events
    dated = policy.replace("two men", "two men on Tuesday")
    assert _pipeline(0.5)(document_from_text(dated, published="2024-05-10")).events


def test_relevance_doubt_keeps_the_arrest_of_a_political_figure() -> None:
    """The arrest of an opposition leader or a journalist is what ACLED codes as Arrests, even undated."""
    for text in ("Police arrested the opposition party's leader on suspicion of incitement, a spokesman said.",
                 "Security agents detained a journalist at his home in the capital."):
        doubted = _pipeline(0.5)(document_from_text(text, published="2024-05-10"))
        assert [e.sub_event_type for e in doubted.events] == ["Arrests"], text


def test_a_power_to_detain_or_an_arrest_not_made_is_no_arrest() -> None:
    """Irrealis (cues.toml): the power to act is not the act; 'no arrests have been made' reports none."""
    for text in ("Wardens would gain the power to detain shoplifters at the till under the bill, the union said.",
                 "Detectives said no arrests had yet been made in the inquiry into the leak."):
        doc = _pipeline(0.9)(document_from_text(text, published="2024-05-10"))
        assert not [e for e in doc.events if e.sub_event_type == "Arrests"], text


def test_a_possibility_of_a_strike_is_no_protest() -> None:
    """Irrealis (cues.toml): 'a walkout remains a possibility' tells of no strike that happened."""
    text = "The nurses' walkout remains a possibility unless pay talks succeed, their leader said."
    doc = _pipeline(0.9)(document_from_text(text, published="2024-05-10"))
    assert doc.events == []
