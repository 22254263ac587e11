"""The one object every pipeline stage enriches, and the typed spans it carries.

Stages follow a single contract: an `Article` goes in and the same `Article`, with more
fields filled, comes out.  Readers fill the text and metadata; recognizer components add
`Span`s of their kinds ("place", "org", "person", "post", "program", "figure", "event").
A span is a mention in one sentence: where it is, what kind it is, and the attributes
its kind defines (a place's level and code, a post's title and body, a figure's value).
Spans refer to other spans, never to names: a post's body is the org span itself.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Iterator


@dataclass
class Sentence:
    """A sentence of the body: `simp` is what recognizers match, `text` the evidence."""
    index: int
    text: str          # original script, artefacts removed
    simp: str          # simplified script, same meaning (usually same length)
    paragraph: int = 0


@dataclass(eq=False)
class Span:
    """One mention: sentence index, character offsets in its simplified text, kind, attributes.

    Attributes read like a mapping (`span["level"]`, `span.get("code")`), because every
    kind has its own: a place has name/level/code/parent, a figure value/unit/measure.
    `sent` is -1 and `start`/`end` are -1 for a mention that no sentence holds (a body
    named only in the page's source line).  Identity is the object: two spans with the
    same text are two mentions.
    """
    kind: str
    sent: int
    start: int
    end: int
    text: str = ""
    attrs: dict[str, Any] = field(default_factory=dict)

    def __getitem__(self, key: str) -> Any:
        return self.attrs[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.attrs[key] = value

    def get(self, key: str, default: Any = None) -> Any:
        return self.attrs.get(key, default)

    def overlaps(self, other: "Span") -> bool:
        return self.sent == other.sent and self.start < other.end and other.start < self.end

    def __repr__(self) -> str:
        return f"Span({self.kind} {self.sent}:{self.start}-{self.end} {self.attrs.get('name', self.text)!r})"


@dataclass
class Article:
    source_file: str                      # the corpus file's name (not its path)
    path: str = ""
    raw: str = ""                         # decoded text as read
    text: str = ""                        # cleaned body, original script
    simp: str = ""                        # cleaned body, simplified script
    title: str = ""                       # simplified
    title_original: str = ""
    date: str | None = None               # ISO yyyy-mm-dd
    publisher: str | None = None
    url: str | None = None                # where the page was published (a table's url column, a crawl's URI)
    sources: list[str] = field(default_factory=list)   # bodies named in the 来源 field
    byline: list[str] = field(default_factory=list)    # header lines naming authors/editors
    subtitle: list[str] = field(default_factory=list)  # the headline's dash line ("——访某县委书记某某")
    script: str = "simplified"            # or "traditional"
    sentences: list[Sentence] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    spans: dict[str, list[Span]] = field(default_factory=dict)   # kind -> spans, in the order found
    context: dict = field(default_factory=dict)   # article-level facts: province, city...
    _by_sentence: dict = field(default_factory=dict, repr=False, compare=False)

    def of(self, kind: str) -> list[Span]:
        """The spans of one kind (a live list: components append to it)."""
        return self.spans.setdefault(kind, [])

    def add(self, span: Span) -> Span:
        self.of(span.kind).append(span)
        return span

    def in_sentence(self, kind: str, sent: int) -> Iterator[Span]:
        """The spans of one kind in one sentence, in the order found.  Indexed by sentence
        (rebuilt when spans were added) so that a long page stays linear, not quadratic."""
        spans = self.of(kind)
        cached = self._by_sentence.get(kind)
        if cached is None or cached[0] is not spans or cached[1] != len(spans):
            table: dict[int, list[Span]] = {}
            for span in spans:
                table.setdefault(span.sent, []).append(span)
            cached = self._by_sentence[kind] = (spans, len(spans), table)
        return iter(cached[2].get(sent, ()))

    @property
    def year(self) -> int | None:
        """The page's year, else the one its text implies (kg.recognize.session_year)."""
        return int(self.date[:4]) if self.date else self.context.get("year")

    @property
    def stem(self) -> str:
        return self.source_file.rsplit(".", 1)[0]


class ReadError(Exception):
    """A file that cannot become an article; the message names the reason."""
