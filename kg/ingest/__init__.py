"""Ingestion: paper records from files, directories and globs, in every layout kg reads.

    from kg.ingest import iter_papers, dedupe
    report = Report()
    for paper in dedupe(iter_papers(["examples/seeds"], report=report), report):
        ...

One reader per layout (conference.py, daily.py, abstract_lines.py, records.py for JSON Lines,
JSON and CSV); detect.py picks one per file; files.py expands paths, opens gzip and decodes;
ids.py gives records without an id of their own a stable one; merge.py joins duplicates.
"""
from kg.ingest.ids import paper_id_for
from kg.ingest.merge import dedupe, merge_papers
from kg.ingest.reader import FORMATS, iter_papers
from kg.ingest.skips import INPUT_SKIP_REASONS, record_skips

__all__ = ["FORMATS", "INPUT_SKIP_REASONS", "dedupe", "iter_papers", "merge_papers",
           "paper_id_for", "record_skips"]
