"""Dates as listings print them ("Dec 14, 2023", "Jul 25"), turned into ISO where complete."""
from __future__ import annotations

import re

MONTHS = {m: i for i, m in enumerate(
    ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"), start=1)}
_MONTH_DAY_YEAR_RE = re.compile(r"^([A-Za-z]{3})[a-z]*\.?\s+(\d{1,2}),?\s+(\d{4})$")
_ISO_RE = re.compile(r"^(\d{4})-(\d{2})-(\d{2})(?:$|[T ])")


def iso_date(printed: str) -> str:
    """The date in ISO form (yyyy-mm-dd) when `printed` is a complete date, else `printed` itself.

    "Dec 14, 2023" -> "2023-12-14"; "2019-01-01T10:00:00Z" -> "2019-01-01"; "Jul 25" -> "Jul 25".
    """
    text = printed.strip()
    if match := _ISO_RE.match(text):
        return "-".join(match.groups())
    if (match := _MONTH_DAY_YEAR_RE.match(text)) and match.group(1).lower() in MONTHS:
        month, day, year = MONTHS[match.group(1).lower()], int(match.group(2)), match.group(3)
        if 1 <= day <= 31:
            return f"{year}-{month:02d}-{day:02d}"
    return text


def is_iso_date(text: str | None) -> bool:
    """True when `text` is a yyyy-mm-dd date."""
    return bool(text) and re.fullmatch(r"\d{4}-\d{2}-\d{2}", text) is not None
