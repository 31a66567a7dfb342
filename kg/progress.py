"""Progress bars on stderr for long runs, silent when stderr is not a terminal."""
from __future__ import annotations

import sys
from typing import Iterable


def with_progress(items: Iterable, *, total: int | None = None, unit: str = "paper") -> Iterable:
    """`items`, drawn as a tqdm bar on stderr if stderr is a terminal; otherwise untouched."""
    if not sys.stderr.isatty():
        return items
    from tqdm import tqdm

    return tqdm(items, total=total, unit=unit, file=sys.stderr, leave=False, dynamic_ncols=True)
