"""Reading artefacts out of scraped Chinese news, character by character.

Three artefacts recur in this corpus and each has a mechanical cause, so each gets a
mechanical repair rather than a list of known strings:

* Pinyin after a character, "產(chǎn)": sites that annotate rare traditional characters
  (or whole words, "常委(chángwěi)").  A bracket of lower-case Latin letters right after
  a Han character is never content.
* UTF-8 read as Latin-1 or Windows-1252 and saved again ("åŽ¿å§”ä¹¦è®°" for 县委书记), as a
  spreadsheet export or an old crawler leaves a corpus: ftfy's `fix_encoding` (Apache-2.0),
  made for this, undoes it and leaves clean text as it is.
* HTML entities and tag remnants ("&ldquo;", "?/p>") left by careless scrapers.
* GBK pages decoded one byte out of step around a full-width quote: "。" and the "”" after
  it become "?!", and the characters that follow become a run of unrelated characters
  ending where an ASCII byte (a comma, a letter) brought the decoder back in step.
  Re-encoding the damaged run and putting back the lost lead byte
  recovers the text up to the next ASCII byte, where the decoder fell back in step.  When
  the quote closes a paragraph, the run is empty: the quote's trail byte paired with the
  "<" of the next tag and shows as "?" ("?!?/p>").
"""
from __future__ import annotations

import html
import re
from functools import lru_cache

import ftfy

HAN = "\u4e00-\u9fff"
# A word's pinyin runs longer ("常委(chángwěi)", "毛泽东(máozédōng)"): past one syllable's
# length it must carry a tone mark, which no English word in brackets ("(online)") does.
# The brackets are a page's ASCII ones or, typeset, full-width ("会（huì）").
PINYIN = re.compile(rf"(?<=[{HAN}])[(（](?:[a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜüńňḿ]{{1,7}}"
                    rf"|(?=[^)）]{{0,40}}[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ])[a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜüńňḿ' ]{{8,40}})[)）]")
# Formatting tags a scraper left behind; anything else (even "<script>") is the article's text.
TAG_REMNANT = re.compile(r"\?/?[a-z]{1,6}>|</?(?:p|br|div|span|strong|em|b|i|font)(?:\s[^<>]*)?/?>")
ENTITY = re.compile(r"&(?:[a-z]{2,8}|#\d{2,6});")
QUOTE_AT_TAG = re.compile(r"\?!\?/?(?:[a-z]{1,6})>")
# A Chinese character's three UTF-8 bytes read one a character: a lead byte E0-EF (à-ï), then
# two continuation bytes 80-BF (C1 controls, Latin-1 signs, or Windows-1252's quotes and
# dashes in their place): no Chinese text has such a run otherwise.
CONTINUATION = "\u0080-\u00bf\u2013\u2014\u2018-\u201e\u2020-\u2022\u2026\u2030\u2039\u203a\u20ac\u2122" \
               "\u0152\u0153\u0160\u0161\u0178\u017d\u017e\u0192\u02c6\u02dc"
LATIN_RUN = re.compile(f"[\u00e0-\u00ef][{CONTINUATION}]{{2}}")
GBK_SHIFT = re.compile(r"\?!([^\x00-\x7f\n]{1,40}?[\x40-\x7e\u20ac])")


def _gbk_bytes(text: str) -> bytes:
    out = bytearray()
    for ch in text:
        try:
            out += ch.encode("cp936")
        except UnicodeEncodeError:
            out += ch.encode("gb18030", errors="replace")
    return bytes(out)


def _repair_run(match: re.Match) -> str:
    """"?!" stood for "。" plus the lead byte of the quote mark that follows it."""
    run = match.group(1)
    fixed = (b"\xa1" + _gbk_bytes(run)).decode("gb18030", errors="replace")
    fixed = fixed.replace("\ufffd", "").replace("?", "")
    if not fixed or fixed[0] not in "“”":
        return match.group(0)
    return "。" + fixed


