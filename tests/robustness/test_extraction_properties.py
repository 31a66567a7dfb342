"""Property tests: any title and abstract, however odd, extract without a crash, and every
fact points at the exact text it was read from."""
from functools import lru_cache

from hypothesis import given
from hypothesis import strategies as st

from kg.extract.facts import extract_facts
from kg.extract.pipeline import build_nlp
from kg.types import Paper

# Fragments that steer random text towards what the rules look at: names, numbers, units,
# LaTeX, markup, acronym definitions, comparisons.
FRAGMENTS = st.sampled_from([
    "We propose ", "FID", " of ", "1.73", " on ImageNet 256x256", "CIFAR-10", " (FID)", "20x faster",
    " outperforms ", "DiT", "Frechet inception distance", "$\\mathcal{O}(n^2)$", "95.1\\%", "%",
    "<script>", "&amp;", " from 18.65 to ", "51 out of 57 games", "15.7M parameters", "e.g.", " et al.",
    ". ", "\n", "(", ")", "-", "—", "🙂", "\u200f", "ß", "İ", "\u0301", "  ", "VASA-1", ": ",
])
TEXT = st.lists(st.one_of(FRAGMENTS, st.text(max_size=12)), max_size=40).map("".join)


@lru_cache(maxsize=1)
def nlp():
    return build_nlp()


def _field(paper: Paper, name: str) -> str:
    return paper.title if name == "title" else paper.abstract


@given(title=st.one_of(st.none(), TEXT), abstract=TEXT.filter(lambda t: t.strip()))
def test_extraction_of_any_text_is_exact_about_offsets(title, abstract):
    paper = Paper("p", title, abstract)
    (facts,) = list(extract_facts([paper], nlp()))
    assert facts.paper == paper
    for kind in ("methods", "datasets", "metrics", "tasks"):
        for entity in getattr(facts, kind):
            assert entity.name and entity.key
            for m in entity.mentions:
                assert _field(paper, m.field)[m.start:m.end] == m.text
                assert m.text in m.sentence
    for r in facts.results:
        text = _field(paper, r.field)
        assert 0 <= r.start < r.end <= len(text)
        assert r.value == r.value  # not NaN
    for c in facts.comparisons:
        assert 0 <= c.start < c.end <= len(_field(paper, c.field))


@given(abstracts=st.lists(TEXT.filter(lambda t: t.strip()), min_size=1, max_size=8))
def test_extraction_gives_one_facts_record_per_paper_in_order(abstracts):
    papers = [Paper(f"p{i}", None, a) for i, a in enumerate(abstracts)]
    out = list(extract_facts(papers, nlp(), batch_size=3))
    assert [f.paper.id for f in out] == [p.id for p in papers]
