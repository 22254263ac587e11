"""Bytes to text: encodings detected.

Scraped Chinese corpora mix UTF-8, GB18030/GBK, Big5 and UTF-16; a wrong guess turns
every name into mojibake, so decoding tries the strict candidates first and only then
asks charset-normalizer.  Invalid bytes inside an otherwise good file are replaced and
reported rather than fatal.
"""
from __future__ import annotations

from kg.article import ReadError

BOMS = [(b"\xef\xbb\xbf", "utf-8-sig"), (b"\xff\xfe", "utf-16"), (b"\xfe\xff", "utf-16")]
STRICT = ["utf-8", "gb18030", "big5"]


def decode(data: bytes) -> tuple[str, list[str]]:
    """Bytes to text and warnings; raises ReadError for binary or undecodable data."""
    warnings: list[str] = []
    for bom, enc in BOMS:
        if data.startswith(bom):
            return data.decode(enc, errors="replace"), warnings
    if b"\x00" in data[:4096]:
        utf16 = _bomless_utf16(data)
        if utf16 is None:
            raise ReadError("binary file (NUL bytes), not text")
        return utf16, warnings
    ok = {}
    for enc in STRICT:
        try:
            ok[enc] = data.decode(enc)
        except UnicodeDecodeError:
            continue
        if enc == "utf-8":
            return ok[enc], warnings
    if len(ok) == 1:
        return next(iter(ok.values())), warnings
    if ok:   # GB18030 accepts most byte strings, Big5 ones included: let statistics choose
        from charset_normalizer import from_bytes

        best = from_bytes(data, cp_isolation=list(ok)).best()
        enc = best.encoding if best and best.encoding in ok else "gb18030"
        return ok[enc], warnings
    return _lenient(data, warnings), warnings


def _bomless_utf16(data: bytes) -> str | None:
    """UTF-16 saved without a byte order mark (Windows tools do): NUL bytes, where text has
    any, fall on one parity, and the decoded text is mostly Chinese or ASCII.

    >>> _bomless_utf16("县长说：好。".encode("utf-16-le"))
    '县长说：好。'
    """
    if len(data) % 2:
        data = data[:-1]
    sample = data[:4096]
    for enc, nul_at in (("utf-16-le", 1), ("utf-16-be", 0)):
        other = sum(1 for i in range(1 - nul_at, len(sample), 2) if sample[i] == 0)
        if other > len(sample) // 64:          # NULs on both sides: binary, not UTF-16
            continue
        try:
            text = data.decode(enc)
        except UnicodeDecodeError:
            continue
        readable = sum(1 for c in text[:2000] if "\u4e00" <= c <= "\u9fff" or c.isascii() and (c.isprintable() or c in "\r\n\t")
                       or c in "，。、；：？！“”《》（）")
        if readable >= 0.9 * min(len(text), 2000):
            return text
    return None


def _lenient(data: bytes, warnings: list[str]) -> str:
    """Best guess for a file with some invalid bytes: the encoding that breaks least."""
    from charset_normalizer import from_bytes

    best = from_bytes(data).best()
    candidates = ([best.encoding] if best else []) + STRICT
    scored = []
    for enc in dict.fromkeys(candidates):
        try:
            text = data.decode(enc, errors="replace")
        except LookupError:
            continue
        scored.append((text.count("\ufffd"), enc, text))
    bad, enc, text = min(scored)
    if bad > len(text) * 0.05 or _cjk_share(text) < 0.05:
        raise ReadError(f"not readable as Chinese text (best guess {enc}, {bad} invalid characters)")
    warnings.append(f"{bad} invalid byte sequence(s) replaced (read as {enc})")
    return text


def _cjk_share(text: str) -> float:
    sample = text[:20000]
    return sum("\u4e00" <= c <= "\u9fff" for c in sample) / max(len(sample), 1)
