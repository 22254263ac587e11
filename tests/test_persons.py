"""Persons, posts and bodies, from sentences written for the test (none from the seeds).

Negative tests carry a positive control in the same text, so a recognizer that finds
nothing cannot pass them."""

import pytest


def posts(art, name):
    return {(p["title"], p["org"]["name"] if p["org"] is not None else None,
             p["place"]["name"] if p["place"] is not None else None)
            for p in art.of("post") if p["person"]["name"] == name}


def names(art):
    return {p["name"] for p in art.of("person")}


def orgs(art):
    return {o["name"] for o in art.of("org")}


def body(text, source="测试日报"):
    return f"测试新闻\n2023-06-01 来源:{source}\n{text}\n"


def test_byline_lists_several_reporters(article):
    art = article(body("新华社记者孙敏、刘洁报道 今年以来，各地加快推进项目建设，成效明显。"))
    assert {"孙敏", "刘洁"} <= names(art)
    assert ("记者", "新华社", None) in posts(art, "刘洁")


def test_correspondents_on_the_header_line_after_the_source_are_credited(article):
    art = article("县融媒体中心挂牌\n2024-01-10 来源：攸县融媒体中心 通讯员：贺文 龙晓敏\n"
                  "1月9日，县融媒体中心挂牌成立，县委书记刘光明出席。\n")
    assert {"贺文", "龙晓敏"} <= names(art)
    assert all(p["title"] == "通讯员" for p in art.of("post") if p["person"]["name"] in ("贺文", "龙晓敏"))
    assert ("县委书记", "攸县县委", "攸县") in posts(art, "刘光明")          # control: the body's official


def test_a_one_character_countys_committee_written_with_its_level_twice_after_zhonggong_is_read(article):
    art = article(body("经县委研究决定：田晓峰同志任中共攸县县委巡察办主任。"))
    assert ("主任", "攸县县委巡察办", "攸县") in posts(art, "田晓峰")
    assert "攸县县委巡察办" in orgs(art)
    control = article(body("经县委研究决定：田晓峰同志任中共茶陵县委巡察办主任。"))
    assert ("主任", "茶陵县委巡察办", "茶陵县") in posts(control, "田晓峰")


def test_an_outlet_named_in_the_source_line_and_in_a_credit_is_one_body(article):
    art = article("春耕忙\n2024-09-18 来源：湘西日报\n县委书记彭建说，今年春耕进度快。\n（湘西日报记者 龙晓云）\n")
    placed = {(o.get("place") or {}).get("name") if o.get("place") is not None else None
              for o in art.of("org") if o["name"] == "湘西日报"}
    assert len(placed) == 1                                     # one node, not a placed and an unplaced one
    assert ("记者", "湘西日报", None) in posts(art, "龙晓云")      # control: the credit's body


def test_editor_lines_name_editors(article):
    text = "测试新闻\n2023-06-01 来源:测试日报\n全县新建道路12公里，惠及群众三万余人。\n责任编辑：郭静怡\n"
    art = article(text)
    assert "郭静怡" in names(art)
    assert {p["role"] for p in art.of("person") if p["name"] == "郭静怡"} == {"journalist"}


def test_speaker_without_post_is_a_person(article):
    art = article(body("“今年的收成比去年好多了。”种植户潘建军说，他家的柑橘卖到了外省。"))
    assert "潘建军" in names(art)


def test_name_plus_honorific_post(article):
    art = article(body("会议传达学习了习近平总书记重要讲话精神，要求抓好贯彻落实。"))
    assert ("总书记", "中共中央", None) in posts(art, "习近平")          # the body the title implies
    # a surname that ends a word before the title is no name: 情况 + 向, 座谈 + 会是
    art = article(body("县委书记李德明就工作情况向总书记作了汇报。这次座谈会是总书记主持召开的。"))
    assert names(art) == {"李德明"}


def test_clause_posts_are_read_with_their_place_and_former_flag(article):
    art = article(body("2019年，32岁的韩晓东到四川省甘孜藏族自治州理塘县挂职任副县长，此前曾任乡党委书记。"))
    got = {(p["title"], p["place"]["name"] if p["place"] is not None else None, p["former"])
           for p in art.of("post") if p["person"]["name"] == "韩晓东"}
    assert ("副县长", "理塘县", False) in got
    assert ("乡党委书记", None, True) in got


def test_unnamed_references_are_not_persons(article):
    art = article(body("市委主要领导和张女士一起看望了困难群众，副市长马玉兰随同。"))
    assert "马玉兰" in names(art)                      # positive control
    assert not any(n.startswith(("张女", "市委")) for n in names(art))


def test_a_questions_a_not_a_after_a_person_noun_is_no_name(article):
    art = article(body("“村民富不富，要看产业旺不旺。”村民李不凡说。"))
    assert names(art) == {"李不凡"}                     # 富不富: a question; 李不凡: a name with 不


def test_every_mention_in_an_article_is_one_person(article):
    art = article(body("镇长王海涛介绍了情况。王海涛说，今年全镇新修水渠8公里。"))
    people = [p for p in art.of("person") if p["name"] == "王海涛"]
    assert len(people) == 1 and len(people[0]["sentences"]) == 2


def test_a_longer_reading_confirmed_shorter_elsewhere_is_the_shorter_name(article):
    art = article(body("副镇长李华正在村里走访农户。李华说，今年要把道路修到每个村民小组。"))
    assert "李华" in names(art) and "李华正" not in names(art)


def test_bodies_are_placed_and_chained(article):
    art = article(body("广西壮族自治区百色市田东县委组织部、田东县财政局和田东县农业农村局联合开展调研。"))
    assert {"田东县委组织部", "田东县财政局", "田东县农业农村局"} <= orgs(art)


def test_bare_level_body_needs_the_article_s_own_place(article):
    art = article(body("县委组织部召开会议，研究部署年度考核工作。安徽省合肥市肥西县财政局参会。"))
    assert "肥西县财政局" in orgs(art)                  # positive control
    assert not any(o.endswith("县委组织部") and len(o) > 5 for o in orgs(art))


def test_named_bodies_and_companies(article):
    art = article(body("据新华社报道，贵州茅台酒股份有限公司与当地合作社签订收购协议。"))
    assert {"新华社", "贵州茅台酒股份有限公司"} <= orgs(art)


def test_traditional_page_names_people_in_simplified(article):
    art = article(body("「我們要把產業做起來。」村黨支部書記黃永發說，全村已經種下茶葉兩千畝。"))
    assert "黄永发" in names(art)


def test_names_listed_after_one_title_each_hold_it(article):
    art = article(body("会议由县委书记高志远主持，县委常委程立新、吕春华、钱文斌出席。"))
    for name in ("程立新", "吕春华", "钱文斌"):
        assert [t for t, _, _ in posts(art, name)] == ["县委常委"]
    assert [t for t, _, _ in posts(art, "高志远")] == ["县委书记"]        # the list stops at a new title


def test_a_new_title_in_the_list_starts_a_new_introduction(article):
    art = article(body("县委常委任国平、副县长陈平参加活动。"))
    assert [t for t, _, _ in posts(art, "陈平")] == ["副县长"]


def test_wire_dateline_credits_its_reporters(article):
    art = article(body("新华网郑州9月15日电(记者 宋晓光 陈明)全省秋粮收获进度过半。"))
    assert {"宋晓光", "陈明"} <= names(art)
    assert [t for t, _, _ in posts(art, "陈明")] == ["记者"]


def test_review_lines_and_space_separated_bylines_name_the_editorial_chain(article):
    art = article(body("全县完成造林2万亩。\n记者  周海涛  黄晓明\n初审:林小雨 终审:杜国平"))
    assert {"周海涛", "黄晓明", "林小雨", "杜国平"} <= names(art)
    assert [t for t, _, _ in posts(art, "杜国平")] == ["终审"]


def test_a_sanction_verb_ends_the_name(article):
    art = article(body("经县纪委调查，副镇长柯宏图受到党内警告处分。"))
    assert "柯宏图" in names(art) and "柯宏图受" not in names(art)


def test_appointment_notices_give_the_post_and_its_end(article):
    art = article(body("市委批准：卓永康同志任中共南漳县委书记，蓝振宇同志不再兼任中共南漳县委书记职务。"))
    assert posts(art, "卓永康") == {("县委书记", "南漳县委", "南漳县")}
    ended = [p for p in art.of("post") if p["person"]["name"] == "蓝振宇"]
    assert [p["title"] for p in ended] == ["县委书记"] and ended[0]["former"]


def test_a_name_before_a_bare_verb_of_office_is_not_read_as_appointed(article):
    art = article(body("他任县长多年，县长于海波说要抓好项目。"))
    assert "于海波" in names(art) and not any(n.endswith("他") for n in names(art))


def test_writer_and_photographer_lines_are_credits(article):
    art = article(body("全镇新建公厕12座。\n撰稿:邝明辉\n摄影:冼文杰\n（记者 谭永康摄）"))
    assert [t for t, _, _ in posts(art, "冼文杰")] == ["摄影"]
    assert "谭永康" in names(art) and "谭永康摄" not in names(art)


def test_an_official_profile_opens_with_the_name(article):
    art = article(body("贺立群，男，汉族，1970年5月生，湖南宁乡人。\n魏红英(女),196812月生,山东莱阳人。\n王府井大街，全长1.8公里。"))
    assert {"贺立群", "魏红英"} <= names(art) and not any(n.startswith("王府") for n in names(art))


def test_ministries_and_abbreviated_local_bodies_are_organizations(article):
    art = article(body("水利部派出工作组，四川省民委、凉山州民宗局和西昌市新闻办负责同志参加。"))
    assert {"水利部", "四川省民委", "凉山彝族自治州民宗局", "西昌市新闻办"} <= orgs(art)


def test_a_body_keeps_the_name_the_article_wrote_as_another_label(tmp_path):
    from kg.graph.ns import SKOS
    from kg.build.pipeline import merge, process_file

    src = tmp_path / "a.txt"
    src.write_text(body("凉山州民宗局召开会议。"), encoding="utf-8")
    g = merge([process_file(str(src))])
    alts = {str(o) for o in g.objects(None, SKOS.altLabel)}
    assert "凉山州民宗局" in alts


def test_kin_named_in_apposition_are_persons(article):
    art = article(body("丈夫在外打工，妻子邝秀英一人操持果园；她的儿子说要回乡创业。"))
    assert "邝秀英" in names(art) and not any(n.startswith("说") for n in names(art))


def test_decisions_appoint_and_remove_by_name(article):
    art = article(body("会议决定：任命钱志刚为夏津县人民政府副县长；免去孙丽华同志的夏津县财政局局长职务。"))
    assert posts(art, "钱志刚") == {("副县长", "夏津县人民政府", "夏津县")}
    removed = [p for p in art.of("post") if p["person"]["name"] == "孙丽华"]
    assert [p["title"] for p in removed] == ["局长"] and removed[0]["former"]
    plain = article(body("我们提名的候选人很多。"))
    assert not plain.of("post")                                           # no name, no post


def test_an_election_names_yi_and_tibetan_officials_in_the_slot_of_its_verb(article):
    art = article(body("昭觉县人代会选举吉伍木呷为县人民政府县长，曲比阿果（女）、周明辉为副县长；"
                       "任命旦增多吉为县教育局局长；免去巴莫尔哈的县财政局局长职务。"))
    assert ("县长", "昭觉县人民政府", "昭觉县") in posts(art, "吉伍木呷")
    assert ("副县长", "昭觉县人民政府", "昭觉县") in posts(art, "曲比阿果")
    assert ("副县长", "昭觉县人民政府", "昭觉县") in posts(art, "周明辉")       # a Han name in the same list
    assert ("局长", "昭觉县教育局", "昭觉县") in posts(art, "旦增多吉")
    left = [p for p in art.of("post") if p["person"]["name"] == "巴莫尔哈"]
    assert [p["title"] for p in left] == ["局长"] and left[0]["former"]
    plain = article(body("会议选举产生了新一届县人民政府领导班子。"))
    assert not plain.of("person")                                         # no name in the slot, none read


def test_the_office_of_a_task_group_is_a_body_and_a_city_paper_s_bare_provincial_committee_is_its_province_s(article):
    art = article(body("省委巡视工作领导小组办公室副主任孟宪伟、县乡村振兴工作领导小组办公室主任韩立春出席。", source="绵阳日报"))
    assert ("副主任", "四川省委巡视工作领导小组办公室", "四川省") in posts(art, "孟宪伟")
    assert "四川省委" in orgs(art)                       # the paper's province, though the text names none
    plain = article(body("省委组织部副部长孟宪伟出席。", source="测试日报"))
    assert not any(o.startswith("四川") for o in orgs(plain))      # control: an outlet of no place, no province


def test_a_listed_name_whose_given_part_is_a_word_is_read_before_the_verb_that_follows_names(article):
    art = article(body("区领导韩冬梅、龙飞跃、高建设参加调研。县长孟立强、高新区参加。"))
    assert {"韩冬梅", "龙飞跃", "高建设"} <= names(art)          # 飞跃, 建设: words, then 参加 after the name
    assert not {"高新区", "高新"} & names(art)                   # a zone in the list is no name


def test_a_dai_name_after_a_person_noun_is_read_where_a_speaker_s_verb_follows(article):
    art = article(body("在曼光村，村民岩香说，今年橡胶价格好。村民玉叶也表示满意。村民岩石堆旁坐着几个人。"))
    assert {"岩香", "玉叶"} <= names(art)
    assert not any(n.startswith("岩石") for n in names(art))       # a rock, no speaker after it


def test_a_place_s_numbered_school_written_short_is_a_body_and_a_centre_is_not(article):
    art = article(body("攸县一中校长贺立军、攸县二中副校长谭敏和攸县一中心小学老师出席。"))
    assert ("校长", "攸县一中", "攸县") in posts(art, "贺立军")
    assert ("副校长", "攸县二中", "攸县") in posts(art, "谭敏")
    assert "攸县一中心" not in orgs(art) and "攸县一中" in orgs(art)


def test_a_head_nurse_in_a_commendation_list_holds_her_hospital_s_post(article):
    art = article("表彰决定\n2024-06-28 来源:攸县融媒体中心\n优秀共产党员：\n贺春兰（女，县人民医院护士长）\n"
                  "谭建新（县交通运输局副局长）\n")
    assert ("护士长", "攸县人民医院", "攸县") in posts(art, "贺春兰")
    assert ("副局长", "攸县交通运输局", "攸县") in posts(art, "谭建新")       # control: a bureau's post


def test_a_zone_s_working_committee_named_by_an_unknown_district_like_name_is_not_the_article_s_district(article):
    art = article(body("市委常委邓卫东带队深入雨湖区、鹤岭区督导检查。鹤岭区党工委副书记、管委会主任贺子健参加；"
                       "雨湖区委书记谭立平汇报。", source="湘潭日报"))
    assert not any(p[1] == "雨湖区党工委" or p[2] == "雨湖区" for p in posts(art, "贺子健"))
    assert ("区委书记", "雨湖区委", "雨湖区") in posts(art, "谭立平")              # control: the district's own body


def test_a_discipline_group_stationed_in_a_body_with_its_sender_unsaid_is_not_that_body(article):
    art = article(body("攸县财政局召开会议。县财政局局长贺建明讲话，驻县财政局纪检监察组组长龙晓军通报情况。", source="攸县融媒体中心"))
    assert ("组长", "驻攸县财政局纪检监察组", "攸县") in posts(art, "龙晓军")
    assert ("局长", "攸县财政局", "攸县") in posts(art, "贺建明")                # control: the bureau's own head


def test_a_bare_head_s_title_in_a_body_s_own_meeting_news_is_that_body_s_head(article):
    art = article(body("攸县水利局召开防汛工作会议。局长谭国栋讲话，副局长刘晓燕主持。院长贺平列席。", source="攸县融媒体中心"))
    assert ("局长", "攸县水利局", "攸县") in posts(art, "谭国栋")
    assert ("副局长", "攸县水利局", "攸县") in posts(art, "刘晓燕")
    assert not any(p[1] == "攸县水利局" for p in posts(art, "贺平"))          # a bureau has no 院长


def test_a_body_s_unit_written_with_its_kind_alone_in_its_own_news_is_that_body_s_unit(article):
    art = article(body("攸县水利局召开会议。局办公室主任谭立新主持，局党组成员贺敏讲话。主任周强列席。",
                       source="攸县融媒体中心"))
    assert ("主任", "攸县水利局办公室", "攸县") in posts(art, "谭立新")
    assert ("党组成员", "攸县水利局党组", "攸县") in posts(art, "贺敏")        # as before: the bureau's group
    assert not any(p[1] == "攸县水利局办公室" for p in posts(art, "周强"))       # a bare 主任: no unit named


def test_a_name_then_its_title_before_what_they_do_is_an_official(article):
    art = article(body("省民政厅孟宪波主任强调，要抓好救助；钱立军局长一行到村调研。会议由县长主持。"))
    assert [t for t, _, _ in posts(art, "孟宪波")] == ["主任"]
    assert [t for t, _, _ in posts(art, "钱立军")] == ["局长"]
    assert not any(n.endswith("由") or "会议" in n for n in names(art))


def test_a_profile_with_plain_commas_and_a_citizen_in_apposition(article):
    art = article(body("  贺立军,196805月生,湖南人。\n对在湘江边长大的长沙市民邹晓梅来说，江水是乡愁。\n要把群众利益放在首位。"))
    assert {"贺立军", "邹晓梅"} <= names(art)
    assert not any(n.startswith("利益") for n in names(art))                # 群众 is a collective, not a name's noun


def test_a_cooperative_is_named_not_described(article):
    art = article(body("前年加入合作社的农户增收，村党支部领办合作社，成立专业合作社；青山茶叶专业合作社参加。"))
    got = orgs(art)
    assert "青山茶叶专业合作社" in got                                       # positive control
    assert not any(n.endswith("合作社") and n != "青山茶叶专业合作社" for n in got)


def test_who_takes_charge_of_a_cooperative_is_no_part_of_its_name(article):
    art = article(body("妇女主任邱美玲负责合作社的账目，党员方德福带领合作社社员外出学习；邱美玲说，绿岭茶叶专业合作社今年增收。"))
    got = orgs(art)
    assert "绿岭茶叶专业合作社" in got                                       # positive control
    assert not any("负责" in n or "带领" in n for n in got)


def test_minority_names_written_by_sound_after_a_title(article):
    art = article(body("牧委会主任乌日图那顺说，嘎查党支部书记敖特根巴雅尔深有感触，村党支部书记扎西次仁介绍了情况。"))
    assert {"乌日图那顺", "敖特根巴雅尔", "扎西次仁"} <= names(art)
    han = article(body("村委会主任王建国说，阿拉善右旗的干部来了。"))
    assert "王建国" in names(han) and not any(n.startswith("阿拉") for n in names(han))


