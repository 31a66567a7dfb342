"""kg's tokenizer: spaCy's English tokenizer with a few more affix patterns and faster affix searches.

Tokens are exactly those of `spacy.blank("en")` except that a hyphen between a letter and a digit,
or "=" between a letter or digit and a digit, splits ("CIFAR-10", "GPT-4", "FID=6.47", "F1=0.85"
tokenise the same way in text and in lexicon patterns), so does "(" between a digit and a letter
("0.0013(ACER)", "0.92(CI 0.91-0.94)": a number glued to what names or qualifies it), and a full
stop after a lowercase letter and a capital is cut off ("DiT.", "mIoU." at the end of a sentence
are the names DiT and mIoU), LaTeX text markup is cut from what it marks ("$\\textit{",
"\\emph{" and "}$" around "$\\textit{ModelNet40}$" are tokens of their own), and so is a function
word glued to a capital by a lost space ("withProgressive" is "with" and "Progressive").
Two searches replace spaCy's regular-expression calls with ones that give the same matches for
less work (profiling showed the suffix and infix searches were half the tokenizer's time):

- suffix: every English suffix pattern ends in "$", so a match can only start within the last
  few characters unless the pattern can match an unbounded text ("\\.\\.+"). The bounded
  patterns are searched from `len(text) - window` (lookbehinds still see the characters
  before it), the unbounded ones over the whole text, and the leftmost match wins, which is
  what one search over the alternation returns.
- infix: no English infix pattern matches inside a run of ASCII letters and digits (checked
  from the patterns when the tokenizer is built), so such a text skips the search.

The suffix search also remembers its answers: spaCy's own cache holds whole
whitespace-separated chunks, but the affix searches run on the pieces left after each prefix
or suffix is cut, and on the corpus three in four suffix searches repeat an earlier text. The
memory is bounded (emptied at `MEMO_SIZE` texts), so memory use does not grow with the input.

The shortcuts fall back to the plain search when the patterns cannot be analysed. The objects
keep the original pattern as `.pattern`, so `nlp.to_disk()` writes spaCy's own expressions.
"""
from __future__ import annotations

import re
from typing import Callable, Iterable, Sequence

from spacy.language import Language
from spacy.tokenizer import Tokenizer
from spacy.tokens import Doc
from spacy.util import compile_infix_regex, compile_prefix_regex, compile_suffix_regex, registry

from kg.extract.components.text import TEXT_KEY

EXTRA_INFIXES = (r"(?<=[A-Za-z])-(?=[0-9])", r"(?<=[A-Za-z0-9])=(?=[0-9])", r"(?<=[0-9])\((?=[A-Za-z])")
# a full stop after a name that ends in a lowercase letter and a capital ("DiT.", "ViT.", "mIoU."),
# which spaCy's suffixes keep on the word (they split after two capitals or a lowercase letter)
EXTRA_SUFFIXES = (r"(?<=[a-z][A-Z])\.", r"(?<=[\w\-+])\}\$", r"(?<=\}\$)[.,;:]")
# LaTeX text markup around a name in arXiv abstracts: "$\textit{ModelNet40}$", "\emph{Transformer-XL}"
# (255 of the 15,111 2019 corpus abstracts hold such a command)
# and a function word glued to the capital after it, a lost space of the PDF text ("Network withProgressive
# Bit Search", "Market1501 andDukeMTMC-VideoReID"; 14 names of the corpus were such glued words)
EXTRA_PREFIXES = (r"\$?\\(?:textit|textbf|textsc|texttt|textrm|emph|text|mathrm)\{",
                  r"(?:and|with|the|for|of|other|from|than|into|via)(?=[A-Z])")
_UNBOUNDED = 64  # a pattern that can match more characters than this is searched in full
MEMO_SIZE = 100_000  # texts whose suffix search answer is remembered (about 10 MB)

try:  # the regular-expression parser; private, so every use below has a fallback
    from re import _constants as _sre, _parser as _sre_parse
except ImportError:  # pragma: no cover - a Python without them searches in full
    _sre = _sre_parse = None


def max_width(pattern: str) -> int | None:
    """The most characters `pattern` can match, or None if it cannot be told."""
    if _sre_parse is None:
        return None
    try:
        return _sre_parse.parse(pattern).getwidth()[1]
    except Exception:  # noqa: BLE001 - any failure means "unknown", which is safe
        return None


