"""The verbs of a career step, as official news and résumés write them: those that take a
post up (任, 担任, 当选为, 调任…), that tell posts held before (历任, 曾任, 时任…), that propose
one (拟任, 提名为…), that leave one (辞去, 不再担任…), and a deciding body's (任命某某为…,
免去某某的…职务).  kg.recognize.career_chains reads the chain of titles after them.
"""
from __future__ import annotations

import re


PAST = ("历任", "曾任", "曾担任", "先后担任", "先后任", "相继担任", "相继任", "担任过", "任过", "曾兼任", "还曾任", "原为", "原任", "时任", "此前任", "此前担任",
        "生前任", "生前担任")      # an obituary's posts held until death
# A pre-appointment notice (任前公示) proposes a post, not yet held: "拟任某镇党委书记",
# "拟提名为某县某局局长人选" (a government post the congress still has to vote on).
PROPOSE = ("拟任", "拟提名为", "拟推荐为", "拟任命为", "拟提任", "拟提拔为", "拟提拔任用为",
           "被提名为", "提名为",          # "某某被提名为某县县长候选人": nominated, not yet elected
           "被确定为", "确定为")          # "某某被确定为某县委书记人选": a candidate the province settled on
TAKE = ("当了",                                         # a story's "当了12年村支书": held (how long is no date)
        "出任", "调任", "转任", "接任", "升任", "改任", "兼任", "担任", "当选为", "当选", "提任", "履新", "起任", "任", *PROPOSE,
        "当上",                                           # a story's "当上了村委会委员": became
        "成为",                                           # a feature's "2016年，她成为村党支部书记": became
        "被任命为", "被选举为", "被选为", "被补选为", "补选为",   # the passive of a decision: "某某被任命为某市委书记"
        "推选为", "推举为", "被推选为", "被推举为", "任命为",     # "某某被群众推选为村委会主任", "某某被省委任命为…"
        "被提拔为", "提拔为", "被提拔担任", "被提拔任",     # a promotion: "2012年，她被提拔为某县副县长"
        "被调任", "被转任",                                # the passive of a move: "次年，他被调任某县农委副主任"
        "被选拔为", "选拔为", "被选拔担任",                 # a village secretary chosen into a township's leadership
        "晋升为", "被晋升为", "提升为", "被提升为", "被聘为", "受聘为", "聘任为", "被聘任为",   # "晋升为某院副院长"
        "挂任", "挂职任", "挂职",                          # a secondment (kg.recognize.tenure: temporary); 挂职 with
        #                                                   its post right after it: "挂职某县副县长" (no post after
        #                                                   "挂职锻炼", "挂职干部": no chain is read there)
        "到任", "履职", "走上")                            # arriving in the post: "某某到任某县委书记", "走上某职岗位"
PAST_MARKS = ("曾", "原", "早年", "先后", "相继", "此前", "利用")    # before a verb: the posts are past ones
# "2018年，他还在某局担任副局长": a past year the post was still held in, not the one it was taken
# up in (kg.recognize.careers, kg.recognize.tenure: no start, and left since).
STILL_THEN = re.compile(r"还(?:在|是|担任|任)")
# A sentence's opening adverbial of the time before the change an appointment story tells:
# "此前，某某任…", "调整前，某某任…", "履新前，…" (the posts named are the ones left).
PAST_LEADS = ("此前", "在此之前", "此之前", "之前", "调整前", "此次调整前", "履新前", "调任前", "任职前", "任命前", "到任前")
# Leaving a post, in the person's clause: "辞去…", a discipline notice's "免除其…职务",
# "撤销其…职务", the passive "被免去…职务" (a decision's "免去某某的…" is DECISION's).
LEAVE = ("不再担任", "辞去", "不再兼任", "卸任", "免除", "撤销", "被免去", "被撤销")
MOVE = ("调任", "转任", "升任", "改任", "接任", "出任", "履新", "被调任", "被转任")     # taking a post up in another place or body (履新: "takes up a new post")
SECONDED = ("挂任", "挂职任", "挂职")     # a secondment: taken up in another place, the home post kept
# 时任 ("then serving as") is no verb inside 同时/当时: "某某同时任…", "某某当时任…" take 任.
VERB = re.compile("|".join(w if w != "时任" else "(?<![同当])时任" for w in sorted(PAST + TAKE + LEAVE, key=len, reverse=True)))
# A deciding body's verb, the person, then 为 (the post taken) or 的 (the post left):
# "任命某某为某县副县长", "补选某某为…" (a plenum's 增补, 递补, 增选 too), "免去某某同志的某局局长职务"; and a standing
# committee's acting head, "决定(由)某某代理某市人民政府市长职务" or "决定某某为某市人民政府代理市长" (地方组织法: the
# committee decides who acts while the post is empty); and the body's choice written
# "(决定)由某某担任某职" (not 理由, 经由); "提名(推荐)某某为某职候选人(人选)": proposed, not yet held;
# "终止某某的某县人大代表资格": a deputy's seat ended by the standing committee (the law on deputies);
# "聘任某某为某研究所所长": an institution's head engaged under the public institutions' contract system.
DECISION = re.compile(r"(?P<verb>任命|聘任|聘用|补选|增补|递补|增选|选举|推选|免去|终止(?=[\u4e00-\u9fff·]{2,8}?(?:同志)?的)|(?<![被拟])(?:提名|推荐)(?=其为|[\u4e00-\u9fff·、]{2,24}?(?:同志)?为)|决定(?=由?[\u4e00-\u9fff·]{2,8}?代理|[\u4e00-\u9fff·]{2,8}?(?:同志)?为[\u4e00-\u9fff]{0,24}?代理)"
                      r"|(?<![理经])由(?=[\u4e00-\u9fff·]{2,4}(?:同志)?(?:担任|出任|兼任)))")
NOT_VERB_BEFORE = set("主责信放就继连留聘委担出调转接升改兼提起曾历")
NOT_VERB_AFTER = set("务何期性意命免职内满用教课劳")
STOP = set("。；;！？!?")
# How long a post was held, between the verb and the post: "当了12年村支书", "担任了10年的村主任".
HELD_SPAN = re.compile(r"(?:\d{1,2}|[一二两三四五六七八九十]{1,3})(?:多|余)?年(?:多)?的?")