def test_a_dai_name_after_a_post_is_read_without_a_surname(article):
    art = article(body("云南省西双版纳州勐腊县副县长岩香龙说，今年橡胶价格回升。"))
    assert "岩香龙" in names(art) and ("副县长", None, "勐腊县") in posts(art, "岩香龙")
    art = article(body("勐腊县的岩石滑坡点已经完成治理。"))                # no post before it: no name
    assert names(art) == set()


def test_the_statistical_recognizer_proposes_a_name_the_rules_cannot_read(article):
    # 乜 and 妥 are not in the surname list; LAC proposes the names, the rules check where they end
    art = article(body("河南省某县副县长乜国庆带队检查了三家企业的安全生产。"))
    assert "乜国庆" in names(art) and any(t == "副县长" for t, _, _ in posts(art, "乜国庆"))
    art = article(body("甘肃省某县副县长妥永福说，要抓好秋收。"))
    assert "妥永福" in names(art)
    art = article(body("河南省某县副县长王明哲带队检查了三家企业的安全生产。"))    # the rules alone, as before
    assert "王明哲" in names(art)


def test_a_proposal_that_is_a_place_or_a_body_is_refused(article):
    from kg.recognize import statistical

    assert statistical.tagger() is not None                              # the model is installed and loads
    art = article(body("县委书记在勐海县召开会议，部署秋收工作。"))
    assert names(art) == set()


def test_the_model_proposes_names_anywhere_and_the_rules_keep_only_names(article):
    art = article(body("座谈会上，种粮大户覃木生说，今年的收成比去年好。村里的老人们都夸黄澄澄的稻谷，张女士也来了。"))
    found = names(art)
    assert "覃木生" in found                                      # a name after no title, proposed by the model
    assert not found & {"黄澄澄", "张女士", "张女"}                # an adjective and a form of address are no names


def test_the_rules_run_alone_without_the_model(article):
    from kg.components import exclude

    exclude(["statistical"])
    try:
        art = article(body("镇长王海涛介绍了情况，种粮大户覃木生说，今年收成好。"))
        assert "王海涛" in names(art)                              # the rules' own introduction still reads
    finally:
        exclude([])


def test_a_name_keeps_the_characters_the_text_wrote(tmp_path):
    from rdflib import Graph
    from rdflib.namespace import RDFS, SKOS

    from kg.build.build import build

    corpus = tmp_path / "c"
    corpus.mkdir()
    (corpus / "s.txt").write_text(body("县长钟乾生说，今年要把农田水利建设好。"), encoding="utf-8")           # simplified
    (corpus / "t.txt").write_text(body("鎮長蔣炳乾說，今年要把道路修好。"), encoding="utf-8")                  # traditional
    build([corpus], tmp_path / "o", jobs=1, progress=False, view=False)
    g = Graph().parse(tmp_path / "o" / "graph.ttl")
    labels = {str(o) for o in g.objects(None, RDFS.label)}
    assert {"钟乾生", "蒋炳乾"} <= labels                   # 乾 is a simplified character: kept; 蔣 becomes 蒋
    assert not {"钟干生", "蒋炳干"} & labels
    assert "钟干生" in {str(o) for o in g.objects(None, SKOS.altLabel)}      # the converted form, for search


def test_a_surname_a_site_converted_to_traditional_is_the_same_official(tmp_path):
    from rdflib import Graph
    from rdflib.namespace import RDF, RDFS

    from kg.build.build import build
    from kg.graph.ns import CK

    corpus = tmp_path / "c"
    corpus.mkdir()
    (corpus / "s.txt").write_text(body("兴山县县长于建华说，今年要把农田水利建设好。"), encoding="utf-8")       # simplified
    (corpus / "t.txt").write_text(body("興山縣縣長於建華說，今年要把鄉村道路修好，讓群眾出行更方便。"), encoding="utf-8")
    (corpus / "u.txt").write_text(body("兴山县副县长於红梅说，今年要把全县的乡村道路修好，让群众出行更加方便。"), encoding="utf-8")         # 於 written in simplified
    build([corpus], tmp_path / "o", jobs=1, progress=False, view=False)
    g = Graph().parse(tmp_path / "o" / "graph.ttl")
    people = {str(g.value(p, RDFS.label)) for p in g.subjects(RDF.type, CK.Person)}
    assert "于建华" in people and "於建华" not in people, people     # one official in both scripts
    assert len([p for p in people if p.endswith("建华")]) == 1, people
    assert "於红梅" in people, people                                 # control: the rare surname as written

def test_names_end_before_the_verbs_of_notices_and_conjunctions(article):
    art = article(body("市政府秘书长邱立彬列席会议。副厅长高志斌以及各市负责人参加。第一书记简明远违反工作纪律，"
                       "受到诫勉谈话。县委常委、提名副县长人选彭向阳陪同调研。"))
    assert {"邱立彬", "高志斌", "简明远", "彭向阳"} <= names(art)
    assert not {"高志斌以", "邱立彬列"} & names(art)


def test_a_quoted_title_introduces_the_name_after_it(article):
    art = article(body("据黑龙江省桦南县驼腰子镇新发村“第一书记”柏文涛介绍，村里今年新建了两座温室大棚。"))
    got = posts(art, "柏文涛")
    assert any(t == "第一书记" and p == "新发村" for t, _, p in got), got


def test_an_assembly_s_committee_is_a_body_of_its_own(article):
    art = article(body("会议任命周海涛为江西省九江市人大常委会法制工作委员会主任，何丽为九江市政协提案委员会副主任。"))
    assert {"九江市人大常委会法制工作委员会", "九江市政协提案委员会"} <= orgs(art)
    held = {(p["person"]["name"], p["org"]["name"]) for p in art.of("post") if p["org"] is not None}
    assert ("周海涛", "九江市人大常委会法制工作委员会") in held
    art = article(body("江西省九江市人大常委会召开会议，听取法制工作委员会的报告。"))
    assert "九江市人大常委会" in orgs(art)                       # positive control
    assert "九江市人大常委会法制工作委员会" not in orgs(art)      # not written after the assembly


def test_an_area_noun_s_qu_is_no_district_before_a_body(article):
    art = article(body("江西省上饶市广丰区召开乡村振兴工作会议，广丰区各乡镇负责人参加。区委书记王强出席，城东片区党委书记李勇、五都社区党委书记张敏发言。"))
    assert "广丰区委" in orgs(art)                                  # positive control: the bare 区委
    assert not any(o.endswith("区党委") and o.startswith("广丰") for o in orgs(art))


def test_a_name_before_you_xie_ends_there(article):
    art = article(body("红旗村党支部书记尚国庆有些担忧，村主任李文有一句话说得好。"))
    assert {"尚国庆", "李文"} <= names(art)
    assert not any(n.endswith("有") for n in names(art))


def test_a_central_organ_under_its_short_name_is_the_organ_under_its_full_name(tmp_path):
    from rdflib import RDFS

    from kg.graph.ns import SKOS
    from kg.build.pipeline import merge, process_file

    src = tmp_path / "a.txt"
    src.write_text(body("同一天，最高检发布消息，中纪委网站通报了此案。中央纪委的通报还指出了问题。"
                        "会议强调，要坚决落实党中央部署，中共中央办公厅印发了通知。"), encoding="utf-8")
    g = merge([process_file(str(src))])
    labels = {str(o) for o in g.objects(None, RDFS.label)}
    assert {"最高人民检察院", "中央纪委", "中共中央"} <= labels and not {"最高检", "中纪委", "党中央"} & labels
    assert {"最高检", "中纪委", "党中央"} <= {str(o) for o in g.objects(None, SKOS.altLabel)}


def test_a_party_centre_department_by_its_formal_name_is_that_department_not_the_centre(article):
    art = article(body("中共中央宣传部授予他“时代楷模”称号，中共中央组织部发出通知。"))
    assert {"中央宣传部", "中央组织部"} <= orgs(art) and "中共中央" not in orgs(art)
    control = article(body("中共中央印发了《意见》。"))
    assert "中共中央" in orgs(control)


def test_a_groups_short_name_read_whole_after_its_full_name_is_that_group(article):
    art = article(body("陕西建工控股集团有限公司召开年度工作会议。陕建集团党委书记、董事长张义光作报告。"))
    assert ("董事长", "陕西建工控股集团有限公司", "陕西省") in posts(art, "张义光")
    assert ("党委书记", "陕西建工控股集团有限公司党委", "陕西省") in posts(art, "张义光")
    assert "陕建集团" not in orgs(art)
    alone = article(body("陕建集团党委书记、董事长张义光作报告。"))
    assert "陕建集团" in orgs(alone)                      # control: named short alone, the short name stays


def test_people_and_what_they_do_before_a_bodys_kind_are_no_bodys_name(article):
    art = article(body("驻村工作队员正在和村民商量合作社的分红。他还帮石泉县池河镇明星村农民种植专业合作社联系销路。"))
    assert not any(o.startswith("村民") for o in orgs(art))
    assert any(o.endswith("明星村农民种植专业合作社") for o in orgs(art))    # control: a name opens with its place


def test_a_banks_registered_name_and_its_short_name_after_it_are_one_body(article):
    art = article(body("县政府与湖南攸县农村商业银行股份有限公司签约。攸县农商银行党委书记、董事长谭立军签署协议。"))
    assert orgs(art) >= {"湖南攸县农村商业银行股份有限公司", "湖南攸县农村商业银行股份有限公司党委"}
    assert not any(o.endswith(("农商银行", "农村商业银行")) for o in orgs(art))      # no node of its own
    assert ("董事长", "湖南攸县农村商业银行股份有限公司", "攸县") in posts(art, "谭立军")


def test_a_periodical_in_title_marks_is_a_body_but_a_document_is_not(article):
    art = article(body("他在《江城日报》和《东方经济周刊》发表文章，会议学习了《政府工作报告》和《乡村振兴促进法》。"))
    assert {"江城日报", "东方经济周刊"} <= orgs(art)
    assert not {"政府工作报告", "乡村振兴促进法", "政府工作报"} & orgs(art)


def test_the_outlet_of_a_dateline_is_a_body_even_when_its_reporter_is_another_paper_s(article):
    art = article("滨江在线05月12日讯 (江城日报记者 王小兵) 5月11日，滨江县召开会议。\n")
    assert {"滨江在线", "江城日报"} <= orgs(art)
    assert {p["org"]["name"] for p in art.of("post") if p["title"] == "记者"} == {"江城日报"}
    art = article("测试新闻\n2023-06-01 来源:测试日报\n本报讯(记者 王小兵) 他说，这些通讯(包括电报)都已归档。\n")
    assert orgs(art) == {"测试日报"}                  # 本报: the publisher; 讯 inside a word: no dateline


def test_a_body_or_a_title_s_last_character_is_no_name(article):
    art = article(body("江西省九江市濂溪区召开乡村振兴会议，濂溪区各乡镇参加。区人大常委会主任王建、区政协主席周红出席，市人大常委会副主任和秘书长列席会议。"))
    assert {"王建", "周红"} <= names(art)                            # positive control
    assert not {"区政协", "任和"} & names(art)


def test_a_name_ending_in_he_and_a_name_met_before_are_read_whole(article):
    art = article(body("村民吴德和今年68岁。李文涛说，今年收成不错。村民李文涛30亩大棚里的草莓熟了。"))
    assert {"吴德和", "李文涛"} <= names(art)
    assert not {"吴德", "李文"} & names(art)
    art = article(body("村民张华和李明说，今年收成不错。"))
    assert "张华" in names(art) and "张华和" not in names(art)          # 和 before another name joins two
    art = article(body("村口的新桥(2021年4月13日摄)。新华社记者王建军摄\n村里的新学校(2021年4月12日摄)。新华社记者王建军摄"))
    assert "王建军" in names(art) and "王建军摄" not in names(art)       # a credit's 摄, twice, is no name


def test_a_name_ends_before_the_verbs_of_discipline_notices(article):
    art = article(body("浙江省丽水市莲都区碧湖镇下林村党支部书记周建平、村委会主任吴立新违规发包本村工程，李刚违纪。"))
    held = {(p["person"]["name"], p["title"]) for p in art.of("post")}
    assert ("周建平", "党支部书记") in held and ("吴立新", "村委会主任") in held
    assert not any(n.endswith(("违", "违规")) for n in names(art))


def test_the_committees_of_two_counties_counted_together_are_no_body(article):
    art = article(body("浙江省委决定，两人此前分别任武义县、龙游县两县县委书记，金华市财政局局长王军出席。"))
    assert "金华市财政局" in orgs(art)                                  # positive control
    assert not any("两县" in o for o in orgs(art))


def test_a_two_character_name_padded_in_a_byline_is_read_whole(article):
    art = article(body("本刊记者 左 京 村里的高粱熟了。新华社记者 王小兵 李 强 报道 各地加快推进项目建设。"))
    reporters = {p["person"]["name"] for p in art.of("post") if p["title"] == "记者"}
    assert {"左京", "王小兵", "李强"} <= reporters
    art = article(body("市委常委王小兵、李强出席会议。"))                     # unpadded lists read as before
    assert {"王小兵", "李强"} <= names(art)


def test_a_photo_credit_after_its_caption_names_the_photographer_with_no_post_it_does_not_write(article):
    art = article(body("村民在晒谷场上翻晒稻谷。 郭明亮/摄\n县城新建的学校开学了。张三丰 摄\n他们都很认真地拍摄。\n"
                       "摄影：李文华"))
    roles = {p["name"]: p["role"] for p in art.of("person")}
    assert roles == {"郭明亮": "journalist", "张三丰": "journalist", "李文华": "journalist"}
    assert {p["person"]["name"] for p in art.of("post")} == {"李文华"}       # 摄影： is the post word written


def test_every_credit_in_a_dateline_s_bracket_belongs_to_its_outlet(article):
    art = article("滨江在线辽宁频道报道(王海涛 实习生 李娜):8月9日，滨江县召开会议。\n")
    held = {(p["person"]["name"], p["title"], p["org"]["name"] if p["org"] else None) for p in art.of("post")}
    assert ("李娜", "实习生", "滨江在线辽宁频道") in held
    assert not any(name == "王海涛" for name, *_ in held)        # no post word before the name: none is written
    assert {p["name"]: p["role"] for p in art.of("person")}["王海涛"] == "journalist"


def test_a_name_jieba_cuts_after_its_surname_is_read_after_a_title(article):
    art = article(body("说起这些年的变化，县水利局局长司晓峰感慨万千。"))
    assert names(art) == {"司晓峰"} and {p[0] for p in posts(art, "司晓峰")} == {"局长"}


def test_a_post_after_the_surname_ren_is_no_name_and_a_district_renamed_from_a_city_keeps_its_committee(article):
    art = article(body("县里成立了由县委书记任组长、县长任副组长的领导小组。"))
    assert names(art) == set()
    art = article(body("广州从化市委书记李建明出席。"))          # 从化市 is 从化区 today
    post = next(p for p in art.of("post") if p["person"]["name"] == "李建明")
    assert post["org"]["name"] == "从化市委" and post["place"]["name"] == "从化区"


def test_a_list_of_things_closed_by_deng_and_a_deng_before_tongzhi_hold_no_name(article):
    art = article(body("县领导吴立华、赵德强、孙明远等同志参加。该县发展采摘、观光、康养等乡村新业态。"))
    assert names(art) == {"吴立华", "赵德强", "孙明远"}


def test_a_grid_or_building_head_after_a_person_noun_is_a_post_not_a_name(article):
    art = article(body("社区200名党员楼栋长、网格长参与调解。楼栋长刘振东介绍情况。"))
    assert names(art) == {"刘振东"}


def test_a_list_item_that_goes_on_past_a_name_is_another_post_not_a_name(article):
    art = article("问责通报\n2022-03-01 来源:测试日报\n"
                  "给予镇长孟庆和、副镇长方志远、何湾片片长刘德江诫勉谈话处理。\n"
                  "2021-05-07 作者:韩立 周德胜浏览:312\n")
    names = {p["name"] for p in art.of("person")}
    assert {"孟庆和", "方志远"} <= names                     # the list's names (positive control)
    assert "何湾" not in names                              # "何湾片片长": a place's post follows
    assert {p["person"]["name"] for p in art.of("post") if p["title"] == "作者"} == {"韩立", "周德胜"}


def test_names_the_model_reads_after_a_post_and_de_or_after_a_verb_that_takes_a_person(article):
    art = article("人事观察\n2022-03-01 来源:测试日报\n"
                  "时任江西省委常委、秘书长的龚建新随后赶到现场。\n"
                  "会上宣布，由副市长曹立文接替彭国栋任九江市委书记。\n"
                  "村委会主任蓝秀英5年前回村创业。\n"
                  "与会人员认真学习了廖长林书记的讲话精神。\n")
    got = names(art)
    assert {"龚建新", "彭国栋", "曹立文", "蓝秀英", "廖长林"} <= got
    held = {(p["person"]["name"], p["title"]) for p in art.of("post")}
    assert ("龚建新", "秘书长") in held and ("蓝秀英", "村委会主任") in held


def test_a_word_after_a_post_and_de_or_a_quoted_nickname_is_no_name(article):
    art = article("工作简讯\n2022-03-01 来源:测试日报\n"
                  "全县受理反映村组干部的信访件及问题线索12件。\n"
                  "大家牢记总书记的殷殷嘱托，“老黄书记”带头干。县长的石建华说明了情况。\n")
    got = names(art)
    assert not {"信访件", "殷殷", "老黄"} & got
    assert "石建华" in got                    # the same pattern with a name (positive control)


def test_the_models_reading_wins_where_no_word_ends_the_rules_shorter_one(article):
    art = article("走访慰问\n2022-03-01 来源:测试日报\n"
                  "旗政协副主席巴日夫、办公室主任冯立军一行看望了低保户韩德崇。\n"
                  "副县长郑浩深入村组调研。\n")
    got = names(art)
    assert {"巴日夫", "冯立军", "韩德崇"} <= got and "韩德" not in got     # 日 in a Mongolian name
    assert "郑浩" in got and "郑浩深" not in got       # 深入: a verb after the name, not its last character


def test_a_name_after_what_the_person_is_takes_the_post_of_the_election(article):
    art = article("换届\n2024-05-06\n在新化县上坪村，42岁的返乡创业青年罗德厚当选村党总支书记。大学生村官谭志远说，大家都很高兴。\n")
    assert _held(art, "罗德厚", "党总支书记")["org"]["name"] == "上坪村党总支"
    assert "谭志远" in {p["name"] for p in art.of("person")}
    assert not article("换届\n2024-05-06\n返乡创业青年是乡村振兴的生力军。\n").of("person")     # control


def test_a_list_set_out_as_a_table_gives_each_name_the_posts_after_its_spaces(article):
    art = article("关于表彰优秀党务工作者的决定\n各乡镇党委：\n县委决定，表彰何建平等3名同志。\n"
                  "何建平  宁武县东寨镇党委书记\n龙学军（女，回族）  宁武县财政局副局长\n"
                  "陈思远 讲话稿\n")
    held = {(p["person"]["name"], p["title"]): p for p in art.of("post")}
    assert held[("何建平", "党委书记")]["org"]["name"] == "东寨镇党委"
    assert held[("龙学军", "副局长")]["org"]["name"] == "宁武县财政局"
    assert not any(p["person"]["name"] == "陈思远" for p in art.of("post"))     # control: no post after the spaces
    assert not any(p["title"] == "作者" for p in art.of("post"))              # 工作者 in the headline is no byline


