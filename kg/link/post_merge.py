"""One post per person and post: the résumé's copy of a post another rule already gave
the person becomes that post, with the dates of both (kg.link.posts runs this last)."""
from __future__ import annotations

import re

from kg.article import Article, Span
from kg.recognize.posts import CANDIDATES


def key_of(post: Span) -> tuple:
    org, place = post.get("org"), post.get("place")
    title = STATIONED.sub("", post["title"])          # "驻村第一书记" and "第一书记" of one village: one post
    return (post.get("person"), bare_title(title, org["name"] if org is not None else ""),
            org["name"] if org is not None else None, place["name"] if place is not None else None)


STATIONED = re.compile(r"^驻村(?=第一书记$)")


def bare_title(title: str, body: str) -> str:
    """The title without the body's kind it repeats: "人大常委会副主任" of 某市人大常委会 is its
    副主任, as "原副主任" of the same body writes it.

    >>> bare_title("人大常委会副主任", "某市人大常委会"), bare_title("副主任", "某市人大常委会"), bare_title("县长", "")
    ('副主任', '副主任', '县长')
    """
    for cut in range(len(title) - 1, 1, -1):
        if body.endswith(title[:cut]):
            return title[cut:]
    return title


def merge_same(art: Article) -> None:
    """A post a résumé or a clause ("2019年到某村任第一书记") gives a person who already
    holds it (same title, body and place) is that post, dated: "现任某县县长" and "2019年任
    某县县长" are one post from 2019."""
    kept: dict[tuple, Span] = {}
    out = []
    for post in art.of("post"):
        key = key_of(post)
        told = post.get("via") == "career" or getattr(post.get("cue"), "how", None) == "clause"    # a step, or "到某村任…"
        same = (kept.get(key) or unplaced_twin(out, post)) if told or post.get("again") else None
        same = same or read_twice(out, post)
        if same is not None and candidacy(art, same) != candidacy(art, post):
            same = None                   # "提名为县长候选人；…当选为县长": the candidacy, then the post
        guessed = headline_guess(art, out, post) if same is None and told else None
        if guessed is not None:           # "新任县长某某" over a résumé ending "当选为某县县长": that county's
            out[out.index(guessed)] = post
            kept[key] = post
            continue
        if same is None and post.attrs.pop("again", False):
            guessed = guessed_twin(out, post)
            if guessed is not None:       # the first reading's place only guessed, this one's written: this one
                out[out.index(guessed)] = post
                kept[key] = post
            continue          # a title the person already holds, of another body or place: the first reading stands
        if same is None:
            kept.setdefault(key, post)
            out.append(post)
            continue
        kept_on = restated_beside_new(art, same, post)
        _absorb(same, post)
        if kept_on:                   # (an end the move gave it is no end either)
            same["former"], same["end"], same["end_month"] = False, None, None
    for post in list(out):
        twin = branch_secretary_twin(post, out)
        held = addressed_post(post, out) or twin
        if held is not None:
            _absorb(held, post)
            out.remove(post)
        if twin is not None and held is twin and len(post["title"]) > len(twin["title"]):
            twin["title"] = post["title"]         # the branch's formal title over the headline's 支书
    art.of("post")[:] = out


def candidacy(art: Article, post: Span) -> bool:
    """Whether the post is written with its candidacy's noun after it ("提名为某县县长候选人"):
    put forward, a post of its own beside the one the election then gives
    (kg.link.post_words.candidacies writes the noun into its title)."""
    return post.sent >= 0 and art.sentences[post.sent].simp.startswith(CANDIDATES, post.end)


def read_twice(posts: list[Span], post: Span) -> Span | None:
    """The post of the same words read by two rules ("任命某某为某县商务和粮食局局长": the
    decision and the name's titles), one with the body and one without: one post, or None.
    One title over listed places ("先后任甲县、乙县县委书记") is a post at each: not merged.

    >>> person = {"name": "张三"}
    >>> a = Span("post", 0, 9, 11, "局长", {"title": "局长", "person": person})
    >>> b = Span("post", 0, 9, 11, "局长", {"title": "局长", "person": person, "org": {"name": "某局"}})
    >>> read_twice([a], b) is a, read_twice([a], Span("post", 1, 9, 11, "局长", {"title": "局长", "person": person}))
    (True, None)
    """
    name = lambda x, attr: (x.get(attr) or {}).get("name")      # noqa: E731
    return next((p for p in posts if (p.sent, p.start, p.end) == (post.sent, post.start, post.end) and p.sent >= 0
                 and p["title"] == post["title"] and p.get("person") is post.get("person")
                 and None in (name(p, "org"), name(post, "org")) and name(p, "org") != name(post, "org")
                 and name(p, "place") == name(post, "place")), None)


