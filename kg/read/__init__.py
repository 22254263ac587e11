"""Reading stage: a corpus file becomes an `Article` with clean text and metadata."""
from __future__ import annotations

import re
from pathlib import Path

from kg.article import Article, ReadError, Sentence
from kg.read import header as page_header
from kg.read import layout, mend
from kg.read.clean import arabic_dates, clean_text
import kg.read.containers as containers
from kg.read.files import page_text, read_file
from kg.read.wrapped import unwrap, unwrapped, wrapped_start
from kg.lang.script import is_traditional, split_sentences, to_simplified

__all__ = ["read_article", "article_from_text", "ReadError"]

# The longest news articles (a government work report in full) run to about 40,000
# characters; a body five times that is a dump or a scraped archive page, and extracting
# all of it would cost memory out of proportion.  Its first paragraphs are read.
MAX_BODY_CHARS = 200_000


def read_article(path: Path) -> Article:
    """The article of a file, or of a table's row or an archive's member (`FILE#MEMBER`)."""
    member = containers.split(path)
    if member is not None:
        return read_record(*member)
    text, warnings = read_file(path)
    article = article_from_text(text, source_file=path.name)
    article.path = str(path)
    cut = [w for w in article.warnings if w.startswith("body of")]
    if cut and any(w.startswith("file is") for w in warnings):      # one file, one line about its size
        warnings = [w + "; " + cut[0][cut[0].index("only"):] if w.startswith("file is") else w for w in warnings]
        article.warnings.remove(cut[0])
    article.warnings = warnings + article.warnings
    return article


def read_record(container: Path, member: str) -> Article:
    """A row's metadata wins over what the reader finds in its text: the table says
    which line is the headline and when the article appeared."""
    record = containers.read_member(container, member)
    warnings: list[str] = []
    text = page_text(record.data, record.suffix, warnings)
    meta = record.meta
    lines = [meta.get("title", ""), "  ".join(x for x in (meta.get("date"), meta.get("source") and f"来源:{meta['source']}") if x)]
    article = article_from_text("\n".join([*filter(None, lines), text]), source_file=f"{container.name}{containers.SEP}{member}")
    article.path = f"{container}{containers.SEP}{member}"
    if meta.get("title"):
        article.title_original = meta["title"]
        article.title = to_simplified(meta["title"])
    article.date = page_header.parse_date(meta.get("date", "")) or article.date
    article.publisher = meta.get("source") or article.publisher
    article.url = meta.get("url") or article.url
    article.warnings = warnings + article.warnings
    return article


def article_from_text(raw: str, source_file: str) -> Article:
    """Clean text, split header/body/footer, and cut the body into sentences."""
    article = Article(source_file=source_file, raw=raw)
    lines = mend.split_form_fields(mend.split_glued([line for line in clean_text(raw).splitlines() if line]))
    lines, simp = mend.join_credit_labels(lines, [arabic_dates(to_simplified(line)) for line in lines])
    lines, simp = unwrapped(lines, simp)              # a page cut at a width: its paragraphs whole, the lede's too
    start, end = layout.find_body(simp)
    start = wrapped_start(simp, start, end)           # (where the page's own width was not read: the body's)
    header = simp[:start]
    head_i, n = page_header.headline(header)
    article.title = page_header.tidy_headline("".join(header[head_i:head_i + n])) if n else ""
    article.title_original = page_header.tidy_headline("".join(lines[head_i:head_i + n])) if n else ""
    fields = page_header.header_fields(header, simp[start] if start < len(simp) else "")
    article.date, article.publisher, article.sources = fields["date"], fields["publisher"], fields["sources"]
    article.date = article.date or page_header.signed_date(simp[start:end])
    under = layout.source_under_text(simp[start:end])
    if under is not None:                              # a source line under the text: meta, not body
        end_source = layout.SOURCE.search(simp[start + under]).group(1)
        article.sources = article.sources or page_header.outlets(end_source)
        article.publisher = article.publisher or (article.sources[-1] if article.sources else None)
        del lines[start + under], simp[start + under]
        end -= 1
    below = layout.source_under_text(simp[end:end + 3]) if under is None and not article.sources else None
    if below is not None:                              # "来源：某某发布 | 编辑：某某" read as the footer's first line
        article.sources = page_header.outlets(layout.SOURCE.search(simp[end + below]).group(1))
        article.publisher = article.publisher or (article.sources[-1] if article.sources else None)
    owner = None if article.publisher else page_header.site_owner(simp[end:])
    if owner:                                          # "主办：某县人民政府": the site speaks for its owner
        article.publisher, article.sources = owner, article.sources or [owner]
    article.byline = [s for s in header if re.search(r"(?<!工)作者|记者|通讯员", s)] + page_header.editor_lines(simp[:start] + simp[end:])
    article.subtitle = page_header.subtitles(header, head_i + n) if n else []
    begin = layout.speech_opening(simp, start)        # the header's date stays the article's
    body = unwrap([(o, s) for o, s in zip(lines[begin:end], simp[begin:end]) if not layout.is_junk(s)])
    if not body:
        raise ReadError("no article body found (no paragraph of running text)")
    body = _within_limit(article, body)
    article.script = "traditional" if is_traditional("".join(o for o, _ in body)) else "simplified"
    article.text = "\n".join(o for o, _ in body)
    article.simp = "\n".join(s for _, s in body)
    article.sentences = _sentences(article, body)
    return article


def _within_limit(article: Article, body: list[tuple[str, str]]) -> list[tuple[str, str]]:
    """The body's first paragraphs up to MAX_BODY_CHARS, with a warning when cut."""
    total, kept = 0, []
    for line in body:
        total += len(line[0])
        if total > MAX_BODY_CHARS and kept:
            size = sum(len(o) for o, _ in body)
            article.warnings.append(f"body of {size:,} characters is no single article; "
                                    f"only its first {len(kept)} paragraphs ({MAX_BODY_CHARS:,} characters at most) are read")
            return kept
        kept.append(line)
    return kept


def _sentences(article: Article, body: list[tuple[str, str]]) -> list[Sentence]:
    """Headline and byline lines come first: names and places are introduced there too."""
    out: list[Sentence] = []
    extra = ([article.title] if article.title else []) + article.subtitle + article.byline
    for s in extra:
        out.append(Sentence(len(out), s, s, paragraph=-1))
    for p, (orig, simp) in enumerate(body):
        o_parts, s_parts = split_sentences(orig), split_sentences(simp)
        aligned = len(o_parts) == len(s_parts)
        for k, s in enumerate(s_parts):
            o = o_parts[k] if aligned and len(o_parts[k]) == len(s) else s
            out.append(Sentence(len(out), o, s, paragraph=p))
    return out