def test_a_roster_of_names_each_with_its_posts_after_a_comma(article):
    art = article("名单公示\n2022-03-01 来源:测试日报\n"
                  "拟表彰对象分别是何建平，宁武县委书记、二级巡视员；龙学军，女，阳曲县县长；"
                  "陈思远，太原市委常委、迎泽区委书记。\n"
                  "他们的事迹分别是甲，乙，丙。\n")
    held = {(p["person"]["name"], p["title"], p["place"]["name"] if p["place"] is not None else None)
            for p in art.of("post")}
    assert {("何建平", "县委书记", "宁武县"), ("何建平", "二级巡视员", "宁武县"), ("龙学军", "县长", "阳曲县"),
            ("陈思远", "区委书记", "迎泽区")} <= held
    standing = next(p for p in art.of("post") if p["person"]["name"] == "陈思远" and p["title"] == "市委常委")
    assert standing["org"]["name"] == "太原市委" and not standing["former"]      # 原 of 太原 marks no former post
    assert not any(p["person"]["name"] in ("甲", "乙") for p in art.of("post"))


def test_a_listed_name_whose_given_part_is_a_word_is_read_when_the_model_reads_it(article):
    art = article("简讯\n2022-03-01 来源:测试日报\n本报讯（记者戴文辉、通讯员刘涛、徐春晓）2月15日，市里召开会议。\n")
    credited = {p["person"]["name"]: p["title"] for p in art.of("post")}
    assert credited == {"戴文辉": "记者", "刘涛": "通讯员", "徐春晓": "通讯员"}


def test_a_tibetan_name_after_a_post_is_read_by_its_sounds_where_the_model_reads_it(article):
    art = article("驻村纪实\n2022-03-01 来源:测试日报\n村委会里，驻村工作队长次仁达娃正与群众交谈。\n")
    assert {(p["person"]["name"], p["title"]) for p in art.of("post")} == {("次仁达娃", "工作队长")}


def test_a_name_written_with_a_middle_dot_is_read_whole(article):
    art = article("驻村纪实\n2022-03-01 来源:测试日报\n驻村干部买买提·吐尔逊说，村民热合曼·阿布都拉家今年种了20亩棉花。\n")
    got = names(art)
    assert {"买买提·吐尔逊", "热合曼·阿布都拉"} <= got
    assert not any(n in got for n in ("买买", "热合", "买买提·吐尔逊说"))


def test_credits_with_a_review_stage_interviewers_and_kin_in_a_notice_are_persons(article):
    art = article("通报\n2022-05-01\n工程发包给其弟弟程海波，另一项目交给原报账员罗志勇。他的哥哥很能干。\n"
                  "访谈组：宋佳宁 韩立军 胡晓燕\n编辑(一审)：欧阳娟 审核(三审)：邹文涛\n")
    named = {p["name"] for p in art.of("person")}
    assert {"程海波", "罗志勇", "宋佳宁", "韩立军", "胡晓燕", "欧阳娟", "邹文涛"} <= named
    assert not any(n.startswith(("很", "能干")) for n in named)          # a kin word with no name after it
    roles = {p["person"]["name"]: p["title"] for p in art.of("post")}
    assert roles["宋佳宁"] == "访谈组成员" and roles["邹文涛"] == "审核"
    role = {p["name"]: p["role"] for p in art.of("person")}
    assert role["宋佳宁"] == role["邹文涛"] == "journalist" and role["程海波"] != "journalist"    # interviewers write the piece


def test_a_padded_name_under_a_heading_a_dotted_name_the_model_ends_and_an_area_head(article):
    art = article("政府工作报告\n——2021年1月8日在石阡县第十七届\n人民代表大会第五次会议上\n县长 龙 敏\n各位代表：\n"
                  "现在，我代表县人民政府向大会报告工作，请予审议。\n"
                  "老党员阿不都·热合曼眼里噙着泪水。给予北片片长谢桂诫勉谈话处理。\n")
    posts = {(p["person"]["name"], p["title"]): p for p in art.of("post")}
    assert posts[("龙敏", "县长")]["place"]["name"] == "石阡县"       # the occasion's county, over two lines
    assert ("谢桂", "片长") in posts
    assert "阿不都·热合曼" in {p["name"] for p in art.of("person")}


def test_after_a_person_noun_the_models_full_name_is_taken_but_no_set_phrase_or_nickname(article):
    art = article("村里新事\n2022-09-01\n村民罗建新讲述了当年的故事。村民崇德尚义，邻里和睦。村干部小宋直言很难。\n")
    named = {p["name"] for p in art.of("person")}
    assert "罗建新" in named
    assert "崇德尚义" not in named and "小宋" not in named


def test_a_photo_credit_in_the_captions_brackets_names_the_photographer_without_its_verb(article):
    art = article(body("游客在花海中拍照留念。（新华社发 钱丽文摄）\n村民在田埂上晾晒辣椒。（孔凡摄）"))
    assert {"钱丽文", "孔凡"} <= names(art) and not any(n.endswith("摄") for n in names(art))
    roles = {p["name"]: p["role"] for p in art.of("person")}
    assert roles["孔凡"] == roles["钱丽文"] == "journalist" and not art.of("post")     # 摄 is no post word
    spoken = article(body("会上，孔凡说，要抓好秋收秋种。"))
    assert "孔凡" in names(spoken)                                               # control: the same name elsewhere


def test_a_listed_name_that_holds_a_provinces_short_form_is_a_name_not_a_place(tmp_path):
    from rdflib.namespace import RDF, RDFS

    from kg.build.pipeline import merge, process_file
    from kg.graph.ns import CK

    def graph(text):
        src = tmp_path / "a.txt"
        src.write_text(body(text), encoding="utf-8")
        g = merge([process_file(str(src))])
        places = {str(g.value(p, RDFS.label)) for p in g.subjects(CK.mentionedIn) if (p, RDF.type, CK.Locality) in g}
        people = {str(g.value(p, RDFS.label)) for p in g.subjects(RDF.type, CK.Person)}
        return places, people

    places, people = graph("县领导王福建、李明远、赵强国出席会议。")
    assert {"王福建", "李明远", "赵强国"} <= people and "福建省" not in places
    places, people = graph("县领导李明远、赵强国、钱立新赴福建考察学习。")       # control: the province itself
    assert "福建省" in places and {"李明远", "赵强国"} <= people


def test_a_surname_with_a_form_of_address_is_no_name_even_before_a_speech_verb(article):
    art = article(body("调解室的“刘大姐说事”很受欢迎。刘大姐说，邻里纠纷少了。村民刘春生说，办事方便了。"))
    assert "刘春生" in names(art)
    assert not {"刘大姐"} & names(art)


def test_a_cooperative_registered_under_its_county_does_not_take_the_township_before_it(article):
    art = article(body("在平利县长安镇平利县绿源茶叶种植专业合作社，社员们正在采茶。平利县长安镇茶叶合作社也来了。"))
    assert "平利县绿源茶叶种植专业合作社" in orgs(art)
    assert "长安镇平利县绿源茶叶种植专业合作社" not in orgs(art)
    assert "平利县长安镇茶叶合作社" in orgs(art)            # a township inside the name stays in it


def test_a_reports_speaker_alone_after_the_post_is_read_without_a_han_surname(article):
    art = article(body("政府工作报告\n——在某旗第十六届人民代表大会第一次会议上\n旗人民政府代旗长 双宝\n各位代表：\n"
                       "现在，我代表旗人民政府向大会报告工作。会后，县长 讲话\n"))
    assert "代旗长" in {title for title, _, _ in posts(art, "双宝")}
    assert "讲话" not in names(art)


def test_organized_some_deputies_is_no_organization_department(article):
    art = article(body("平利县人大常委会组织部分人大代表视察茶园。平利县委组织部分管干部工作的副部长王丽陪同。"))
    assert "平利县委组织部" in orgs(art)                       # 组织部 + 分管: the department
    assert "平利县人大常委会组织部" not in orgs(art)


def test_a_name_withheld_as_surname_and_mou_is_no_person(article):
    art = article(body("龙头村一组原组长肖某挪用集体收入12万余元，原会计颜某某也受到处分。村民刘春生说，这事大家都知道。"))
    assert "刘春生" in names(art)
    assert not {"肖某", "颜某某"} & names(art)


def test_a_mongolian_name_written_by_sound_is_read_whole_after_a_title(article):
    art = article(body("在走访旗级人大代表朝鲁必力格时，他说草场恢复了。嘎查党支部书记胡日沁巴特尔介绍，牧民增收了。"
                       "县长胡立新出席。"))
    assert {"朝鲁必力格", "胡日沁巴特尔", "胡立新"} <= names(art)     # a Han name after a title stays three characters


def test_a_given_name_that_is_also_a_dictionary_word_is_a_name_the_model_proposes(article):
    art = article(body("座谈会上，陈立新则表示要抓好秋粮收购。秦明远在发言中说，今年村里修了两座桥。"
                       "老支书常说，发展要破旧立新。"))
    assert {"陈立新", "秦明远"} <= names(art)                 # 立新, 明远: words of the dictionary, names here
    assert not any(n.endswith("立新") and n != "陈立新" for n in names(art))      # the idiom names nobody


def test_tibetan_names_without_surname_are_read_from_their_closed_class_of_words(article):
    art = article(body("28岁的索朗卓嘎和洛桑是岗巴村的驻村工作队员，队员平措也在。"
                       "记者 米玛 摄。这才让次仁高兴起来，格桑花开满了山坡。"))
    assert {"索朗卓嘎", "洛桑", "平措", "米玛"} <= names(art)      # two words; one beside them, after a title, in a credit
    assert not {"次仁", "格桑", "才让", "才让次仁"} & names(art)    # a lone word with nothing to introduce it


def test_a_company_whose_brand_writes_de_is_a_body_but_a_description_is_not(article):
    art = article(body("市人大代表、临江恒得集团有限公司董事长赵明说，订单多了。大家加入合作社后收入增加。"))
    assert "临江恒得集团有限公司" in orgs(art)
    assert not any(o.endswith("合作社") for o in orgs(art))          # "大家加入合作社": no name


def test_bodies_listed_after_one_written_with_its_place_are_that_place_s(article):
    art = article(body("平阳县财政局、交通局、文旅广电局等部门负责人参加。县扶贫办、督查办负责同志列席。"
                       "平阳县水利局、乡镇党委、各界人士也参加了会议。"))
    assert {"平阳县财政局", "平阳县交通局", "平阳县文旅广电局", "平阳县扶贫办", "平阳县督查办", "平阳县水利局"} <= orgs(art)
    assert not {"平阳县乡镇党委", "平阳县各界人士"} & orgs(art)      # an item with its own level, no body: the list ends


def test_a_two_character_name_padded_in_a_photo_credit_is_read_whole(article):
    art = article(body("村民们在广场上包饺子。\n孙 伟摄\n孩子们在活动室里练习舞蹈。\n何秀英摄"))
    photographers = {p["name"] for p in art.of("person") if p["role"] == "journalist"}
    assert photographers == {"孙伟", "何秀英"}


def test_a_tibetan_name_in_a_credit_takes_the_credit(article):
    art = article(body("村里新修了水渠。\n编辑：德吉央金\n审核：扎西\n"))
    credited = {(p["person"]["name"], p["title"]) for p in art.of("post")}
    assert {("德吉央金", "编辑"), ("扎西", "审核")} <= credited


def test_a_name_ends_before_the_speech_acts_of_a_meeting(article):
    art = article(body("会上，副县长周洋发言，县政协主席韩冰致辞。"))
    assert {"周洋", "韩冰"} <= names(art)
    assert not {"周洋发", "韩冰致"} & names(art)


def test_a_school_keeps_the_place_as_its_name_writes_it_an_organ_takes_the_full_name(article):
    art = article(body("浦江县委书记说，浦江中学和浦江教育局要合作办学。"))
    assert {"浦江中学", "浦江县教育局"} <= orgs(art)
    assert "浦江县中学" not in orgs(art)


def test_the_state_councils_bureaus_and_earlier_commissions_are_bodies_by_their_own_names(article):
    art = article(body("他曾在国防科工委工作，后调国家林草局。国家统计局和全国妇联发布了报告。国家的统计数据很好。"))
    assert {"国防科学技术工业委员会", "国家林业和草原局", "国家统计局", "中华全国妇女联合会"} <= orgs(art)
    assert not any(o.startswith("国家的") for o in orgs(art))


def test_a_name_without_han_surname_alone_in_a_credit_slot_takes_the_credit(article):
    art = article(body("牧民的羊群壮了。\n撰稿：王宏伟 责编：额尔敦 审核：本报\n"))
    credited = {(p["person"]["name"], p["title"]) for p in art.of("post")}
    assert ("额尔敦", "责编") in credited and ("王宏伟", "撰稿") in credited
    assert not any(name == "本报" for name, _ in credited)          # a word the dictionary knows well


def test_a_mongolian_name_written_with_deng_for_erdene_holds_the_posts_before_it(article):
    art = article(body("在某某嘎查，嘎查党支部书记、嘎查长额尔登其木格介绍，今年新建棚圈20座。"))
    assert names(art) == {"额尔登其木格"}
    assert {p["title"] for p in art.of("post")} == {"党支部书记", "嘎查长"}
    control = article(body("村党支部书记登门走访了困难群众。"))
    assert names(control) == set()                  # 登门: a verb, no name of sounds


def test_three_sounds_of_a_mongolian_name_after_a_title_are_a_name_in_a_list(article):
    art = article(body("旗人大常委会主任宝音道、副主任王海明陪同调研。道路修到了嘎查。"))
    assert {"宝音道", "王海明"} <= names(art)
    assert not any(n.startswith("道路") for n in names(art))


def test_a_committees_and_a_governments_general_office_by_short_name_are_bodies(article):
    art = article(body("平阳县委书记主持会议，县委办、县政府办负责人参加，县委办公室提交了报告，县委办理了此事。"))
    assert {"平阳县委办", "平阳县政府办", "平阳县委办公室"} <= orgs(art)
    assert "平阳县政府" not in orgs(art)                  # the office, not the government cut short


def test_a_quoted_title_earlier_in_a_chain_and_the_titles_before_a_person_noun_are_the_names_posts(article):
    art = article("驻村纪事\n2023-06-01\n湖南省新化县石冲口镇上坪村是全镇最大的村。驻上坪村“第一书记”、"
                  "新化县教育局教研员谭志远调研后发现，村里缺水。上坪村党支部书记、老党员罗德厚说，要修水渠。\n")
    held = {(p["person"]["name"], p["title"], p["place"]["name"] if p["place"] is not None else None) for p in art.of("post")}
    assert ("谭志远", "第一书记", "上坪村") in held
    assert ("罗德厚", "党支部书记", "上坪村") in held


def test_a_name_inside_the_person_nouns_item_keeps_the_titles_before_it_for_itself(article):
    art = article("督导\n2023-06-01\n湖南省新化县政府副县长、县财政局局长李国栋率县纪委纪检监察员周润平到石冲口镇督导。\n")
    posts = {(p["person"]["name"], p["title"]) for p in art.of("post")}
    assert ("李国栋", "副县长") in posts                              # control: the chain before the first name
    assert not {t for n, t in posts if n == "周润平"} & {"副县长", "局长"}


def test_a_rare_two_character_name_the_model_reads_twice_before_verbs_is_a_person(article):
    lead = "合作社的事\n2023-06-01\n合作社的米卖不出去。"
    twice = article(lead + "范垚意识到，要打开市场。第二年，范垚终于把米卖到了城里。\n")
    once = article(lead + "范垚意识到，要打开市场。\n")
    assert "范垚" in {p["name"] for p in twice.of("person")}
    assert "范垚" not in {p["name"] for p in once.of("person")}       # one reading is not enough for two characters


def test_the_start_of_a_longer_name_met_before_is_no_person_of_its_own(article):
    art = article("走访\n2023-06-01\n村民买买提·艾力说，日子好了。我们到买买提家，买买提热情招呼。\n")
    assert {p["name"] for p in art.of("person")} == {"买买提·艾力"}


def test_a_two_character_name_in_a_credits_list_set_apart_by_spaces_is_a_person(article):
    art = article("村里的变化\n2023-06-01\n村里修了路，通了水。（谭晓 周润平）\n")
    assert {"谭晓", "周润平"} <= {p["name"] for p in art.of("person")}


def test_a_person_met_without_a_post_who_a_career_sentence_gives_one_is_an_official(article):
    art = article("人事\n2023-06-01\n出生于1971年3月的范垚，此前任新化县副县长。范垚意识到，担子重了。\n")
    fan = next(p for p in art.of("person") if p["name"] == "范垚")
    assert any(p["person"] is fan for p in art.of("post")) and fan["role"] == "official"


def test_a_name_after_a_kin_word_as_families_say_it_is_a_person(article):
    art = article("山里人家\n2023-06-01\n湖南省新化县石冲口镇上坪村，爸爸谭大山就在山顶干活。公公婆婆都在地里。\n")
    assert {p["name"] for p in art.of("person")} == {"谭大山"}        # no name made of the kin words themselves


def test_names_listed_after_the_collective_leaders_word_are_persons_the_model_confirms(article):
    art = article("调研\n2024-03-01\n3月1日，娄底市委书记谭文华深入石冲口镇调研。县领导何志刚、周润平陪同。在市领导关心下，村里通了路。\n")
    found = {p["name"] for p in art.of("person")}
    assert {"何志刚", "周润平"} <= found
    assert not any(n.startswith("关心") for n in found)              # "在市领导关心下": no name after it


def test_a_name_right_after_a_date_and_after_a_quoted_persons_noun_is_a_person(article):
    dated = article("村史\n2023-06-01\n湖南省新化县石冲口镇上坪村，2019年谭大山、周润平等人回到村里办起了合作社。\n")
    quoted = article("通报\n2023-06-01\n湖南省新化县石冲口镇上坪村，“五保贫困户”罗德厚2019年病逝后，补助仍在发放。\n")
    assert {"谭大山", "周润平"} <= {p["name"] for p in dated.of("person")}
    assert {p["name"] for p in quoted.of("person")} == {"罗德厚"}


def test_a_post_in_a_where_clause_told_as_past_is_former(article):
    lead = "人物\n2023-06-01\n湖南省娄底市新化县召开会议。"
    once = article(lead + "谭志远曾在石冲口镇担任副镇长。\n")
    before = article(lead + "此前，谭志远在新化县财政局担任副局长。\n")
    now = article(lead + "谭志远在新化县财政局担任副局长。\n")           # control: no past word
    assert _held(once, "谭志远", "副镇长")["former"] and _held(before, "谭志远", "副局长")["former"]
    assert not _held(now, "谭志远", "副局长")["former"]