def repair_mojibake(text: str) -> str:
    """Each artefact of the module's docstring, the double decoding first.

    >>> repair_mojibake("县委书记".encode("utf-8").decode("latin-1") + "说")
    '县委书记说'
    """
    text = ftfy.fix_encoding(text) if LATIN_RUN.search(text) else text
    text = QUOTE_AT_TAG.sub("。”", text)
    text = GBK_SHIFT.sub(_repair_run, text)
    text = ENTITY.sub(lambda m: html.unescape(m.group(0)), text)
    return TAG_REMNANT.sub("", text)


def strip_pinyin(text: str) -> str:
    """A page's pinyin after the characters it reads, in either kind of brackets.

    >>> strip_pinyin("县人大常委会(huì)副主任"), strip_pinyin("经验（jīngyàn）丰富"), strip_pinyin("央视(CCTV)")
    ('县人大常委会副主任', '经验丰富', '央视(CCTV)')
    """
    return PINYIN.sub("", text)


CONTROL = re.compile(r"\x1b\[[0-9;?]*[A-Za-z]|[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]"   # ANSI escapes, C0/C1,
                     r"|[\u200b-\u200f\u2060\ufeff\u00ad]")     # and the invisible marks pages leave inside words


def normalize_spacing(text: str) -> str:
    """Full-width spaces and tabs to plain spaces; control characters, terminal escapes and
    zero-width marks (scraped pages carry them, inside names too) removed; no trailing blanks.

    >>> normalize_spacing("县长韩\u200b雪，增长1\ufeff2%")
    '县长韩雪，增长12%'
    """
    text = CONTROL.sub("", text.replace("\u3000", " ").replace("\xa0", " ").replace("\t", " "))
    return "\n".join(line.strip() for line in text.splitlines())


ASCII_QUOTED = re.compile(r' ?" ?([^"\n]{1,40}?) ?" ?')
HAN = re.compile(r"[\u4e00-\u9fff]")


def mainland_quotes(line: str) -> str:
    """Straight double quotes that some sites put, spaced, around Chinese words
    (`推进 " 一网通办 " 改革`) as the mainland marks the text is written with
    (`推进“一网通办”改革`), so that slogans and names read the same from every site.
    Only a pair around Han text changes; English keeps its quotes.

    >>> mainland_quotes('推进 " 一网通办 " 改革, say "hi" now')
    '推进“一网通办”改革, say "hi" now'
    """
    def swap(m: re.Match) -> str:
        inner = m.group(1).strip()
        if HAN.search(inner) and not re.search(r"[A-Za-z]{3}", inner):
            return f"“{inner}”"
        return m.group(0)
    return ASCII_QUOTED.sub(swap, line) if '"' in line else line


SPACED_NUMBER = re.compile(r"(?<=[\u4e00-\u9fff]) (?=\d)|(?<=\d) (?=[\u4e00-\u9fff%％])")
ROW_NUMBER = re.compile(r"\d{1,3} +(?=[\u4e00-\u9fff]+ +[\u4e00-\u9fff])")


def unspaced_numbers(line: str) -> str:
    """Chinese sets numbers in the text without spaces; some sites pad them
    (`生产总值 6617 亿元`), which would part a number from its unit.

    >>> unspaced_numbers("全年接待游客 120 万人次, 增长 5 %")
    '全年接待游客120万人次, 增长5%'

    A table's row keeps the space after its number ("1 某某某 县财政局 某镇某村"): the number
    is the row's, the name a column of its own.

    >>> unspaced_numbers("1 王某某 县财政局 某某镇")
    '1 王某某 县财政局 某某镇'
    """
    row = ROW_NUMBER.match(line)
    return line[:row.end()] + SPACED_NUMBER.sub("", line[row.end():]) if row else SPACED_NUMBER.sub("", line)


# A name whose characters a page spaced out to align it with longer ones ("县长 刘  海  涛",
# "副县长 陈 静"): single characters parted by spaces, between non-Chinese marks.
SPACED_RUN = re.compile(r"(?<![\u4e00-\u9fff])[\u4e00-\u9fff](?:[ \u3000]{1,3}[\u4e00-\u9fff]){1,4}(?![\u4e00-\u9fff])")


