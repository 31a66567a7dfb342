"""paper_id_for: sha1 of the whitespace-collapsed abstract, 10 hex digits; own ids win."""
from __future__ import annotations

import hashlib
import json

from kg.ingest import iter_papers, paper_id_for

from tests.ingest.conftest import SEEDS

# Ids of the shared dev set (../shared/eval/dev_input.jsonl), made from the seeds as
# sha1(abstract)[:10]; the seeds read by kg must give the same ids for the same titles.
DEV_IDS = {
    "db570efc97": "Tight Regret Bounds for Single-pass Streaming Multi-armed Bandits",
    "b592d224e9": "A Markov Categorical Framework for Language Modeling",
    "15940b3ae1": "InterControl: Zero-shot Human Interaction Generation by Controlling Every Joint",
    "1dde02d427": "PFGM++: Unlocking the Potential of Physics-Inspired Generative Models",
}


def test_paper_id_for_is_sha1_of_the_collapsed_abstract():
    abstract = "We present  rectified flow,\n a surprisingly simple approach. "
    expected = hashlib.sha1(b"We present rectified flow, a surprisingly simple approach.").hexdigest()[:10]
    assert paper_id_for(abstract) == expected
    assert paper_id_for(" ".join(abstract.split())) == expected


def test_paper_id_for_seed_papers_matches_the_dev_set_ids():
    titles = {p.id: p.title for p in iter_papers([SEEDS])}
    assert {i: titles.get(i) for i in DEV_IDS} == DEV_IDS


def test_paper_id_for_survives_lone_surrogates():
    assert len(paper_id_for("broken \ud800 text")) == 10


def test_record_own_id_wins_over_the_hash(tmp_path):
    path = tmp_path / "ids.jsonl"
    path.write_text(json.dumps({"id": 1901.00114, "abstract": "Text."}) + "\n"
                    + json.dumps({"id": "", "abstract": "Text."}) + "\n")
    first, second = iter_papers([path])
    assert first.id == "1901.00114"
    assert second.id == paper_id_for("Text.")