def test_a_post_held_where_the_verb_says_has_been_held_is_former(article):
    lead = "人物\n2023-06-01\n湖南省娄底市新化县召开会议。县长谭志远出席。"
    once = article(lead + "她在石冲口镇担任过镇长。\n")
    twice = article(lead + "她在新化县财政局任过副局长。\n")
    now = article(lead + "她在石冲口镇担任镇长。\n")                     # control: no 过
    assert _held(once, "谭志远", "镇长")["former"] and _held(twice, "谭志远", "副局长")["former"]
    assert not _held(now, "谭志远", "镇长")["former"]


def test_a_scene_s_adverb_of_time_ends_the_name_before_it(article):
    art = article(body("在石冲口镇，村委会主任何建国早已等在路口，妇联主任何振兴早早来到村里，镇长韩光荣正在查看水渠。"))
    assert {"何建国", "何振兴", "韩光荣"} <= names(art)            # 建国 and 振兴 are words: the adverb ends the name
    assert not {"何建国早", "韩光荣正"} & names(art)


def test_a_person_who_goes_back_or_is_moved_to_a_body_takes_the_post_there(article):
    lead = "人物\n2023-06-01\n湖南省娄底市新化县召开会议。"
    back = article(lead + "两年后，谭志远回到湖南省财政厅任预算处处长。\n")
    moved = article(lead + "2021年，罗德厚调入新化县财政局任副局长。\n")
    moved_alone = article(lead + "谭志远调湖南省财政厅任预算处处长。\n")     # 调 alone
    assert _held(moved_alone, "谭志远", "处长")["org"]["name"].startswith("湖南省财政厅")
    studied = article(lead + "罗德厚调研了新化县财政局。\n")          # control: 调研 moves no one
    unit = _held(back, "谭志远", "处长")
    assert unit["org"] is not None and unit["org"]["name"].startswith("湖南省财政厅")
    assert _held(moved, "罗德厚", "副局长")["org"]["name"] == "新化县财政局"
    assert not studied.of("post")


def test_a_name_after_a_title_ends_before_a_verb_of_conversation(article):
    lead = "调研\n2023-06-01\n在理塘县甲洼镇，"
    han = article(lead + "他同镇党委书记罗德厚亲切交谈。\n")
    tibetan = article(lead + "他与镇党委书记次旺交流。\n")
    assert _held(han, "罗德厚", "镇党委书记")["place"]["name"] == "甲洼镇"
    assert _held(tibetan, "次旺", "镇党委书记")
    assert not article(lead + "他与镇党委书记交流。\n").of("person")        # control: no name there


def test_a_name_after_a_preposition_with_its_posts_in_brackets_holds_them(article):
    art = article("调研\n2023-06-01\n据罗德厚（新化县科头乡党委书记）介绍，全乡已完成改厕1200户。\n")
    assert _held(art, "罗德厚", "党委书记")["org"]["name"] == "科头乡党委"
    plain = article("调研\n2023-06-01\n据新化县（科头乡除外）统计，全县已完成改厕1200户。\n")
    assert not plain.of("person")                                         # control: a place in brackets


def _held(art, name, title):
    return next(p for p in art.of("post") if p["person"]["name"] == name and p["title"] == title)


def test_the_model_names_a_person_met_or_heard_and_the_rules_keep_the_verbs_objects_apart(article):
    art = article(body("记者找到孟庆林时，他正在大棚里查看西红柿长势。座谈会上，大家听取了田春燕、覃雪梅的发言。"
                       "会议听取了县财政局的工作汇报。镇干部看望了困难群众。"))
    found = names(art)
    assert {"孟庆林", "田春燕", "覃雪梅"} <= found
    assert not found & {"县财政", "困难群众", "困难"}               # a body and a group heard or visited are no names


def test_a_dotted_name_ends_where_the_model_reads_a_verb_after_it(article):
    art = article(body("工作队队长艾力·买买提带着慰问品来到村里。副队长阿不都·热合曼说，今年村里种了棉花。"))
    assert {"艾力·买买提", "阿不都·热合曼"} <= names(art)
    assert not any("带着" in n for n in names(art))


def test_an_autonomous_regions_bare_body_is_no_body_of_a_province(article):
    art = article(body("烟台市召开对口支援工作会议。自治区商务厅副厅长王海峰，市商务局局长赵明出席。"))
    assert posts(art, "赵明") == {("局长", "烟台市商务局", "烟台市")}            # control: the article's city
    assert all(org != "山东省商务厅" for _, org, _ in posts(art, "王海峰"))


def test_an_autonomous_region_s_team_stationed_in_its_own_village_is_the_member_s_body(article):
    art = article(body("那坡县城厢镇达腊村里，自治区党委组织部驻村工作队队长韦立新介绍，今年村里引进企业3家。"))
    assert posts(art, "韦立新") == {("队长", "广西壮族自治区党委组织部驻村工作队", "达腊村")}
    art = article(body("烟台市莱山区院格庄村里，自治区党委组织部驻村工作队队长韦立新介绍，今年村里引进企业3家。"))
    assert all(not org or "山东" not in org for _, org, _ in posts(art, "韦立新"))   # control: a province's news


def test_the_model_names_a_person_described_before_de_and_the_rules_keep_words_apart(article):
    art = article(body("被誉为“土专家”的覃明华正在田里查看秧苗。年过六旬的王大爷每天都来。我们的张家界越来越美。"))
    found = names(art)
    assert "覃明华" in found
    assert not found & {"王大爷", "张家界"}


def test_a_sessions_presidium_chairs_hold_their_own_titles(article):
    art = article(body("大会主席团常务主席赵光明、钱立群在主席台就座。会议执行主席孙晓红主持。县政协主席李卫东出席。"))
    assert {t for t, _, _ in posts(art, "赵光明")} == {"常务主席"}
    assert {t for t, _, _ in posts(art, "孙晓红")} == {"执行主席"}
    assert {t for t, _, _ in posts(art, "李卫东")} == {"政协主席"}            # control: a standing post


def test_a_school_after_a_verb_of_study_is_a_body(article):
    art = article(body("王海涛，1970年生，1992年毕业于湘潭大学，1995年考入中央党校。他在某县县委办公室工作。"))
    orgs = {o["name"] for o in art.of("org")}
    assert {"湘潭大学", "中央党校"} <= orgs
    assert not any(name.startswith(("毕业", "年毕业")) for name in orgs)


def test_inner_units_listed_after_one_are_the_same_organs(article):
    art = article(body("他先后在湖南省委组织部办公室、研究室，益阳市发改委综合科、规划科等科室工作。湖南省财政厅、教育厅等部门参加。"))
    got = orgs(art)
    assert {"湖南省委组织部研究室", "益阳市发改委规划科"} <= got
    assert "湖南省教育厅" in got and "湖南省委组织部教育厅" not in got     # control: an organ listed after an organ


def test_a_dotted_name_keeps_its_last_sound_where_the_model_glues_it_to_say(article):
    art = article(body("村党支部书记吐尔逊·阿不都拉说，今年村里的核桃收成好。副队长阿不都·热合曼带着村民修渠。"))
    found = names(art)
    assert "吐尔逊·阿不都拉" in found and "吐尔逊·阿不都" not in found      # the model's word "拉说" is no verb
    assert "阿不都·热合曼" in found                                        # control: a verb the model reads right


def test_a_name_no_dictionary_knows_after_a_title_is_read_before_the_models_verb(article):
    art = article(body("开工仪式上，县委书记江凌宣布项目开工。"))
    assert "江凌" in names(art)                       # the model's name, then its verb 宣布
    assert {t for t, _, _ in posts(art, "江凌")} == {"县委书记"}


def test_a_pastoral_villages_head_and_a_mongolian_name_are_read_whole(article):
    art = article(body("在阿巴嘎旗别力古台镇，镇党委书记乌云毕力格介绍了情况。"
                       "该镇宝格都乌拉嘎查党支部书记、嘎查长乌力吉图说，牧民收入增加了。"))
    found = names(art)
    assert "乌云毕力格" in found and "毕力格" not in found and "乌云" not in found
    assert {t for t, _, _ in posts(art, "乌力吉图")} == {"党支部书记", "嘎查长"}
    head = next(p for p in art.of("post") if p["title"] == "嘎查长")
    assert head["org"] is None or not head["org"]["name"].endswith("嘎查")     # the 嘎查 is a place, no body
    assert posts(art, "乌云毕力格") == {("镇党委书记", "别力古台镇党委", "别力古台镇")}   # control: the post read


def test_a_name_in_brackets_right_after_a_persons_name_is_his_other_name(article):
    art = article(body("此后的黄大权(黄王)起义、韦福成起义等聚合成为根据地。参加座谈的有村民代表（王建华、李秀英）等人。"))
    found = names(art)
    assert "黄大权" in found and "黄王" not in found           # the people's name for him, no second person
    assert {"王建华", "李秀英"} <= found                       # control: names in brackets after a noun


def test_a_credits_name_set_off_by_spaces_is_read_where_the_model_reads_a_person(article):
    art = article("测试新闻\n2023-06-01 来源:测试日报\n  记者 高洁 郭政\n  村里新修了道路。\n")
    assert {"高洁", "郭政"} <= names(art)                       # 高洁 is also a word ("noble")
    assert "高原" not in names(article("测试新闻\n2023-06-01 来源:测试日报\n  记者 高原 郭政\n  村里新修了道路。\n"))   # the model reads no person: none


def test_herders_and_staff_named_in_apposition_are_persons(article):
    art = article(body("调研组走进牧户乌力吉巴雅尔家查看储草棚，检查组工作人员范文涛、贺建军介绍了情况。人员密集场所要加强巡查。"))
    assert {"乌力吉巴雅尔", "范文涛", "贺建军"} <= names(art)
    assert not any(n.startswith("密集") for n in names(art))


def test_an_official_named_then_titled_before_leading_or_visiting_holds_the_title(article):
    art = article(body("在新化县科头乡，罗德厚书记带着我们走访农户。随后，谭志远县长陪同检查组察看了水库。"))
    assert {t for t, _, _ in posts(art, "罗德厚")} == {"书记"}
    assert {t for t, _, _ in posts(art, "谭志远")} == {"县长"}
    plain = article(body("罗德厚书记的办公室不大，谭志远县长的车停在门口。"))
    assert not posts(plain, "罗德厚") and not posts(plain, "谭志远")        # control: a possessive, no act


def test_leaders_named_then_titled_in_a_list_whose_words_are_passed_on(article):
    art = article(body("会议传达学习了郑国栋书记、黄志刚书记近期讲话精神。会后，他和王大海书记一起走访农户。"))
    assert [t for t, _, _ in posts(art, "郑国栋")] == ["书记"]
    assert [t for t, _, _ in posts(art, "黄志刚")] == ["书记"]
    assert not posts(art, "王大海")                              # control: a name and title in passing, no act of theirs


def test_a_photo_credit_with_the_next_paragraph_run_into_its_line_is_read(article):
    art = article("测试新闻\n2023-06-01 来源:测试日报\n这是县城北门的古城墙。邹文广 摄  县城不大，街巷干净。\n")
    assert "邹文广" in names(art) and not posts(art, "邹文广")                # 摄 after the name: no post word
    art = article("测试新闻\n2023-06-01 来源:测试日报\n他们在村里 摄影 很多年了。\n")    # control: no name before 摄
    assert not names(art)
    art = article("测试新闻\n2023-06-01 来源:测试日报\n（某某在线记者 邹文广 邱丽 摄影 方强）县城不大。\n")
    assert "摄影" not in {t for t, _, _ in posts(art, "邱丽")}           # 摄影 there labels the name after it


def test_a_name_by_sound_keeps_its_last_sound_before_an_adverb_of_speech(article):
    art = article(body("“今年的核桃卖了两万元。”村民古丽娜·麦麦提高兴地说。牧民艾山·买买提带着孩子说，草场好了。"))
    assert {"古丽娜·麦麦提", "艾山·买买提"} <= names(art)
    assert "古丽娜·麦麦" not in names(art)


def test_a_name_that_is_also_a_place_s_short_form_is_read_after_a_post(article):
    art = article(body("县委书记曾鹏飞出席会议并讲话，县长阳春主持会议。"))
    assert {"曾鹏飞", "阳春"} <= names(art)
    assert [p["title"] for p in art.of("post") if p["person"]["name"] == "阳春"] == ["县长"]
    visit = article(body("市委书记曾鹏飞到阳春调研。"))
    assert names(visit) == {"曾鹏飞"}                                     # the place after a verb is none


def test_a_name_like_a_place_reading_a_decision_is_a_person_and_no_name_swallows_a_follower(article):
    art = article(body("市委常委、组织部部长凌云宣读了任职决定。副县长江山陪同检查。"))
    assert "凌云" in names(art)
    assert [p["title"] for p in art.of("post") if p["person"]["name"] == "凌云"] == ["市委常委", "部长"]
    assert "江山陪" not in names(art)                  # 陪同 is the verb, not a given name's end
    control = article(body("副县长孔山陪同检查。"))
    assert names(control) == {"孔山"}


def test_a_name_the_dictionary_reads_as_a_verb_between_two_titles_of_a_list_is_a_person(article):
    art = article(body("棠口乡党委书记甘露、熙岭乡乡长谢振宇作交流发言。"))
    assert {"甘露", "谢振宇"} <= names(art)
    assert [p["title"] for p in art.of("post") if p["person"]["name"] == "甘露"] == ["党委书记"]
    parallel = article(body("组长单位、副组长单位要落实责任，副县长谢振宇讲话。"))
    assert names(parallel) == {"谢振宇"}              # a word the next item repeats is no name


def test_a_speaker_who_gives_a_meetings_speech_after_a_title_is_a_person(article):
    art = article(body("棠口乡党委书记甘露作表态发言。"))
    assert names(art) == {"甘露"}
    control = article(body("棠口乡党委书记高度重视，作出部署。"))
    assert names(control) == set() and any(p["title"] == "党委书记" for p in art.of("post"))


def test_each_name_of_a_decision_list_holds_the_post_after_its_verb(article):
    art = article(body("经区委研究决定：付昌林任区农业农村局局长，童晓燕任区审计局局长。"))
    held = {(p["person"]["name"], p["title"]) for p in art.of("post")}
    assert held == {("付昌林", "局长"), ("童晓燕", "局长")}
    assert names(art) == {"付昌林", "童晓燕"}                 # not 付昌林任, the model's word


def test_a_note_on_how_a_post_is_held_closes_a_leaders_line(article):
    art = article("政府领导\n市政府领导分工\n柏建华 市委副书记、市长\n主持市政府全面工作。\n"
                  "宁秀云 副市长（挂职）\n协助分管科技、招商引资工作。\n")
    held = {(p["person"]["name"], p["title"]) for p in art.of("post")}
    assert ("柏建华", "市长") in held                                             # positive control
    assert ("宁秀云", "副市长") in held


def test_a_tibetan_name_after_a_post_holds_the_post_where_the_model_reads_none(article):
    art = article(body("会上，县委书记其美次仁、县长达瓦先后讲话。"))
    got = {(p["person"]["name"], p["title"]) for p in art.of("post")}
    assert ("达瓦", "县长") in got                                       # positive control
    assert ("其美次仁", "县委书记") in got


def test_mongolian_names_of_erdene_and_mongke_are_read_after_a_post(article):
    art = article(body("旗委书记额尔敦巴雅尔、副旗长孟根其其格出席会议。市长孟祥伟主持。"))
    got = {(p["person"]["name"], p["title"]) for p in art.of("post")}
    assert ("孟祥伟", "市长") in got                                   # positive control: a Han 孟
    assert {("额尔敦巴雅尔", "旗委书记"), ("孟根其其格", "副旗长")} <= got


def test_the_production_corps_is_a_body_of_its_own_not_the_region_s(article):
    art = article(body("新疆生产建设兵团第三师党委书记、政委赵建平，副政委孙海涛出席。"))
    got = {(p["person"]["name"], p["title"], p["org"]["name"] if p["org"] else None) for p in art.of("post")}
    assert ("赵建平", "党委书记", "新疆生产建设兵团第三师党委") in got
    assert ("孙海涛", "副政委") in {(name, title) for name, title, _ in got}
    assert not any("自治区生产建设兵团" in o["name"] for o in art.of("org"))


def test_credits_set_apart_by_a_bar_name_the_author_and_the_editor(article):
    art = article("山间小城的新路子\n\n作者 | 韩立春   编辑 | 孟雪  \n\n2022年05月10日 09:30\n\n"
                  "县委书记赵明远介绍，今年全县新建道路30公里。\n")
    got = {(p["person"]["name"], p["title"]) for p in art.of("post")}
    assert ("赵明远", "县委书记") in got                                 # positive control
    assert {("韩立春", "作者"), ("孟雪", "编辑")} <= got


def test_a_yi_name_after_a_post_runs_past_its_clan_name(article):
    art = article(body("美姑县委书记俄木阿果、县长马海日呷和副县长马海军出席。通讯员 吉克拉且"))
    assert {"俄木阿果", "马海日呷", "马海军", "吉克拉且"} <= names(art)        # 马海军: a Han name, as it was
    assert not {"马海日", "吉克拉"} & names(art)
    assert ("县长", None, "美姑县") in posts(art, "马海日呷")


def test_a_person_noun_and_a_verb_inside_one_quote_are_a_slogan_not_a_name(article):
    art = article(body("小区推行“党员包楼道”机制，老党员包国强说，大家心里踏实了。"))
    assert "包国强" in names(art)                                      # positive control
    assert "包楼道" not in names(art)


def test_a_grower_named_by_the_crop_introduces_a_name(article):
    art = article(body("“今年柑橘卖了好价钱。”果农邓国才笑着说。果农们都很高兴。"))
    assert names(art) == {"邓国才"}


def test_a_name_the_dictionary_files_as_a_rare_word_is_read_after_a_post_where_the_model_reads_it(article):
    art = article(body("记者：您怎么看？\n苍溪县委书记何力：我们县种植猕猴桃39.8万亩。"))
    assert ("县委书记", "苍溪县委", "苍溪县") in posts(art, "何力")


def test_a_place_s_numbered_school_or_hospital_is_a_body(article):
    art = article(body("他毕业后在湘阴县第一人民医院工作，妻子在湘阴县第二中学教书。湘阴县第一批干部也来了。"))
    assert {"湘阴县第一人民医院", "湘阴县第二中学"} <= orgs(art)
    assert not any("第一批" in o for o in orgs(art))


def test_names_by_sound_stop_where_the_model_reads_an_adverb_and_run_through_mongolian_he(article):
    art = article(body("工作队队长艾尔肯·吐尔逊正和村民一起修渠。村党总支书记岩温正带领村民割胶。"
                       "旗长苏和巴特尔介绍，嘎查长巴特尔和乌云在草场。县长刘建刚说，要抓好落实。"))
    got = names(art)
    assert {"艾尔肯·吐尔逊", "岩温", "苏和巴特尔", "刘建刚"} <= got
    assert not {"艾尔肯·吐尔逊正", "岩温正", "巴特尔和乌云"} & got


