"""The one object every pipeline stage enriches.

Stages follow a single contract: an `Article` goes in and the same `Article`, with more
fields filled, comes out.  Readers fill the text and metadata; recognizers append
mentions; the graph builder only reads.  Mentions are plain dicts so that they pickle
cheaply across processes and print readably in tests.
"""
from __future__ import annotations

from dataclasses import dataclass, field


@dataclass
class Sentence:
    """A sentence of the body: `simp` is what recognizers match, `text` the evidence."""
    index: int
    text: str          # original script, artefacts removed
    simp: str          # simplified script, same meaning (usually same length)
    paragraph: int = 0


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
    sources: list[str] = field(default_factory=list)   # bodies named in the 来源 field
    byline: list[str] = field(default_factory=list)    # header lines naming authors/editors
    script: str = "simplified"            # or "traditional"
    sentences: list[Sentence] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    # recognizer outputs ------------------------------------------------------------
    places: list[dict] = field(default_factory=list)
    organizations: list[dict] = field(default_factory=list)
    persons: list[dict] = field(default_factory=list)
    positions: list[dict] = field(default_factory=list)
    programs: list[dict] = field(default_factory=list)
    figures: list[dict] = field(default_factory=list)
    context: dict = field(default_factory=dict)   # article-level facts: province, city...

    @property
    def year(self) -> int | None:
        return int(self.date[:4]) if self.date else None

    @property
    def stem(self) -> str:
        return self.source_file.rsplit(".", 1)[0]


class ReadError(Exception):
    """A file that cannot become an article; the message names the reason."""
