"""One article of a table, archive or crawl, and the names its columns go by."""
from __future__ import annotations

from dataclasses import dataclass, field

MAX_MEMBER_BYTES = 2 * 1024 * 1024      # as for a file of the corpus (kg.read.files.MAX_BYTES)
# Column names by role, lower-case; the first present wins.  Names seen in scraped
# corpora (GDELT-style exports, Chinese news crawlers, the CSVs of the People's Daily
# archive projects) and in pandas' to_csv of a crawl.
ROLES = {
    "text": ("text", "content", "body", "article", "fulltext", "正文", "内容", "全文", "文章内容", "新闻内容"),
    "title": ("title", "headline", "标题", "题目", "新闻标题"),
    "date": ("date", "pubdate", "pub_date", "published", "publish_time", "publish_date", "datetime", "time",
             "日期", "发布时间", "发布日期", "时间"),
    "url": ("url", "link", "source_url", "链接", "网址"),
    "source": ("source", "publisher", "outlet", "site", "media", "来源", "媒体", "发布单位"),
}


@dataclass
class Record:
    """One article of a container: its bytes (a page or a text) and the row's metadata."""
    member: str
    data: bytes = b""
    suffix: str = ".txt"               # how to read the bytes: ".txt" or ".html"
    meta: dict = field(default_factory=dict)
    error: str | None = None           # this row alone is unreadable (no text, bad JSON)