def test_a_dotted_name_s_second_part_is_read_whole_where_the_model_cuts_it(article):
    art = article(body("地区行署副专员阿不都热依木·阿不都热合曼一同调研。"))
    assert "阿不都热依木·阿不都热合曼" in names(art)


def test_a_stationed_reporter_is_the_dateline_outlet_s(article):
    art = article(body("湘报讯(驻岳阳记者 周明 李娟)昨天，岳阳发布方案。新华社记者王强报道。"))
    assert ("记者", "新华社", None) in posts(art, "王强")                          # positive control
    assert ("记者", "湘报", None) in posts(art, "周明") and ("记者", "湘报", None) in posts(art, "李娟")


def test_a_post_written_as_the_role_that_opens_the_sentence_is_the_named_person_s(article):
    art = article(body("作为汝城县县长，朱建平走遍了全县的行政村。作为一名党员，他从不叫苦。"))
    assert ("县长", None, "汝城县") in posts(art, "朱建平")
    assert len(art.of("post")) == 1                                      # 一名党员: no post


def test_a_yi_name_ends_where_the_model_ends_it_before_an_adverb(article):
    """(The model may take the adverb into the name: 阿说布哈正.)"""
    art = article(body("村里小伙沙马拉博正忙着给游客讲解攀岩线路。村民沙马拉博说，生意不错。"))
    assert names(art) == {"沙马拉博"}
    art = article(body("村里小伙阿说布哈正忙着给游客讲解攀岩线路。"))
    assert names(art) == {"阿说布哈"}


def test_a_form_of_address_after_a_whole_name_introduces_the_person(article):
    art = article(body("年过八旬的沙马拉毅老人住进了新房，88岁的赵桂兰老人也搬了家，"
                       "村里的王大爷笑了，刘德明一家种上了花椒。"))
    assert names(art) == {"沙马拉毅", "赵桂兰", "刘德明"}             # 王大爷: a surname alone


def test_a_congress_s_presidium_is_no_title_after_a_name_and_an_acting_note_keeps_the_name(article):
    art = article(body("大会由大会主席团常务主席罗建国主持。列席会议的有：县人民法院院长（代）钟晓明。"))
    assert names(art) == {"罗建国", "钟晓明"}                           # no 由大会
    assert "院长" in {p[0] for p in posts(art, "钟晓明")}


def test_an_assistant_to_a_government_s_head_is_a_post(article):
    art = article(body("会议由县长助理谭明亮主持，副县长周红出席。"))
    assert {p[0] for p in posts(art, "谭明亮")} == {"县长助理"}
    assert {p[0] for p in posts(art, "周红")} == {"副县长"}               # positive control


def test_an_assistant_to_a_firm_s_chief_executive_is_a_post(article):
    art = article(body("会议由集团公司总经理助理林浩然主持，副总经理韩雪出席。"))
    assert {p[0] for p in posts(art, "林浩然")} == {"总经理助理"}
    assert {p[0] for p in posts(art, "韩雪")} == {"副总经理"}               # positive control


def test_a_post_then_you_its_holder_and_the_verb_gives_the_holder_the_post(article):
    art = article(body("根据省委决定，娄底市委书记由彭国强担任，娄底市委副书记由邹丽同志兼任。会议由于天气原因推迟。"))
    assert ("市委书记", "娄底市委", "娄底市") in posts(art, "彭国强")
    assert ("市委副书记", "娄底市委", "娄底市") in posts(art, "邹丽")
    assert names(art) == {"彭国强", "邹丽"}


def test_a_line_that_is_a_title_alone_reads_no_name_before_it(article):
    art = article(body("县长李明主持。\n主席\n副主席"))
    assert names(art) == {"李明"}


def test_a_pronoun_telling_a_step_is_the_one_person_named_just_before(article):
    art = article(body("邝小川是湘乡市东郊乡泉塘村党支部书记。2018年，她被分配到泉塘村任村主任助理。"))
    assert ("村主任助理", "泉塘村") in {(p["title"], p["place"]["name"]) for p in art.of("post") if p["person"]["name"] == "邝小川"}
    two = article(body("邝小川和龚明是泉塘村的干部。2018年，她被分配到泉塘村任村主任助理。"))
    assert not any(p["title"] == "村主任助理" for p in two.of("post"))          # two named before: whose?


def test_names_spaced_out_to_align_them_are_read_whole(article):
    art = article(body("县委副书记、县长 邝  晓  川 带队督导，副县长 韩 雪 、县农业农村局局长 龚 立 平 陪同。"))
    held = {(p["person"]["name"], p["title"]) for p in art.of("post")}
    assert {("邝晓川", "县长"), ("韩雪", "副县长"), ("龚立平", "局长")} <= held
    assert not any(p["name"] in ("龚立", "邝晓") for p in art.of("person"))


def test_a_speaker_s_name_ends_before_作_and_what_is_delivered(article):
    art = article(body("县委副书记、县长邝华作交流发言。"))
    assert "邝华" in names(art) and "邝华作" not in names(art)


def test_a_name_then_a_date_then_a_move_to_a_village_s_post_is_a_step(article):
    art = article(body("邝华是2016年到泉塘村任第一书记的。龚立平2019年到白沙村任第一书记。"))
    got = {(p["person"]["name"], p["title"], p["place"]["name"], p.get("start")) for p in art.of("post")}
    assert {("邝华", "第一书记", "泉塘村", 2016), ("龚立平", "第一书记", "白沙村", 2019)} <= got


def test_an_amdo_name_s_last_syllable_is_part_of_the_name(article):
    art = article(body("会上，县委副书记、县长才让加作了讲话。牧民拉毛措说，扎西加油干的样子让人感动。"))
    assert ("才让加", "县长") in {(p["person"]["name"], p["title"]) for p in art.of("post")}
    assert "拉毛措" in names(art) and not any(n.startswith("扎西") for n in names(art))


def test_a_dotted_name_ends_where_the_model_s_name_ends_before_a_verb(article):
    art = article(body("第一书记韩雪正和村党支部书记阿不都热依木·吐尔逊商量合作社的事。"))
    assert "阿不都热依木·吐尔逊" in names(art)
    assert not any("商量" in n for n in names(art)) and not any("商量" in o["name"] for o in art.of("org"))


def test_a_dotted_name_keeps_its_last_sounds_where_the_model_reads_one_as_a_verb(article):
    art = article(body("副镇长努尔兰·艾合买提作表态发言。村委会主任阿力木·买买提带着村民说。"))
    assert {"努尔兰·艾合买提", "阿力木·买买提"} <= names(art)       # 买 (to buy) is the name's sound here
    assert not any(n.endswith("带着") for n in names(art))           # control: a verb past the name is cut


def test_a_name_joined_by_ji_to_a_collective_ends_before_the_conjunction(article):
    art = article(body("区人大常委会主任孙建明及区委常委出席仪式。区长周红与副区长钱卫东参加。"))
    assert {"孙建明", "周红", "钱卫东"} <= names(art)
    assert not any(n.endswith(("及", "与")) for n in names(art))
    assert [p["title"] for p in art.of("post") if p["person"]["name"] == "孙建明"] == ["人大常委会主任"]


def test_a_name_before_guanyu_of_the_report_a_meeting_hears_ends_before_it(article):
    art = article(body("会议听取了县审计局局长周强关于审计整改情况的汇报。副县长关晓民主持会议。"))
    assert {"周强", "关晓民"} <= names(art) and "周强关" not in names(art)
    assert [p["title"] for p in art.of("post") if p["person"]["name"] == "周强"] == ["局长"]


def test_a_chain_of_posts_never_runs_back_over_a_named_person(article):
    art = article(body("驻村工作队队长、第一书记邝华和村党支部书记龚立平一起走访农户。"))
    held = {(p["person"]["name"], p["title"]) for p in art.of("post")}
    assert {("邝华", "队长"), ("邝华", "第一书记"), ("龚立平", "党支部书记")} <= held
    assert ("龚立平", "队长") not in held
    assert not any(p["name"].endswith("和村") for p in art.of("place"))       # no village 华和村 from the name


def test_an_invisible_mark_inside_a_name_is_no_part_of_it(article):
    art = article(body("县长邝\u200b华出席会议，副县长\ufeff韩雪主持。"))
    assert {"邝华", "韩雪"} <= names(art)


def test_a_post_held_by_someone_written_passive_with_一职_is_theirs(article):
    art = article(body("泉塘村党支部书记一职由邝华兼任，县委书记由韩雪担任。"))
    held = {(p["person"]["name"], p["title"]) for p in art.of("post")}
    assert {("邝华", "党支部书记"), ("韩雪", "县委书记")} <= held


def test_a_mongolian_name_ending_in_he_before_a_list_s_comma_keeps_it(article):
    art = article(body("苏尼特右旗旗委书记那顺孟和、旗长特木尔苏和，副旗长朝鲁出席。副旗长巴特尔和乌云参加。"))
    got = names(art)
    assert {"那顺孟和", "特木尔苏和"} <= got and not {"那顺孟", "特木尔苏"} & got
    assert "巴特尔" in got and "巴特尔和" not in got             # 和 joining two names stays a conjunction


def test_a_two_sound_mongolian_name_after_a_post_is_a_person_but_a_common_word_is_not(article):
    art = article(body("副旗长图雅主持会议，旗长宝音参加调研。旗委书记多次强调要抓好落实。"))
    got = names(art)
    assert {"图雅", "宝音"} <= got
    assert "多次" not in got                                          # 多 and 次 write sounds too: a word


def test_a_word_after_a_person_noun_that_the_model_reads_as_a_verb_is_no_name(article):
    art = article(body("志愿者上门，帮老人养老认证，教村民李华用手机缴费。"))
    got = names(art)
    assert "李华" in got                                             # positive control
    assert "养老" not in got


def test_compounds_of_one_head_in_a_list_are_no_names(article):
    art = article(body("全县推进农旅、林旅、文旅、茶旅融合，会议由王军、李军主持。"))
    got = names(art)
    assert {"王军", "李军"} <= got                                     # positive control: names sharing a character
    assert not {"林旅", "文旅", "农旅"} & got


def test_a_list_s_last_name_read_whole_before_is_not_read_again_shorter(article):
    art = article(body("县委常委陈立波、李德伟、朱国强、韦昌进出席。"))
    got = names(art)
    assert {"陈立波", "朱国强", "韦昌进"} <= got                       # positive control
    assert "韦昌" not in got


def test_a_name_the_model_reads_opening_a_clause_before_its_verb_is_a_person(article):
    art = article(body("在田间，刘德华弯腰查看秧苗长势。退伍军人孙海涛回乡创业。新闻粉儿注意到，村里变了。"))
    got = names(art)
    assert {"刘德华", "孙海涛"} <= got
    assert "新闻粉儿" not in got and "粉儿" not in got          # an account's readers, not a person


def test_cousins_and_neighbours_introduce_a_name_as_kin_do(article):
    art = article(body("她的表哥冉正军开了一家农家乐。邻居何德芬在加工厂上班，妻子王兰在家带孩子。"))
    assert {"冉正军", "何德芬", "王兰"} <= names(art)


def test_leaders_listed_after_their_label_a_verb_and_a_colon_are_officials(article):
    art = article(body("出席会议的县领导有：龙德明、谭小燕、唐国华。获奖的村民有：蒋丽、邓芳、田野。"))
    roles = {p["name"]: p["role"] for p in art.of("person")}
    assert roles["龙德明"] == roles["唐国华"] == "official"
    assert roles["蒋丽"] == roles["田野"] == "other"                                  # positive control


def test_a_writer_s_credit_for_text_and_photos_names_a_journalist(article):
    art = article("油茶丰收\n2023-06-01 来源：测试日报\n文/图 田晓鸣\n撰文：龙德明  摄影：谭小燕\n村里的油茶今年丰收。\n")
    held = {(p["person"]["name"], p["title"]) for p in art.of("post")}
    assert {("田晓鸣", "作者"), ("龙德明", "撰文"), ("谭小燕", "摄影")} <= held
    assert {p["name"]: p["role"] for p in art.of("person")}["田晓鸣"] == "journalist"


def test_a_fallen_official_purged_by_name_is_a_person(article):
    art = article(body("会议要求，深入肃清周本顺流毒影响，从各方面肃清谭小燕严重违纪违法案件恶劣影响。会议要求肃清余毒。"))
    got = names(art)
    assert {"周本顺", "谭小燕"} <= got
    assert "余毒" not in got


def test_leaders_labelled_by_post_and_name_in_a_division_of_work_hold_those_posts(article):
    art = article("永兴县政府领导分工\n2024-03-12 来源：测试日报\n现将分工明确如下：\n县长 吴立新：主持县政府全面工作。\n"
                  "副县长 蒋建新：负责农业农村方面工作。\n县长 讲话：略。\n")
    held = {(p["person"]["name"], p["title"]) for p in art.of("post")}
    assert held == {("吴立新", "县长"), ("蒋建新", "副县长")}


def test_a_leader_named_before_a_colon_holds_the_posts_before_the_duties(article):
    art = article("红岭镇领导分工\n2024-03-12 来源：红岭镇人民政府\n现将镇领导班子成员分工明确如下：\n"
                  "罗晓峰：镇党委书记，主持镇党委全面工作。\n"
                  "蒋丽华：镇党委副书记、镇长，主持镇政府全面工作，分管财政工作。\n"
                  "谭建平：今年我们镇的产业发展得很好。\n")
    held = {(p["person"]["name"], p["title"]) for p in art.of("post")}
    assert held == {("罗晓峰", "镇党委书记"), ("蒋丽华", "党委副书记"), ("蒋丽华", "镇长")}
    assert "谭建平" not in names(art) or not posts(art, "谭建平")    # a speaker's line: no posts


def test_a_mongolian_name_that_is_a_county_s_short_form_is_a_name_before_the_next_titled_item(article):
    art = article(body("旗委常委、宣传部部长乌兰，副旗长朝鲁陪同调研。"))
    assert {"乌兰", "朝鲁"} <= names(art)
    assert {t for t, _, _ in posts(art, "乌兰")} == {"旗委常委", "部长"}
    went = article(body("一行人前往乌兰，副旗长朝鲁陪同。"))
    assert "乌兰" not in names(went)                         # no title before it: the place


def test_a_sumu_s_party_secretary_holds_the_sumu_s_party_committee(article):
    art = article(body("在镶黄旗翁贡乌拉苏木，苏木党委书记巴雅尔介绍了牧区的变化。"))
    assert ("苏木党委书记", "翁贡乌拉苏木党委", "翁贡乌拉苏木") in posts(art, "巴雅尔")


def test_a_post_before_de_is_held_by_the_name_after_the_body_that_sent_him(article):
    art = article(body("座谈会上，挂职任县委常委、副县长的省财政厅干部郑文博，担任驻村第一书记的市税务局干部"
                       "韩立新先后发言。担任村党支部书记的谢国华也谈了体会。"))
    assert {t for t, _, _ in posts(art, "谢国华")} == {"党支部书记"}          # positive control: 的, then the name
    assert {t for t, _, _ in posts(art, "郑文博")} == {"县委常委", "副县长"}
    assert {t for t, _, _ in posts(art, "韩立新")} == {"驻村第一书记"}


def test_a_headline_s_pronoun_after_a_title_and_a_space_is_no_name(article):
    art = article("曾任两县县委书记 他被查\n2023-06-01 来源:测试日报\n据通报，县委书记 周立明接受审查。\n")
    assert names(art) == {"周立明"}                          # positive control: a report heading's name


def test_an_author_s_note_in_brackets_gives_the_author_the_post_before_the_name(article):
    art = article(body("今年村里新修了道路。\n（作者系县农业农村局驻石塘村第一书记 邓立新）\n"
                       "县长 周建华：抓好春耕生产。"))
    assert any(t == "县长" for t, _, _ in posts(art, "周建华"))          # control: a heading's name, then a colon
    assert any(t == "第一书记" for t, _, _ in posts(art, "邓立新"))


def test_an_adjective_made_an_adverb_by_di_after_a_title_is_no_name(article):
    art = article(body("县委书记高兴地对大家说，今年收成好。村民谭小燕高兴地说，日子越过越好。"))
    assert names(art) == {"谭小燕"}


def test_a_tibetan_name_after_a_title_is_read_whole_where_its_first_word_could_open_a_han_name(article):
    art = article(body("县人大常委会主任普布顿珠、县政协主席白玛央金出席会议。县长白玉军讲话。"))
    assert names(art) == {"普布顿珠", "白玛央金", "白玉军"}


def test_a_word_opened_by_a_verb_after_a_person_noun_is_no_name(article):
    art = article("我县举办农民丰收节\n2023-09-24 来源：测试日报\n村民谭小燕来到现场。农民丰收节吸引了许多游客。\n")
    assert names(art) == {"谭小燕"}


def test_the_review_chain_under_an_editor_s_line_names_journalists(article):
    art = article("油茶丰收\n2023-06-01 来源：测试日报\n村里的油茶今年丰收了，村民们忙着采摘。\n责任编辑：龙德明\n审核：谭小燕\n"
                  "相关新闻\n油茶产业助农增收\n")
    held = {(p["person"]["name"], p["title"]) for p in art.of("post")}
    assert held == {("龙德明", "责任编辑"), ("谭小燕", "审核")}


def test_the_last_name_of_a_list_set_apart_by_spaces_is_read_before_the_clause_s_end(article):
    art = article(body("出席会议的县领导有：龙德明 谭小燕 唐国华 蒋丽。"))
    assert {"龙德明", "谭小燕", "唐国华", "蒋丽"} <= names(art)


def test_the_surname_he_after_a_title_is_a_name_where_the_model_reads_a_given_name_after_it(article):
    art = article(body("玉龙县委书记和建华主持会议，乡长和秀英出席。县委书记和县长都参加了检查，村支书和村民一起植树。"))
    assert names(art) == {"和建华", "和秀英"}


def test_the_premier_and_the_president_of_the_state_are_posts(article):
    art = article(body("中共中央政治局常委、国务院总理龙德明在湖南考察。国家主席谭小燕发表讲话。"))
    held = {(p["person"]["name"], p["title"]) for p in art.of("post")}
    assert {("龙德明", "总理"), ("谭小燕", "国家主席"), ("龙德明", "中央政治局常委")} <= held


def test_a_name_with_a_rare_character_keeps_it_where_its_simplified_form_lies_outside_the_basic_block(article):
    art = article("会议召开\n2023-01-01 来源：测试日报\n今天，全县召开会议。\n（记者 龙譞）\n")
    assert names(art) == {"龙譞"}


def test_a_river_or_forest_chief_is_a_post_but_not_inside_a_rivers_name(article):
    art = article(body("攸县县委副书记、县级总河长谭志刚，副县长、县级林长肖美玲到洣水河段巡查。"
                       "长江黄河长江两岸的干部群众都来了。"))
    assert ("总河长", None, "攸县") in posts(art, "谭志刚") and ("县委副书记", "攸县县委", "攸县") in posts(art, "谭志刚")
    assert ("林长", None, "攸县") in posts(art, "肖美玲")
    assert not [p for p in art.of("person") if p["name"].startswith("江")]      # 黄河|长江: no 河长 in it


