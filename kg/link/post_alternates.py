"""The posts a title with alternates writes at once: since the 2018 reform every Party school
is also its level's administrative academy (行政学院), and its heads are written once for
both, "某市委党校（某市行政学院）常务副校（院）长", or with a lecturers' corps as well, "某省委
党校（某行政学院、某省委讲师团）校（院、团）长".  The recognizers read the school's title
(kg.lang.script.ALTERNATE_TITLE blanks the alternates); here each alternate becomes a post
of its own in the body the bracket names for it (学院 for 院, 团 for 团), or in the one
academy of the school's place the article names elsewhere.
"""
from __future__ import annotations

from kg.article import Article, Span
from kg.lang.script import ALTERNATE_TITLE, TITLE_BLANK, plain_simplified

# What each alternate letter heads: its title's head noun and how its body's name ends.
ALTERNATES = {"院": ("院长", ("行政学院", "学院")), "团": ("团长", ("讲师团", "团"))}


def alternate_posts(art: Article) -> None:
    """A post for each alternate of a Party school head's title, with the same holder,
    place, dates and standing as the school's post."""
    for post in list(art.of("post")):
        letters = _alternates(art, post)
        for letter in letters:
            head, ends = ALTERNATES[letter]
            title = post["title"][:-2] + head                     # its 校长 → 院长, its rank words kept
            body = _body(art, post, ends)
            twin = Span("post", post.sent, post.start, post.end, title, dict(post.attrs))
            twin["title"], twin["org"] = title, body
            twin["place"] = post["place"] or (body.get("place") if body is not None else None)
            art.add(twin)


def _alternates(art: Article, post: Span) -> list[str]:
    """The alternate letters of the title written at the post ("院", "团"), none for a title
    written plainly."""
    if not post["title"].endswith("校长") or post.get("person") is None:
        return []
    simp = art.sentences[post.sent].simp
    at = post.start - next((len(w) for w in ("常务", "第一") if simp.endswith(w, 0, post.start)), 0)
    b = at
    while b > 0 and simp[b - 1] == TITLE_BLANK:
        b -= 1
    if b == at:
        return []
    m = ALTERNATE_TITLE.match(plain_simplified(art.sentences[post.sent].text[b:post.end]))
    if m is None:
        return []
    inside = m.group(0)[m.group(0).index("校") + 2:-2]           # "院、团"
    return [c for c in inside if c in ALTERNATES]


def _body(art: Article, post: Span, ends: tuple[str, ...]) -> Span | None:
    """The body of an alternate: the one of its kind the sentence names in the bracket
    before the title, else the article's one of that kind at the school's place."""
    bracket = [o for o in art.in_sentence("org", post.sent) if o.end <= post.start and o["name"].endswith(ends)
               and post.start - o.end <= 12]
    if bracket:
        return bracket[-1]
    place = post["place"]
    same = {o["name"]: o for o in art.of("org") if o["name"].endswith(ends[0])
            and (place is None or o.get("place") is not None and o["place"]["name"] == place["name"])}
    return next(iter(same.values())) if len(same) == 1 else None
