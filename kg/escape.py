"""Names and texts made safe for the place they are written to.

A corpus is scraped from the web, so a file name, a headline or an evidence sentence can
hold anything: a newline that forges a line of the build report, an ANSI escape that
recolours a terminal, a control character that XML 1.0 forbids (one such character makes
a whole GEXF file unreadable in Gephi), a cell that Excel runs as a formula, a `/` or
`..` that leads a file name out of its folder.  Each writer calls the one function for
its medium, here, rather than trusting its input.
"""
from __future__ import annotations

import hashlib
import re

# XML 1.0 allows tab, newline and carriage return below U+0020, and no surrogates or U+FFFE/FFFF.
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")
_FORMULA_START = tuple("=+-@\t\r")
_NUMBER = re.compile(r"[+-]?\d+(\.\d+)?([eE][+-]?\d+)?")
_NOT_IN_FILE_NAME = re.compile(r"[\x00-\x1f\x7f/\\:*?\"<>|]+")
MAX_STEM = 80     # characters; file systems allow 255 bytes and a CJK character takes 3


def printable(text) -> str:
    """One printable line: control characters shown escaped.

    >>> printable("a.txt\\nskipped b.txt: forged")
    'a.txt\\\\nskipped b.txt: forged'
    """
    return "".join(c if c.isprintable() else repr(c)[1:-1] for c in str(text))


def xml_text(text: str) -> str:
    """Text that XML 1.0 accepts: forbidden characters replaced by U+FFFD.

    >>> xml_text("县\\x07志")
    '县\\ufffd志'
    """
    return _NOT_XML.sub("\ufffd", text)


def csv_cell(text: str) -> str:
    """A cell a spreadsheet shows as text, never runs: a leading `= + - @` (or tab, CR)
    gets an apostrophe, as OWASP advises; plain numbers such as -3.5 are left alone.

    >>> csv_cell("=HYPERLINK(\\"http://x\\")"), csv_cell("-3.5"), csv_cell("镇")
    ('\\'=HYPERLINK("http://x")', '-3.5', '镇')
    """
    if text.startswith(_FORMULA_START) and not _NUMBER.fullmatch(text):
        return "'" + text
    return text


def file_stem(name: str) -> str:
    """A name as one file name inside its folder: no separator, no `..`, no control
    character, and short enough for any file system (a long name keeps a hash of the rest).

    >>> file_stem("x/../../etc"), file_stem("鞍山市")
    ('x_.._.._etc', '鞍山市')
    """
    stem = _NOT_IN_FILE_NAME.sub("_", name).strip(" .") or "_"
    if len(stem) > MAX_STEM:
        stem = stem[:MAX_STEM - 9] + "-" + hashlib.sha1(name.encode("utf-8", "surrogatepass")).hexdigest()[:8]
    return stem