def test_a_paired_aid_note_after_the_title_is_read_as_a_seconded_post(article):
    art = article(body("在洛浦县，浙江援疆干部、洛浦县委副书记（援疆）叶振华介绍了产业援疆的做法。"))
    [post] = [p for p in art.of("post") if p["person"]["name"] == "叶振华"]
    assert (post["title"], post["place"]["name"], post["temporary"]) == ("县委副书记", "洛浦县", True)


def test_a_mongolian_name_of_three_sounds_before_a_speech_verb_is_read_whole(article):
    art = article(body("宝力格嘎查嘎查长乌日根说，今年牧草长势好。苏木长巴根那说，草场很好。"))
    assert {"乌日根", "巴根那"} <= names(art)
    control = article(body("嘎查长巴图都说今年草场长势好。"))     # 都, the adverb: not a third sound
    assert "巴图" in names(control) and "巴图都" not in names(control)


def test_a_headquarters_chief_and_the_posts_written_before_it_after_the_days_date(article):
    art = article(body("8月3日，株洲市委副书记、市长，市防汛抗旱指挥部指挥长邓立新到渌口区检查堤防。"
                       "副市长、市防汛抗旱指挥部常务副指挥长胡小云一同检查。"))
    assert {("市委副书记", "株洲市委", "株洲市"), ("市长", None, "株洲市"),
            ("指挥长", "株洲市防汛抗旱指挥部", "株洲市")} <= posts(art, "邓立新")
    assert ("常务副指挥长", "株洲市防汛抗旱指挥部", "株洲市") in posts(art, "胡小云")


def test_a_state_banks_branch_written_with_its_short_name_is_the_full_names_branch(article):
    art = article(body("座谈会上，建行醴陵市支行行长谭家明、中国农业银行醴陵市支行行长邓志勇先后发言。"))
    assert ("行长", "中国建设银行醴陵市支行", "醴陵市") in posts(art, "谭家明")
    assert ("行长", "中国农业银行醴陵市支行", "醴陵市") in posts(art, "邓志勇")      # the full name, as before


def test_a_given_name_opening_with_wei_is_read_after_a_title(article):
    art = article(body("县长郑为民主持会议，副县长贺为国介绍情况。县委书记为民办实事。"))
    assert {"郑为民", "贺为国"} <= names(art)
    assert not any(n.startswith("为") or n.endswith("为") for n in names(art))    # 书记为民: no name


def test_former_before_a_townships_party_committee_member_makes_the_chain_former(article):
    art = article(body("攸县皇图岭镇原党委委员、副镇长彭建华被给予政务记过处分。攸县网岭镇党委委员邓志刚出席。"))
    got = {(p["person"]["name"], p["title"]): (p["org"]["name"] if p["org"] is not None else None, bool(p.get("former")))
           for p in art.of("post")}
    assert got[("彭建华", "党委委员")] == ("皇图岭镇党委", True) and got[("彭建华", "副镇长")][1]
    assert got[("邓志刚", "党委委员")] == ("网岭镇党委", False)              # positive control


def test_a_name_that_is_also_a_noun_is_read_between_a_title_and_a_speakers_verb(article):
    art = article(body("积石山县委书记马力说，全县已完成安置房建设。县长信箱说明了办理情况。"))
    assert "马力" in names(art)
    assert not any(n.startswith("信箱") or n == "长信" for n in names(art))    # a noun after a title, no verb of a person


def test_regional_surnames_of_the_south_open_a_name_after_a_title(article):
    art = article(body("会上，副州长刀光明、县长俸春林和副市长禤海波先后发言。会议要求不搞一刀切。"))
    assert {"刀光明", "俸春林", "禤海波"} <= names(art)
    assert not any(n.startswith("刀切") for n in names(art))


def test_a_name_ending_in_ming_before_the_news_word_for_recently_keeps_its_last_character(article):
    # "某某明日前到…": 日前 (recently) follows the whole name, not 明日 (tomorrow) its first two
    art = article(body("县委书记孙立明日前到某镇调研，副县长赵红明日下午将出席活动。"))
    assert "孙立明" in names(art) and "孙立" not in names(art)
    assert "赵红" in names(art)                           # control: 明日下午 is tomorrow afternoon


def test_tibetan_names_in_kham_and_amdo_spellings_after_a_title(article):
    art = article(body("会上，乡长罗布东珠、副县长久美才丹先后发言，要求各村抓好草场管护。"))
    assert {"罗布东珠", "久美才丹"} <= names(art)


def test_more_nuosu_clan_names_open_a_yi_name_after_a_title(article):
    art = article(body("会上，村党支部书记阿苦日哈、副乡长瓦其阿呷先后发言。"))
    assert {"阿苦日哈", "瓦其阿呷"} <= names(art)


def test_a_villager_of_the_qumu_clan_is_read_whole(article):
    art = article(body("学生曲木阿呷写下了感谢信，乡长阿苦日哈陪同检查。"))
    assert "阿苦日哈" in names(art)                                       # control: a listed clan
    assert "曲木阿呷" in names(art) and "曲木阿" not in names(art)


def test_a_name_before_home_is_read_whole_though_its_last_character_is_a_verb(article):
    # "某德胜家中": jieba reads 胜 a verb, the model the whole name; only a person has a home
    art = article(body("节前，县长周立平走访了困难群众赵德胜家中，又来到低保户钱永胜家里。"))
    assert "周立平" in names(art)                                          # control
    assert {"赵德胜", "钱永胜"} <= names(art) and not {"赵德", "钱永"} & names(art)


def test_the_tail_of_a_name_written_by_sound_before_tongzhi_is_no_han_name(article):
    art = article(body("会议宣布：买买提·阿不都热合曼同志任县委副书记，李建国同志任副县长。"))
    assert {"买买提·阿不都热合曼", "李建国"} <= names(art)                  # control: the Han name before 同志
    assert not any(n in ("都热合曼", "都热合") for n in names(art))


def test_a_name_ends_before_the_verb_ren_and_the_post_it_takes(article):
    # "县长某学新任指挥长": 新 ends the name (新任 is no word here), 任 then the post
    art = article(body("由县委书记何学新任组长，县应急管理局局长蒋文任副组长，副县长陈芳担任办公室主任。"))
    assert "陈芳" in names(art)                                              # control: 担任 after a name
    assert {"何学新", "蒋文"} <= names(art) and not {"何学", "蒋文任"} & names(art)


def test_a_full_name_before_a_form_of_address_is_read(article):
    art = article(body("怀化市委书记虢志刚先生会见了客人，市长覃建新女士致辞。张先生说，很受启发。"))
    assert "覃建新" in names(art)                                             # control
    assert "虢志刚" in names(art) and not any(n.startswith("张先") for n in names(art))


def test_the_special_administrative_regions_heads_are_posts_tied_to_their_region(article):
    art = article(body("座谈会上，澳门特区行政长官岑家明、香港特区政府财政司司长麦志强先后致辞。"))
    assert ("行政长官", None, "澳门特别行政区") in posts(art, "岑家明")
    assert ("财政司司长", None, "香港特别行政区") in posts(art, "麦志强")


def test_a_compatriot_named_in_apposition_is_a_person_and_holds_the_post_after_him(article):
    art = article(body("台湾同胞陈志豪现任某市台办副主任，侨胞黄美玲说，家乡变化很大。"))
    assert {"陈志豪", "黄美玲"} <= names(art)


def test_a_reporter_under_a_lenticular_dateline_works_for_its_outlet(article):
    art = article("港澳新闻\n【香江日报讯】记者何志明、林晓报道：某省代表团昨日抵港访问。\n")
    assert ("记者", "香江日报", None) in posts(art, "何志明")
    assert ("记者", "香江日报", None) in posts(art, "林晓")


def test_a_bare_body_of_an_informally_named_autonomous_county_is_also_labelled_as_written(tmp_path):
    from rdflib import RDFS
    from kg.graph.ns import SKOS
    from kg.build.pipeline import merge, process_file

    src = tmp_path / "a.txt"
    src.write_text(body("调研组来到孟连县，县政府办公室负责同志介绍了情况。"), encoding="utf-8")
    g = merge([process_file(str(src))])
    labels = {str(o) for o in g.objects(None, RDFS.label)}
    assert "孟连傣族拉祜族佤族自治县政府办公室" in labels                      # the full name, as before
    assert "孟连县政府办公室" in {str(o) for o in g.objects(None, SKOS.altLabel)}


def test_a_body_of_an_autonomous_county_is_labelled_with_the_county_written_short_too(tmp_path):
    from rdflib import RDFS
    from kg.graph.ns import SKOS
    from kg.build.pipeline import merge, process_file

    src = tmp_path / "a.txt"
    src.write_text(body("会上，孟连傣族拉祜族佤族自治县委副书记李建平作了动员讲话。"), encoding="utf-8")     # written in full:
    #                                                 labelled too as the county's people write it, for search
    g = merge([process_file(str(src))])
    assert "孟连傣族拉祜族佤族自治县委" in {str(o) for o in g.objects(None, RDFS.label)}     # the full name
    assert "孟连县委" in {str(o) for o in g.objects(None, SKOS.altLabel)}
    src.write_text(body("12月3日，西乌旗政协召开常委会议。"), encoding="utf-8")      # an abbreviation, as written
    g = merge([process_file(str(src))])
    assert "西乌旗政协" in {str(o) for o in g.objects(None, SKOS.altLabel)}
    src.write_text(body("山东淄博、滨州两地市委书记近日调整，“70后”赵立新接替钱卫东任滨州市委书记。"), encoding="utf-8")   # 州 of 滨州: no level
    g = merge([process_file(str(src))])
    assert "滨州市委" in {str(o) for o in g.objects(None, RDFS.label)}
    assert "滨州委" not in {str(o) for o in g.objects(None, SKOS.altLabel)}


def test_who_speaks_to_the_reporter_is_not_a_reporter_named_before_the_title(article):
    art = article(body("镇长覃金兰向记者介绍，新修的水渠已经通水。副县长黄明对记者说，水稻长势很好。"))
    assert names(art) == {"覃金兰", "黄明"}
    assert [t for t, _, _ in posts(art, "覃金兰")] == ["镇长"]


def test_a_body_written_at_a_later_mention_of_the_same_post_is_that_post_s(article):
    art = article(body("原河源市副市长钟立德被查。\n市纪委通报，河源市人民政府原副市长钟立德严重违纪。"))
    assert posts(art, "钟立德") == {("副市长", "河源市人民政府", "河源市")}


def test_a_police_station_is_named_from_its_county_s_bureau_or_its_town(article):
    art = article(body("汝城县公安局马桥派出所所长邓志坚、泉水镇派出所副所长朱文华参加了会议。"))
    assert posts(art, "邓志坚") == {("所长", "汝城县公安局马桥派出所", "汝城县")}
    assert posts(art, "朱文华") == {("副所长", "泉水镇派出所", "泉水镇")}


def test_a_name_read_short_only_inside_a_longer_one_is_the_longer_name(article):
    art = article(body("2003年，28岁的索朗旺堆从拉萨师范学院毕业。2010年，他担任改则县副县长。"))
    assert names(art) == {"索朗旺堆"}
    assert [t for t, _, _ in posts(art, "索朗旺堆")] == ["副县长"]


def test_names_in_a_list_closed_by_a_count_of_persons_are_names_however_common_their_words(article):
    art = article(body("大会对高峰、文静、江河等6名先进个人给予表彰。全县水利、交通、教育等8个部门参加。"))
    assert {"高峰", "文静", "江河"} <= names(art)
    assert not names(art) & {"水利", "交通", "教育"}


def test_a_speaker_s_name_ends_before_what_he_delivers(article):
    art = article(body("县政协主席李俊明作提案工作情况报告。市长周涛所作的政府工作报告反响热烈。"))
    assert {"李俊明", "周涛"} <= names(art) and not any(n.endswith("所") for n in names(art))


def test_a_list_after_its_post_and_a_colon_gives_everyone_listed_that_post(article):
    art = article("换届\n2021-09-28 来源:测试日报\n中共桂东县第十四届委员会第一次全体会议召开。当选为县委常委的有：陈立新、黄晓梅、罗志刚、邓建华。"
                  "出席会议的县领导有：郭小林、谢军、曹勇。\n")
    got = {p["person"]["name"]: (p["title"], p.get("start")) for p in art.of("post")}
    assert {n: got.get(n) for n in ("陈立新", "黄晓梅", "罗志刚", "邓建华")} == {n: ("县委常委", 2021) for n in ("陈立新", "黄晓梅", "罗志刚", "邓建华")}
    assert not {"郭小林", "谢军", "曹勇"} & set(got)                # a collective label: no post
    assert all(p["org"]["name"] == "桂东县委" for p in art.of("post"))


def test_a_name_the_model_reads_after_a_body_and_its_de_is_one_of_its_people(article):
    art = article("驻村\n2024-05-01 来源:桃江县融媒体中心\n新选派的第一书记中，有来自县审计局的夏敏（派驻高桥村）、县住建局的龚磊（派驻花园村）。"
                  "县审计局的报告（初稿）已经完成。\n")
    assert {"夏敏", "龚磊"} <= names(art)
    assert not any("报告" in n or "初稿" in n for n in names(art))


def test_a_feature_naming_its_subject_with_jiao_reads_the_name_and_the_post_after_shi(article):
    art = article("人物\n2024-05-08\n她叫覃丽娟，是龙胜各族自治县泗水乡周家村党支部书记。村民说，这里是周家村的茶园。"
                  "一位名叫韦长青的老人说起了往事。\n")
    got = {p["name"] for p in art.of("person")}
    assert {"覃丽娟", "韦长青"} <= got
    assert ("党支部书记", "周家村党支部", "周家村") in posts(art, "覃丽娟")
    assert not posts(art, "韦长青")                 # a named villager holds nothing


def test_a_compound_surname_alone_before_a_title_is_how_one_is_addressed_no_name(article):
    art = article("人物\n2024-05-08\n在宜阳县白杨镇，提起上官村党支部书记司马建新，村民们都竖起大拇指。二十年来，司马书记带领村民修路、种苹果，"
                  "“司马书记是我们的主心骨。”村民说。\n")
    got = {p["name"] for p in art.of("person")}
    assert "司马建新" in got and "司马" not in got


def test_a_chief_system_whose_first_character_is_a_surname_is_no_person(article):
    art = article("标题\n\n全面落实河长制、林长制、田长制，县长黄志强担任总林长。\n")
    got = {p["name"] for p in art.of("person")}
    assert "黄志强" in got and not got & {"林长制", "田长制"}


def test_a_mongolian_name_of_three_sounds_before_a_meeting_s_report_verb_is_read(article):
    art = article("盟牧区工作会议\n2022-03-10 来源：测试日报\n内蒙古锡林郭勒盟召开会议。盟财政局局长那顺说，资金到位。"
                  "盟农牧局局长额尔敦通报了去年工作，盟林草局局长乌日图汇报了防火工作。\n")
    names = {p["name"] for p in art.of("person")}
    assert "那顺" in names                                                       # positive control: before 说
    assert {"额尔敦", "乌日图"} <= names


def test_a_name_that_is_a_place_s_word_too_before_the_next_item_s_title_is_a_name(article):
    art = article("政协会议开幕\n2024-01-08 来源：测试日报\n湖南省常德市政协会议开幕。市人大常委会主任黄海、市长周振宇出席。\n")
    held = {(p["person"]["name"], p["title"]) for p in art.of("post")}
    assert ("周振宇", "市长") in held                                             # positive control
    assert ("黄海", "人大常委会主任") in held or ("黄海", "主任") in held


def test_a_name_the_model_reads_as_a_place_is_a_name_after_a_post_and_before_speech(article):
    art = article(body("乡党委书记邹平介绍，今年全乡新建蔬菜基地8个。"))
    assert names(art) == {"邹平"}
    assert [p["title"] for p in art.of("post") if p["person"]["name"] == "邹平"] == ["乡党委书记"]
    visit = article(body("镇党委书记到邹平考察学习。"))
    assert names(visit) == set()                                         # the place after a verb is none


def test_a_table_row_s_next_column_after_a_title_is_a_township_not_a_name(article):
    art = article("县级领导联系乡镇一览表\n2023-02-14 来源：宜章县人民政府\n姓名    职务    联系乡镇\n"
                  "邓立新    县委书记    梅田镇\n何秋云    县长    白石渡镇\n县长    罗湘君\n主持县政府全面工作。\n")
    names = {p["name"] for p in art.of("person")}
    assert {"邓立新", "何秋云", "罗湘君"} <= names                                  # positive control
    assert not names & {"梅田镇", "白石渡镇"}, names
    rows = {p.text: art.sentences[p.sent].simp[p.start:p.end] for p in art.of("person")}
    assert all(text == written for text, written in rows.items()), rows          # each name where it stands


def test_a_name_in_an_appointment_notice_stands_where_the_text_writes_it(article):
    art = article("人事任免\n2023-02-14 来源：测试日报\n会议决定：任命罗湘君为县教育局局长；免去邓立新的县财政局局长职务。\n")
    got = {p.text: art.sentences[p.sent].simp[p.start:p.end] for p in art.of("person")}
    assert set(got) == {"罗湘君", "邓立新"}                                            # positive control
    assert all(text == written for text, written in got.items()), got


def test_a_name_before_a_verb_of_audience_keeps_its_last_character(article):
    art = article(body("湖北省委书记蒋立新，省委副书记、省长张伟中会见考察团。县长陈刚中接见了客商。"))
    assert "蒋立新" in names(art)                                                     # positive control
    assert {"张伟中", "陈刚中"} <= names(art), names(art)


def test_an_official_named_then_titled_who_speaks_for_a_body_or_addresses_someone_holds_the_title(article):
    art = article(body("座谈会上，田志远副厅长代表党组致辞，并转达了郭建华书记对驻村队员的问候。"))
    assert {t for t, _, _ in posts(art, "田志远")} == {"副厅长"}
    assert {t for t, _, _ in posts(art, "郭建华")} == {"书记"}
    plain = article(body("郭建华书记的办公室不大。"))
    assert not posts(plain, "郭建华")                                   # control: a possessive, no act


def test_a_name_the_model_reads_before_a_title_holds_it_though_its_given_name_is_a_word(article):
    art = article(body("会上，郭启明书记对驻村队员表示感谢。"))              # 启明 alone is a word (the morning star)
    assert {t for t, _, _ in posts(art, "郭启明")} == {"书记"}
    plain = article(body("郭启明书记的办公室不大。"))
    assert not posts(plain, "郭启明")                                   # control: no act of his


