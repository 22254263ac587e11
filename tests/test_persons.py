"""Each way official news introduces a person, with small examples of our own."""
from pathlib import Path


def posts(art, name):
    return {(p["title"], p["org"], p["place"]) for p in art.positions if p["person"] == name}


def names(art):
    return {p["name"] for p in art.persons}


def body(text):
    return f"测试新闻\n2023-06-01 来源:测试日报\n{text}\n"


def test_apposition_chain_gives_each_post_its_body_and_place(article):
    art = article(body("河北省人大代表、石家庄市正定县塔元庄村党支部书记尹小平说，今年村里的日子越过越红火了。"))
    assert posts(art, "尹小平") == {("人大代表", "河北省人大", "河北省"), ("党支部书记", "塔元庄村党支部", "塔元庄村")}


def test_title_opening_with_a_body_names_that_body(article):
    art = article(body("保定市涞水县委书记贾宏伟是名80后，他带领干部推进乡村振兴工作取得明显成效。"))
    assert posts(art, "贾宏伟") == {("县委书记", "涞水县委", "涞水县")}


def test_second_post_in_chain_keeps_the_place(article):
    art = article(body("石家庄市长安区委常委、常务副区长周敏说，全区正在加快推进重点项目建设工作。"))
    assert posts(art, "周敏") == {("区委常委", "长安区委", "长安区"), ("常务副区长", None, "长安区")}


def test_bureau_head_is_split_from_the_bureau(article):
    art = article(body("邯郸市审计局局长郑卫东感慨地说，审计工作要做到应审尽审、凡审必严。"))
    assert posts(art, "郑卫东") == {("局长", "邯郸市审计局", "邯郸市")}


def test_byline_lists_several_reporters(article):
    art = article(body("新华社记者郭小川、李明、欧阳春晓\n群众工作是基层治理的基础，各地不断创新工作方法取得成效。"))
    assert {"郭小川", "李明", "欧阳春晓"} <= names(art)
    assert posts(art, "李明") == {("记者", "新华社", None)}


def test_author_line_with_newspaper_reporter(article):
    art = article("测试新闻\n作者:本报记者 孙丽娟\n来源:河北日报\n基层治理不断创新，群众满意度持续提高，各项工作稳步推进取得实效。")
    assert posts(art, "孙丽娟") == {("记者", "河北日报", None)}


def test_editor_lines_name_editors(article):
    art = article("测试新闻\n2021-08-06 11:09:27来源:河北日报编辑:王芳责编:赵刚\n基层治理不断创新，群众满意度持续提高，各项工作稳步推进取得实效。\n[责任编辑:钱多多]")
    assert {"王芳", "赵刚", "钱多多"} <= names(art)
    assert ("责编", "河北日报", None) in posts(art, "赵刚")


def test_reporter_tag_in_brackets_at_the_end(article):
    art = article(body("基层治理不断创新，群众满意度持续提高，各项工作稳步推进取得实效。(河北日报记者 周立新)"))
    assert posts(art, "周立新") == {("记者", "河北日报", None)}


def test_speaker_without_post_is_a_person(article):
    art = article(body("“我们要把群众的事当成自己的事。”吴海峰说，这是他多年来坚持的工作原则和做法。"))
    assert "吴海峰" in names(art)


def test_name_plus_honorific_post(article):
    art = article(body("全省上下认真学习习近平总书记重要讲话精神，推动各项工作落地见效取得成果。"))
    assert posts(art, "习近平") == {("总书记", None, None)}


def test_temporary_and_former_posts(article):
    art = article(body("2016年，32岁的彭海涛从河北省农林科学院研究所副所长的岗位到涞水县挂职任副县长，积累了丰富经验。"))
    got = {(p["title"], p["place"], p["former"]) for p in art.positions if p["person"] == "彭海涛"}
    assert ("副所长", "河北省", True) in got and ("副县长", "涞水县", False) in got


def test_one_character_given_name_is_not_extended(article):
    art = article(body("石家庄市信访局局长何兵说，信访工作关键在于把群众的事办好办实。何兵认为要主动作为。"))
    assert "何兵" in names(art) and "何兵说" not in names(art)


def test_unnamed_references_are_not_persons(article):
    art = article(body("市委主要领导说，要关心群众冷暖。在小区住了6年的张女士说，问题终于解决了。一名干部表示要继续努力。"))
    assert names(art) == set()


def test_every_mention_in_an_article_is_one_person(article):
    art = article(body("河北省正定县县长刘建华说，要抓好项目建设。刘建华表示，全县上下要团结一心。"))
    assert [p["name"] for p in art.persons].count("刘建华") == 1
    assert len(art.persons[0]["sentences"]) == 2


def test_rank_follows_title_and_body_level(article):
    art = article(body("河北省正定县县长刘建华说，要抓好项目建设，推动全县经济社会高质量发展。"))
    assert art.positions[0]["rank"] == "县处级"


def test_name_followed_by_an_unlisted_verb_is_read_by_the_segmenter(article):
    art = article(body("近日，正定县委书记刘志刚现场督导秸秆禁烧工作，镇长陈晓东带领干部逐村排查隐患。"))
    assert {"刘志刚", "陈晓东"} <= names(art)


def test_county_website_bare_posts_are_the_county_s(article):
    text = (Path(__file__).parent / "data" / "county_site.txt").read_text(encoding="utf-8")
    art = article(text)
    assert posts(art, "张志远") == {("县委副书记", "平山县委", "平山县"), ("县长", None, "平山县")}
    assert posts(art, "王海军") == {("镇党委书记", "西柏坡镇党委", "西柏坡镇")}
    assert posts(art, "赵敏") == {("镇长", None, "温塘镇")}
    assert {"平山县委组织部", "平山县财政局", "平山县农业农村局"} <= {o["name"] for o in art.organizations}


def test_generic_county_secretary_in_a_provincial_article_names_no_county(article):
    art = article(body("陕西建立县委书记季度工作擂台赛机制。石泉县池河镇五爱村党支部书记唐继明深有感触，干劲更足了。"))
    assert not any(o["name"] == "石泉县委" for o in art.organizations)


def test_traditional_page_with_corner_brackets_and_channel_source(article):
    art = article((Path(__file__).parent / "data" / "traditional_people_daily.txt").read_text(encoding="utf-8"))
    assert art.publisher == "人民网"
    assert posts(art, "王明峰") == {("记者", "人民网", None)}
    assert posts(art, "张文") == {("市委常委", "广元市委", "广元市"), ("部长", "广元市委组织部", "广元市")}
    assert posts(art, "何国辉") == {("党支部书记", "东凡村党支部", "东凡村")}
    assert any(p["name"].startswith("“网格化+积分制”") for p in art.programs)
