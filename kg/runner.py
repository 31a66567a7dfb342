"""Run extraction over a stream of papers in one process or several, in bounded memory.

Papers are cut into chunks; at most `2 * workers` chunks are in flight at once, so a large
input is never read ahead into memory, and results come back in input order. A paper whose
extraction raises is isolated and comes back as a `Failure` (counted and reported by the
caller), so one pathological abstract cannot end a run over thousands.
"""
from __future__ import annotations

import itertools
import json
import multiprocessing
import os
from collections import deque
from typing import Iterable, Iterator, NamedTuple, Sequence

from kg.types import Paper, PaperFacts

CHUNK_SIZE = 64
EXTRACTION_FAILED = "extraction failed"

_worker_nlp = None  # the pipeline of a worker process, built once by _init_worker


class Failure(NamedTuple):
    """A paper the pipeline raised on: where it came from and what the error said."""

    paper_id: str
    source: str
    line: int
    message: str


def extract_stream(
    papers: Iterable[Paper],
    *,
    lexicons: Sequence[str] = (),
    workers: int = 1,
    batch_size: int = CHUNK_SIZE,
    as_json: bool = False,
) -> Iterator[PaperFacts | str | Failure]:
    """PaperFacts for each paper, in input order (or, with `as_json`, their JSON lines).

    Args:
        papers: any iterable of Paper; consumed lazily.
        lexicons: extra lexicon files for `build_nlp`.
        workers: processes to use; 1 runs in this process, 0 means one per CPU.
        batch_size: papers per nlp.pipe batch and per chunk sent to a worker.
        as_json: yield each PaperFacts as one line of JSON (no newline). Workers then
            serialise in parallel and only strings travel back to this process.

    Yields:
        PaperFacts (or str with `as_json`) per paper, or a Failure where extraction raised.
    """
    from kg.extract.pipeline import build_nlp

    workers = workers or os.cpu_count() or 1
    chunks = _chunked(papers, batch_size)
    if workers == 1:
        nlp = build_nlp(lexicons)
        for chunk in chunks:
            yield from _extract_chunk_with(nlp, chunk, batch_size, as_json)
        return
    global _worker_nlp
    if os.name == "posix":
        # Build the pipeline once, here: forked workers inherit it (copy-on-write) instead of
        # each spending half a second building their own.
        context = multiprocessing.get_context("fork")
        _worker_nlp = build_nlp(lexicons)
        init, initargs = None, ()
    else:
        context = multiprocessing.get_context("spawn")
        init, initargs = _init_worker, (tuple(lexicons),)
    with context.Pool(workers, initializer=init, initargs=initargs) as pool:
        pending: deque = deque()
        for chunk in itertools.islice(chunks, 2 * workers):
            pending.append(pool.apply_async(_extract_chunk, (chunk, batch_size, as_json)))
        while pending:
            done = pending.popleft().get()
            nxt = next(chunks, None)
            if nxt is not None:
                pending.append(pool.apply_async(_extract_chunk, (nxt, batch_size, as_json)))
            yield from done


def without_failures(items: Iterable, report) -> Iterator:
    """The items of `extract_stream`, each Failure counted in `report` as a skip instead."""
    for item in items:
        if isinstance(item, Failure):
            report.skip(EXTRACTION_FAILED, item.source, item.line or None,
                        f"paper {item.paper_id}: {item.message}")
        else:
            yield item


def facts_to_line(facts: PaperFacts) -> str:
    """One line of `kg extract` output (without the newline)."""
    return json.dumps(facts.to_json(), ensure_ascii=False)


def _chunked(items: Iterable[Paper], size: int) -> Iterator[list[Paper]]:
    iterator = iter(items)
    while chunk := list(itertools.islice(iterator, size)):
        yield chunk


def _extract_chunk_with(nlp, chunk: list[Paper], batch_size: int, as_json: bool) -> list:
    """Facts of a chunk; if the batch raises, each paper again alone to isolate the culprit."""
    from kg.extract.facts import extract_facts

    convert = facts_to_line if as_json else (lambda facts: facts)
    try:
        return [convert(f) for f in extract_facts(chunk, nlp, batch_size=batch_size)]
    except Exception:  # noqa: BLE001 - any bug in a component must not end the whole run
        pass
    out: list = []
    for paper in chunk:
        try:
            (facts,) = extract_facts([paper], nlp, batch_size=1)
            out.append(convert(facts))
        except Exception as err:  # noqa: BLE001
            out.append(Failure(paper.id, paper.source, paper.line, f"{type(err).__name__}: {err}"))
    return out


def _init_worker(lexicons: tuple[str, ...]) -> None:
    global _worker_nlp
    from kg.extract.pipeline import build_nlp

    _worker_nlp = build_nlp(lexicons)


def _extract_chunk(chunk: list[Paper], batch_size: int, as_json: bool) -> list:
    return _extract_chunk_with(_worker_nlp, chunk, batch_size, as_json)
