"""Run extraction over a stream of papers in one process or several, in bounded memory.

Papers are cut into chunks; at most `2 * workers` chunks are in flight at once, so a large
input is never read ahead into memory, and results come back in input order.
"""
from __future__ import annotations

import itertools
import json
import multiprocessing
import os
from collections import deque
from typing import Iterable, Iterator, Sequence

from kg.types import Paper, PaperFacts

CHUNK_SIZE = 64

_worker_nlp = None  # the pipeline of a worker process, built once by _init_worker


def extract_stream(
    papers: Iterable[Paper],
    *,
    lexicons: Sequence[str] = (),
    workers: int = 1,
    batch_size: int = CHUNK_SIZE,
    as_json: bool = False,
) -> Iterator[PaperFacts] | Iterator[str]:
    """PaperFacts for each paper, in input order (or, with `as_json`, their JSON lines).

    Args:
        papers: any iterable of Paper; consumed lazily.
        lexicons: extra lexicon files for `build_nlp`.
        workers: processes to use; 1 runs in this process, 0 means one per CPU.
        batch_size: papers per nlp.pipe batch and per chunk sent to a worker.
        as_json: yield each PaperFacts as one line of JSON (no newline). Workers then
            serialise in parallel and only strings travel back to this process.
    """
    from kg.extract.facts import extract_facts
    from kg.extract.pipeline import build_nlp

    workers = workers or os.cpu_count() or 1
    if workers == 1:
        facts = extract_facts(papers, build_nlp(lexicons), batch_size=batch_size)
        yield from (map(facts_to_line, facts) if as_json else facts)
        return
    context = multiprocessing.get_context("fork" if os.name == "posix" else "spawn")
    chunks = _chunked(papers, batch_size)
    with context.Pool(workers, initializer=_init_worker, initargs=(tuple(lexicons),)) as pool:
        pending: deque = deque()
        for chunk in itertools.islice(chunks, 2 * workers):
            pending.append(pool.apply_async(_extract_chunk, (chunk, batch_size, as_json)))
        while pending:
            done = pending.popleft().get()
            nxt = next(chunks, None)
            if nxt is not None:
                pending.append(pool.apply_async(_extract_chunk, (nxt, batch_size, as_json)))
            yield from done


def facts_to_line(facts: PaperFacts) -> str:
    """One line of `kg extract` output (without the newline)."""
    return json.dumps(facts.to_json(), ensure_ascii=False)


def _chunked(items: Iterable[Paper], size: int) -> Iterator[list[Paper]]:
    iterator = iter(items)
    while chunk := list(itertools.islice(iterator, size)):
        yield chunk


def _init_worker(lexicons: tuple[str, ...]) -> None:
    global _worker_nlp
    from kg.extract.pipeline import build_nlp

    _worker_nlp = build_nlp(lexicons)


def _extract_chunk(chunk: list[Paper], batch_size: int, as_json: bool) -> list:
    from kg.extract.facts import extract_facts

    facts = extract_facts(chunk, _worker_nlp, batch_size=batch_size)
    return list(map(facts_to_line, facts) if as_json else facts)