def test_a_yi_name_the_rules_cut_short_in_one_sentence_is_the_whole_name_the_model_reads_in_another(article):
    art = article(body("在瓦吾村，县长走进脱贫户沙马拉布家中了解情况。沙马拉布告诉记者，家里养了3头牛。"))
    got = names(art)
    assert "沙马拉布" in got and "沙马拉" not in got
    art = article(body("州委常委、秘书长马海军参加调研。"))
    assert "马海军" in names(art)                                     # control: a Han name that opens like a clan's


def test_a_village_doctor_named_in_apposition_is_a_person(article):
    art = article(body("村医黄丽萍给老人量血压，村民谭小燕在一旁帮忙。"))
    assert {"黄丽萍", "谭小燕"} <= names(art)


def test_a_profile_s_comma_groups_of_titles_are_all_the_person_s_posts(article):
    art = article(body("邓立新，男，1972年3月生，第十四届全国人大代表，桂阳县樟市镇桐木村党总支书记。\n"
                       "谢国华，桂阳县仁义镇石塘村党支部书记，湖南省人大代表。\n"
                       "罗海波，桂阳县樟市镇桐木村村民，今年52岁。"))
    assert {t for t, _, _ in posts(art, "邓立新")} == {"全国人大代表", "党总支书记"}
    assert {t for t, _, _ in posts(art, "谢国华")} == {"党支部书记", "人大代表"}
    assert not posts(art, "罗海波")                                  # a group that is no title: none of it


def test_a_dotted_name_keeps_its_last_sound_where_a_verb_could_open_after_it(article):
    art = article("标题\n2024-03-01 来源:测试日报\n州委副书记阿不都克力木·买买提出席会议。县长艾力·吐尔逊提出，要抓好春耕。\n")
    got = {p["name"] for p in art.of("person")}
    assert {"阿不都克力木·买买提", "艾力·吐尔逊"} <= got                       # (提出 after a whole name: control)


def test_a_column_s_headline_who_talks_about_what_names_no_one(article):
    art = article("县委书记谈发展\n2024-03-01 来源:测试日报\n本报推出“书记谈发展”专栏，今天刊发第一期。\n")
    assert not any(p["name"].startswith("谈") for p in art.of("person"))
    art = article("县长谈建华走访企业\n2024-03-01 来源:测试日报\n谈建华说，全县今年新增企业120家。\n")
    assert "谈建华" in {p["name"] for p in art.of("person")}                       # the surname 谈 of a real name


def test_a_reports_speaker_glued_to_the_opening_address_is_read(article):
    art = article(body("——2023年1月9日在桑植县第十八届人民代表大会第三次会议上县长 刘志成各位代表：现在，"
                       "我代表县人民政府向大会报告工作，请予审议。"))
    assert "刘志成" in names(art)
    assert posts(art, "刘志成") and {t for t, _, _ in posts(art, "刘志成")} == {"县长"}


def test_the_groups_the_centre_sends_out_are_bodies_wherever_named(article):
    art = article(body("中央第四生态环境保护督察组进驻江西省。国务院第六督查组当天来到赣州市。督察组组长杜林强作动员讲话。"))
    assert {"中央第四生态环境保护督察组", "国务院第六督查组"} <= orgs(art)
    assert "国务院" not in orgs(art)                           # the sender, inside the group's name
    assert posts(art, "杜林强") == {("组长", "中央第四生态环境保护督察组", None)}


def test_a_central_builders_numbered_bureau_is_a_body_its_officers_serve(article):
    art = article(body("副市长方新会见了中铁七局党委书记、董事长贺志远一行，双方就合作签订协议。"))
    assert posts(art, "贺志远") == {("党委书记", "中铁七局党委", None), ("董事长", "中铁七局", None)}
    assert orgs(art) >= {"中铁七局", "中铁七局党委"}


def test_a_firm_whose_brand_holds_a_preposition_s_character_keeps_its_whole_name(article):
    art = article(body("4月2日，县政府与华为技术有限公司签署合作协议。他在长沙顺达科技有限公司工作过。"))
    assert "长沙顺达科技有限公司" in orgs(art)                  # positive control
    assert "华为技术有限公司" in orgs(art)
    assert "技术有限公司" not in orgs(art)


def test_a_district_of_campuses_named_after_a_hill_is_no_university(article):
    art = article(body("麓谷大学科技城建设加快推进，入驻企业120家。李明毕业于湘潭大学。"))
    assert "湘潭大学" in orgs(art)                             # positive control
    assert not any(o.startswith("麓谷大学") for o in orgs(art))


def test_a_name_written_with_a_middle_dot_is_a_person_wherever_it_stands(article):
    art = article(body("在村里，热依拉·艾买提是有名的致富能手。古丽米拉·吐尔逊说，合作社带动了30多名妇女就业。"))
    assert {"热依拉·艾买提", "古丽米拉·吐尔逊"} <= names(art)
    assert not any(n.endswith("是") or n.endswith("说") for n in names(art))


def test_a_mongolian_name_opening_with_sechen_is_read_whole(article):
    art = article(body("苏木党委书记斯琴巴图一年要跑遍全苏木的嘎查。"))
    assert "斯琴巴图" in names(art) and "斯琴" not in names(art)


def test_a_natural_village_s_head_is_a_post(article):
    art = article(body("在田林县潞城瑶族乡弄瓦村那坡屯，屯长韦光荣带领群众修通了道路。"))
    assert "屯长" in {t for t, _, _ in posts(art, "韦光荣")}


def test_a_name_after_its_title_ends_before_a_verb_of_assisting(article):
    art = article(body("镇党委副书记、镇长向军协助处理了两起土地纠纷。"))
    assert "向军" in names(art) and {t for t, _, _ in posts(art, "向军")} >= {"镇长"}


def test_a_list_item_s_name_before_its_titles_in_brackets_is_a_person_even_a_place_s_short_form(article):
    art = article(body("参加学习的有：龙文（县委书记）、田鹏（县委副书记、县长）。县政府（县长办公室）发文。"))
    assert {"龙文", "田鹏"} <= names(art)
    assert "县委书记" in {t for t, _, _ in posts(art, "龙文")}
    assert "县政府" not in names(art)


def test_a_ministry_department_s_head_is_read_but_not_inside_a_firm_s_word(article):
    art = article("调研组来我县\n2022-08-17 来源:测试日报\n8月16日，交通运输部综合规划司副司长冯建伟一行来我县调研。该公司长期从事物流运输。\n")
    assert any(t == "副司长" for t, _, _ in posts(art, "冯建伟"))
    assert not any(p["title"] == "司长" for p in art.of("post"))


def test_a_list_s_count_before_comrades_is_no_part_of_the_last_name(article):
    art = article("干部任免\n2022-09-08 来源:测试日报\n经市委研究决定：余海军、熊丽两同志分别任某县委常委和某县委常委。王建成同志任县长。\n")
    assert {"余海军", "熊丽", "王建成"} <= names(art) and "熊丽两" not in names(art)


def test_an_amdo_name_spelt_with_dongzhi_is_read_after_its_title(article):
    art = article("县领导调研\n2022-06-01 来源:测试日报\n黄南州泽库县副县长才让东智陪同调研，县委常委才让吉参加。\n")
    assert {"才让东智", "才让吉"} <= names(art)
    assert any(t == "副县长" and p == "泽库县" for t, _, p in posts(art, "才让东智"))


def test_a_kham_name_as_ganzi_writes_it_is_read_after_its_title(article):
    art = article("县领导调研\n2022-06-01 来源:测试日报\n甘孜州乡城县委书记四郎降初陪同考察，县长格绒志玛介绍情况。\n")
    assert {"四郎降初", "格绒志玛"} <= names(art)
    assert any(t == "县委书记" and p == "乡城县" for t, _, p in posts(art, "四郎降初"))


def test_a_byline_of_a_paper_and_its_site_gives_the_paper_and_names_the_site(article):
    art = article("村里分红\n2022-01-02 来源:测试网\n经济日报-中国经济网记者 黄晓芳\n1月1日，某村合作社举行分红大会。\n")
    assert ("记者", "经济日报", None) in posts(art, "黄晓芳")
    assert {"经济日报", "中国经济网"} <= orgs(art)


def test_a_yi_or_tibetan_name_after_the_role_it_acts_in_is_read(article):
    art = article("第一书记\n2022-06-01 来源:测试日报\n作为美姑县洪溪镇某某村的第一书记，帕查木呷每天都要走访农户。"
                  "作为村里的致富带头人，他经常帮助困难群众。\n")
    assert "帕查木呷" in names(art) and any(t == "第一书记" for t, _, _ in posts(art, "帕查木呷"))
    assert len(names(art)) == 1          # (control: 他 is no name)


def test_former_inside_an_item_covers_its_body_s_bare_titles_but_not_another_body_s(article):
    art = article("活动\n2022-06-01 来源:慈利县融媒体中心\n县政协原主席、县关工委主任龙德胜出席活动。"
                  "岳阳市原市委常委、副市长何立军也到场。\n")
    by = {p["title"]: p["former"] for p in art.of("post") if p["person"]["name"] == "龙德胜"}
    assert by == {"主席": True, "主任": False}
    assert all(p["former"] for p in art.of("post") if p["person"]["name"] == "何立军")      # (control)


def test_a_roll_s_rows_give_each_name_the_headline_s_post_at_the_row_s_last_place(article):
    art = article("2022年度优秀驻村第一书记名单\n2023-01-12 来源:测试县委组织部\n序号  姓名  派出单位  驻村\n"
                  "1  石立新  县财政局  临澧县烽火乡龙凤村\n2  唐小燕  县教育局  临澧县合口镇某某组\n")
    assert ("驻村第一书记", None, "龙凤村") in posts(art, "石立新")
    assert not posts(art, "唐小燕") or not any(p for _, _, p in posts(art, "唐小燕"))     # (control: no place read, no post)


def test_a_roll_set_out_with_single_spaces_keeps_its_rows_and_their_numbers_apart(article):
    art = article("2022年度优秀驻村第一书记名单\n2023-01-12 来源:测试县委组织部\n序号 姓名 派出单位 驻村\n"
                  "1 石立新 县财政局 临澧县烽火乡龙凤村\n2 唐小燕 县教育局 临澧县合口镇杨板村\n"
                  "3 覃建国 县人民医院 临澧县修梅镇高桥村\n")
    assert ("驻村第一书记", None, "龙凤村") in posts(art, "石立新")
    assert ("驻村第一书记", None, "高桥村") in posts(art, "覃建国")
    assert "1石立新" not in names(art)


def test_a_two_character_name_a_visit_or_an_interview_meets_is_a_person(article):
    art = article(body("记者在田间采访了韦敏，她告诉记者今年的收成不错。县领导还看望了莫兰，并送去慰问金。"))
    assert {"韦敏", "莫兰"} <= names(art)
    art = article(body("县委书记看望了困难群众，慰问了老党员，听取了财政、审计等部门的汇报。"))   # control: no name met
    assert not names(art)


def test_a_captions_photographer_without_a_han_surname_is_read_from_the_credits_slot(article):
    art = article(body("图为牧民在草场上转场。新华社记者 觉嘎 摄\n牧民们赶着牦牛翻过山口。新华社记者 王小川 摄\n"
                       "记者 觉嘎摄了许多照片。"))
    held = {(p["person"]["name"], p["title"], p["org"]["name"] if p["org"] else None) for p in art.of("post")}
    assert {("觉嘎", "记者", "新华社"), ("王小川", "记者", "新华社")} <= held
    assert "觉嘎摄" not in {p["name"] for p in art.of("person")}       # the slot ends at the credit's 摄 only


def test_a_speaker_with_a_surname_of_the_south_or_a_rare_one_is_read(article):
    art = article(body("“路修好了，脐橙就好卖了。”赖春生笑着说。荀立伟说，明年还要扩种。\n"
                       "这些土地是村民赖以生存的根本。"))
    names = {p["name"] for p in art.of("person")}
    assert {"赖春生", "荀立伟"} <= names
    assert not any(n.startswith("赖以") for n in names)              # 赖以, "depend on": no name


def test_a_person_named_as_a_county_is_short_named_is_read_in_a_decisions_slot(article):
    art = article(body("会议决定任命周宁为宁德市副市长，选举江山为柘荣县县长。会议推荐屏南为全省生态示范县。"))
    held = {(p["person"]["name"], p["title"]) for p in art.of("post")}
    assert {("周宁", "副市长"), ("江山", "县长")} <= held
    assert "屏南" not in {p["name"] for p in art.of("person")}        # a county named a model: no person


def test_a_list_s_last_name_that_ends_the_sentence_is_read_whole(article):
    art = article(body("理家坪乡召开会议。出席会议的乡领导有：唐国华、蒋丽、罗德厚。会议由蒋丽主持。"))
    assert {"罗德厚", "唐国华", "蒋丽"} <= names(art)
    assert "罗德" not in names(art)
    art = article(body("理家坪乡召开会议。出席会议的乡领导有：唐国华、蒋丽、罗德厚等。"))     # positive control: 等 after it
    assert "罗德厚" in names(art)


def test_a_bare_provincial_committee_is_no_autonomous_region_s_named_in_passing(article):
    art = article(body("2021年7月，省委政法委派驻坦田村第一书记唐国华到任，他曾在宁夏工作三年。"))
    assert not any("宁夏" in (org or "") for _, org, _ in posts(art, "唐国华"))
    art = article(body("2021年7月，自治区党委政法委派驻坦田村第一书记唐国华到任，他曾在宁夏工作三年。"))
    assert ("第一书记", "宁夏回族自治区党委政法委", "宁夏回族自治区") in posts(art, "唐国华")   # control: the region's own word


def test_a_name_the_model_reads_before_speaking_at_an_occasion_is_a_person(article):
    art = article(body("会议听取了各乡镇汇报。罗建在讲话中指出，要抓好秋粮收购。田华在村里种了十亩地。"))
    assert "罗建" in names(art)
    assert "田华" not in names(art)                  # a bare name doing anything else: no person from the model alone
    art = article(body("会议听取了各乡镇汇报。罗建指出，要抓好秋粮收购。"))            # positive control: speaking right after
    assert "罗建" in names(art)


@pytest.mark.parametrize("text, name", [
    ("会议听取了各乡镇汇报。覃其林要求，各乡镇要抓好秋粮收购。", "覃其林"),     # 其 a generation character
    ("会议听取了各乡镇汇报。覃志林要求，各乡镇要抓好秋粮收购。", "覃志林"),     # (positive control)
    ("那年秋天,罗建华首次带队外出招商,签下两个项目。", "罗建华"),            # a count of times after the name
    ("那年秋天,罗建华带队外出招商,签下两个项目。", "罗建华"),                # (positive control)
])
def test_a_name_the_model_reads_opening_its_clause_is_a_person(article, text, name):
    assert name in names(article(body(text)))


def test_the_one_whose_hand_a_visitor_holds_is_a_person(article):
    art = article(body("县委书记握着覃有林的手，询问他家里的收成。村民拉着周桂芳的手说，日子好了。单位征求龙建华的意见。"))
    assert {"覃有林", "周桂芳", "龙建华"} <= names(art)
    art = article(body("县委书记握着方向盘，询问他家里的收成。"))                      # control: no name held
    assert not any(n.startswith("方") for n in names(art))


def test_a_dotted_name_ends_before_a_verb_the_model_reads_right_after_it(article):
    art = article(body("阿不都·热合曼看到工作队员，连忙放下手里的活。"))
    assert "阿不都·热合曼" in names(art) and "阿不都·热合曼看" not in names(art)
    art = article(body("阿不都·热合曼说，日子越过越好。"))                          # positive control: a follower after it
    assert "阿不都·热合曼" in names(art)


def test_a_doubled_given_name_is_a_name_where_no_de_follows_it(article):
    art = article(body("2019年3月，覃婷婷随同县农业农村局工作队来到村里。田里一片金灿灿的稻谷。"))
    assert "覃婷婷" in names(art)
    assert "金灿灿" not in names(art)                                # an adjective before 的, as before
    art = article(body("2019年3月，覃丽华随同县农业农村局工作队来到村里。"))              # positive control
    assert "覃丽华" in names(art)


def test_the_model_s_name_taking_up_a_post_is_a_person(article):
    art = article(body("在覃立铎担任县委书记的三年里，他跑遍了全县乡镇。在罗君任职县委书记的那天，村里下了雪。"))
    assert {"覃立铎", "罗君"} <= names(art)
    art = article(body("他说，在村里担任会计的人不多。"))                             # control: no name before the verb
    assert not any(n.startswith("村") for n in names(art))


def test_a_name_after_a_meeting_s_time_or_before_a_charge_is_the_model_s_person(article):
    art = article(body("会上罗建、田华先后通报了秋粮收购情况。据通报，蒋丽涉嫌滥用职权一案已移送审查起诉。"))
    assert {"罗建", "田华", "蒋丽"} <= names(art)
    art = article(body("会上大家纷纷发言，检察院发布消息。"))                          # control: no name there
    assert not names(art)


def test_a_dai_name_opening_its_clause_before_an_honorific_title_is_a_person(article):
    art = article(body("岩温副县长带队来到勐混镇，查看茶园管护。会上，玉香副主任指出，要抓好茶叶生产。"))
    assert {"岩温", "玉香"} <= names(art)
    assert any(t == "副县长" for t, _, _ in posts(art, "岩温"))
    art = article(body("岩石地貌主任指出，要抓好生产。"))                               # control: a word, no name
    assert "岩石" not in names(art)


def test_a_central_organ_s_field_body_named_by_its_place_is_one_body(article):
    art = article(body("7月20日，国家统计局湖南调查总队发布数据，国家税务总局双牌县税务局局长罗建说明情况。"))
    assert {"国家统计局湖南调查总队", "国家税务总局双牌县税务局"} <= orgs(art)
    assert ("局长", "国家税务总局双牌县税务局", "双牌县") in posts(art, "罗建")
    art = article(body("7月20日，国家统计局发布数据。"))                                # positive control: the organ alone
    assert "国家统计局" in orgs(art)


def test_a_name_before_zuo_and_what_a_meeting_s_speaker_gives_ends_before_zuo(article):
    art = article(body("会上，县税务局局长罗建作政策解读，县委书记田华作点评。"))
    assert {"罗建", "田华"} <= names(art) and not {"罗建作", "田华作"} & names(art)
    art = article(body("会上，县税务局局长罗建作工作报告。"))                            # positive control: 作工作报告
    assert "罗建" in names(art)


def test_a_name_speaking_for_a_body_is_the_model_s_person(article):
    art = article(body("春节前夕，罗建代表区委区政府看望老党员，周海涛代表县“四大班子”向全县干部群众拜年。"))
    assert {"罗建", "周海涛"} <= names(art)
    art = article(body("开工仪式上，县人大代表罗建华发言。"))                            # positive control: a deputy's title
    assert "罗建华" in names(art)


def test_a_school_named_with_a_bare_level_is_no_body_where_the_article_names_no_such_division(article):
    text = "{}市委统战部常务副部长、市社会主义学院党组书记罗建陪同调研。"
    art = article(body(text.format("")))
    assert not any(o.startswith("市") for o in orgs(art))
    art = article(body(text.format("永州市召开会议。")))                               # positive control: the city named
    assert "永州市社会主义学院" in orgs(art)


