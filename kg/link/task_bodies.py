"""The body a task group's officer heads when the sentence that sets it up names him bare.

Official news sets up a coordinating body (议事协调机构) and names its officers in one breath:
"某县成立森林防灭火指挥部，由县委书记甲任政委，县长乙任指挥长，副县长丙任常务副指挥长";
"某镇组建乡村振兴工作领导小组，镇长丁任组长".  The titles are the body's own closed class
(a 领导小组's 组长, a 指挥部's 指挥长), written bare after the verb; the body is the one of that
kind the sentence (or the one before) named before the title.  Used by kg.link.posts.

>>> from kg.article import Article, Span
>>> from kg.recognize.posts import Cue
>>> art = Article(source_file="x")
>>> hq = art.add(Span("org", 0, 0, 12, "某县森林防灭火指挥部", {"name": "某县森林防灭火指挥部", "place": None}))
>>> text = "某县成立森林防灭火指挥部，由县长乙任指挥长"
>>> post = Span("post", 0, 19, 22, "指挥长", {"title": "指挥长", "cue": Cue("career", text, 19, 22)})
>>> task_body(art, post)["name"]
'某县森林防灭火指挥部'
>>> post = Span("post", 0, 19, 21, "组长", {"title": "组长", "cue": Cue("career", text, 19, 21)})
>>> task_body(art, post) is None              # a group's leader, and no group named
True
"""
from __future__ import annotations

from kg.article import Article, Span

# The titles of each kind of task body, and the heads that name that kind.
GROUP_TITLES = ("组长", "副组长", "常务副组长", "第一副组长", "执行组长")
COMMAND_TITLES = ("指挥长", "副指挥长", "常务副指挥长", "第一副指挥长", "执行指挥长", "总指挥", "副总指挥", "政委")
HEADS_OF = {**{t: ("领导小组", "工作小组") for t in GROUP_TITLES}, **{t: ("指挥部",) for t in COMMAND_TITLES}}


def task_body(art: Article, post: Span) -> Span | None:
    """The task body of the post's kind named last before it, in its sentence or the one
    before, where the post's item is its title alone; else None."""
    heads, cue = HEADS_OF.get(post["title"]), post.get("cue")
    if heads is None or cue is None or cue.text[cue.a:cue.z - len(post["title"])].strip():
        return None               # ("县委巡察组组长": a group of its own written before the title)
    for idx in (post.sent, post.sent - 1):
        named = [o for o in art.in_sentence("org", idx) if o.start >= 0 and o["name"].endswith(heads)
                 and (idx < post.sent or o.end <= post.start)]
        if named:
            return max(named, key=lambda o: o.end)
    return None