class SuffixSearch:
    """`suffix_search` for suffix patterns that all end in "$" (see the module docstring)."""

    def __init__(self, patterns: Sequence[str]):
        self.pattern = compile_suffix_regex(patterns).pattern
        widths = [max_width(p) for p in patterns]
        self._memo: dict[str, re.Match | None] = {}
        if any(w is None for w in widths) or not patterns:
            self._bounded, self._unbounded, self._window = re.compile(self.pattern).search, None, 0
            return
        bounded = [p for p, w in zip(patterns, widths) if w <= _UNBOUNDED]
        unbounded = [p for p, w in zip(patterns, widths) if w > _UNBOUNDED]
        # +1: "$" also matches before a final newline
        self._window = max((w for w in widths if w <= _UNBOUNDED), default=0) + 1
        self._bounded = compile_suffix_regex(bounded).search if bounded else None
        self._unbounded = compile_suffix_regex(unbounded).search if unbounded else None

    def search(self, text: str) -> re.Match | None:
        try:
            return self._memo[text]
        except KeyError:
            pass
        if len(self._memo) >= MEMO_SIZE:
            self._memo.clear()
        match = self._memo[text] = self._search(text)
        return match

    def _search(self, text: str) -> re.Match | None:
        if self._window == 0:
            return self._bounded(text)
        match = self._bounded(text, max(0, len(text) - self._window)) if self._bounded else None
        if self._unbounded is not None:
            other = self._unbounded(text)
            if other is not None and (match is None or other.start() < match.start()):
                return other
        return match


class InfixFinditer:
    """`infix_finditer` that skips ASCII letter-and-digit runs when no pattern can match there."""

    def __init__(self, patterns: Sequence[str]):
        regex = compile_infix_regex(patterns)
        self.pattern = regex.pattern
        self._finditer = regex.finditer
        self._skip_alnum = all(_cannot_start_with_ascii_alnum(p) for p in patterns)

    def finditer(self, text: str) -> Iterable[re.Match]:
        if self._skip_alnum and text.isascii() and text.isalnum():
            return ()
        return self._finditer(text)


def _cannot_start_with_ascii_alnum(pattern: str) -> bool:
    """True if every match of `pattern` starts with a character that is not an ASCII letter
    or digit, proven from its parse (lookarounds skipped); False when unsure."""
    if _sre_parse is None:
        return False
    try:
        firsts = _first_items(_sre_parse.parse(pattern))
    except Exception:  # noqa: BLE001 - unsure means no shortcut
        return False
    if firsts is None:
        return False
    alnum = [ord(c) for c in "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz"]
    for op, av in firsts:
        if op is _sre.LITERAL:
            if av in alnum:
                return False
        elif op is _sre.RANGE:
            if any(av[0] <= c <= av[1] for c in alnum):
                return False
        else:  # a category (\w, \d) or a negated set: may be alphanumeric
            return False
    return True


def _first_items(sub) -> list | None:
    """The LITERAL/RANGE/... items one of which a match's first character must be, or None."""
    for op, av in sub:
        if op in (_sre.ASSERT, _sre.ASSERT_NOT, _sre.AT):
            continue  # zero width
        if op is _sre.LITERAL:
            return [(op, av)]
        if op is _sre.IN:
            return None if any(o is _sre.NEGATE for o, _ in av) else list(av)
        if op is _sre.BRANCH:
            items: list = []
            for alternative in av[1]:
                first = _first_items(alternative)
                if first is None:
                    return None
                items.extend(first)
            return items
        if op is _sre.SUBPATTERN:
            return _first_items(av[-1])
        if op in (_sre.MAX_REPEAT, _sre.MIN_REPEAT) and av[0] >= 1:
            return _first_items(av[2])
        return None
    return None  # can match the empty string


class TextKeepingTokenizer:
    """spaCy's tokenizer, plus the input text kept in `Doc.user_data` (see components/text.py).

    `Doc.text` rebuilds the string from every token on each access; the components read the
    text many times, so the string the tokenizer was given (which spaCy guarantees equals
    `Doc.text`) is kept instead.
    """

    def __init__(self, tokenizer: Callable[[str], Doc]):
        self.tokenizer = tokenizer

    def __call__(self, text: str) -> Doc:
        doc = self.tokenizer(text)
        doc.user_data[TEXT_KEY] = text
        return doc

    def __getattr__(self, name):
        # pipe(), vocab, to_disk() ... are the wrapped tokenizer's
        return getattr(self.tokenizer, name)


TOKENIZER_NAME = "kg.Tokenizer.v1"


@registry.tokenizers(TOKENIZER_NAME)
def create_tokenizer() -> Callable[[Language], TextKeepingTokenizer]:
    """kg's tokenizer for a pipeline's config: `spacy.blank("en", config=TOKENIZER_CONFIG)`.

    The blank pipeline is made with this tokenizer rather than given it afterwards: building a
    tokenizer loads the ~1,600 special cases, a twentieth of a second at every start.
    """
    def make(nlp: Language) -> TextKeepingTokenizer:
        defaults = nlp.Defaults
        prefixes = list(EXTRA_PREFIXES) + list(defaults.prefixes or ())
        return TextKeepingTokenizer(Tokenizer(
            nlp.vocab,
            rules=defaults.tokenizer_exceptions,
            prefix_search=compile_prefix_regex(prefixes).search if prefixes else None,
            suffix_search=SuffixSearch(list(defaults.suffixes or ()) + list(EXTRA_SUFFIXES)).search,
            infix_finditer=InfixFinditer(list(defaults.infixes or ()) + list(EXTRA_INFIXES)).finditer,
            token_match=defaults.token_match,
            url_match=defaults.url_match,
        ))
    return make


TOKENIZER_CONFIG = {"nlp": {"tokenizer": {"@tokenizers": TOKENIZER_NAME}}}
