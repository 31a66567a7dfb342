"""The extraction runner: input order, bounded chunks, and isolation of a paper that fails."""
import json
from dataclasses import replace
from pathlib import Path

from spacy.language import Language

from kg.extract.pipeline import build_nlp
from kg.ingest import iter_papers
from kg.report import Report
from kg.runner import Failure, _extract_chunk_with, extract_stream, without_failures

SAMPLE = Path(__file__).resolve().parents[1] / "examples" / "arxiv-cs-2019-sample.jsonl.gz"


@Language.component("test_raise_on_poison")
def _raise_on_poison(doc):
    # Fault injection: a component bug that shows only on one text.
    if "POISON" in doc.text:
        raise IndexError("list index out of range")
    return doc


def test_runner_isolates_the_paper_that_raises():
    papers = list(iter_papers([SAMPLE]))[:10]
    poisoned = papers[4] = replace(papers[4], abstract=papers[4].abstract + " POISON")
    nlp = build_nlp()
    nlp.add_pipe("test_raise_on_poison", first=True)
    out = _extract_chunk_with(nlp, papers, batch_size=4, as_json=False)
    ids = [o.paper_id if isinstance(o, Failure) else o.paper.id for o in out]
    assert ids == [p.id for p in papers]
    failure = out[4]
    assert isinstance(failure, Failure) and failure.message == "IndexError: list index out of range"
    report = Report()
    kept = list(without_failures(out, report))
    assert len(kept) == 9
    assert report.skipped == {"extraction failed": 1}
    assert report.problems == [f"{SAMPLE}:{poisoned.line}: extraction failed: paper {poisoned.id}: "
                               "IndexError: list index out of range"]


def test_runner_keeps_input_order_with_two_workers():
    papers = list(iter_papers([SAMPLE]))
    one = [f.paper.id for f in extract_stream(papers, workers=1, batch_size=16)]
    two = [f.paper.id for f in extract_stream(papers, workers=2, batch_size=16)]
    assert one == two == [p.id for p in papers]


def test_runner_json_lines_equal_facts_to_json():
    papers = list(iter_papers([SAMPLE]))[:20]
    lines = list(extract_stream(papers, as_json=True))
    facts = list(extract_stream(papers))
    assert [json.loads(l) for l in lines] == [json.loads(json.dumps(f.to_json())) for f in facts]