def restated_beside_new(art: Article, same: Span, post: Span) -> bool:
    """Whether a later sentence lists a post the person left, by its first reading, beside
    the new post that sentence took him to, both held now: "今年4月，某部部长甲出任副书记"
    then "5月起，甲任副书记、某部部长" (the department kept with the new post)."""
    if not same.get("former") or post.get("former") or post.get("end") or post.sent <= same.sent:
        return False
    new = {(p["title"], (p.get("org") or {}).get("name")) for p in art.of("post") if p.get("person") is post.get("person")
           and p.sent == same.sent and p is not same and not p.get("former")}
    return any((p["title"], (p.get("org") or {}).get("name")) in new for p in art.of("post")
               if p.get("person") is post.get("person") and p.sent == post.sent and p is not post and not p.get("former"))


def guessed_twin(posts: list[Span], post: Span) -> Span | None:
    """The person's earlier post of the same title whose place the text never wrote where
    it was read (a bare 市 taken for the outlet's city: "市人大常委会副主任某某到我县督导"), where
    `post` writes its place in full ("某某市人大常委会副主任某某一行到…"): the guess gives way."""
    place = post.get("place")
    if place is None or place.start < 0 or place.sent != post.sent:
        return None
    title = bare_title(post["title"], (post.get("org") or {}).get("name", ""))
    return next((p for p in posts if p.get("person") is post.get("person") and p.get("place") is not None
                 and p["place"].start < 0 and p["place"]["name"] != place["name"]
                 and bare_title(p["title"], (p.get("org") or {}).get("name", "")) == title), None)


def headline_guess(art: Article, posts: list[Span], post: Span) -> Span | None:
    """The headline's reading of the post a step of the body tells in full, held now, where
    the headline's place was only guessed ("新任县长某某" and a résumé's last line "…当选为
    某县人民政府县长", the article's county taken from the places of the career before it)."""
    if post.get("former") or post.get("end") or candidacy(art, post) or not art.title \
            or not art.sentences or art.sentences[0].simp != art.title:
        return None
    guessed = guessed_twin(posts, post)
    return guessed if guessed is not None and guessed.sent == 0 else None


def _absorb(same: Span, post: Span) -> None:
    """What the second reading of one post adds: its dates, body, place, a former mark.
    A reading past only by a period of office ("某某在担任某村党支部书记期间…") beside one
    that names him holding the post ("某村党支部书记某某") is the post held: the period
    tells when he did what the notice tells, not when he held the post."""
    titled = [p for p in (same, post) if not p.get("former") and p.get("via") != "career"]
    in_office = bool(titled) and any(p.get("period_past") for p in (same, post) if p is not titled[0])
    if _continues(same, post):                  # the next résumé line lists the post on: one spell
        same["end"], same["end_month"] = post.get("end"), post.get("end_month")
        same["former"] = bool(post.get("former"))
    if same.get("start_news") and post.get("start") and not post.get("start_news"):
        same["start"], same["start_month"], same["start_news"] = post["start"], post.get("start_month"), False
        #   "新任县委书记某某…。去年11月，某某调任县委书记": the step's own date, not the news's year
    for attr in ("start", "start_month", "end", "end_month", "org", "place"):
        if attr.startswith("start") and same.get("start_untold"):
            continue          # held since an untold date: a later line lists it on, it does not start it
        if post.get(attr) and not same.get(attr):
            same[attr] = post[attr]
    if in_office:
        for attr in ("start", "start_month", "end", "end_month"):
            same[attr] = None
    held_now = not same.get("former") and same.get("via") != "career" and post.get("left_for_later") and not post.get("end")
    same["former"] = bool(same.get("former") or post.get("former")) and not held_now and not in_office
    # ("村党支部书记、村委会主任某某…。2008年当选村委会主任，2014年起任党支部书记": the story's
    # later step was taken beside it; the article names the post as held)