def spaced_names(line: str) -> str:
    """Two or three spaced single characters opening with a surname joined into the name
    they spell; a sex after them stays a field of its own (a table's "王 丽 女"), and longer
    runs are left to the header's reading (`kg.read.layout.despaced`).

    >>> spaced_names("县长 刘  海  涛 带队，副县长 陈 静 、局长 孙 立 军 陪同")
    '县长 刘海涛 带队，副县长 陈静 、局长 孙立军 陪同'
    >>> spaced_names("王 丽 女 1982.02"), spaced_names("二、工 作 报 告 全 文")
    ('王丽 女 1982.02', '二、工 作 报 告 全 文')
    >>> spaced_names("主 任：某某某"), spaced_names("委　员：")
    ('主任：某某某', '委员：')
    """
    def join(m: re.Match) -> str:
        chars = m.group(0).split()
        if "".join(chars) in spaced_titles():
            return "".join(chars)             # a roster's "主 任：", "委 员：" aligned with 副主任, 秘书长
        sex = chars[-1] if len(chars) == 3 and chars[-1] in ("男", "女") else ""
        name = chars[:-1] if sex else chars
        if not 2 <= len(name) <= 3 or name[0] not in surname_chars():
            return m.group(0)
        return "".join(name) + (" " + sex if sex else "")
    return SPACED_RUN.sub(join, line)


@lru_cache(maxsize=1)
def spaced_titles() -> frozenset:
    """The titles of two characters a roster spaces out to align them with longer ones."""
    from kg.lang.words import words

    return frozenset(w for w in words("titles") if len(w) == 2)


@lru_cache(maxsize=1)
def surname_chars() -> frozenset:
    from kg.lang.words import words

    return frozenset("".join(words("surnames")))


# A row of a table of cadres flattened by the page into one line of fields: a name, then
# sex or birth month, then the rest ("某某 男 1978.06 某县委常委、副县长 拟任某职"), as an
# appointment notice's table (任前公示) prints it.
PERSON_ROW = re.compile(r"^(?:\d{1,3} +)?[\u4e00-\u9fff·]{2,8} +(?:男|女|(?:19|20)\d{2}[.\-/年]\d{1,2}月?)(?: +\S+)+$")


def table_row(line: str) -> str:
    """A cadre's table row as the sentence a notice writes of the same fields, the
    fields parted by commas, so that the profile and career readers read it.

    >>> table_row("某某某 男 1978.06 某县委常委、副县长 拟任某职")
    '某某某，男，1978.06，某县委常委、副县长，拟任某职。'
    >>> table_row("记者 某某 某某"), table_row("2 某某 女 1979.11 某区副区长")
    ('记者 某某 某某', '某某，女，1979.11，某区副区长。')
    """
    if not PERSON_ROW.match(line):
        return line
    line = re.sub(r"^\d{1,3} +", "", line)        # the row's number ("1 某某某 男 …"): no field of the person's
    return re.sub(r" +", "，", line) + ("" if line.endswith("。") else "。")


NAME_CELL = re.compile(r"[\u4e00-\u9fff·]{2,8}")
CELL_END = re.compile(r"[。！？!?；;]$")


def table_cells(lines: list[str]) -> list[str]:
    """A cadre's table row that the page printed a cell to a line (the name, then 男 or
    女, then the rest of the row's cells, each short) joined into one row of fields.

    >>> table_cells(["公示如下：", "某某某", "男", "1978.06", "某县副县长", "拟任某职", "某某", "女", "1982.02"])
    ['公示如下：', '某某某 男 1978.06 某县副县长 拟任某职', '某某 女 1982.02']
    """
    def row_starts(k: int) -> bool:           # a name, then its sex
        return NAME_CELL.fullmatch(lines[k]) is not None and k + 1 < len(lines) and lines[k + 1] in ("男", "女")

    out, i = [], 0
    while i < len(lines):
        if row_starts(i):
            j = i + 2
            while j < len(lines) and len(lines[j]) <= 40 and not CELL_END.search(lines[j]) and not row_starts(j):
                j += 1
            out.append(" ".join(lines[i:j]))
            i = j
            continue
        out.append(lines[i])
        i += 1
    return out


