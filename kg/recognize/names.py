"""Chinese personal names: surnames, and where a name ends.

A name is a surname (one character, or a compound such as 欧阳) and one or two given
characters.  Text has no spaces, so the end of a name is read from what follows it:
official news puts a name right before a speech verb, punctuation, or the next clause
("白金山说", "于涵正梳理", "苑振超是名85后").  When both a two- and a three-character
reading fit, the article decides: the reading that recurs before different words is
the name ("于涵说", "于涵当过" → 于涵, not 于涵正).
"""
from __future__ import annotations

SURNAMES_1 = set(
    "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈"
    "姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤"
    "常温康施文牛樊葛邢安齐易乔伍庞颜倪庄聂章鲁岳翟殷詹申欧耿关兰焦俞左柳甘祝包宁尚符舒阮柯纪梅童凌毕单季裴"
    "霍涂成苗谷盛曲翁冉骆蓝路游辛靳管柴蒙鲍华喻祁蒲房滕屈饶解牟艾尤阳时穆农司卓古吉缪简车项连芦麦褚娄窦戚岑"
    "景党宫费卜冷晏席卫米柏宗瞿桂全佟应臧闵苟邬边卞姬师仇栾隋商刁沙荣巫寇桑郎甄丛仲虞敖巩明佘池查麻苑迟邝"
    "官封谈匡鞠惠荆乐冀郁胥南班储原栗燕楚鄢劳谌奚皮粟冼蔺楼盘满闻位厉伊仝区郜海阚花权强帅屠豆朴盖练廉禹井祖"
    "漆巴丰支卿国狄平计索宣晋相初门云容敬来扈晁芮都普阙浦戈伏鹿薄邸雍辜羊阿乌母裘亓修邰赫杭况那宿鲜印逯隆茹"
    "诸战慕危玉银亢嵇公哈湛宾戎勾茅利於呼居揭干但尉冶斯元束檀衣信展阴昝智幸奉植衡富尧闭由"
    "傅习阎钮贲郦邴扶訾蒯乜养须巢竺益桓郏仉谯笪鄂宓禄"
)
SURNAMES_2 = {"欧阳", "司马", "上官", "诸葛", "东方", "皇甫", "尉迟", "公孙", "慕容", "长孙", "宇文", "司徒",
              "夏侯", "令狐", "端木", "呼延", "澹台", "钟离", "轩辕", "申屠", "万俟", "闻人", "南宫", "西门"}

# What follows a name in running text: speech and action verbs, particles, punctuation.
AFTER_NAME = (
    "说", "表示", "介绍", "认为", "指出", "强调", "坦言", "告诉", "感慨", "深有", "回忆", "笑着", "谈到", "提到",
    "一行", "同志", "等", "在", "是", "也", "正", "带领", "作为", "乘势", "当过", "通过", "下派", "从", "到", "就",
    "和", "与", "的", "曾", "还", "已", "又", "便", "率", "主持", "参加", "先后", "认真", "对", "把", "将", "被",
    "为", "向", "已经", "今年", "去年", "如今", "现在", "目前", "接受", "称", "告诫", "责编", "编辑", "(", ")",
    "带队", "率队", "调研", "出席", "要求", "提出", "深入", "来到", "走访", "察看", "看望", "慰问", "检查", "督导",
    "赴", "讲话", "宣读", "回答", "透露", "组织", "召集", "现场", "亲自", "详细", "随后", "同", "于", "说道",
    "据", "分析", "解释", "补充", "建议", "希望", "相信", "觉得", "常说", "所说", "坦承", "直言",
    "（", "）", "，", ",", "。", "、", "：", ":", "；", ";", "“", "”", "！", "？", "!", "?", " ", "]", "】", "\n",
)
NOT_GIVEN = set("的了在是说都被把对从到为这那其某们个年月日市县区省镇乡村委部局记者")
NOT_NAMES = {"大家", "群众", "干部", "记者", "同志", "有关", "相关", "石油", "高新", "金山", "江山", "方面", "方式",
             "党员", "主要", "负责", "常务", "专职", "全面", "全省", "全市", "全县", "万元", "于是", "于此", "时间",
             "时候", "成为", "成员", "成果", "项目", "安全", "安排", "文化", "文旅", "向前", "向着", "和平", "任务",
             "任职", "管理", "经济", "信访", "建设", "平台", "农业", "司机", "史上", "应急", "明确", "明显", "常态"}


def surname_at(text: str, i: int) -> str | None:
    if text[i:i + 2] in SURNAMES_2:
        return text[i:i + 2]
    if i < len(text) and text[i] in SURNAMES_1:
        return text[i]
    return None


def ends_name(text: str, j: int) -> bool:
    """Does a name plausibly end at j?  End of text, or a word that follows names."""
    return j >= len(text) or text.startswith(AFTER_NAME, j)


def readings(text: str, i: int, strict: bool = False) -> list[str]:
    """Possible names starting at i, shortest first, each followed by a name-ending word.

    After a post or in a byline the context already says "a name follows", so given names
    that are also words (建国, 宏伟, 立新) are accepted; `strict` is for weaker contexts.
    """
    sur = surname_at(text, i)
    if not sur:
        return []
    out = []
    for given in (1, 2):
        j = i + len(sur) + given
        name = text[i:j]
        if j > len(text) or any(c in NOT_GIVEN or not ("\u4e00" <= c <= "\u9fff") for c in name[len(sur):]):
            break
        if plausible(name, strict) and ends_name(text, j):
            out.append(name)
    return out or _segmenter_reading(text, i, sur, strict)


def _segmenter_reading(text: str, i: int, sur: str, strict: bool) -> list[str]:
    """When no name-ending word follows, ask jieba whether a person name starts here."""
    from kg.segment import tagged

    from kg.segment import tag_of

    word, flag = tagged(text[i:i + 8])[0]
    head_tag = tag_of(word[:2]) or "nr"
    if (flag.startswith("nr") and len(sur) < len(word) <= len(sur) + 2 and plausible(word, strict)
            and (head_tag.startswith("nr") or head_tag[0] not in "vadn")):
        return [word]
    return []


def plausible(name: str, strict: bool = True) -> bool:
    """Not a listed non-name, and not an ordinary word ("关负责", "和面")."""
    from kg.segment import tag_of

    if name in NOT_NAMES:
        return False
    given = name[2:] if name[:2] in SURNAMES_2 else name[1:]
    for word in (name, given if len(given) == 2 and strict else None):
        tag = tag_of(word) if word else None
        if tag and not tag.startswith("nr") and tag[0] in "vadpcurmqtf":
            return False
    tag = tag_of(name)
    return not (tag and not tag.startswith("nr") and len(name) == 2 and tag[0] in "n")


def choose(options: list[str], text_of_article: str) -> str | None:
    """Between "于涵" and "于涵正", the reading the article repeats before other words."""
    if not options:
        return None
    if len(options) == 1:
        return options[0]
    short, long_ = options[0], options[-1]
    if text_of_article.count(long_) >= 2 and text_of_article.count(short) == text_of_article.count(long_):
        return long_
    return short