def _continues(same: Span, post: Span) -> bool:
    """Whether `post` is the next résumé line's listing of a post `same` held up to where
    that line starts ("2011.08—2012.01 某县委副书记、代县长" then "2012.01—2016.06 某县委副书记、
    县长": one spell of 县委副书记, 2011–2016).

    >>> a = Span("post", 0, 0, 1, "x", {"start": 2011, "start_month": 8, "end": 2012, "end_month": 1})
    >>> b = Span("post", 1, 0, 1, "x", {"start": 2012, "start_month": 1, "end": 2016, "end_month": 6, "via": "career"})
    >>> _continues(a, b), _continues(b, a)
    (True, False)
    """
    if not (same.get("end") and post.get("start") and same.get("start")) or post.get("via") != "career":
        return False
    point = lambda year, month: (year, month or 0)         # noqa: E731
    end, start = point(same["end"], same.get("end_month")), point(post["start"], post.get("start_month"))
    later = point(post["end"], post.get("end_month")) if post.get("end") else (9999, 0)
    return start <= end < later and start >= point(same["start"], same.get("start_month"))


def addressed_post(post: Span, posts: list[Span]) -> Span | None:
    """A bare title after a name that the person's one post of a named body ends with is
    how news addresses the holder of that post, not a second post: "某县委书记张三" then
    "张三书记调研…", where the body's kind (县委) stands before 书记.  Absorbed into that
    post; a 副书记 or 第一书记 is not such a tail (the body does not end with 副 or 第一).
    Where the person held several such posts at one place (a village's branch that became
    its general branch: "村党支部书记…村党总支书记", then "某某书记"), the first named.
    Returns that post, or None.

    >>> from kg.article import Span
    >>> person, org = {"name": "张三"}, {"name": "某县委"}
    >>> full = Span("post", 0, 0, 5, "县委书记", {"title": "县委书记", "person": person, "org": org})
    >>> bare = Span("post", 1, 0, 2, "书记", {"title": "书记", "person": person})
    >>> addressed_post(bare, [full, bare]) is full, addressed_post(full, [full, bare])
    (True, None)
    """
    if post.get("org") is not None or post.get("place") is not None or post.get("person") is None:
        return None
    held = [p for p in posts if p is not post and p.get("person") is post.get("person") and p.get("org") is not None
            and p["title"] != post["title"] and bare_title(p["title"], p["org"]["name"]) == post["title"]
            and bool(p.get("former")) == bool(post.get("former"))]
    places = {(p.get("place") or {}).get("name") for p in held}
    return held[0] if len(held) == 1 or len(places) == 1 and None not in places else None


# A government's head or deputy by the title alone (县长, 副市长, 常务副县长): the body is the
# place's people's government whether the text writes it or not.
GOVERNMENT_HEAD = re.compile(r"^(?:常务)?副?(?:代理|代)?[省市县区镇乡旗州盟]长$")


def unplaced_twin(posts: list[Span], post: Span) -> Span | None:
    """The same person's post of the same title when one of the two has neither body nor
    place ("某县县委书记，二级巡视员" read twice is one 二级巡视员), or, for a government's
    head, no body at the same place ("市长某某" and "选举某某为某市人民政府市长")."""
    bare = lambda p: p.get("org") is None and p.get("place") is None     # noqa: E731
    placed = lambda p: p.get("place") is not None and p["place"]["name"] == (post.get("place") or {}).get("name")  # noqa: E731
    return next((p for p in posts if p.get("person") is post.get("person") and p["title"] == post["title"]
                 and (bare(p) or bare(post) or GOVERNMENT_HEAD.match(p["title"]) and placed(p)
                      and (p.get("org") is None or post.get("org") is None))), None)


# The names village news gives the secretary of a village's Party branch: one office, however
# a story calls it ("村支书某某…2011年当选村党支部书记").
BRANCH_SECRETARY = frozenset({"村支书", "支书", "村书记", "支部书记", "党支部书记", "村党支部书记"})


def branch_secretary_twin(post: Span, posts: list[Span]) -> Span | None:
    """The same person's earlier post of the same branch under another of its secretary's
    names, or None.

    >>> person, org = {"name": "张三"}, {"name": "某村党支部"}
    >>> a = Span("post", 0, 0, 3, "村支书", {"title": "村支书", "person": person, "org": org})
    >>> b = Span("post", 1, 0, 5, "党支部书记", {"title": "党支部书记", "person": person, "org": org})
    >>> branch_secretary_twin(b, [a, b]) is a, branch_secretary_twin(a, [a, b])
    (True, None)
    """
    org = post.get("org")
    if org is None or post["title"] not in BRANCH_SECRETARY:
        return None
    for p in posts:
        if p is post:
            return None
        if p.get("person") is post.get("person") and p["title"] in BRANCH_SECRETARY and p.get("org") is not None \
                and p["org"]["name"] == org["name"] and p["title"] != post["title"]:
            return p
    return None