# A table's column of posts put forward, by its header: "拟任职务", "拟任职位", "拟提名职务".
PROPOSED_HEADER = re.compile(r"^(?:拟任|拟提名|拟推荐)")


def proposed_cells(lines: list[str]) -> list[str]:
    """A cadre's table row whose column the header names 拟任职务 (a pre-appointment
    notice's table: 姓名 性别 出生年月 现任职务 拟任职务): that cell written 拟任…, as the
    notice's prose would, so that the post is read as put forward, not held.

    >>> proposed_cells(["姓名 性别 出生年月 现任职务 拟任职务", "某某某 男 1978.06 某县副县长 某县委常委"])[1]
    '某某某 男 1978.06 某县副县长 拟任某县委常委'
    >>> proposed_cells(["姓名 性别 出生年月 现任职务", "某某某 男 1978.06 某县副县长"])[1]
    '某某某 男 1978.06 某县副县长'
    """
    out, header = [], None
    for line in lines:
        cells = line.split()
        if len(cells) >= 3 and all(len(c) <= 8 for c in cells) and any(PROPOSED_HEADER.match(c) for c in cells):
            header = cells
        elif header is not None and PERSON_ROW.match(line.strip()) and len(cells) == len(header):
            cells = [("拟任" + c if PROPOSED_HEADER.match(h) and not c.startswith("拟") else c) for c, h in zip(cells, header)]
            line = " ".join(cells)
        elif line.strip():
            header = None if header is not None and not PERSON_ROW.match(line.strip()) else header
        out.append(line)
    return out


def clean_text(text: str) -> str:
    """Mojibake first: the damaged runs end at ASCII bytes that pinyin brackets supply."""
    text = normalize_spacing(strip_pinyin(repair_mojibake(text)))
    lines = table_cells(text.split("\n")) if "\n男\n" in text or "\n女\n" in text else text.split("\n")
    lines = proposed_cells(lines) if "拟" in text else lines
    return "\n".join(unspaced_numbers(table_row(spaced_names(mainland_quotes(line)))) for line in lines)


# (the zero typed as the white circle ○ or the letter O, as many pages date documents: 二○二一年)
CN_DIGIT = {c: str(i) for i, c in enumerate("〇一二三四五六七八九")} | {"零": "0", "○": "0", "Ｏ": "0", "O": "0"}
CN_YEAR = re.compile(r"(?<![〇零○ＯO一二三四五六七八九十])((?=[〇零○ＯO一二三四五六七八九]{4}年)[一二][〇零○ＯO一二三四五六七八九]{3})年"
                     r"(?:(十[一二]|[一二三四五六七八九])月)?")


def arabic_dates(line: str) -> str:
    """Years (and months) written in Chinese numerals, as formal documents date them, in
    Arabic digits on the reading copy, so that one set of rules dates both; the length is
    kept, so the copy stays aligned with the original (十月 alone, which would grow, stays).

    >>> arabic_dates("二〇一九年五月任，二〇二一年十二月离任，二〇二二年十月调任")
    '2019年5月任，2021年12月离任，2022年十月调任'
    >>> arabic_dates("二○二一年五月")
    '2021年5月'
    """
    def swap(m: re.Match) -> str:
        year = "".join(CN_DIGIT[c] for c in m.group(1))
        month = m.group(2)
        if month is None:
            return year + "年" + m.group(0)[5:]
        return year + "年" + (("1" + CN_DIGIT[month[1]]) if len(month) == 2 else CN_DIGIT[month]) + "月"
    return CN_YEAR.sub(swap, line)