def test_a_grade_of_recognition_before_a_cooperative_is_no_body_s_name(article):
    art = article(body("该村创办的省级优秀合作社“兴农果业”带动120户增收，县级示范合作社也有3家。"))
    assert not any(o.startswith(("省级", "县级")) for o in orgs(art))
    art = article(body("该村创办的绿源茶叶专业合作社带动120户增收。"))                    # positive control: a named one
    assert "绿源茶叶专业合作社" in orgs(art)


def test_a_name_the_model_ends_before_a_verb_of_saying_keeps_that_end_after_a_title(article):
    art = article(body("自治区主席董金称，全区投资增长较快。县长李金称，全县经济稳中向好。"))
    assert {"董金", "李金"} <= names(art)
    assert "董金称" not in names(art)


def test_a_name_ends_before_the_notice_s_verb_of_a_post_proposed(article):
    art = article(body("经研究，县委常委、副县长唐国拟任县委副书记，县委书记任刚拟提名为市长候选人。"))
    assert {"唐国", "任刚"} <= names(art)
    assert not any(n.endswith("拟") for n in names(art))


def test_what_people_are_led_to_do_after_a_person_noun_is_no_name(article):
    art = article(body("村支书正带着村民修水渠，还组织群众种果树。村民修国强告诉记者，水渠通了。"))
    got = names(art)
    assert "修国强" in got                                   # a surname that is also a verb, no pivot before
    assert "修水渠" not in got and "种果树" not in got


def test_a_speakers_gesture_ends_the_name_before_it(article):
    art = article(body("镇党委书记阿不都克里木·依明点头表示同意，村主任买买提江·阿西木摇头说不行。村民王德明说，好。"))
    got = names(art)
    assert "王德明" in got                                        # positive control
    assert {"阿不都克里木·依明", "买买提江·阿西木"} <= got and not any(n.endswith(("点头", "摇头")) for n in got)


def test_a_two_character_name_that_is_a_noun_is_read_between_a_title_and_an_act_of_a_person(article):
    art = article(body("县委常委、宣传部部长方圆陪同调研。县政协主席黄河主持会议，副县长石磊作工作报告。"))
    assert {"方圆", "黄河", "石磊"} <= names(art)
    art = article(body("县长信箱说明了办理情况，局长热线主持人介绍了流程。"))
    assert not any(n in names(art) for n in ("信箱", "热线"))   # a noun, then no act of a person as a word


def test_the_first_name_of_a_list_a_person_noun_opens_may_be_made_of_words(article):
    art = article(body("县领导周建设、吴国庆等出席活动。在市领导关心下，项目顺利推进。村民修水渠、种果树。"))
    got = names(art)
    assert "吴国庆" in got                                        # positive control
    assert "周建设" in got                                        # 建设, a verb: a given name of the era
    assert not any(n in got for n in ("关心", "修水渠", "种果树"))


def test_a_ledes_attendees_listed_by_spaces_after_a_colon_are_persons(article):
    art = article("全县防汛工作会议召开\n5月6日，全县防汛工作会议在县政府召开。\n出席会议的县领导有：罗国强 彭丽 曾宪文 谭海\n"
                  "县委书记罗国强在讲话中要求，各乡镇要压实防汛责任，副县长曾宪文主持会议并通报全县汛情。\n")
    got = names(art)
    assert {"罗国强", "曾宪文"} <= got                                   # positive control: named by their posts too
    assert {"彭丽", "谭海"} <= got                                       # listed only
    assert any("5月6日" in s.simp for s in art.sentences)               # the lede over the list is the body's
    art = article("全县防汛工作会议召开\n5月6日，全县防汛工作会议在县政府召开。\n会议地点：县政府 三楼 会议室\n")
    assert not names(art)                                             # rooms and floors are no names


def test_a_yi_given_syllable_that_is_also_a_word_ends_a_one_syllable_name_only(article):
    art = article(body("州委党校副校长吉克拉则到美姑县宣讲，县长阿牛木呷则表示，要抓好落实。"))
    got = names(art)
    assert "吉克拉则" in got and "吉克拉" not in got                    # 则 is the name's: 拉则
    assert "阿牛木呷" in got and "阿牛木呷则" not in got                # positive control: after two, 则 is "then"


def test_a_county_s_merged_culture_bureau_under_its_short_names_is_a_body(article):
    art = article(body("麻阳苗族自治县召开旅游推介会。县文旅广电局局长滕丽、县文广旅体局副局长舒勇出席。"))
    assert ("局长", "麻阳苗族自治县文旅广电局", "麻阳苗族自治县") in posts(art, "滕丽")
    assert ("副局长", "麻阳苗族自治县文广旅体局", "麻阳苗族自治县") in posts(art, "舒勇")
    assert {"麻阳苗族自治县文旅广电局", "麻阳苗族自治县文广旅体局"} <= orgs(art)      # bodies of the graph too


def test_a_merged_culture_bureau_named_in_a_county_s_own_order_of_fields_is_a_body(article):
    art = article(body("通道侗族自治县举办芦笙节。据县文化旅游广电体育局统计，游客达3万人次。县文化体育广电和旅游局副局长吴敏出席。"))
    assert "通道侗族自治县文化旅游广电体育局" in orgs(art)
    assert ("副局长", "通道侗族自治县文化体育广电和旅游局", "通道侗族自治县") in posts(art, "吴敏")


def test_a_body_after_gai_xian_is_the_county_the_story_is_about(article):
    art = article(body("记者走进永顺县芙蓉镇。据该县文旅广电局局长彭亮介绍，今年接待游客80万人次。"))
    assert ("局长", "永顺县文旅广电局", "永顺县") in posts(art, "彭亮")
    assert "永顺县文旅广电局" in orgs(art)
    art = article(body("记者走进永顺县芙蓉镇。各县交通运输局局长参加培训，彭亮讲话。"))
    assert "永顺县交通运输局" not in orgs(art)                          # every county's, no one body
    assert "永顺县" in {p["name"] for p in art.of("place")}             # (positive control)


def test_the_persons_an_honour_is_given_to_are_names_even_two_of_them(article):
    art = article(body("经县委研究决定，授予冯晓兰、彭国栋等8名同志“优秀共产党员”称号，授予县中医院“先进基层党组织”称号。"))
    got = names(art)
    assert {"冯晓兰", "彭国栋"} <= got
    assert not any(n.startswith("县") for n in got)                    # the hospital, a body: no name


def test_a_county_s_rural_bank_named_by_its_short_name_is_the_body_of_its_heads(article):
    art = article(body("醴陵农商银行党委书记、董事长谭建军介绍，该行今年发放农户贷款12亿元。"))
    assert ("董事长", "醴陵市农商银行", "醴陵市") in posts(art, "谭建军")
    assert "醴陵市" not in {p["name"] for p in art.of("place") if not p.get("in_name")}   # a firm's name names no place


def test_a_surname_and_title_the_model_reads_as_one_word_introduce_no_name(article):
    art = article(body("采访中，宋书记多次提到“群众”二字。县委书记宋国良说，群众满意是标准。"))
    assert names(art) == {"宋国良"}                                      # no 多次提 after 宋书记


def test_a_name_ends_before_a_verb_and_its_zhe(article):
    art = article(body("80岁的老人王福拉着局长曹敏的手说，谢谢政府。村民刘德明说，好。"))
    got = names(art)
    assert "王福" in got and "王福拉" not in got
    assert {"曹敏", "刘德明"} <= got                                      # positive controls


def test_the_residents_of_a_welfare_home_are_named_after_their_category(article):
    art = article(body("副县长韦勇到县福利院看望了院民蒙德贵、覃秀英等人，并为退役军人黄德礼送去慰问金。"))
    assert {"蒙德贵", "覃秀英", "黄德礼"} <= names(art)


def test_the_holder_after_you_and_before_dangxuan_is_the_name_without_you(article):
    art = article(body("新一届班子选举产生。镇人大主席由覃国富当选，副镇长由黄丽当选。"))
    assert {"覃国富", "黄丽"} <= names(art) and not any(n.startswith("由") for n in names(art))


def test_the_words_of_office_after_a_title_are_no_name(article):
    art = article(body("2012年至2018年，何建新担任麻阳县县长。在县长任上，他修通了全县公路；书记任内的事，他很少提。"))
    assert names(art) == {"何建新"}


def test_a_prefecture_s_committee_after_a_county_name_the_table_lacks_is_no_county_body(article):
    art = article(body("黄德胜同志1928年生，历任桂阳县委书记，郴县地委副书记，1990年离休。"))
    assert "桂阳县委" in orgs(art)                                        # positive control
    assert not any(o.endswith("县地委") for o in orgs(art))


def test_a_title_after_its_body_and_de_heads_that_body(article):
    art = article(body("来自鄞州区商务局的副局长陈海波来到从江县，从江县财政局的局长吴丹陪同。"))
    assert ("副局长", "鄞州区商务局", "鄞州区") in posts(art, "陈海波")
    assert ("局长", "从江县财政局", "从江县") in posts(art, "吴丹")


def test_the_heads_of_several_counties_titled_with_their_levels_in_brackets_are_named_without_a_place(article):
    art = article(body("吉首市与泸溪县签订协议，两县市县（市）长田勇、向华代表双方签约。"))
    assert {"田勇", "向华"} <= names(art)
    assert all(p[2] is None for p in posts(art, "田勇") | posts(art, "向华"))


def test_a_name_ends_before_daibiao(article):
    art = article(body("副县长覃勇、石伟代表双方签约。人大代表刘芳提出建议。"))
    assert {"覃勇", "石伟", "刘芳"} <= names(art)


def test_a_site_named_after_a_body_is_no_body_and_its_place_is_no_place_the_news_names(article):
    art = article("密云区人大常委会视察\n北京人大网讯 7月17日，密云区人大常委会组织代表视察。来源：中央纪委国家监委网站\n")
    assert "北京市人大" not in orgs(art) and "密云区人大常委会" in orgs(art)
    assert {p["name"] for p in art.of("place") if not p.get("in_name")} == {"密云区"}


def test_a_spokesperson_is_a_post_that_introduces_its_holder(article):
    art = article(body("县委宣传部副部长、新闻发言人邓丽萍主持发布会。会议坚持中心发言人制度。"))
    assert names(art) == {"邓丽萍"}
    assert any(p[0] == "新闻发言人" for p in posts(art, "邓丽萍"))


def test_a_party_committee_s_office_by_its_short_name_is_a_body_and_no_name(article):
    art = article(body("衡阳市召开农村工作会议。市委农办主任、市农业农村局局长曾丽部署工作，市委政研室主任罗斌出席。"))
    assert names(art) == {"曾丽", "罗斌"}
    assert ("主任", "衡阳市委农办", "衡阳市") in posts(art, "曾丽")


def test_attendees_listed_on_the_line_under_their_label_under_a_short_lede_are_read(article):
    art = article("秋收工作会议召开\n\n9月2日，桃源县秋收工作会议召开。\n\n出席会议的县领导有：\n"
                  "贺明　田雪梅　向东升\n\n会议由县委常委、副县长吴强主持，要求各乡镇抓紧抢收晚稻，做好烘干和收储工作。\n")
    assert "吴强" in names(art)                                               # positive control
    assert {"贺明", "田雪梅", "向东升"} <= names(art)
    assert any("秋收工作会议召开" in s.text and "9月2日" in s.text for s in art.sentences)   # the lede, too


def test_a_line_of_bodies_parted_by_spaces_after_a_colon_is_no_list_of_names(article):
    art = article(body("参加会议的单位有：县财政局 县民政局 县教育局。出席会议的县领导有：贺明 田雪梅 向东升。"))
    assert {"贺明", "田雪梅", "向东升"} <= names(art)                            # positive control
    assert not any("局" in n for n in names(art))


def test_a_leading_group_or_command_named_from_its_place_is_a_body_and_one_named_from_no_place_is_not(article):
    art = article(body("通道侗族自治县防汛抗旱指挥部发布预警，县乡村振兴领导小组召开会议。各涉农乡镇落实防汛工作领导小组。"))
    assert {"通道侗族自治县防汛抗旱指挥部", "通道侗族自治县乡村振兴领导小组"} <= orgs(art)
    assert not any(o.startswith(("各", "农乡镇", "乡镇")) for o in orgs(art))


def test_a_central_enterprise_by_the_name_it_signs_with_is_a_body_but_yields_to_a_longer_name(article):
    art = article(body("国家电网派驻桃源县茶庵铺镇的干部到村走访。他毕业于中国石油大学，曾在中国移动通信集团湖南有限公司工作。"))
    got = orgs(art)
    assert {"国家电网", "中国石油大学", "中国移动通信集团湖南有限公司"} <= got
    assert "中国石油" not in got and "中国移动" not in got


def test_a_two_character_name_before_a_comma_and_a_career_s_first_dated_step_is_a_person(article):
    art = article(body("曾立，2003年至2010年在桃源县漳江镇工作，先后任副镇长、镇长。同时，2010年至今全县新建道路300公里。"))
    assert "曾立" in names(art)
    assert not any(n.startswith("同时") or n == "同时" for n in names(art))


def test_a_cooperative_described_by_its_trade_after_de_is_no_named_body(article):
    art = article(body("村里的肉牛养殖合作社今年出栏肉牛300头，隔壁村的绿源茶叶合作社也在扩大规模。"))
    assert "绿源茶叶合作社" in orgs(art)                                        # positive control
    assert "肉牛养殖合作社" not in orgs(art)


def test_a_roll_s_rows_under_a_lede_with_the_village_first_and_the_sender_in_brackets_are_read(article):
    first, second = "云翎村", "众胜村"                                   # two villages of 临澧县 the tables know
    art = article(f"临澧县新选派驻村第一书记名单\n\n根据工作安排，现将新选派的驻村第一书记名单公布如下：\n\n"
                  f"{first}　覃立新（县审计局）\n{second}　　唐晓红（县人民医院）\n\n以上同志自即日起到村任职，任期两年，请各乡镇做好保障。\n"
                  "\n中共临澧县委组织部\n")
    assert ("驻村第一书记", None, first) in posts(art, "覃立新")
    assert ("驻村第一书记", None, second) in posts(art, "唐晓红")


def test_a_name_after_a_post_may_be_a_place_s_short_name_where_no_place_is_read_there(article):
    art = article(body("该院立案庭庭长高平主持调解，县长邵东来到现场。县委书记在宁远调研。"))
    assert {"高平", "邵东"} <= names(art)
    assert "宁远" not in names(art)                                              # after a preposition: the place


def test_a_holder_s_party_noted_between_the_title_and_the_name_leaves_the_name_read(article):
    art = article(body("桃源县召开党外人士座谈会。县政协副主席（民建）王红说，副县长（无党派）刘明讲话，县长贺军主持。"))
    assert {"王红", "刘明", "贺军"} <= names(art)
    assert ("政协副主席", "桃源县政协", "桃源县") in posts(art, "王红")


def test_a_court_s_finding_formula_is_no_name_and_its_defendants_and_suspects_are(article):
    art = article(body("某县人民法院公开宣判一起受贿案。经审理查明，2015年至2019年，被告人周立群收受财物。"
                       "犯罪嫌疑人唐海峰已被刑事拘留。"))
    assert names(art) == {"周立群", "唐海峰"}                     # not 查明 (查, a surname, then a profile's years)
    art = article(body("某县人民法院公开宣判一起受贿案。会上，查建明，2015年至2019年任县水利局局长。"))
    assert "查建明" in names(art)                                 # control: a name of the surname 查 before its years


def test_a_body_written_with_its_bare_level_after_a_decision_s_link_is_no_brand_glued_to_a_name(article):
    art = article(body("宁乡市人民政府决定：聘任刘振华为市农业科学研究所所长（试用期一年）。"))
    assert "宁乡市农业科学研究所" in orgs(art)
    assert not any(o.endswith("农业科学研究所") and o.startswith("华为") for o in orgs(art))
    art = article(body("4月2日，市政府与华为技术有限公司签署合作协议。"))
    assert "华为技术有限公司" in orgs(art)                        # control: the brand itself, whole


def test_a_column_laid_out_with_spaces_keeps_a_title_s_name_and_a_padded_name(article):
    art = article(body("4月2日，县长彭立军到白沙镇调研。\n白沙镇党委书记  谭建明  介绍，全镇茶园面积达1.2万亩。\n"
                       "县领导  肖  雯  龙国平  参加调研。"))
    assert ("党委书记", "白沙镇党委") in {(p["title"], p["org"]["name"] if p["org"] else None)
                                          for p in art.of("post") if p["person"]["name"] == "谭建明"}
    assert {"肖雯", "龙国平"} <= names(art)
    art = article(body("4月2日，县长彭立军到白沙镇调研。\n县长  讲话要求抓好落实。"))
    assert names(art) == {"彭立军"}                                # control: a verb after the gap, no name


def test_a_deputy_or_a_member_addressed_by_surname_is_no_name(article):
    art = article(body("“村子要发展，关键在人才。”来自凉山州的刘代表说。吴委员建议，加大对山区教育的投入。"
                       "全国人大代表、花垣县十八村党支部书记龙建华也发了言。"))
    assert names(art) == {"龙建华"}                               # control: a deputy's full name after his seat


def test_a_diary_s_writer_introducing_himself_by_name_is_a_person(article):
    art = article(body("我叫龚志远，是省交通运输厅派驻花垣县排碧乡十八洞村的第一书记。我来到村里已经两年了。"))
    assert "龚志远" in names(art)
    art = article(body("我叫大家都来看看村里的新变化。"))
    assert not names(art)                                        # control: 叫 as "ask", no name after it


def test_a_surname_and_a_kin_term_villagers_are_called_by_is_no_full_name(article):
    art = article(body("村民郭大伯说，新路修到了家门口。邹大婶和钱奶奶也来了。村民郭大明说，路好走了。"))
    assert names(art) == {"郭大明"}                                    # control: a given name 大明 stays


def test_the_politburo_written_with_or_without_the_party_s_name_is_one_body(article):
    art = article(body("中央政治局委员、浙江省委书记郑立主持会议。中共中央政治局委员、江苏省委书记孙扬出席。"))
    assert "中共中央政治局" in orgs(art) and "中央政治局" not in orgs(art)
    assert "浙江省委" in orgs(art)                                        # control: the other bodies stay


def test_a_name_of_a_surname_that_is_also_a_preposition_is_read_where_the_model_took_it_for_one(article):
    art = article(body("记者了解到，向国华担任慈利县零溪镇镇长。于文静说，路修好了。"))
    assert {"向国华", "于文静"} <= names(art)
    assert ("镇长", "零溪镇") in {(p["title"], p["place"]["name"]) for p in art.of("post") if p["person"]["name"] == "向国华"}
    control = article(body("他向全县干部拜年，于是大家都笑了。"))
    assert names(control) == set()                                    # control: the prepositions themselves
