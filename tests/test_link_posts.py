"""The linking stage (kg.link.posts): each post's body and place, read over the whole
article once every recognizer has run.  Sentences written for the test (none from the
seeds or the devset); each negative carries a positive control."""
from kg.components import exclude


def posts(art, name):
    return {(p["title"], p["org"]["name"] if p["org"] is not None else None,
             p["place"]["name"] if p["place"] is not None else None)
            for p in art.of("post") if p["person"]["name"] == name}


def body(text, source="测试日报"):
    return f"测试新闻\n2023-06-01 来源:{source}\n{text}\n"


def test_apposition_chain_gives_each_post_its_body_and_place(article):
    art = article(body("湖南省人大代表、湘西土家族苗族自治州花垣县十八洞村党支部书记龙秀林说，村里的猕猴桃今年卖得好。"))
    got = posts(art, "龙秀林")
    assert ("人大代表", "湖南省人大", "湖南省") in got
    assert ("党支部书记", "十八洞村党支部", "十八洞村") in got


def test_title_opening_with_a_body_names_that_body(article):
    art = article(body("浙江省湖州市安吉县委书记陈国平主持召开专题会议，部署生态保护工作。"))
    assert ("县委书记", "安吉县委", "安吉县") in posts(art, "陈国平")


def test_second_post_in_chain_keeps_the_place(article):
    art = article(body("江苏省苏州市吴江区委常委、常务副区长周立新带队检查防汛工作。"))
    got = posts(art, "周立新")
    assert ("区委常委", "吴江区委", "吴江区") in got
    assert any(t == "常务副区长" and p == "吴江区" for t, _, p in got)


def test_bureau_head_is_split_from_the_bureau(article):
    art = article(body("云南省大理白族自治州财政局局长杨志华介绍，今年新增专项资金3亿元。"))
    assert ("局长", "大理白族自治州财政局", "大理白族自治州") in posts(art, "杨志华")


def test_rank_follows_title_and_body_level(article):
    art = article(body("安徽省六安市金寨县县长汪国庆主持召开常务会议。"))
    assert [p["rank"] for p in art.of("post") if p["title"] == "县长"] == ["县处级"]


def test_a_visitors_post_is_not_in_the_place_visited(article):
    art = article("广西新闻网讯 自治区政府副秘书长王立新到扶绥县调研甘蔗生产。\n")
    post = next(p for p in art.of("post") if p["title"] == "副秘书长")
    assert post["org"]["name"] == "广西壮族自治区政府" and post["place"]["name"] == "广西壮族自治区"
    assert "扶绥县政府" not in {o["name"] for o in art.of("org")}


def test_a_dateline_without_a_date_names_the_outlet_of_its_reporters(article):
    art = article("江城晚报讯(记者 周立新 李海 文/摄)昨日，江城市召开春耕生产会议。\n滨海在线3月2日讯 (记者 王小兵) 滨海县召开会议。\n")
    outlets = {p["person"]["name"]: p["org"]["name"] for p in art.of("post") if p["title"] == "记者"}
    assert outlets == {"周立新": "江城晚报", "李海": "江城晚报", "王小兵": "滨海在线"}
    art = article("测试新闻\n2023-06-01 来源:测试日报\n本报记者 周立新 报道：江城市召开春耕生产会议。\n")
    assert {p["org"]["name"] for p in art.of("post") if p["title"] == "记者"} == {"测试日报"}     # 本报: the publisher
    art = article("测试新闻\n2023-06-01 来源:测试日报\n他说，这些通讯(包括电报)都已归档。\n")     # 讯 inside a word: no byline
    assert not [p for p in art.of("post") if p["title"] == "记者"]


def test_each_name_of_a_list_holds_the_chain_s_post_in_its_body(article):
    art = article(body("湖北省宜昌市委常委张晓明、李国强出席开工仪式。"))
    for name in ("张晓明", "李国强"):
        assert ("市委常委", "宜昌市委", "宜昌市") in posts(art, name)


def test_a_body_written_once_serves_the_titles_after_it_in_a_career(article):
    art = article(body("王建华，男，1968年5月生。2016年3月任河南省洛阳市财政局党组成员、副局长，2020年6月任洛阳市财政局党组书记、局长。"))
    got = posts(art, "王建华")
    assert ("党组书记", "洛阳市财政局党组", "洛阳市") in got
    assert ("局长", "洛阳市财政局", "洛阳市") in got


def test_a_resume_line_and_an_introduction_of_one_post_are_one_post(article):
    art = article(body("陕西省汉中市勉县县长赵永刚主持会议。赵永刚，1975年生，2021年8月任勉县县长。"))
    held = [p for p in art.of("post") if p["person"]["name"] == "赵永刚" and p["title"] == "县长"]
    assert len(held) == 1 and held[0]["start"] == 2021 and held[0]["place"]["name"] == "勉县"


def test_switched_off_the_posts_keep_their_titles_without_body_or_place(article):
    text = body("浙江省湖州市安吉县委书记陈国平主持召开专题会议。")
    assert ("县委书记", "安吉县委", "安吉县") in posts(article(text), "陈国平")     # positive control
    exclude(["post_links"])
    try:
        art = article(text)
    finally:
        exclude([])
    assert posts(art, "陈国平") == {("县委书记", None, None)}


def test_a_bare_unit_in_a_list_of_one_body_s_staff_belongs_to_that_body(article):
    art = article(body("山东省济宁市财政局局长刘长江、办公室主任孙海波参加座谈。"))
    assert ("主任", "济宁市财政局办公室", "济宁市") in posts(art, "孙海波")
    art = article(body("四川大学化学系主任何晓东、物理系主任钱立新出席开幕式。"))
    assert any(o == "四川大学物理系" for _, o, _ in posts(art, "钱立新")), posts(art, "钱立新")


def test_a_unit_with_its_own_place_or_out_of_the_list_keeps_its_own_body(article):
    art = article(body("山东省济宁市财政局局长刘长江、曲阜市教育局局长孔德明参加座谈。"))
    assert ("局长", "济宁市财政局", "济宁市") in posts(art, "刘长江")            # positive control
    assert ("局长", "曲阜市教育局", "曲阜市") in posts(art, "孔德明")
    art = article(body("山东省济宁市财政局局长刘长江参加座谈。会后，办公室主任孙海波介绍情况。"))
    held = posts(art, "孙海波")
    assert any(t == "主任" for t, _, _ in held) and not any(o and o.startswith("济宁市财政局") for _, o, _ in held)


def test_a_career_item_with_a_place_of_its_own_is_not_in_the_body_named_before(article):
    art = article(body("刘建国，男，1970年生，历任湖南省株洲市财政局局长、株洲市天元区委书记、株洲高新区党工委书记等职。"))
    got = posts(art, "刘建国")
    assert ("局长", "株洲市财政局", "株洲市") in got                     # the body written once, positive control
    assert ("党工委书记", "株洲高新区党工委", "株洲高新区") in got


def test_in_a_municipality_s_district_the_bare_city_committee_is_the_municipality_s(article):
    art = article(body("闵行区召开乡村振兴推进会。区委书记张伟表示，要认真落实市委书记李明来闵行调研时的要求。闵行区各街镇负责人参会。"))
    assert ("区委书记", "闵行区委", "闵行区") in posts(art, "张伟")               # positive control
    assert ("市委书记", "上海市委", "上海市") in posts(art, "李明")


def test_a_party_group_read_over_the_title_holds_the_post_and_its_organ_the_next(article):
    art = article(body("山东省临沂市政府党组成员、秘书长王海涛列席会议。"))
    got = posts(art, "王海涛")
    assert ("党组成员", "临沂市政府党组", "临沂市") in got
    assert ("秘书长", "临沂市政府", "临沂市") in got


def test_a_stationed_team_shortened_later_is_the_team_named_in_full(article):
    art = article(body("湖南省株洲市炎陵县水利局驻霞阳镇西草坪村帮扶工作队在村里修通了三条机耕道。"
                       "炎陵县水利局驻村帮扶工作队队长刘志勇说，明年还要修建灌溉渠。"))
    got = posts(art, "刘志勇")
    assert ("队长", "炎陵县水利局驻霞阳镇西草坪村帮扶工作队", "西草坪村") in got, got
    art = article(body("湖南省株洲市炎陵县水利局驻村帮扶工作队队长刘志勇说，明年还要修建灌溉渠。"))
    assert ("队长", "炎陵县水利局驻村帮扶工作队", "炎陵县") in posts(art, "刘志勇")    # no full name: as written


def test_a_clause_framed_by_a_team_s_officer_names_no_team_with_its_preposition(article):
    art = article(body("在驻村工作队队长周晓东的带领下，村里种上了油茶。在扶贫攻坚工作队队员吴敏的帮助下，他办起了民宿。"))
    assert ("队员", "扶贫攻坚工作队", None) in posts(art, "吴敏")         # a team's own name, without 在
    assert posts(art, "周晓东") == {("队长", None, None)}               # a bare 驻村工作队: no team named before


def test_a_village_committee_is_named_once_and_a_village_named_qian_is_not_former(article):
    art = article(body("湖北省恩施市白果乡前进村村委会主任段立新有一句概括。原恩施市副市长李明、前任乡长王刚也在座。"))
    got = posts(art, "段立新")
    assert any(t == "村委会主任" and o == "前进村委会" for t, o, _ in got), got
    assert not any(p["former"] for p in art.of("post") if p["person"]["name"] == "段立新")
    assert all(p["former"] for p in art.of("post") if p["person"]["name"] in ("李明", "王刚"))   # positive control


def test_the_party_cell_of_an_organ_s_offices_is_that_organ_s(article):
    art = article(body("王建华，男，1968年5月生。2016年3月任河南省洛阳市财政局局长、机关党委副书记。"))
    got = posts(art, "王建华")
    assert ("局长", "洛阳市财政局", "洛阳市") in got                          # positive control
    assert ("机关党委副书记", "洛阳市财政局机关党委", "洛阳市") in got


def test_a_unit_written_bare_after_an_organ_s_post_is_that_organ_s(article):
    art = article(body("河南省洛阳市财政局副局长、办公室主任李强出席。湖南省宁乡市委常委、公安局局长王刚出席。"))
    assert ("主任", "洛阳市财政局办公室", "洛阳市") in posts(art, "李强")
    assert ("局长", "宁乡市公安局", "宁乡市") in posts(art, "王刚")         # after a committee: the place's bureau
    art = article(body("陕西省延安市洛川县苹果产业园区党工委书记、管委会主任王平出席。"))
    assert not any(o and "党工委管委会" in o for _, o, _ in posts(art, "王平"))


def test_a_party_cell_s_title_after_an_organ_s_post_is_in_that_organ_s_cell(article):
    art = article(body("湖南建工集团有限公司董事长、党委书记陈志远出席。湖南省长沙市委常委、党委书记刘明出席。"))
    got = posts(art, "陈志远")
    assert ("董事长", "湖南建工集团有限公司", "湖南省") in got                         # positive control
    assert any(t == "党委书记" and o == "湖南建工集团有限公司党委" for t, o, _ in got), got
    assert not any(o and o.endswith("市委党委") for _, o, _ in posts(art, "刘明"))


def test_a_resume_s_bare_post_is_one_with_the_same_post_read_with_its_body(article):
    art = article(body("高丽华，女，山西省吕梁市岚县县委书记，二级巡视员。2021年任岚县县委书记。"))
    held = [p for p in art.of("post") if p["person"]["name"] == "高丽华" and p["title"] == "县委书记"]
    assert len(held) == 1 and held[0]["org"]["name"] == "岚县县委"      # as written


def test_a_banner_and_a_league_written_alone_are_the_article_s_own(article):
    art = article(body("内蒙古锡林郭勒盟西乌珠穆沁旗召开会议，西乌珠穆沁旗各苏木参加。旗人大常委会副主任李宝山、盟政协副主席王刚出席。"))
    assert any(o == "西乌珠穆沁旗人大常委会" for _, o, _ in posts(art, "李宝山")), posts(art, "李宝山")
    assert any(o == "锡林郭勒盟政协" for _, o, _ in posts(art, "王刚"))
    art = article(body("村里的红旗人大代表李宝山出席。"))                   # 旗 inside a word: no banner's body
    assert not any(o and o.endswith("旗人大") for p in art.of("post") for o in [p["org"] and p["org"]["name"]])


def test_a_bare_county_post_is_in_the_one_county_the_article_names(article):
    art = article(body("11月18日，县委书记赵明主持召开丹凤县乡村振兴工作推进会。"))
    assert ("县委书记", "丹凤县委", "丹凤县") in posts(art, "赵明")
    art = article(body("11月18日，县委书记赵明带队赴丹凤县、洛南县考察学习。"))     # two counties: none is sure
    assert ("县委书记", None, None) in posts(art, "赵明")


def test_a_team_named_before_its_members_titles_is_their_body(article):
    art = article(body("驻镇帮镇扶村工作队队员王小明、驻县服务队副队长李刚陪同。由三个单位组成的乡村振兴工作队进驻后，工作队队长赵强介绍情况。"))
    assert ("队员", "驻镇帮镇扶村工作队", None) in posts(art, "王小明")
    assert ("副队长", "驻县服务队", None) in posts(art, "李刚")
    assert ("队长", "乡村振兴工作队", None) in posts(art, "赵强")           # the bare 工作队: the one named before
    art = article(body("该公司驻村工作队队长陈明说，厂房已经建好。"))
    assert ("队长", None, None) in posts(art, "陈明")                         # 该公司…: no name of its own


def test_a_body_s_team_before_a_member_s_title_is_that_body_s_team(article):
    art = article(body("刘明，男，1958年生。1976年参加工作后先后担任安徽省肥东县委工作队队员、县委办公室秘书。"))
    assert any(t == "队员" and o == "肥东县委工作队" for t, o, _ in posts(art, "刘明")), posts(art, "刘明")
    assert "肥东县委" in {o["name"] for o in art.of("org")}              # the committee itself stays a body


def test_a_district_committee_is_not_made_from_a_county_s_name(article):
    art = article(body("江苏省南通市如东县召开会议，如东县各乡镇参加。县委书记王明、区委书记李强出席。"))
    assert ("县委书记", "如东县委", "如东县") in posts(art, "王明")           # positive control
    assert not any(o and o.endswith("县区委") for _, o, _ in posts(art, "李强"))


def test_the_general_secretary_is_the_central_committees_and_a_bare_title_stays_bare(article):
    art = article("学习会\n2024-01-05\n全县干部认真学习习近平总书记的重要讲话。会上，县长刘长河讲话。\n")
    gs = next(p for p in art.of("post") if p["title"] == "总书记")
    assert gs["org"]["name"] == "中共中央" and gs["place"] is None
    # a title that names no national body gets none from this rule
    mayor = next(p for p in art.of("post") if p["title"] == "县长")
    assert mayor["org"] is None or mayor["org"]["name"] != "中共中央"


def test_a_deputys_bare_title_after_the_leader_in_a_list_is_of_the_leaders_body(article):
    art = article("调研\n2024-01-05\n阜平县县委书记王志军、副书记刘海涛，县政协主席孙建国、副主席赵立新陪同调研。\n")
    got = {p["person"]["name"]: (p["org"] and p["org"]["name"], p["place"] and p["place"]["name"]) for p in art.of("post")}
    assert got["刘海涛"] == ("阜平县委", "阜平县") and got["赵立新"] == ("阜平县政协", "阜平县")
    # a bare title of another head keeps no body from the item before it
    art = article("调研\n2024-01-05\n阜平县县委书记王志军、局长刘海涛陪同调研。\n")
    post = next(p for p in art.of("post") if p["person"]["name"] == "刘海涛")
    assert post["org"] is None or post["org"]["name"] != "阜平县委"


def test_the_organs_working_committee_of_a_party_committee_is_a_body_of_its_own(article):
    art = article("会议\n2024-01-05\n会上，山西省委直属机关工委书记周立平作了部署，省委书记讲话。\n")
    post = next(p for p in art.of("post") if p["person"]["name"] == "周立平")
    assert post["org"]["name"] == "山西省委直属机关工委" and post["title"] != "省委书记"


def test_a_unit_written_after_a_bare_level_word_in_a_career_is_the_places_unit(article):
    art = article("人物\n2024-01-05\n刘振华曾任赣州市委组织部副部长、市融媒体中心主任。\n")
    posts = {p["title"]: p for p in art.of("post") if p["person"]["name"] == "刘振华"}
    assert posts["主任"]["org"]["name"] == "赣州市融媒体中心"
    assert posts["副部长"]["org"]["name"] == "赣州市委组织部"


def test_a_bare_township_post_paragraphs_later_is_held_in_the_one_township_named(article):
    art = article(body("平阳县纪委通报，该县鳌江镇南麂村在危房改造中把关不严。\n"
                       "经研究，给予镇党委书记严立平、镇长柯文斌诫勉谈话处理。"))
    held = {p["person"]["name"]: p for p in art.of("post")}
    assert held["柯文斌"]["place"]["name"] == "鳌江镇"
    assert held["严立平"]["org"]["name"] == "鳌江镇党委"


def test_a_bare_township_post_is_left_unplaced_when_the_article_names_two_townships(article):
    art = article(body("平阳县鳌江镇和水头镇开展危房改造。\n经研究，给予镇长柯文斌诫勉谈话处理。"))
    held = {p["person"]["name"]: p for p in art.of("post")}
    assert held["柯文斌"]["title"] == "镇长" and held["柯文斌"]["place"] is None


def test_a_village_post_written_with_a_bare_village_is_held_in_the_village_named_before(article):
    art = article(body("瑞安市纪委通报，该市马屿镇篁社村在低保审核中把关不严。\n"
                       "经研究，给予村支部书记黄立本党内警告处分。村书记叶海平带领群众修路。"))
    held = {p["person"]["name"]: p for p in art.of("post")}
    assert held["黄立本"]["place"]["name"] == "篁社村" and held["黄立本"]["org"]["name"] == "篁社村党支部"
    assert held["叶海平"]["place"]["name"] == "篁社村"


def test_an_assemblys_committee_after_its_membership_is_that_assemblys_unit(article):
    art = article(body("湖南省人大常委会委员、财经委主任龙建国带队调研。县政协副主席、统战部部长周红出席。"))
    assert ("主任", "湖南省人大常委会财经委", "湖南省") in posts(art, "龙建国")
    assert not any(org and org.endswith("政协统战部") for _, org, _ in posts(art, "周红"))   # 统战部 is the Party's


def test_a_democratic_partys_committee_is_its_own_and_a_bodys_party_cell_is_a_body(article):
    art = article(body("九三学社湖北省委会副主委、武汉市委会主委陈丽华，武汉大学党委书记宋志明出席。湖北省委书记出席。"))
    names = {o["name"] for o in art.of("org")}
    assert {"九三学社湖北省委", "武汉大学党委", "湖北省委"} <= names
    assert ("副主委", "九三学社湖北省委", "湖北省") in posts(art, "陈丽华")
    assert ("主委", "九三学社武汉市委", "武汉市") in posts(art, "陈丽华")      # 委会: the same party's
    assert ("党委书记", "武汉大学党委", None) in posts(art, "宋志明")


def test_an_institution_named_after_a_bare_level_is_the_articles_own_places(article):
    art = article(body("洛阳市召开专题会议。市职业技术学院党委书记、院长刘文清出席。"))
    assert ("院长", "洛阳市职业技术学院", "洛阳市") in posts(art, "刘文清")
    assert "洛阳市职业技术学院党委" in {o["name"] for o in art.of("org")}


def test_a_supervisory_commissions_director_is_in_that_commission(article):
    art = article(body("河北省纪委全会在石家庄召开。省委常委、省纪委书记、省监委主任韩立平主持会议。"))
    assert ("监委主任", "河北省监委", "河北省") in posts(art, "韩立平")


def test_a_central_body_named_by_its_head_after_zhongyang(article):
    art = article(body("会后，中央财经委员会办公室副主任郑国平一行到村调研。中央一号文件作出部署。"))
    assert ("副主任", "中央财经委员会办公室", None) in posts(art, "郑国平")
    assert not any(o["name"].startswith("中央一号") for o in art.of("org"))


def test_a_research_institute_is_a_body_in_full_or_by_its_usual_abbreviation(article):
    art = article(body("甘肃农科院副院长李明远、重庆市农业科学院研究员周红出席。"))
    assert {"甘肃农科院", "重庆市农业科学院"} <= {o["name"] for o in art.of("org")}
    assert ("副院长", "甘肃农科院") in {(t, o) for t, o, _ in posts(art, "李明远")}


def test_a_departments_post_after_de_is_the_provinces_not_the_city_named_before(article):
    art = article(body("云南的村民自发到昆明看望老朋友——曾在村里驻村四年多的农业农村厅副厅长杨立新。"))
    assert ("副厅长", "云南省农业农村厅", "云南省") in posts(art, "杨立新")


def test_a_county_governments_departments_after_the_reform_are_bodies(article):
    art = article("县里动态\n2023-02-01\n遂川县发展和改革局局长罗志勇、县卫生健康局局长谢红梅、县综合行政执法局局长刘建国出席。\n")
    bodies = {p["person"]["name"]: p["org"]["name"] for p in art.of("post") if p["org"] is not None}
    assert bodies == {"罗志勇": "遂川县发展和改革局", "谢红梅": "遂川县卫生健康局", "刘建国": "遂川县综合行政执法局"}


def test_a_village_named_before_its_secretary_written_as_cunzhishu_is_read(article):
    art = article("村里动态\n2023-02-01\n遂川县大坑乡新安村村支书罗志勇说，今年收成好。大坑乡下石村村主任谢红梅也到场。\n")
    posts = {p["person"]["name"]: p for p in art.of("post")}
    assert posts["罗志勇"]["place"]["name"] == "新安村" and posts["罗志勇"]["org"]["name"] == "新安村党支部"
    assert posts["谢红梅"]["place"]["name"] == "下石村"


def test_a_village_secretary_whose_village_is_unread_gets_no_branch_of_the_township(article):
    art = article("村里动态\n2023-02-01\n遂川县大坑乡某某村村支书罗志勇说，今年收成好。\n")
    post = next(p for p in art.of("post") if p["person"]["name"] == "罗志勇")
    assert post["org"] is None or "乡" not in post["org"]["name"]


def test_a_coordinating_body_named_by_its_task_is_the_body_of_its_head(article):
    art = article(body("安徽省委常委、省委巡视工作领导小组副组长何家平出席动员会。"))
    got = posts(art, "何家平")
    assert ("省委常委", "安徽省委", "安徽省") in got                                       # control
    assert ("副组长", "安徽省委巡视工作领导小组", "安徽省") in got
    orgs = {o["name"] for o in art.of("org")}
    plain = article(body("安徽省委常委何家平说，要看清楚工作领导小组的作用。"))
    assert "安徽省委巡视工作领导小组" in orgs and not any(o["name"].endswith("领导小组") for o in plain.of("org"))


def test_a_village_named_elsewhere_is_no_post_place_in_a_sentence_of_another_county(article):
    head = "丹棱县双桥镇官庄村里格外热闹，村民们排起了长队。\n\n"
    away = article(body(head + "在洪雅县中保镇，驻村工作队长吴海涛正和村两委一起走访。"))
    assert posts(away, "吴海涛") and all(place != "官庄村" for _, _, place in posts(away, "吴海涛"))
    home = article(body(head + "在丹棱县，驻村工作队长吴海涛正和村两委一起走访。"))
    assert any(place == "官庄村" for _, _, place in posts(home, "吴海涛"))          # control: the village's own county


def test_a_holder_addressed_by_the_bare_title_keeps_one_post(article):
    art = article(body("平利县委书记郑守明、县政协主席陈立华主持会议。郑守明书记调研老县镇茶园。陈立华书记调研城关镇。"))
    assert posts(art, "郑守明") == {("县委书记", "平利县委", "平利县")}
    assert ("书记", None, None) in posts(art, "陈立华")    # a 主席 addressed as 书记 holds a second post


def test_a_holder_of_two_secretaryships_of_one_village_addressed_as_secretary_holds_no_third(article):
    art = article("“泥腿子”书记钟玉兰\n2023-06-01 来源:测试日报\n记者来到宁乡市花明楼镇石塘村。1999年，钟玉兰"
                  "当选村党支部书记；2016年村里成立党总支，她任村党总支书记。村民说她心里装着大家。\n")
    got = posts(art, "钟玉兰")
    assert ("党总支书记", "石塘村党总支", "石塘村") in got, got                 # positive control
    assert ("书记", None, None) not in got, got


def test_the_youth_leagues_committee_is_no_party_committee(article):
    art = article(body("平利县召开青年工作会议。团县委书记郑海涛说，县委书记孟凡勇出席。"
                       "共青团平利县委副书记王丽说，平利县茶叶集团县委工作组也来了。"))
    assert posts(art, "郑海涛") == {("团县委书记", "共青团平利县委", "平利县")}     # the league's title, not
    assert posts(art, "王丽") == {("团县委副书记", "共青团平利县委", "平利县")}     # the county's 县委书记
    assert posts(art, "孟凡勇") == {("县委书记", "平利县委", "平利县")}         # the Party's secretary


def test_a_league_or_democratic_party_committee_by_its_formal_name_is_theirs(article):
    art = article(body("紫阳县青年创业大会召开。共青团紫阳县委员会书记高晓燕主持，紫阳县团县委干事韩文斌发言。"
                       "九三学社安康市委员会副主委秦志红、中共紫阳县委员会书记蒋文涛出席。"))
    assert posts(art, "高晓燕") == {("团县委书记", "共青团紫阳县委", "紫阳县")}       # not the county's 县委书记
    assert posts(art, "韩文斌") == {("干事", "共青团紫阳县委", "紫阳县")}             # "某县团县委": the county's league
    assert posts(art, "秦志红") == {("副主委", "九三学社安康市委", "安康市")}
    assert posts(art, "蒋文涛") == {("县委书记", "紫阳县委", "紫阳县")}               # positive control: the Party's

def test_a_profile_line_with_a_concurrent_post_gives_both_and_their_groups(article):
    art = article(body("记者在龙头村见到了郑海涛。郑海涛，平利县扶贫工作团团长，兼龙头村第一书记。"
                       "安康市委讲师团副团长王丽说，讲座很受欢迎。"))
    assert posts(art, "郑海涛") == {("团长", "平利县扶贫工作团", "平利县"), ("第一书记", None, "龙头村")}      # (a bare 第一书记 names no branch)
    assert posts(art, "王丽") == {("副团长", "安康市委讲师团", "安康市")}


def test_a_county_head_after_the_congress_he_reports_to_is_no_officer_of_the_congress(article):
    art = article("政府工作报告\n——2024年1月16日在隆回县第十八届人民代表大会第四次会议上县长罗振宇各位代表：现在，"
                  "我代表县人民政府向大会报告工作。县人大常委会主任刘建中主持会议。\n")
    assert posts(art, "罗振宇") == {("县长", None, "隆回县")}              # not 隆回县人民代表大会's
    assert ("人大常委会主任", "隆回县人大常委会", "隆回县") in posts(art, "刘建中")     # control: the congress's own

def test_a_banners_report_speaking_of_the_whole_banner_is_about_that_banner(article):
    art = article("2022年阿巴嘎旗人民政府工作报告\n旗人民政府旗长 张海军\n各位代表：\n"
                  "四年来，我们团结带领全旗各族人民扎实工作。预计地区生产总值完成50亿元，年均增长5%。\n")
    assert art.context["county"] == "152522"                  # 全旗: the one banner it names
    assert {f["subject"]["name"] for f in art.of("figure")} == {"阿巴嘎旗"}
    visit = article(body("8月12日，盟政协副主席李立一行深入阿巴嘎旗调研。旗政协主席张海军陪同调研。"))
    assert visit.context["county"] == "152522"               # 旗政协 at a clause's start: the banner's own
    city = article(body("会上，3名县委书记谈经验，平利县作了交流，建立市委书记、县委书记季度工作擂台。"))
    assert city.context["county"] is None                     # 县委书记 as the generic word: no county


def test_an_assemblys_committee_named_by_two_fields_joined_by_yu_is_a_body(article):
    art = article(body("陕西省人大常委会农业与农村工作委员会副主任郑海涛一同考察，他与村民交流了两个小时。"))
    assert posts(art, "郑海涛") == {("副主任", "陕西省人大常委会农业与农村工作委员会", "陕西省")}


def test_a_cooperative_founded_then_headed_is_the_heads_body_and_a_kind_is_no_body(article):
    art = article(body("龙头村党支部书记郑海涛介绍了村里的变化。2016年，郑海涛组建成立绿源茶叶专业合作社，任理事长。"
                       "村里还成立果蔬种植合作社，带动了20户农户。"))
    assert ("理事长", "绿源茶叶专业合作社", "龙头村") in posts(art, "郑海涛")      # (the village its founder leads)
    assert "果蔬种植合作社" not in {o["name"] for o in art.of("org")}     # the kind of cooperative, not one


def test_a_features_subtitle_verb_is_no_part_of_the_first_post(article):
    art = article("茶园里的党委书记\n2023-06-01 来源:安康日报\n——记市人大代表、平利县城关镇党委书记王海林\n"
                  "王海林说，茶园扩大了。安康市召开会议。\n")
    assert ("人大代表", "安康市人大", "安康市") in posts(art, "王海林")
    assert ("党委书记", "城关镇党委", "城关镇") in posts(art, "王海林")


def test_a_divisions_own_stationed_team_is_the_body_of_its_leader(article):
    art = article(body("与此同时，平利县驻村工作组组长王海林正走访农户。平利县财政局驻龙头村帮扶工作队队长郑海涛说。"))
    assert posts(art, "王海林") == {("组长", "平利县驻村工作组", "平利县")}
    assert {org for _, org, _ in posts(art, "郑海涛")} == {"平利县财政局驻龙头村帮扶工作队"}   # a body's team as before


def test_titles_joined_by_jian_are_posts_held_at_once(article):
    art = article(body("平利县城关镇党委书记兼镇长王海林主持会议，安康市人大常委会副主任兼秘书长孟凡勇、"
                       "平利县委常委、副县长兼县公安局局长郑海涛出席。"))
    assert posts(art, "王海林") == {("党委书记", "城关镇党委", "城关镇"), ("镇长", None, "城关镇")}
    assert ("秘书长", "安康市人大常委会", "安康市") in posts(art, "孟凡勇")     # the standing committee's
    assert {t for t, _, _ in posts(art, "郑海涛")} == {"县委常委", "副县长", "局长"}


def test_a_village_secretary_called_cun_shuji_heads_the_village_branch(article):
    art = article("村里的变化\n2023-06-01 来源:测试日报\n平阳县鳌江镇东山村村书记王大林介绍，全村种植杨梅。\n")
    post = next(p for p in art.of("post") if p["person"]["name"] == "王大林")
    assert post["place"]["name"] == "东山村" and post["org"]["name"] == "东山村党支部"


def test_groups_of_titles_after_shiren_before_a_name_are_all_that_person_s(article):
    art = article("会议纪要\n2023-06-01 来源:测试日报\n时任平阳县委副书记、县长，温州市委常委王立军出席。"
                  "时任中央人才工作协调小组副组长陈海涛讲话。会上，县委常委、副县长陈国平发言。\n")
    held = {(p["person"]["name"], p["title"]): p for p in art.of("post")}
    assert held[("王立军", "县委副书记")]["org"]["name"] == "平阳县委" and held[("王立军", "县长")]["former"]
    assert held[("王立军", "市委常委")]["org"]["name"] == "温州市委"
    assert held[("陈海涛", "副组长")]["org"]["name"] == "中央人才工作协调小组"
    assert not held[("陈国平", "副县长")]["former"]              # control: no 时任, no groups before the comma


def test_a_bare_enterprise_head_takes_the_company_named_before_in_its_sentence(article):
    art = article("合作社的故事\n2023-06-01 来源:测试日报\n平阳县绿源茶叶专业合作社今年增收三成，理事长王春梅说，明年还要扩大种植。"
                  "平阳县绿源茶叶专业合作社去年成立，县农业农村局局长李向东介绍了经验。\n")
    held = {p["person"]["name"]: p for p in art.of("post")}
    assert held["王春梅"]["org"]["name"] == "平阳县绿源茶叶专业合作社"
    assert held["李向东"]["org"]["name"] == "平阳县农业农村局"             # its own words name its body


def test_a_graded_deputy_after_anothers_clause_is_the_level_s_own(article):
    art = article("走访代表\n2023-06-01 来源:测试日报\n扎鲁特旗旗长王海明走访了市级人大代表乌日娜和旗级人大代表张立军。\n")
    held = {p["person"]["name"]: p for p in art.of("post")}
    assert held["乌日娜"]["org"]["name"] == "通辽市人大"          # 市级: the banner's league city, not the banner
    assert held["张立军"]["org"]["name"] == "扎鲁特旗人大"
    team = article("走访\n2023-06-01 来源:测试日报\n平阳县农业农村局驻东山村工作队队长陈勇和队员李向东到村走访。\n")
    held = {p["person"]["name"]: p for p in team.of("post")}
    assert held["李向东"]["org"] is not None and held["李向东"]["org"]["name"] == held["陈勇"]["org"]["name"]


def test_an_autonomous_regions_leaders_are_titled_as_the_region_writes_them(article):
    art = article(body("宁夏回族自治区召开会议。自治区党委书记梁言顺出席，自治区主席张雨浦主持，"
                       "自治区党委常委、常务副主席陈春平参加。"))
    assert posts(art, "梁言顺") == {("自治区党委书记", "宁夏回族自治区党委", "宁夏回族自治区")}
    assert posts(art, "张雨浦") == {("自治区主席", None, "宁夏回族自治区")}
    assert ("常务副主席", None, "宁夏回族自治区") in posts(art, "陈春平")
    assert "常务副" not in {p["name"] for p in art.of("person")}       # 主席 ends a longer title, no name before it


def test_national_leaders_visiting_a_place_hold_their_central_posts(article):
    art = article(body("国务院副总理黄永安到某县调研，中央政治局委员、国务委员林海川陪同。全国政协副主席马英华，"
                       "全国人大常委会副委员长周德荣出席。县政协副主席刘云参加。"))
    assert posts(art, "黄永安") == {("副总理", "国务院", None)}
    assert posts(art, "林海川") == {("中央政治局委员", "中共中央政治局", None), ("国务委员", "国务院", None)}
    assert posts(art, "马英华") == {("政协副主席", "全国政协", None)}
    assert posts(art, "周德荣") == {("副委员长", "全国人大常委会", None)}
    assert posts(art, "刘云") != {("政协副主席", "全国政协", None)}            # control: a county's, not the nation's


def test_a_title_written_after_the_name_is_held_at_the_articles_place_of_its_level(article):
    art = article(body("临武县召开防汛工作会议。会上，曹建华副县长强调，要压实责任。何丽萍书记指出，要加强值守。"))
    assert posts(art, "曹建华") == {("副县长", None, "临武县")}
    assert posts(art, "何丽萍") == {("书记", None, None)}          # a title of no level: still bare


def test_a_sub_districts_office_and_a_communitys_residents_committee_are_the_places_own(article):
    art = article(body("株洲市天元区嵩山路街道党工委书记刘芳、办事处主任陈斌来到泰山社区。泰山社区党委书记、居委会主任周丽华介绍情况。"
                       "攸县财政局党组书记谭明、办公室主任王强参加。"))
    assert posts(art, "陈斌") == {("主任", "嵩山路街道办事处", "嵩山路街道")}
    assert ("居委会主任", "泰山社区居委会", "泰山社区") in posts(art, "周丽华")
    assert posts(art, "王强") == {("主任", "攸县财政局办公室", "攸县")}       # control: a bureau's office stays the bureau's


def test_a_school_written_with_the_level_word_alone_is_the_articles_countys(article):
    art = article(body("宁远县召开教育工作会议。县第二中学校长刘海燕、县实验小学校长蒋丽参加。"))
    assert posts(art, "刘海燕") == {("校长", "宁远县第二中学", "宁远县")}
    assert posts(art, "蒋丽") == {("校长", "宁远县实验小学", "宁远县")}


def test_a_prefecture_level_regions_commissioner_heads_its_administrative_office(article):
    art = article(body("和田地区召开会议。和田地区行署专员艾则孜·木沙主持，地区行署副专员王立军参加。"))
    assert posts(art, "艾则孜·木沙") == {("行署专员", "和田地区行署", "和田地区")}
    assert posts(art, "王立军") == {("行署副专员", "和田地区行署", "和田地区")}
    art = article(body("和田地区召开会议。地委常委、行署常务副专员刘建平主持会议。"))     # the executive deputy, as a city's
    assert ("行署常务副专员", "和田地区行署", "和田地区") in posts(art, "刘建平")            # 常务副市长


def test_a_township_level_word_before_a_body_names_the_articles_township_of_that_kind(article):
    two = article("乡镇新闻\n2024-03-12\n安化县东坪镇召开会议。\n镇人大主席刘兵参加。\n安化县梅城镇也派人参加。\n")
    assert all(p[2] is None for p in posts(two, "刘兵"))       # two towns, none in its paragraph: which is untold
    one = article("乡镇新闻\n2024-03-12\n安化县东坪镇召开会议。\n镇人大主席刘兵、街道党工委书记胡明参加。\n")
    assert posts(one, "刘兵") == {("主席", "东坪镇人大", "东坪镇")}
    assert all(p[2] is None for p in posts(one, "胡明"))      # no 街道 named: no township of that kind


def test_a_numbered_inspection_group_is_a_body_of_its_committee(article):
    art = article(body("湖南省委第五巡视组组长刘明华说，巡视组进驻后接到来信200件。邵阳市委第三巡察组副组长张华参加。"
                       "随后，邵阳县落实省委第五巡视组反馈意见整改工作领导小组召开会议。"))
    assert posts(art, "刘明华") == {("组长", "湖南省委第五巡视组", "湖南省")}
    assert posts(art, "张华") == {("副组长", "邵阳市委第三巡察组", "邵阳市")}
    assert not any(o["name"].startswith("湖南省委第五巡视组反馈") for o in art.of("org"))   # the group names no body after it


def test_an_autonomous_prefectures_bare_posts_are_its_own_not_the_datelines_citys(article):
    art = article("调研\n2024-03-12\n新华社长沙3月10日电（记者 张三丰）湖南省委书记王建华10日在怀化市和湘西州调研。"
                  "州委书记李志远、州长田红陪同。\n")
    assert posts(art, "李志远") == {("州委书记", "湘西土家族苗族自治州委", "湘西土家族苗族自治州")}
    assert posts(art, "田红") == {("州长", None, "湘西土家族苗族自治州")}


def test_the_city_a_dispatch_was_filed_from_is_not_the_city_of_a_bare_post(article):
    art = article("调研\n2024-03-12\n新华社长沙3月10日电（记者 张三丰）湖南省委书记王建华10日在邵阳市调研。市委书记严华陪同。\n")
    assert posts(art, "严华") == {("市委书记", "邵阳市委", "邵阳市")}


def test_a_holders_word_before_a_village_title_is_no_village_and_a_zhishu_is_the_villages(article):
    art = article("村里\n2024-03-12\n在泸溪县浦溪村，老支书向明德带着村民修路。前任村主任石老满说，路修好了。\n")
    assert posts(art, "向明德") == {("支书", "浦溪村党支部", "浦溪村")}
    assert posts(art, "石老满") == {("村主任", "浦溪村委会", "浦溪村")}
    assert not any(p["name"].startswith("前任") for p in art.of("place"))


def test_a_note_between_the_title_and_the_name_keeps_the_post_and_says_a_secondment(article):
    art = article("会议\n2024-03-12\n沅陵县召开会议。副县长（挂职）张立强、县委常委、副县长（正处级）刘国栋出席。\n")
    zhang = [p for p in art.of("post") if p["person"]["name"] == "张立强"]
    liu = [p for p in art.of("post") if p["person"]["name"] == "刘国栋"]
    assert [(p["title"], p["temporary"]) for p in zhang] == [("副县长", True)]
    assert {p["title"] for p in liu} == {"县委常委", "副县长"} and not any(p["temporary"] for p in liu)


def test_a_department_under_an_autonomous_regions_committee_is_the_regions_party_committees(article):
    art = article("驻村\n2023-06-01\n宁夏回族自治区党委常委、宣传部部长马建国说，要办好实事。湖南省委常委、组织部部长刘文清说，要选好干部。\n")
    bodies = {p["person"]["name"]: p["org"]["name"] for p in art.of("post") if p["title"] == "部长"}
    assert bodies["马建国"] == "宁夏回族自治区党委宣传部"
    assert bodies["刘文清"] == "湖南省委组织部"                         # control: a province's committee


def test_the_committees_of_prefectures_leagues_districts_and_banners_are_bodies_of_their_places(article):
    art = article("会议\n2024-03-01\n喀什地区召开会议。地委书记李军，地委副书记、行署专员张明出席。"
                  "锡林郭勒盟盟委副书记、盟长巴特尔，凉山州州委常委王红也出席了会议。\n")
    held = {(p["person"]["name"], p["title"]): p["org"]["name"] if p["org"] is not None else None for p in art.of("post")}
    assert held[("李军", "地委书记")] == "喀什地委" and held[("张明", "地委副书记")] == "喀什地委"
    assert held[("张明", "行署专员")] == "喀什地区行署"                       # control: the office, not the committee
    assert held[("巴特尔", "盟委副书记")] == "锡林郭勒盟委"
    assert held[("王红", "州委常委")] == "凉山彝族自治州委"


def test_a_countys_public_institutions_are_bodies_before_any_verb(article):
    art = article("合作\n2023-06-01\n湖南省新化县召开会议。公司与新化县人民医院、新化县疾病预防控制中心合作，"
                  "新化县农村商业银行提供贷款，县图书馆开放。\n")
    orgs = {o["name"] for o in art.of("org")}
    assert {"新化县人民医院", "新化县疾病预防控制中心", "新化县农村商业银行", "新化县图书馆"} <= orgs


def test_a_bare_village_post_is_held_in_the_one_village_named_before_it_when_another_comes_later(article):
    art = article("村事\n2023-06-01\n湖南省新化县石冲口镇上坪村一直是“穷村”。\n“上坪之变”缘于选出了好班子。2016年，谭志远当选村党支部书记。\n"
                  "娄底市娄星区大科街道枫林村党支部书记罗德厚也介绍了经验。\n")
    tan = next(p for p in art.of("post") if p["person"]["name"] == "谭志远")
    assert tan["place"]["name"] == "上坪村"
    luo = next(p for p in art.of("post") if p["person"]["name"] == "罗德厚")
    assert luo["place"]["name"] == "枫林村"                             # control: a post that names its own


def test_a_villages_supervision_committee_is_its_own_body_not_the_countys_commission(article):
    art = article("村里的事\n2023-06-01\n湖南省新化县石冲口镇上坪村召开会议。村监委会主任彭少华、县监委主任周润平参加。\n")
    bodies = {p["person"]["name"]: p["org"]["name"] for p in art.of("post")}
    assert bodies["彭少华"] == "上坪村村务监督委员会"                    # its full name (监委会 the written one)
    assert bodies["周润平"] == "新化县监委"                              # control: the county's commission


def test_a_central_organ_listed_after_a_provincial_body_is_no_unit_of_it(article):
    art = article(body("江西省召开春耕工作会议。省委宣传部部长李红霞，国家粮食和物资储备局副局长赵立强，"
                       "生态环境部副部长周海平出席。"))
    assert posts(art, "赵立强") == {("副局长", "国家粮食和物资储备局", None)}
    assert posts(art, "周海平") == {("副部长", "生态环境部", None)}
    assert posts(art, "李红霞") == {("部长", "江西省委宣传部", "江西省")}     # control: the province's own department



def test_a_county_or_citys_own_outlet_places_the_bare_posts_of_its_news(article):
    text = "常委会会议\n2023-04-12 来源:{}\n4月11日，{}委书记赵立新主持召开{}委常委会会议，副{}长钱红出席。\n"
    art = article(text.format("宁乡市融媒体中心", "市", "市", "市"))
    assert posts(art, "赵立新") == {("市委书记", "宁乡市委", "宁乡市")}
    art = article(text.format("桃江县融媒体中心", "县", "县", "县"))
    assert posts(art, "钱红") == {("副县长", None, "桃江县")}
    art = article(text.format("通道县融媒体中心", "县", "县", "县"))     # an autonomous county's informal name
    assert posts(art, "钱红") == {("副县长", None, "通道侗族自治县")}
    art = article(text.format("湖南日报", "县", "县", "县"))
    assert posts(art, "钱红") == {("副县长", None, None)}           # control: a province's paper names no county


def test_a_bare_city_post_listed_after_a_county_level_citys_host_is_that_citys(article):
    art = article(body("6月2日，常德市委副书记、市长周建华到津市市调研。津市市委书记孙凯，市委副书记、市长钱红陪同。"))
    assert posts(art, "钱红") == {("市委副书记", "津市市委", "津市市"), ("市长", None, "津市市")}
    art = article(body("6月2日，常德市委书记孙凯到桃源县调研，市委副书记、市长钱红陪同。"))
    assert ("市长", None, "常德市") in posts(art, "钱红")          # control: the prefecture's own


def test_a_birthplace_is_no_place_of_a_bare_post_and_a_rank_names_no_county(article):
    notice = "干部任前公示\n2023-08-10 来源:{}\n现将拟任职干部情况公示如下：周敏，女，1979年4月出生，湖南{}人，研究生学历，{}。\n"
    art = article(notice.format("邵阳市委组织部", "新邵", "现任市农业农村局副局长，拟任副县长"))
    assert posts(art, "周敏") == {("副局长", "邵阳市农业农村局", "邵阳市"), ("副县长", None, None)}
    art = article(notice.format("邵阳市委组织部", "新邵", "现任隆回县农业农村局局长，拟任县级政府副县长"))
    assert ("副县长", None, None) in posts(art, "周敏")          # a rank: the county not yet told
    art = article(notice.format("邵阳市委组织部", "新邵", "现任隆回县农业农村局局长，拟任副县长"))
    assert ("副县长", None, "隆回县") in posts(art, "周敏")        # control: the county the notice names


def test_a_province_or_citys_own_paper_places_the_bare_posts_it_writes(article):
    text = "常务会议\n2023-05-09 来源:{}\n5月8日，{}长孙立新主持召开常务会议，研究部署防汛工作。\n"
    assert posts(article(text.format("江西日报", "省")), "孙立新") == {("省长", None, "江西省")}
    assert posts(article(text.format("大众日报", "省")), "孙立新") == {("省长", None, "山东省")}     # a paper of no place name
    assert posts(article(text.format("赣州日报", "市")), "孙立新") == {("市长", None, "赣州市")}
    assert posts(article(text.format("人民日报", "省")), "孙立新") == {("省长", None, None)}     # control: the nation's paper


def test_a_village_officer_in_a_notice_on_this_village_is_the_village_in_focus(article):
    notice = ("典型案例通报\n2023-06-01 来源:测试日报\n"
              "1.青田县北山镇坭垟村党支部书记王某违规发包工程问题\n"
              "2019年5月，王某违规将本村道路硬化工程发包给村监会委员刘大伟。\n"
              "2.青田县北山镇张坪村村委会主任陈某违规发包工程问题\n"
              "2020年3月，陈某违规将{}水渠修复工程发包给村委委员赵小兵。\n")
    assert posts(article(notice.format("本村")), "刘大伟") == {("委员", "坭垟村村务监督委员会", "坭垟村")}   # 村监会: its committee
    assert posts(article(notice.format("本村")), "赵小兵") == {("村委委员", "张坪村委会", "张坪村")}     # 村委: its committee
    assert posts(article(notice.format("镇里")), "赵小兵") == {("村委委员", None, None)}     # control: no village in focus


def test_a_body_whose_name_holds_a_quoted_word_is_the_posts_body(article):
    art = article(body("南平市委“两新”组织工委副书记林海燕，市委常委、“茶香人家”片区党委书记陈建国参加调研。"))
    assert posts(art, "林海燕") == {("副书记", "南平市委“两新”组织工委", "南平市")}
    assert ("党委书记", "“茶香人家”片区党委") in {(t, o) for t, o, _ in posts(art, "陈建国")}
    assert ("市委常委", "南平市委", "南平市") in posts(art, "陈建国")         # control: the post before the quote


def test_the_seats_written_after_a_committees_secretary_are_that_committees(article):
    art = article("干部大会\n2021-03-02 来源:测试日报\n赵立新同志任永州市委书记、常委、委员；"
                  "钱红同志任永州市委常委、副书记。\n")
    assert posts(art, "赵立新") == {("市委书记", "永州市委", "永州市"), ("市委常委", "永州市委", "永州市"),
                                   ("市委委员", "永州市委", "永州市")}
    assert ("市委副书记", "永州市委", "永州市") in posts(art, "钱红")     # control: an officer after a seat


def test_a_county_outlets_towns_are_read_in_a_decision_that_never_names_the_county(article):
    text = ("干部任免\n2022-09-01 来源:{}\n经县委研究决定：蒋立新同志任龙泉镇党委书记，免去其新圩镇党委书记职务。\n")
    art = article(text.format("新田县融媒体中心"))
    assert posts(art, "蒋立新") == {("党委书记", "龙泉镇党委", "龙泉镇"), ("党委书记", "新圩镇党委", "新圩镇")}
    assert {p["parent"]["name"] for p in art.of("place")} == {"新田县"}
    art = article(text.format("湖南日报"))
    assert all(p["parent"] is None for p in art.of("place"))          # control: no county outlet, no county of the towns


def test_a_government_head_named_by_title_and_elected_to_the_government_is_one_post(article):
    art = article(body("大会选举郑立群为浏阳市人民政府市长，选举宋佳为副市长。新当选的市长郑立群作了表态发言。"))
    assert posts(art, "郑立群") == {("市长", "浏阳市人民政府", "浏阳市")}     # not a second 市长 without its body
    assert posts(art, "宋佳") == {("副市长", None, "浏阳市")}                 # control: the deputy, elected once


def test_a_community_officer_after_the_community_named_serves_that_community(article):
    art = article(body("在瑶海区明光路街道红光社区，社区党委书记、居委会主任周敏正在走访居民。"
                       "在瑶海区明光路街道胜利村，村党支部书记吴强介绍了情况。"))
    assert posts(art, "周敏") == {("党委书记", "红光社区党委", "红光社区"), ("居委会主任", "红光社区居委会", "红光社区")}
    assert posts(art, "吴强") == {("党支部书记", "胜利村党支部", "胜利村")}      # control: a village, as before


def test_a_prefecture_named_after_a_bare_city_post_leaves_it_to_the_county_level_city(article):
    text = "瑞安市召开全市工作会议\n2024-02-26 来源:测试日报\n{}市委书记邵建明出席会议并讲话。{}\n"
    later = article(text.format("", "温州市农业农村局副局长郑立伟到会指导。"))
    assert posts(later, "邵建明") == {("市委书记", "瑞安市委", "瑞安市")}
    assert posts(later, "郑立伟") == {("副局长", "温州市农业农村局", "温州市")}
    first = article(text.format("温州市农业农村局副局长郑立伟到会指导。", ""))
    assert posts(first, "邵建明") != {("市委书记", "瑞安市委", "瑞安市")}    # control: a prefecture named first


def test_a_county_party_committees_outlet_written_with_zhonggong_places_the_bare_county_posts(article):
    text = "县委书记调研春耕生产\n2024-03-12 来源:{}\n3月11日，县委书记程立新到镇上调研春耕生产，副县长刘伟陪同。\n"
    for source in ("中共宁陵县委宣传部", "宁陵县委宣传部"):          # (the second: the control, as before)
        art = article(text.format(source))
        assert posts(art, "程立新") == {("县委书记", "宁陵县委", "宁陵县")}, source


def test_a_body_then_a_name_then_its_title_is_a_post_of_that_body(article):
    art = article(body("会议听取了桐庐县农业农村局方志强局长关于春耕备耕的汇报。桐庐县委党校汪丽娟副校长作专题辅导。"
                       "浙江省民政厅邵国华主任强调，要兜牢底线。"))
    assert ("局长", "桐庐县农业农村局", "桐庐县") in posts(art, "方志强")      # whatever follows the title
    assert ("副校长", "桐庐县委党校", "桐庐县") in posts(art, "汪丽娟")
    assert {t for t, _, _ in posts(art, "邵国华")} == {"主任"}                 # positive control: the post is read…
    assert all(o is None for _, o, _ in posts(art, "邵国华"))                  # …but a 主任 heads no 厅


def test_titles_before_a_cadre_of_a_bare_bureau_are_the_names_posts(article):
    art = article(body("寿县保义镇双河村。驻村第一书记、县农业农村局干部何立群说，冷库年底建成。"))
    assert ("驻村第一书记", None, "双河村") in posts(art, "何立群")
    assert not any(t == "干部" for t, _, _ in posts(art, "何立群"))       # a status, no post


def test_a_village_committee_written_short_is_the_body_of_its_officers(article):
    art = article(body("寿县保义镇大店村村委委员程秀梅负责妇女工作，村党支部书记、村委主任马国庆介绍了村情。"))
    assert posts(art, "程秀梅") == {("村委委员", "大店村委会", "大店村")}
    assert ("村委主任", "大店村委会", "大店村") in posts(art, "马国庆")
    assert ("党支部书记", "大店村党支部", "大店村") in posts(art, "马国庆")    # positive control


def test_a_zone_written_with_its_countys_level_alone_is_the_articles_countys(article):
    text = "县委常委会召开\n2024-03-01 来源:寿县融媒体中心\n县委书记主持会议。县政府党组成员、县经开区党工委书记侯振东汇报了招商工作。\n"
    assert posts(article(text), "侯振东") >= {("党工委书记", "寿县经开区党工委", "寿县经开区")}
    other = text.replace("寿县融媒体中心", "测试日报")                      # control: no county of its own
    assert all(o is None or "经开区" not in o for _, o, _ in posts(article(other), "侯振东"))


def test_a_prefectures_paper_visiting_its_county_level_city_keeps_its_bare_city_posts(article):
    text = "省领导来我市调研\n2025-05-12 来源:{}\n5月11日，省委书记到我市调研。市委书记贺文斌，市委副书记、市长邹立平参加调研。在宣威市板桥街道，一行察看了火腿加工。\n"
    art = article(text.format("曲靖日报"))
    assert posts(art, "贺文斌") == {("市委书记", "曲靖市委", "曲靖市")}
    control = article(text.format("测试日报"))                        # no frame of its own: the one city named
    assert posts(control, "贺文斌") == {("市委书记", "宣威市委", "宣威市")}


def test_a_company_in_a_list_of_officials_is_a_body_of_its_own(article):
    art = article(body("建德市融媒体中心主任邱丽、梅城镇卫生院院长余伟、国网建德市供电公司经理汪涛参加会议。"))
    assert ("经理", "国网建德市供电公司") in {(t, o) for t, o, _ in posts(art, "汪涛")}
    assert ("院长", "梅城镇卫生院", "梅城镇") in posts(art, "余伟")          # positive control: the list is read


def test_a_bureau_whose_reformed_name_has_he_in_it_is_read_whole(article):
    art = article(body("建德市自然资源和规划局党组书记、局长汪涛，市城市管理和综合执法局局长邱丽出席会议。"))
    assert posts(art, "汪涛") == {("党组书记", "建德市自然资源和规划局党组", "建德市"), ("局长", "建德市自然资源和规划局", "建德市")}
    assert ("局长", "建德市城市管理和综合执法局", "建德市") in posts(art, "邱丽")


def test_a_team_a_committee_sends_out_is_its_leaders_body(article):
    art = article(body("浙江省委第二督导组组长、省人大常委会副主任邵国华一行到建德市督导。浙江省政府督查组组长汪涛说，要抓好整改。"))
    assert ("组长", "浙江省委第二督导组", "浙江省") in posts(art, "邵国华")
    assert ("组长", "浙江省政府督查组", "浙江省") in posts(art, "汪涛")
    assert ("人大常委会副主任", "浙江省人大常委会", "浙江省") in posts(art, "邵国华")     # positive control


def test_groups_of_titles_before_a_speakers_name_are_all_the_speakers(article):
    art = article(body("建德市委常委、组织部部长，市委党校校长汪涛作动员讲话。要当好第一书记，村支书邱国华说。"))
    assert {t for t, _, _ in posts(art, "汪涛")} == {"市委常委", "部长", "校长"}
    assert {t for t, _, _ in posts(art, "邱国华")} == {"村支书"}          # a clause ending in a title is no group


def test_a_place_beginning_inside_a_would_be_name_before_a_title_makes_no_person(article):
    art = article(body("会议由建德市委书记主持，市长邱丽出席。"))
    assert not any(p["person"]["name"].startswith("由") for p in art.of("post"))
    assert ("市长", None, "建德市") in posts(art, "邱丽")                      # positive control


def test_a_bare_state_zone_in_a_countys_news_is_the_countys_with_its_bodies_named_so(article):
    text = "工业项目集中开工\n2024-03-01 来源:{}\n全市12个项目集中开工。市委书记主持仪式。高新区管委会负责人汪涛介绍了园区情况。\n"
    art = article(text.format("建德市融媒体中心"))
    zone = places_of(art)["高新区"]
    assert zone["parent"]["name"] == "建德市"
    assert "建德高新区管委会" in {o["name"] for o in art.of("org")}
    control = article(text.format("测试日报"))                       # no frame: no zone of its own
    assert "高新区" not in places_of(control)


def places_of(art):
    return {p["name"]: p for p in art.of("place")}


def test_a_deputy_in_charge_noted_between_title_and_name_holds_the_post(article):
    art = article(body("建德市财政局副局长（主持工作）汪涛、市教育局副局长（挂职）邱丽出席。"))
    assert posts(art, "汪涛") == {("副局长", "建德市财政局", "建德市")}
    assert posts(art, "邱丽") == {("副局长", "建德市教育局", "建德市")}       # positive control: a noted secondment


def test_a_townships_team_members_by_portfolio_are_its_party_committees(article):
    art = article(body("建德市梅城镇宣传委员周晓涛拍摄了视频，镇武装部长李国平、柳溪村党支部组织委员邱丽参加。"))
    assert posts(art, "周晓涛") == {("宣传委员", "梅城镇党委", "梅城镇")}           # no person 周晓涛拍
    assert ("武装部长", "梅城镇武装部", "梅城镇") in posts(art, "李国平")
    assert ("组织委员", "柳溪村党支部", "柳溪村") in posts(art, "邱丽")          # a village's: its branch
    art = article(body("建德市梅城镇召开会议。梅城镇纪委书记汪建、镇武装部部长李国平、组织委员邱丽参加。"))
    assert posts(art, "邱丽") == {("组织委员", "梅城镇党委", "梅城镇")}        # bare, in a list of the township's posts


def test_a_prefecture_committee_of_a_city_that_was_a_prefecture_keeps_its_old_name(article):
    art = article(body("老干部孙立华，1950年生，曾任宁都县委书记、赣州地委副书记、江西省水利厅厅长。"))
    got = posts(art, "孙立华")
    assert ("县委书记", "宁都县委", "宁都县") in got                      # positive control
    assert ("地委副书记", "赣州地委", "赣州市") in got


def test_a_company_after_a_place_and_a_conjunction_is_named_from_its_own_start(article):
    art = article(body("酒泉市副市长刘芳与国电甘肃分公司总经理丁浩签约。"))
    assert ("副市长", None, "酒泉市") in posts(art, "刘芳")              # positive control
    assert ("总经理", "国电甘肃分公司", "甘肃省") in posts(art, "丁浩")         # (the branch's province)


def test_the_consultative_conference_s_formal_name_is_the_place_s_zhengxie(article):
    art = article(body("湖南省衡阳市召开会议。会议选举赵秀兰为政协衡阳市第十三届委员会副主席，"
                       "选举孙立为政协衡阳市第十三届委员会常务委员。"))
    assert ("副主席", "衡阳市政协", "衡阳市") in posts(art, "赵秀兰")
    assert ("常务委员", "衡阳市政协", "衡阳市") in posts(art, "孙立")
    assert not any("委员会" in o["name"] for o in art.of("org"))


def test_a_firms_executive_met_by_a_county_holds_a_post_in_the_firm(article):
    art = article(body("县长王志刚与华峰集团副总裁钱少军进行座谈。"))
    assert ("县长", None, None) in posts(art, "王志刚")                  # positive control
    assert ("副总裁", "华峰集团", None) in posts(art, "钱少军")


def test_inspection_groups_and_a_stationed_discipline_group_are_bodies_their_heads_lead(article):
    art = article(body("湖北省纪委监委驻省交通运输厅纪检监察组组长孙强，中央第四巡视组组长刘伟，"
                       "交通运输部长江航务管理局党组成员、纪检组组长赵兵出席。"))
    assert ("组长", "湖北省纪委监委驻省交通运输厅纪检监察组", "湖北省") in posts(art, "孙强")
    assert ("组长", "中央第四巡视组", None) in posts(art, "刘伟")
    assert ("纪检组组长", "交通运输部长江航务管理局", None) in posts(art, "赵兵")
    assert ("党组成员", "交通运输部长江航务管理局党组", None) in posts(art, "赵兵")     # positive control


def test_a_discipline_group_two_bodies_send_together_is_named_with_both(article):
    art = article(body("中央纪委国家监委驻华峰集团纪检监察组组长孙强，湖北省纪委监委驻省财政厅纪检监察组组长刘伟出席。"))
    assert ("组长", "中央纪委国家监委驻华峰集团纪检监察组", None) in posts(art, "孙强")
    assert ("组长", "湖北省纪委监委驻省财政厅纪检监察组", "湖北省") in posts(art, "刘伟")     # control: one sender


def test_a_subdistrict_office_s_head_holds_the_office_of_the_subdistrict_before_him(article):
    art = article(body("深圳市南山区粤海街道办事处主任黄敏主持会议。"))
    assert ("街道办事处主任", "粤海街道办事处", "粤海街道") in posts(art, "黄敏")


def test_a_township_party_congress_elects_to_the_township_s_committee_by_its_short_name(article):
    art = article(body("大会选举产生了中共醴陵市白兔潭镇第十六届委员会和中共醴陵市白兔潭镇纪律检查委员会。"
                       "随后，邓志刚当选为镇党委书记，吴丽当选为镇纪委书记。"))
    names = {o["name"] for o in art.of("org")}
    assert {"白兔潭镇党委", "白兔潭镇纪委"} <= names
    assert not any("届" in n or "委员会" in n for n in names)
    assert ("镇党委书记", "白兔潭镇党委", "白兔潭镇") in posts(art, "邓志刚")    # positive control


def test_a_source_written_with_its_level_alone_is_the_body_of_the_one_county_named(article):
    art = article("县委常委会召开\n2023-06-01 来源:县委办\n11月3日，县委书记周立主持召开桑植县委常委会会议。\n编辑：李小红\n")
    assert ("编辑", "桑植县委办", None) in posts(art, "李小红")
    assert ("县委书记", "桑植县委", "桑植县") in posts(art, "周立")          # positive control
    two = article("县委常委会召开\n2023-06-01 来源:县委办\n桑植县和慈利县的干部座谈。\n编辑：李小红\n")
    assert not any(o["name"] == "县委办" for o in two.of("org"))           # no county settled: no bare body


def test_a_source_opening_with_a_word_that_begins_like_a_level_is_no_level_s_body(article):
    art = article("会议召开\n2023-06-01 来源:市场监管局\n湖南省岳阳市平江县召开会议。\n编辑：李小红\n")
    assert not any(o["name"].startswith("岳阳市场") for o in art.of("org"))       # 市场, not 市 + 场监管局
    own = article("会议召开\n2023-06-01 来源:县融媒体中心\n湖南省岳阳市平江县召开会议。\n")
    assert "平江县融媒体中心" in {o["name"] for o in own.of("org")}        # positive control: 县 + its outlet


def test_a_body_s_short_name_before_a_title_is_that_body(article):
    art = article(body("中国石油天然气集团有限公司与甘肃省庆阳市签署合作协议。中国石油总经理黄立明、庆阳市委书记周建军出席。"))
    assert ("市委书记", "庆阳市委", "庆阳市") in posts(art, "周建军")            # positive control
    assert {t for t, o, _ in posts(art, "黄立明") if o == "中国石油天然气集团有限公司"} == {"总经理"}
    from kg.recognize.org_short_names import shortened
    assert shortened("中国石油", "中国石油天然气集团有限公司") and not shortened("石油中国", "中国石油天然气集团有限公司")


def test_a_firm_written_short_in_the_headline_is_the_firm_its_body_names_in_full(article):
    art = article("我市与华建集团签约\n2024-05-06 来源:测试日报\n市长会见华北建工投资集团有限公司董事长刘宏伟，双方签署协议。\n")
    names = {o["name"] for o in art.of("org")}
    assert "华北建工投资集团有限公司" in names                         # positive control: the body's full name
    assert "华建集团" not in names                                       # the headline's short name is that firm


def test_a_firm_registered_under_its_city_is_a_body_and_its_short_name_drops_the_city(article):
    art = article(body("考察组走访了苏州共赢电子股份有限公司、江苏恒昌钢业有限公司，与共赢电子副总经理赵明远座谈，"
                       "恒昌钢业董事长孙国栋陪同。"))
    names = {o["name"] for o in art.of("org")}
    assert "江苏恒昌钢业有限公司" in names                              # positive control: a brand of nouns
    assert "苏州共赢电子股份有限公司" in names                          # 共赢: an adverb and a verb to jieba
    assert {t for t, o, _ in posts(art, "赵明远") if o == "苏州共赢电子股份有限公司"} == {"副总经理"}
    assert {t for t, o, _ in posts(art, "孙国栋") if o == "江苏恒昌钢业有限公司"} == {"董事长"}


def test_a_bare_city_body_after_a_county_level_city_s_post_is_that_city_s_and_no_prefecture_s(article):
    art = article(body("刘建明，湖南湘潭县人，曾任韶山市副市长，现任湘乡市委副书记，市人民政府市长。"))
    names = {o["name"] for o in art.of("org")}
    assert "湘乡市委" in names                                        # positive control: written in full
    assert "湘乡市人民政府" in names and "湘潭市人民政府" not in names


def test_a_visit_s_firms_officers_written_by_the_kind_alone_belong_to_the_firm_named_last(article):
    art = article(body("区委书记来到湘南钢铁股份有限公司，与公司党委书记、董事长陈国栋交流。随后来到株洲华南精密陶瓷"
                       "有限公司。公司总经理彭立新介绍了订单情况。"))
    assert ("董事长", "湘南钢铁股份有限公司") in {(t, o) for t, o, _ in posts(art, "陈国栋")}    # control: written
    assert ("党委书记", "湘南钢铁股份有限公司党委") in {(t, o) for t, o, _ in posts(art, "陈国栋")}
    assert {(t, o) for t, o, _ in posts(art, "彭立新")} == {("总经理", "株洲华南精密陶瓷有限公司")}
    assert not any(p["name"] == "华南" for p in art.of("place") if not p.get("in_name"))    # a region in the brand


def test_a_post_listed_after_a_verb_of_listing_is_held_at_the_article_s_level_place(article):
    art = article(body("6月1日，衡阳市召开防汛工作会议。出席会议的有市人大常委会副主任欧阳斌，参加会议的还有市政协副主席"
                       "谭立新。会议邀请市委常委邓伟参加。"))
    assert ("市委常委", "衡阳市委", "衡阳市") in posts(art, "邓伟")                    # control
    assert ("人大常委会副主任", "衡阳市人大常委会", "衡阳市") in posts(art, "欧阳斌")
    assert ("政协副主席", "衡阳市政协", "衡阳市") in posts(art, "谭立新")


def test_a_post_after_a_preposition_of_its_agent_is_held_at_the_article_s_level_place(article):
    art = article(body("11月5日，汝城县召开秋冬季造林现场会。会议由县人大常委会副主任邓建华主持，受县政协主席"
                       "曹志明委托，县政协副主席何芳宣读了表彰决定。县委副书记肖强陪同县长周军出席。"))
    assert ("政协副主席", "汝城县政协", "汝城县") in posts(art, "何芳")               # control: its level first
    assert ("人大常委会副主任", "汝城县人大常委会", "汝城县") in posts(art, "邓建华")
    assert ("政协主席", "汝城县政协", "汝城县") in posts(art, "曹志明")


def test_a_bare_city_under_a_prefecture_that_is_no_city_is_the_county_level_city_s(article):
    # a 地区, 州 or 盟 has no 市委 of its own: the bare 市 is its county-level city's
    art = article(body("12月1日，阿克苏地区库车市召开冬季防火工作会议。市委书记艾力·买买提出席，"
                       "市人大常委会主任李国强主持会议，地委委员王建新到会指导。"))
    assert ("地委委员", "阿克苏地委", "阿克苏地区") in posts(art, "王建新")           # control: the 地区's own
    assert ("市委书记", "库车市委", "库车市") in posts(art, "艾力·买买提")
    assert ("人大常委会主任", "库车市人大常委会", "库车市") in posts(art, "李国强")
    assert not any(o["name"].startswith("阿克苏地区市") for o in art.of("org"))


def test_the_officers_named_as_a_place_sets_up_a_task_body_head_it(article):
    art = article(body("入汛前，武冈市成立防汛抗旱指挥部，由市委书记唐立新任政委，市长钟雪峰任指挥长，"
                       "副市长胡明任常务副指挥长。邓家铺镇组建了人居环境整治工作领导小组，镇长肖勇任组长。"))
    assert ("市长", None, "武冈市") in posts(art, "钟雪峰")                          # control: his own post
    assert ("指挥长", "武冈市防汛抗旱指挥部", "武冈市") in posts(art, "钟雪峰")
    assert ("政委", "武冈市防汛抗旱指挥部", "武冈市") in posts(art, "唐立新")
    assert ("常务副指挥长", "武冈市防汛抗旱指挥部", "武冈市") in posts(art, "胡明")
    assert ("组长", "邓家铺镇人居环境整治工作领导小组", "邓家铺镇") in posts(art, "肖勇")
    assert not any("成立" in o["name"] or "组建" in o["name"] for o in art.of("org"))


def test_bare_city_bodies_listed_after_a_county_level_city_s_official_are_that_city_s(article):
    art = article(body("株洲市委常委、醴陵市委书记刘健到陶瓷企业调研。\n"
                       "醴陵市委常委、组织部部长陈红，市人民政府党组成员、市政府办公室主任李伟陪同。"))
    assert ("市委常委", "株洲市委", "株洲市") in posts(art, "刘健")                  # control: the prefecture's own
    assert ("部长", "醴陵市委组织部", "醴陵市") in posts(art, "陈红")
    assert ("党组成员", "醴陵市人民政府党组", "醴陵市") in posts(art, "李伟")
    assert ("主任", "醴陵市政府办公室", "醴陵市") in posts(art, "李伟")
    assert not any(o["name"].startswith("株洲市政府") or o["name"].startswith("株洲市人民政府") for o in art.of("org"))


def test_a_delegation_s_leader_named_with_a_form_of_address_heads_the_delegation(article):
    art = article(body("澳门青年企业家考察团一行15人抵达怀化市考察。怀化市委书记彭庆安先生会见了考察团团长梁家豪先生一行。"))
    assert ("市委书记", "怀化市委", "怀化市") in posts(art, "彭庆安")
    assert ("团长", "澳门特别行政区青年企业家考察团", "澳门特别行政区") in posts(art, "梁家豪")


def test_bare_city_bodies_of_a_county_level_city_s_news_are_its_own_before_its_prefecture_is_named(article):
    art = article(body("在政协汨罗市第九届委员会第二次会议上，市政协委员、白水镇党委书记彭立新提交了提案。"
                       "市纪委监委派员列席。\n原市委书记、现任岳阳市人大常委会副主任陈国平出席开幕会。"))
    assert ("人大常委会副主任", "岳阳市人大常委会", "岳阳市") in posts(art, "陈国平")    # control: named in full
    assert ("政协委员", "汨罗市政协", "汨罗市") in posts(art, "彭立新")
    assert {"汨罗市政协", "汨罗市纪委监委"} <= {o["name"] for o in art.of("org")}
    assert not {"岳阳市政协", "岳阳市纪委监委"} & {o["name"] for o in art.of("org")}


def test_a_visit_s_hosts_written_bare_hold_their_own_province_s_posts(article):
    art = article(body("浙江省党政代表团来我省考察。浙江省委书记王立新率团，省委书记赵国庆、省长钱文华陪同。"
                       "代表团来到我省的遵义市、铜仁市考察。"))
    assert ("省委书记", "浙江省委", "浙江省") in posts(art, "王立新")                # positive control: the guests' own
    assert ("省委书记", "贵州省委", "贵州省") in posts(art, "赵国庆")
    assert {p[2] for p in posts(art, "钱文华")} == {"贵州省"}


def test_a_visit_reported_where_it_arrives_gives_bare_bodies_to_the_hosts_province(article):
    art = article(body("江苏省政协副主席刘海明带领调研组来正定县调研，省政协副秘书长孙立平，市政协副主席"
                       "周文涛，县政协主席吴建英陪同。"))
    assert ("政协副主席", "江苏省政协", "江苏省") in posts(art, "刘海明")            # positive control: the guest's own
    assert {p[2] for p in posts(art, "孙立平")} == {"河北省"}
    assert {p[2] for p in posts(art, "吴建英")} == {"正定县"}
    went = article(body("江苏省政协副主席刘海明带领调研组到正定县调研，省政协副秘书长孙立平陪同。"))
    assert {p[2] for p in posts(went, "孙立平")} == {"江苏省"}            # 到: the guests' paper may write it


def test_a_zone_s_committees_written_bare_are_the_zone_s(article):
    art = article(body("株洲高新技术产业开发区召开项目推进会。区党工委书记、管委会主任孙建明讲话，党工委副书记罗明辉主持。"))
    assert ("党工委书记", "株洲高新技术产业开发区党工委", "株洲高新技术产业开发区") in posts(art, "孙建明")
    assert ("主任", "株洲高新技术产业开发区管委会", "株洲高新技术产业开发区") in posts(art, "孙建明")
    assert ("党工委副书记", "株洲高新技术产业开发区党工委", "株洲高新技术产业开发区") in posts(art, "罗明辉")


def test_a_school_s_own_bodies_and_heads_written_bare_are_the_school_s(article):
    art = article(body("吉首大学召开教学工作会议。校党委书记向东出席，校长彭明主持，校党委副书记、纪委书记石磊，"
                       "副校长田野出席。历史文化学院党委书记龙飞、生物科学学院院长吴刚发言。"))
    assert ("党委书记", "吉首大学党委", None) in posts(art, "向东")
    assert ("校长", "吉首大学", None) in posts(art, "彭明") and ("副校长", "吉首大学", None) in posts(art, "田野")
    assert ("纪委书记", "吉首大学纪委", None) in posts(art, "石磊")
    assert ("院长", "生物科学学院", None) in posts(art, "吴刚")           # a sibling college, not a unit of the one before


def test_a_work_team_s_members_written_bare_are_the_one_team_s(article):
    art = article(body("孙明和钱芳是宁乡县灰汤镇东鹜村驻村工作队的队员，两人被选派到东鹜村已有一年。\n"
                       "如今，村里的莲子基地已发展到500亩。队长吴刚说，明年还要建冷库。"))
    assert ("队员", "东鹜村驻村工作队", "东鹜村") in posts(art, "孙明")
    assert ("队员", "东鹜村驻村工作队", "东鹜村") in posts(art, "钱芳")
    assert ("队长", "东鹜村驻村工作队", "东鹜村") in posts(art, "吴刚")
    assert 500 in {f["value"] for f in art.of("figure")}                # positive control
    assert 2 not in {f["value"] for f in art.of("figure")}              # 两人: the two just named


def test_a_township_s_armed_forces_head_and_congress_chair_written_bare_are_its_own(article):
    art = article(body("湖南省湘乡市月山镇召开会议。镇党委委员、武装部部长罗刚，镇人大主席团主席彭丽参加。", source="湘乡市融媒体中心"))
    assert ("党委委员", "月山镇党委", "月山镇") in posts(art, "罗刚")                  # positive control
    assert ("部长", "月山镇武装部", "月山镇") in posts(art, "罗刚")
    assert ("主席", "月山镇人大", "月山镇") in posts(art, "彭丽")


def test_a_prefecture_committee_member_after_a_region_s_post_is_the_prefecture_s(article):
    art = article(body("阿克苏地区召开会议。自治区党委常委周明，地委委员、行署副专员吐尔洪·艾买提参加。"))
    assert ("自治区党委常委", "新疆维吾尔自治区党委", "新疆维吾尔自治区") in posts(art, "周明")     # positive control
    assert ("地委委员", "阿克苏地委", "阿克苏地区") in posts(art, "吐尔洪·艾买提")


def test_a_bank_s_county_branch_is_a_body_and_its_head_a_post(article):
    art = article(body("湖南省安化县召开金融工作会议。中国建设银行安化县支行行长曾平、国网安化县供电公司经理谢明出席。"))
    assert ("行长", "中国建设银行安化县支行", "安化县") in posts(art, "曾平")
    assert ("经理", "国网安化县供电公司", "安化县") in posts(art, "谢明")                # positive control
    assert "安化县供电公司" not in {o["name"] for o in art.of("org")}                 # one body, named in full


def test_an_inspection_group_s_leader_written_bare_leads_the_group_named_before(article):
    art = article(body("12月2日，湖南省委第五巡视组向岳阳市委反馈巡视情况。巡视组组长罗建新反馈意见，"
                       "省委巡视办副主任邹红英出席，岳阳市委书记王一鸣主持。"))
    assert ("组长", "湖南省委第五巡视组", "湖南省") in posts(art, "罗建新")
    assert ("副主任", "湖南省委巡视办", "湖南省") in posts(art, "邹红英")
    assert ("市委书记", "岳阳市委", "岳阳市") in posts(art, "王一鸣")                  # positive control


def test_a_standing_member_written_after_the_place_alone_sits_on_its_party_committee(article):
    art = article(body("广西壮族自治区常委、组织部部长覃新说。县政协常委韦强说。"))
    assert ("部长", "广西壮族自治区党委组织部", "广西壮族自治区") in posts(art, "覃新")      # positive control
    assert ("党委常委", "广西壮族自治区党委", "广西壮族自治区") in posts(art, "覃新")
    assert all(p[1] is None or "党委" not in p[1] for p in posts(art, "韦强"))          # 政协常委: no Party post


def test_a_village_work_team_s_first_secretary_written_bare_serves_in_the_village_the_sentence_names(article):
    art = article(body("在岳阳县张谷英镇张谷英村，工作队第一书记彭辉与村干部一起走访农户。"))
    assert {p[2] for p in posts(art, "彭辉")} == {"张谷英村"}


def test_an_organ_s_party_group_written_bare_is_the_one_organ_s(article):
    art = article(body("醴陵市统计局召开年度工作会议。局党组书记、局长谭立群讲话，局党组成员、副局长易红主持。"))
    assert ("党组书记", "醴陵市统计局党组", "醴陵市") in posts(art, "谭立群")
    assert ("局长", "醴陵市统计局", "醴陵市") in posts(art, "谭立群")
    assert ("党组成员", "醴陵市统计局党组", "醴陵市") in posts(art, "易红")
    art = article(body("醴陵市统计局、醴陵市林业局召开联席会议。局党组书记谭立群讲话。"))
    assert not any(p[1] and p[1].endswith("党组") for p in posts(art, "谭立群"))     # two bureaus: whose is untold


def test_the_heads_of_ranked_teams_are_posts_of_their_team(article):
    art = article(body("茶陵县交警大队大队长钟建华、茶陵县城管执法大队副大队长谭杰、茶陵县消防救援大队政治教导员罗斌出席。"))
    assert ("大队长", "茶陵县交警大队", "茶陵县") in posts(art, "钟建华")
    assert ("副大队长", "茶陵县城管执法大队", "茶陵县") in posts(art, "谭杰")
    assert ("政治教导员", "茶陵县消防救援大队", "茶陵县") in posts(art, "罗斌")


def test_bodies_of_a_county_renamed_since_bear_the_name_the_article_wrote(article):
    art = article("芜湖县召开巡察工作会议\n2017-05-02 来源：测试日报\n"
                  "芜湖县召开巡察工作会议，芜湖县委书记陈刚主持。县委巡察办主任赵敏汇报，县委宣传部部长孙丽出席。\n")
    assert ("县委书记", "芜湖县委", "湾沚区") in posts(art, "陈刚")          # the county's place is today's node
    assert ("主任", "芜湖县委巡察办", "湾沚区") in posts(art, "赵敏")
    assert ("部长", "芜湖县委宣传部", "湾沚区") in posts(art, "孙丽")
    art = article(body("醴陵市委书记钟华出席。"))
    assert ("市委书记", "醴陵市委", "醴陵市") in posts(art, "钟华")           # positive control: a name of today


def test_a_village_branch_written_short_is_the_village_s_party_branch(article):
    art = article(body("湘乡市壶天镇石坪村支部委员刘青、石坪村支委谭军、石坪村支部书记周华参加。"))
    assert ("支部委员", "石坪村党支部", "石坪村") in posts(art, "刘青")
    assert ("支委", "石坪村党支部", "石坪村") in posts(art, "谭军")
    assert ("支部书记", "石坪村党支部", "石坪村") in posts(art, "周华")


def test_a_residents_committee_after_its_township_names_the_community_the_table_lists(article):
    art = article(body("山南市浪卡子县浪卡子镇道布龙居委会主任次仁多吉介绍，居民收入逐年提高。"))
    assert ("village", "浪卡子镇") in {(p["level"], (p.get("parent") or {}).get("name")) for p in art.of("place")
                                       if p["name"] == "道布龙社区"}
    assert ("居委会主任", "道布龙社区居委会", "道布龙社区") in posts(art, "次仁多吉")


def test_a_heading_s_team_leader_serves_in_the_village_its_section_names(article):
    art = article("驻村故事\n2024-02-10 来源：测试日报\n"
                  "驻村队长李文斌：“我就在村里过年”\n"
                  "除夕这天，队员们一早就忙开了。湘西州花垣县双龙镇金龙村里格外热闹。李文斌说，村里今年通了水泥路。\n"
                  "驻村队长赵海：“乡亲们的事就是我的事”\n"
                  "在保靖县迁陵镇陡滩村，赵海正和村民一起修水渠。\n")
    assert ("队长", None, "金龙村") in {(p[0], None, p[2]) for p in posts(art, "李文斌")}
    assert "陡滩村" in {p[2] for p in posts(art, "赵海")}


def test_a_village_s_supervisory_committee_under_any_of_its_short_names_is_one_body(article):
    art = article(body("湘乡市壶天镇石坪村监委会主任刘青、石坪村村监会委员谭军出席。"
                       "石坪村原党支部书记周华违规将工程发包给时任村监委委员贺明。"))
    assert ("监委会主任", "石坪村村务监督委员会", "石坪村") in posts(art, "刘青")
    assert ("委员", "石坪村村务监督委员会", "石坪村") in posts(art, "谭军")
    assert ("委员", "石坪村村务监督委员会", "石坪村") in posts(art, "贺明")
    assert ("党支部书记", "石坪村党支部", "石坪村") in posts(art, "周华")      # positive control


def test_a_secretary_general_after_an_assemblys_deputies_is_that_assemblys(article):
    art = article("人大新闻\n2024-05-06\n会议在新化县召开。县人大常委会副主任罗德厚、谭志远、曾明，秘书长周润平出席会议。"
                  "副县长刘卫国，秘书长王建新列席会议。\n")
    held = {(p["person"]["name"], p["title"]): p for p in art.of("post")}
    assert held[("周润平", "秘书长")]["org"]["name"] == "新化县人大常委会"
    assert held[("谭志远", "人大常委会副主任")]["org"]["name"] == "新化县人大常委会"    # control: a listed deputy
    assert held[("王建新", "秘书长")]["org"] is None                          # after a county head: whose is untold


def test_a_city_paper_naming_only_counties_of_one_city_speaks_of_that_city(article):
    lead = "本地新闻\n2024-05-06\n我市召开防汛工作会议，副市长罗德厚出席。市应急管理局局长谭志远通报情况。"
    one = article(lead + "宜章县、嘉禾县作表态发言。\n")           # both under 郴州市
    two = article(lead + "宜章县、攸县作表态发言。\n")             # control: counties of two cities
    mayor = next(p for p in one.of("post") if p["person"]["name"] == "罗德厚")
    assert mayor["place"]["name"] == "郴州市"
    assert next(p for p in one.of("post") if p["person"]["name"] == "谭志远")["org"]["name"] == "郴州市应急管理局"
    assert next(p for p in two.of("post") if p["person"]["name"] == "罗德厚")["place"] is None


def test_deputies_in_the_clause_after_their_chairs_are_of_the_chairs_body(article):
    art = article("人大新闻\n2024-05-06\n新化县人大常委会主任罗德厚主持会议，副主任谭志远、曾明出席。"
                  "县委书记周润平讲话，副县长刘卫国列席。\n")
    held = {(p["person"]["name"], p["title"]): p for p in art.of("post")}
    assert held[("谭志远", "副主任")]["org"]["name"] == "新化县人大常委会"
    assert held[("曾明", "副主任")]["org"]["name"] == "新化县人大常委会"
    assert held[("刘卫国", "副县长")]["org"] is None          # control: no deputy of a county's Party secretary


def test_a_firm_written_by_its_kind_alone_is_the_one_firm_the_article_names(article):
    one = article("企业新闻\n2024-05-06\n华峰集团召开年度工作会议。集团公司党委书记、董事长罗德厚讲话，公司总经理谭志远主持。\n")
    two = article("企业新闻\n2024-05-06\n华峰集团与金石有限公司签约。公司董事长罗德厚出席。\n")      # control: two firms
    held = {(p["person"]["name"], p["title"]): p for p in one.of("post")}
    assert held[("罗德厚", "党委书记")]["org"]["name"] == "华峰集团党委"
    assert held[("谭志远", "总经理")]["org"]["name"] == "华峰集团"
    assert "集团公司" not in {o["name"] for o in one.of("org")}
    assert next(p for p in two.of("post") if p["person"]["name"] == "罗德厚")["org"] is None


def test_a_zone_named_short_in_the_headline_and_in_full_in_the_text_is_one_zone_with_its_bodies(tmp_path):
    from kg.build.build import build
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "a.txt").write_text("浏阳经开区：新项目开工\n2024-05-06 来源：测试日报\n记者走进浏阳经济技术开发区，塔吊林立。"
                                  "园区党工委书记罗德厚介绍，今年新开工项目12个。管委会副主任谭志远陪同。\n", encoding="utf-8")
    build([corpus], tmp_path / "out", jobs=1, progress=False, view=False)
    text = (tmp_path / "out" / "graph.ttl").read_text(encoding="utf-8")
    assert '"浏阳经济技术开发区"@zh' in text and '"浏阳经开区"@zh' in text        # one node, the short name its other label
    assert text.count("ck:level \"zone\"") == 1
    assert '"浏阳经济技术开发区党工委"@zh' in text and '"浏阳经济技术开发区管委会"@zh' in text


def test_a_firms_own_office_written_alone_after_it_is_the_firms_office(article):
    art = article(body("华峰集团有限公司办公室副主任罗德厚、新化县财政局办公室主任谭志远出席。"))
    assert ("副主任", "华峰集团有限公司办公室", None) in posts(art, "罗德厚")
    assert ("主任", "新化县财政局办公室", "新化县") in posts(art, "谭志远")          # control: an organ's, as before


def test_a_branch_written_by_its_kind_alone_and_its_discipline_secretary_are_the_branch_s(article):
    art = article("企业新闻\n2024-05-06\n华峰能源南方分公司召开年度工作会议。分公司党委书记、执行董事罗德厚讲话。"
                  "分公司党委副书记、工会主席、纪委书记谭志远主持。新化县委常委、纪委书记龚明出席。\n")
    held = {(p["person"]["name"], p["title"]): p for p in art.of("post")}
    assert held[("罗德厚", "党委书记")]["org"]["name"] == "华峰能源南方分公司党委"
    assert held[("罗德厚", "执行董事")]["org"]["name"] == "华峰能源南方分公司"
    assert held[("谭志远", "工会主席")]["org"]["name"] == "华峰能源南方分公司"
    assert held[("谭志远", "纪委书记")]["org"]["name"] == "华峰能源南方分公司纪委"
    assert held[("龚明", "纪委书记")]["org"]["name"] == "新化县纪委"                # control: a county's own


def test_a_military_district_s_commander_and_commissar_are_both_of_it(article):
    art = article(body("会议在张家口召开。张家口军分区司令员龚立平、政治委员韩雪，市委常委、副市长罗德厚出席。"))
    held = {(p["person"]["name"], p["title"]): p for p in art.of("post")}
    assert held[("龚立平", "司令员")]["org"]["name"] == "张家口市军分区"
    assert held[("韩雪", "政治委员")]["org"]["name"] == "张家口市军分区"
    assert ("韩雪", "委员") not in held
    assert held[("罗德厚", "市委常委")]["org"]["name"] == "张家口市委"              # positive control


def test_a_county_committee_is_no_body_of_a_county_level_city_or_district(article):
    art = article("吉首市“三治融合”推动基层治理\n2024-05-06 来源:测试日报\n5月5日，县委书记彭建华到镇里调研。"
                  "吉首市委书记杨少军讲话。荔浦县委书记龙立新到会指导。\n")
    assert {org for _, org, _ in posts(art, "彭建华")} == {None}          # a city has a 市委, no 吉首县委
    assert ("市委书记", "吉首市委", "吉首市") in posts(art, "杨少军")          # control
    assert {org for _, org, _ in posts(art, "龙立新")} == {"荔浦县委"}        # written 县 (now 荔浦市): as written

def test_an_armed_or_police_organ_s_commissar_after_its_head_is_of_that_organ(article):
    art = article(body("祁门县冬季征兵工作会召开。县人武部部长方国华、政委章立群，县公安局副局长汪红、"
                       "政委程卫东出席。县委宣传部部长胡晓梅、副部长余建设参加。"))
    held = {(p["person"]["name"], p["title"]): p["org"]["name"] if p["org"] else None for p in art.of("post")}
    assert held[("章立群", "政委")] == "祁门县人武部"
    assert held[("程卫东", "政委")] == "祁门县公安局"
    assert held[("余建设", "副部长")] == "祁门县委宣传部"          # positive control: a deputy of the same head

def test_a_former_mark_between_a_department_and_its_title_leaves_the_department_the_body(article):
    art = article(body("新化县委原常委、宣传部原部长罗德厚严重违纪违法被开除党籍。"))
    held = {p["title"]: p for p in art.of("post") if p["person"]["name"] == "罗德厚"}
    assert held["县委常委"]["org"]["name"] == "新化县委" and held["县委常委"]["former"]          # positive control
    assert held["部长"]["org"]["name"] == "新化县委宣传部" and held["部长"]["former"]


def test_a_county_post_of_a_cadre_a_district_sent_is_the_host_county_s(article):
    art = article(body("在永仁县，上海市闵行区派驻的挂职干部、县委常委、副县长罗德厚已工作两年。"))
    held = {p["title"]: p for p in art.of("post") if p["person"]["name"] == "罗德厚"}
    assert held["县委常委"]["org"]["name"] == "永仁县委" and held["副县长"]["place"]["name"] == "永仁县"


def test_a_first_secretary_in_a_team_s_chain_is_the_village_s_the_sentence_opens_with(article):
    art = article(body("在新化县吉庆镇泉塘村，县财政局驻村工作队队长、第一书记邝华介绍了情况。"))
    held = {p["title"]: p for p in art.of("post") if p["person"]["name"] == "邝华"}
    assert held["第一书记"]["place"]["name"] == "泉塘村"
    assert held["队长"]["org"]["name"].endswith("驻村工作队")                      # positive control


def test_a_birthplace_gives_no_later_bare_body_its_place(article):
    art = article("干部任前公示\n2023-06-01 来源：新化县人民政府网\n邝华，女，1980年3月生，湖南冷水江人，研究生学历，"
                  "现任县财政局副局长，拟提名为副县长人选。\n")
    held = {p["title"]: p for p in art.of("post") if p["person"]["name"] == "邝华"}
    assert held["副局长"]["org"]["name"] == "新化县财政局"


def test_a_former_ministry_after_a_school_s_post_is_the_ministry_not_a_unit_of_the_school(article):
    art = article(body("邝华曾任湖南大学校长、国土资源部部长。"))
    held = {p["title"]: p for p in art.of("post") if p["person"]["name"] == "邝华"}
    assert held["校长"]["org"]["name"] == "湖南大学"                                  # positive control
    assert held["部长"]["org"]["name"] == "国土资源部"


def test_a_minister_s_title_glued_to_the_ministry_s_name_is_the_ministry_s(article):
    art = article(body("邝华曾任外交部长，后任环保部长。"))
    got = {(p["title"], (p["org"] or {}).get("name")) for p in art.of("post") if p["person"]["name"] == "邝华"}
    assert ("部长", "外交部") in got and ("部长", "环境保护部") in got


def test_a_bare_head_after_the_secretary_of_a_body_s_party_cell_heads_that_body(article):
    art = article(body("汇报会上，株洲市审计局党组书记龙德明、局长谭小燕先后发言。"))
    assert posts(art, "龙德明") == {("党组书记", "株洲市审计局党组", "株洲市")}                # positive control
    assert posts(art, "谭小燕") == {("局长", "株洲市审计局", "株洲市")}
    art = article(body("汇报会上，株洲市三医院党委书记龙德明、院长谭小燕先后发言。"))
    assert {t for t, o, _ in posts(art, "谭小燕") if o and o.startswith("株洲市三医院")} == {"院长"}
    art = article(body("汇报会上，株洲市审计局党组书记龙德明、主任谭小燕先后发言。"))       # 主任 heads no 局
    assert all(o is None for _, o, _ in posts(art, "谭小燕"))


def test_a_police_bureau_s_commissar_and_inspector_in_a_chain_are_the_bureau_s(article):
    art = article(body("会上，双牌县公安局党委副书记、副局长、督察长唐国华通报了案件情况。"))
    got = posts(art, "唐国华")
    assert ("副局长", "双牌县公安局", "双牌县") in got                                         # positive control
    assert ("督察长", "双牌县公安局", "双牌县") in got
    art = article(body("会上，双牌县公安局党委书记、局长、政委唐国华通报了案件情况。"))
    assert ("政委", "双牌县公安局", "双牌县") in posts(art, "唐国华")


def test_a_village_s_supervisory_committee_written_in_full_is_the_village_s(article):
    art = article(body("换届后，平乐县沙子镇龙门村召开会议。村党支部书记莫德兴主持，村务监督委员会主任覃玉兰参加。"))
    assert ("党支部书记", "龙门村党支部", "龙门村") in posts(art, "莫德兴")                      # positive control
    assert {(o, p) for _, o, p in posts(art, "覃玉兰")} == {("龙门村村务监督委员会", "龙门村")}


def test_a_division_s_federation_of_trade_unions_is_a_body_of_its_own(article):
    art = article(body("座谈会上，双牌县委常委、县总工会主席唐国华讲话，永州市总工会副主席蒋丽出席。"))
    assert ("县委常委", "双牌县委", "双牌县") in posts(art, "唐国华")                              # positive control
    assert {o for _, o, _ in posts(art, "唐国华")} == {"双牌县委", "双牌县总工会"}
    assert {o for _, o, _ in posts(art, "蒋丽")} == {"永州市总工会"}


def test_a_bare_general_office_after_a_secretary_general_s_post_is_that_body_s_office(article):
    art = article(body("会上，永州市人民政府副秘书长、办公室主任唐国华，市委副秘书长、办公室主任蒋丽作了发言。"))
    assert {o for _, o, _ in posts(art, "唐国华")} == {"永州市人民政府", "永州市人民政府办公室"}
    assert {o for _, o, _ in posts(art, "蒋丽")} == {"永州市委", "永州市委办公室"}
    art = article(body("会上，永州市委常委、组织部部长唐国华作了发言。"))
    assert {o for _, o, _ in posts(art, "唐国华")} == {"永州市委", "永州市委组织部"}          # positive control


def test_a_magazine_s_title_before_its_reporter_is_the_reporter_s_outlet(article):
    art = article("山乡新貌\n2023-06-01 来源:测试日报\n《乡村振兴》 记者 田晓鸣 ｜ 贵州报道\n"
                  "村民说日子好了。据《农村工作通讯》记者吴丽华了解，村里修了路，新华社记者龙德明摄。\n")
    assert posts(art, "龙德明") == {("记者", "新华社", None)}                                    # positive control
    assert posts(art, "田晓鸣") == {("记者", "乡村振兴", None)}
    assert posts(art, "吴丽华") == {("记者", "农村工作通讯", None)}


def test_a_party_committee_by_its_formal_name_gives_its_seats_in_order(article):
    art = article(body("会上宣布：罗德厚同志任中共双牌县委员会委员、常委、书记；唐国华任中共双牌县理家坪乡委员会委员、书记。"))
    assert posts(art, "罗德厚") == {("县委委员", "双牌县委", "双牌县"), ("县委常委", "双牌县委", "双牌县"),
                                  ("县委书记", "双牌县委", "双牌县")}
    assert {o for _, o, _ in posts(art, "唐国华")} == {"理家坪乡党委"}
    art = article(body("会上宣布：罗德厚同志任双牌县委委员、常委、书记。"))                 # positive control
    assert ("县委常委", "双牌县委", "双牌县") in posts(art, "罗德厚")


def test_a_county_level_city_opening_the_headline_keeps_its_bare_city_posts_in_a_prefecture_s_paper(article):
    text = "{}\n2025-05-12 来源:曲靖日报\n5月11日，宣威市召开会议。市委副书记、市长邹立平主持，市委常委、秘书长贺文斌参加。\n"
    art = article(text.format("宣威市召开乡村振兴推进会"))
    assert posts(art, "邹立平") == {("市委副书记", "宣威市委", "宣威市"), ("市长", None, "宣威市")}
    control = article(text.format("乡村振兴推进会召开"))                  # the paper's own 市 when the city is no actor
    assert ("市委副书记", "曲靖市委", "曲靖市") in posts(control, "邹立平")


def test_a_county_opening_the_headline_is_the_one_of_the_bare_county_posts_of_its_body(article):
    text = "{}\n\n2025-11-20 10:32 来源：洛阳日报\n\n走进一个个大棚，县委书记陈立民说，全县香菇种植规模已达1亿袋。副县长孙晓燕陪同。\n"
    art = article(text.format("嵩县：小香菇撑起大产业"))          # a county of one character and its level
    assert ("县委书记", "嵩县县委", "嵩县") in posts(art, "陈立民")
    assert ("副县长", None, "嵩县") in posts(art, "孙晓燕")
    control = article(text.format("小香菇撑起大产业"))                  # no county in the headline: none guessed
    assert ("副县长", None, None) in posts(control, "孙晓燕")


def test_the_article_s_prefecture_is_the_one_above_a_county_level_city_s_own_news(article, tmp_path):
    import rdflib
    from kg.build.build import build
    (tmp_path / "c").mkdir()
    (tmp_path / "c" / "a.txt").write_text("市委常委会召开\n2025-05-12\n市委书记邹立平主持召开市委常委会，传达曲靖市委全会精神。"
                                          "会议要求推动宣威更好发展，我市要抓好落实。\n", encoding="utf-8")
    build([tmp_path / "c"], tmp_path / "out", jobs=1, progress=False, view=False)
    g = rdflib.Graph().parse(tmp_path / "out" / "graph.ttl")
    ck = rdflib.Namespace("https://w3id.org/cadre-kg/ontology#")
    labels = {str(g.value(o, rdflib.RDFS.label)) for o in g.objects(None, ck.prefecture)}
    assert labels == {"曲靖市"}


def test_a_deputy_to_a_congress_by_its_full_name_is_a_deputy_to_that_congress(article):
    art = article(body("第十四届全国人民代表大会代表、双牌县理家坪乡坦田村党支部书记唐国华，湖南省第十四届人民代表大会代表蒋丽发言。"))
    assert ("全国人大代表", "全国人大", None) in posts(art, "唐国华")
    assert ("党支部书记", "坦田村党支部", "坦田村") in posts(art, "唐国华")                 # positive control
    assert posts(art, "蒋丽") == {("人大代表", "湖南省人民代表大会", "湖南省")}     # the congress as written in full


def test_a_political_consultative_conference_by_its_formal_name_is_its_committee(article):
    art = article(body("中国人民政治协商会议永州市委员会主席唐国华、中国人民政治协商会议第十四届全国委员会委员蒋丽出席。"))
    assert posts(art, "唐国华") == {("主席", "永州市政协", "永州市")}
    assert {o for _, o, _ in posts(art, "蒋丽")} == {"全国政协"}
    art = article(body("会议宣布：唐国华同志任中共永州市委员会委员、常委、书记。"))
    assert ("市委书记", "永州市委", "永州市") in posts(art, "唐国华")                       # positive control


def test_a_formal_committee_name_with_its_province_before_the_place_is_still_that_committee(article):
    art = article(body("中国人民政治协商会议湖南省双牌县委员会原副主席唐国华、中国共产党湖南省永州市委员会副书记蒋丽出席。"))
    assert posts(art, "唐国华") == {("副主席", "双牌县政协", "双牌县")}
    assert posts(art, "蒋丽") == {("市委副书记", "永州市委", "永州市")}
    art = article(body("中国人民政治协商会议双牌县委员会原副主席唐国华出席。"))           # positive control: no province
    assert posts(art, "唐国华") == {("副主席", "双牌县政协", "双牌县")}


def test_an_office_of_a_party_committee_by_its_formal_name_is_that_committee_s_office(article):
    art = article(body("罗德厚曾任中国共产党双牌县委员会办公室主任、双牌县财政局局长。"))
    assert ("主任", "双牌县委办公室", "双牌县") in posts(art, "罗德厚")
    assert ("局长", "双牌县财政局", "双牌县") in posts(art, "罗德厚")                       # positive control


def test_a_term_of_office_before_the_level_word_leaves_the_post_its_township_s_committee(article):
    text = "中国共产党双牌县理家坪乡第十次代表大会闭幕。大会选举唐国华、蒋丽、罗德厚为{}乡党委委员。"
    art = article(body(text.format("新一届")))
    assert posts(art, "蒋丽") == {("党委委员", "理家坪乡党委", "理家坪乡")}
    art = article(body("中国共产党双牌县理家坪乡第十次代表大会闭幕。当选本届乡党委委员的有：唐国华、蒋丽、罗德厚。"))
    assert posts(art, "罗德厚") == {("党委委员", "理家坪乡党委", "理家坪乡")}
    art = article(body(text.format("")))                                             # positive control: no term
    assert posts(art, "蒋丽") == {("党委委员", "理家坪乡党委", "理家坪乡")}


def test_titles_listed_in_a_clause_s_where_are_its_body_s_and_a_unit_before_one_is_its_unit(article):
    art = article(body("唐国华在双牌县财政局当过科员、办公室主任。蒋丽在双牌县审计局任科员、副局长。"))
    assert posts(art, "唐国华") == {("科员", "双牌县财政局", "双牌县"), ("主任", "双牌县财政局办公室", "双牌县")}
    assert posts(art, "蒋丽") == {("科员", "双牌县审计局", "双牌县"), ("副局长", "双牌县审计局", "双牌县")}
    art = article(body("唐国华曾在双牌县财政局任办公室主任。"))
    assert posts(art, "唐国华") == {("主任", "双牌县财政局办公室", "双牌县")}


def test_a_firm_listed_after_another_firm_s_officer_is_a_firm_of_its_own(article):
    art = article(body("中国水利水电第八工程局有限公司党委书记、董事长龙德明，华菱控股集团副总裁谭小燕出席。"))
    assert ("董事长", "中国水利水电第八工程局有限公司", None) in posts(art, "龙德明")       # positive control (the country: no locality)
    assert posts(art, "谭小燕") == {("副总裁", "华菱控股集团", None)}


def test_a_university_s_school_named_after_it_is_the_university_s_school(article):
    art = article(body("吉首大学化学化工学院院长龙德明、吉首大学材料科学与工程学院院长谭小燕出席。吉首大学校长唐国华致辞。"))
    assert posts(art, "龙德明") == {("院长", "吉首大学化学化工学院", None)}
    assert posts(art, "谭小燕") == {("院长", "吉首大学材料科学与工程学院", None)}
    assert posts(art, "唐国华") == {("校长", "吉首大学", None)}                          # positive control


def test_a_birthplace_of_province_and_city_is_neither_the_bare_provinces_of_the_posts(article):
    art = article(body("省委拟任用干部公示：周文斌，男，1971年生，湖北孝感人，曾任南阳市副市长，现任省农业农村厅副厅长。",
                       source="河南日报"))
    assert ("副厅长", "河南省农业农村厅", "河南省") in posts(art, "周文斌")
    assert ("副市长", None, "南阳市") in posts(art, "周文斌")                # control: the city he served


def test_a_post_in_any_city_of_a_level_is_tied_to_no_place(article):
    art = article(body("吴海涛，现任南阳市委常委、秘书长，拟任设区市政府副市长。", source="河南日报"))
    got = posts(art, "吴海涛")
    assert ("副市长", None, None) in got                      # some city's, the notice does not say which
    assert ("市委常委", "南阳市委", "南阳市") in got                # control: the post held now keeps its city


def test_a_region_opening_a_universitys_name_is_no_place_of_its_professors_post(article):
    art = article(body("科技特派员、华南农业大学教授许明在果园指导。"))
    assert posts(art, "许明") == {("教授", "华南农业大学", None)}
    control = article(body("科技特派员、湖南农业大学教授许明在果园指导。"))
    assert posts(control, "许明") == {("教授", "湖南农业大学", "湖南省")}


def test_a_numbered_groups_sibling_in_a_list_belongs_to_the_same_sender(article):
    art = article(body("县委第三巡察组组长杨华、第四巡察组组长孙利作表态发言。", source="柞水县融媒体中心"))
    assert posts(art, "杨华") == {("组长", "柞水县委第三巡察组", "柞水县")}
    assert posts(art, "孙利") == {("组长", "柞水县委第四巡察组", "柞水县")}


def test_a_full_member_of_a_party_committee_with_the_level_written_twice_is_that_committee_s(article):
    art = article(body("兴安盟盟委委员、副盟长龙德明，桃江县县委委员、副县长谭小燕出席。"))
    assert ("盟委委员", "兴安盟委", "兴安盟") in posts(art, "龙德明")
    assert ("县委委员", "桃江县委", "桃江县") in posts(art, "谭小燕")
    assert ("副县长", None, "桃江县") in posts(art, "谭小燕")                             # positive control


def test_a_post_held_for_years_before_the_holder_s_name_is_the_holder_s(article):
    art = article(body("担任坦田村党支部书记已有12年的唐国华说，村里变化很大。县委书记三年的任期很快过去。"))
    assert posts(art, "唐国华") == {("党支部书记", "坦田村党支部", "坦田村")}
    assert {p["name"] for p in art.of("person")} == {"唐国华"}


def test_a_street_s_working_committee_written_short_is_its_body(article):
    art = article(body("开福区四方坪街道工委书记唐国华、办事处主任蒋丽出席。"))
    assert posts(art, "唐国华") == {("书记", "四方坪街道工委", "四方坪街道")}
    assert posts(art, "蒋丽") == {("主任", "四方坪街道办事处", "四方坪街道")}              # positive control


def test_the_working_committee_of_a_city_s_own_organs_is_the_city_s_body(article):
    art = article("机关党建工作会议召开\n2023-03-01 来源：测试日报\n邵阳市委常委、组织部部长唐国华出席。邵阳市直机关工委书记蒋丽主持会议。\n")
    assert posts(art, "蒋丽") == {("书记", "邵阳市直机关工委", "邵阳市")}
    assert ("部长", "邵阳市委组织部", "邵阳市") in posts(art, "唐国华")                     # positive control


def test_a_county_s_own_media_writes_its_bodies_with_the_level_alone(article):
    art = article("医院新院区启用\n2023-01-01 来源：桑植县融媒体中心\n县人民医院院长唐国华、县第一中学校长蒋丽出席。\n")
    assert posts(art, "唐国华") == {("院长", "桑植县人民医院", "桑植县")}
    assert posts(art, "蒋丽") == {("校长", "桑植县第一中学", "桑植县")}
    control = article("医院新院区启用\n2023-01-01 来源：测试日报\n县人民医院院长唐国华出席。\n")
    assert posts(control, "唐国华") == {("院长", None, None)}                           # no county named, no outlet's


def test_a_body_s_section_named_by_its_work_is_the_body_s_unit(article):
    art = article(body("邵阳市财政局预算科科长唐国华，邵阳市自然资源和规划局规划处处长蒋丽出席。"))
    assert posts(art, "唐国华") == {("科长", "邵阳市财政局预算科", "邵阳市")}
    assert posts(art, "蒋丽") == {("处长", "邵阳市自然资源和规划局规划处", "邵阳市")}


def test_the_batch_a_team_is_sent_in_is_no_part_of_its_name(article):
    art = article(body("邵阳市财政局新一批驻村工作队队长唐国华来到坦田村。"))
    assert {o["name"] for o in art.of("org")} & {"邵阳市财政局新一批驻村工作队"} == set()
    assert "邵阳市财政局" in {o["name"] for o in art.of("org")}                          # positive control


def test_a_township_s_party_committee_written_zhenwei_is_the_township_s(article):
    art = article(body("东莞市清溪镇镇委书记唐国华、高州市分界镇镇委委员蒋丽出席。"))
    assert posts(art, "唐国华") == {("镇委书记", "清溪镇委", "清溪镇")}
    assert posts(art, "蒋丽") == {("镇委委员", "分界镇委", "分界镇")}


def test_a_residents_area_s_party_cell_is_the_community_s_not_the_district_s(article):
    art = article(body("上海市徐汇区斜土路街道江南新村居民区党总支书记唐国华说，居民区正在加装电梯。"))
    assert posts(art, "唐国华") == {("党总支书记", "江南新村居民区党总支", "江南新村")}
    assert "徐汇区党总支" not in {o["name"] for o in art.of("org")}


def test_a_list_of_names_closed_by_their_count_shares_the_post_before_it(article):
    art = article(body("参加调研的还有永州市委常委唐国华、蒋丽两位同志。"))
    assert posts(art, "蒋丽") == posts(art, "唐国华") == {("市委常委", "永州市委", "永州市")}


def test_a_unit_named_after_a_county_since_renamed_keeps_the_county_s_name_of_then(article):
    art = article("学校开学\n2019-06-01 来源：测试日报\n孟津县第二高级中学校长唐国华、孟津县统计局贸易科科长蒋丽出席。\n")
    assert posts(art, "唐国华") == {("校长", "孟津县第二高级中学", "孟津区")}
    assert posts(art, "蒋丽") == {("科长", "孟津县统计局贸易科", "孟津区")}


def test_a_body_that_opens_the_clause_is_no_body_of_a_post_named_after_a_verb(article):
    art = article(body("永州市中级人民法院公开宣判邵阳市新宁县原县长唐国华受贿案。永州市中级人民法院院长蒋丽出席。"))
    assert posts(art, "唐国华") == {("县长", None, "新宁县")}
    assert posts(art, "蒋丽") == {("院长", "永州市中级人民法院", "永州市")}               # positive control


def test_a_village_committee_s_party_branch_as_hainan_writes_it_is_the_village_s_branch(article):
    art = article(body("白沙黎族自治县牙叉镇对俄村委会党支部书记唐国华说，村里建起了橡胶加工厂。"))
    assert posts(art, "唐国华") == {("党支部书记", "对俄村党支部", "对俄村")}


def test_a_discipline_commission_s_inspector_after_a_grade_holds_the_post(article):
    art = article(body("湘西州纪委副处长级纪检监察员唐国华、吉首市纪委监委纪检监察员蒋丽参加督导。"))
    assert posts(art, "唐国华") == {("纪检监察员", "湘西土家族苗族自治州纪委", "湘西土家族苗族自治州")}
    assert posts(art, "蒋丽") == {("纪检监察员", "吉首市纪委监委", "吉首市")}


def test_a_chain_of_posts_never_runs_back_over_the_person_who_leads_the_next(article):
    art = article(body("州政府副秘书长、州移民局局长唐国华率州纪委办公室主任蒋丽到龙山县督导。"))
    assert {t for t, _, _ in posts(art, "蒋丽")} == {"主任"}
    assert {t for t, _, _ in posts(art, "唐国华")} == {"副秘书长", "局长"}                    # positive control


def test_a_street_offices_head_written_bare_is_the_streets_named_before(article):
    art = article("测试新闻\n2023-06-01 来源:测试日报\n长宁区华阳路街道党工委书记许文彬到社区走访。街道办事处主任贺建平一同走访。\n")
    [post] = [p for p in art.of("post") if p["person"]["name"] == "贺建平"]
    assert (post["org"]["name"], post["place"]["name"]) == ("华阳路街道办事处", "华阳路街道")


def test_a_bureaus_party_committee_after_a_county_post_is_the_bureaus(article):
    art = article("测试新闻\n2023-06-01 来源:测试日报\n桃源县副县长、公安局党委书记、局长石建平部署夏季治安工作。\n")
    got = {p["title"]: p["org"]["name"] if p["org"] is not None else None
           for p in art.of("post") if p["person"]["name"] == "石建平"}
    assert got["党委书记"] == "桃源县公安局党委" and got["局长"] == "桃源县公安局"
    assert got["副县长"] is None                                   # positive control: the county's own post


def test_gai_and_a_bodys_kind_stand_for_the_body_of_that_kind_named_before(article):
    art = article("测试新闻\n2023-06-01 来源:测试日报\n"
                  "浏阳市人民法院院长贺立新介绍了情况，该院执行局局长谭志明、该院党组成员周小兰陪同。"
                  "浏阳市财政局局长罗建华说，该局近日召开了会议。\n")
    got = {(p["person"]["name"], p["title"]): p["org"]["name"] if p["org"] is not None else None for p in art.of("post")}
    assert got[("谭志明", "局长")] == "浏阳市人民法院执行局"
    assert got[("周小兰", "党组成员")] == "浏阳市人民法院党组"
    assert got[("罗建华", "局长")] == "浏阳市财政局"                  # positive control; 该局近日 is a clause
    assert len([o for o in art.of("org") if o["name"].startswith("浏阳市财政局") and o["name"] != "浏阳市财政局"]) == 0


def test_a_former_post_written_with_its_level_alone_is_the_articles_own(article):
    art = article("测试新闻\n2023-06-01 来源:测试日报\n嘉禾县召开老干部座谈会。原县人大常委会主任邓立华、原县政协主席雷明山参加。"
                  "县人大常委会主任李建国出席。\n")
    got = {p["person"]["name"]: (p["org"]["name"] if p["org"] is not None else None, p["place"]["name"] if p["place"] else None,
                                 bool(p.get("former"))) for p in art.of("post")}
    assert got["邓立华"] == ("嘉禾县人大常委会", "嘉禾县", True) and got["雷明山"] == ("嘉禾县政协", "嘉禾县", True)
    assert got["李建国"] == ("嘉禾县人大常委会", "嘉禾县", False)          # positive control


def test_a_leading_group_named_after_a_rural_task_is_the_counties_own_body(article):
    art = article("测试新闻\n2023-06-01 来源:测试日报\n常宁市召开会议。市委副书记谢卫国兼任市乡村振兴工作领导小组组长。\n")
    [leader] = [p for p in art.of("post") if p["title"] == "组长"]
    assert (leader["org"]["name"], leader["place"]["name"]) == ("常宁市乡村振兴工作领导小组", "常宁市")


def test_a_town_the_tables_do_not_place_is_no_other_town_of_the_sentence(article):
    art = article(body("获奖名单：城郊镇党委书记周立新，石门镇镇长韩雪。"))
    assert posts(art, "周立新") == {("镇党委书记", None, None)}
    assert any(p[2] == "石门镇" for p in posts(art, "韩雪"))                 # control: the town read


def test_a_prefectures_party_committee_hosts_no_body_named_after_the_prefecture(article):
    art = article(body("博尔塔拉州党委副书记、州长张立新到温泉县调研。平江县财政局党组书记、局长李明陪同。"))
    assert ("州长", None, "博尔塔拉蒙古自治州") in posts(art, "张立新")
    assert ("局长", "平江县财政局", "平江县") in posts(art, "李明")          # control: an organ's Party group hosts it


def test_a_one_character_countys_committee_keeps_its_level_before_the_committee(article):
    art = article(body("河南省安阳市滑县县委书记孙立波到乡镇调研，县委宣传部部长何静陪同。"))
    assert ("县委书记", "滑县县委", "滑县") in posts(art, "孙立波")
    assert ("部长", "滑县县委宣传部", "滑县") in posts(art, "何静")
    assert "滑县委" not in {o["name"] for o in art.of("org")}


def test_a_source_naming_a_district_under_its_city_settles_the_districts_bare_bodies(article):
    art = article("就业工作\n2024-05-01\n今年以来，区人社局新增就业岗位3000个。区人社局局长韩立表示，将继续做好就业工作。\n"
                  "（来源：长沙市望城区人民政府网）\n")
    assert ("局长", "望城区人社局", "望城区") in posts(art, "韩立")


def test_a_city_papers_bare_provincial_body_is_its_provinces(article):
    art = article("人事\n2024-05-01 来源：丽水日报\n会上宣读了省委通知：吴立同志调任省农业农村厅厅长，不再担任市长职务。\n")
    assert ("厅长", "浙江省农业农村厅", "浙江省") in posts(art, "吴立")
    assert ("市长", None, "丽水市") in posts(art, "吴立")                 # control: the paper's city


def test_a_first_secretary_belongs_to_the_village_branch_only_where_the_text_names_it(article):
    art = article(body("贵州省雷山县西江镇控拜村驻村第一书记吴明亮说，麻料村党支部第一书记杨春花也来交流。"))
    assert ("驻村第一书记", None, "控拜村") in posts(art, "吴明亮")           # the village, no body the text names
    assert ("第一书记", "麻料村党支部", "麻料村") in posts(art, "杨春花")


def test_deputies_elected_bare_after_the_head_belong_to_the_heads_body(article):
    art = article(body("湖南省常德市澧县召开人代会。大会选举邓立新为县人大常委会主任，孙芳、韩涛为副主任。"))
    assert ("副主任", "澧县人大常委会", "澧县") in posts(art, "孙芳")
    assert ("副主任", "澧县人大常委会", "澧县") in posts(art, "韩涛")


def test_a_village_secretary_called_by_two_names_holds_one_post(article):
    art = article("人物\n2024-05-01\n村支书周福林今年58岁，是安徽省阜阳市临泉县杨桥镇周庄村人，2015年当选村党支部书记。\n")
    got = [(p["title"], p["org"]["name"], p.get("start")) for p in art.of("post") if p["person"]["name"] == "周福林"]
    assert len(got) == 1 and got[0][1:] == ("周庄村党支部", 2015)


def test_an_organ_written_short_and_in_full_is_one_body_under_its_full_name(article):
    art = article("县法院开展普法宣传\n2024-05-01\n汝阳县法院今天开放。汝阳县人民法院院长郑光明说，县政府支持此事。\n")
    orgs = {o["name"] for o in art.of("org")}
    assert "汝阳县人民法院" in orgs and "汝阳县法院" not in orgs
    assert "汝阳县政府" in orgs                      # its full name not written: kept as written


def test_a_bare_county_post_is_held_in_the_county_its_paragraph_is_about(article):
    art = article("两县见闻\n2024-05-01\n剑川县地处滇西北。县委书记杨立新说，剑川木雕远近闻名。\n"
                  "鹤庆县以银器闻名。县长李秀华介绍，全县有银器作坊300多家。\n"
                  "宾川县考察团来我县交流。副县长赵刚陪同。\n")
    place = {p["person"]["name"]: p["place"]["name"] if p["place"] is not None else None for p in art.of("post")}
    assert place["杨立新"] == "剑川县" and place["李秀华"] == "鹤庆县"
    assert place["赵刚"] != "宾川县"                 # 我县: the article's own county, not the visitors'


def test_a_bare_county_body_is_the_one_of_the_county_its_paragraph_is_about(article):
    art = article("两县见闻\n2024-05-01\n洱源县地处洱海源头。洱源县县长王海说，洱源梅子远近闻名。\n"
                  "漾濞县以核桃闻名。县林草局局长段丽介绍，全县核桃种植面积110万亩。\n")
    got = {(p["title"], p["org"]["name"] if p["org"] is not None else None) for p in art.of("post") if p["person"]["name"] == "段丽"}
    assert got == {("局长", "漾濞彝族自治县林草局")}          # the county's full name


def test_a_foreign_guest_s_posts_are_no_body_or_place_of_the_host_province(article):
    art = article("会见\n2024-05-01\n9月3日，甘肃省委书记李卫东在兰州会见了越南共产党中央委员、广宁省委书记兼省长阮文雄一行。"
                  "副省长王建平参加会见。\n")
    guest = [(p["title"], p["org"], p["place"]) for p in art.of("post") if p["person"]["name"] == "阮文雄"]
    assert guest and all(org is None and place is None for _, org, place in guest)
    host = {(p["title"], p["org"]["name"] if p["org"] is not None else None) for p in art.of("post") if p["person"]["name"] == "李卫东"}
    assert host == {("省委书记", "甘肃省委")}
    assert [p["place"]["name"] for p in art.of("post") if p["person"]["name"] == "王建平"] == ["甘肃省"]
    assert "中共中央" not in {o["name"] for o in art.of("org")}


def test_the_country_in_a_national_body_s_name_is_no_post_s_locality(article):
    art = article("讲座\n2024-05-01\n中国农业大学教授温铁军、湖南省委党校教授刘志强为学员授课。\n")
    place = {p["person"]["name"]: p["place"]["name"] if p["place"] is not None else None for p in art.of("post")}
    assert place == {"温铁军": None, "刘志强": "湖南省"}


def test_a_department_written_short_and_in_full_is_one_body_its_short_name_kept(article, tmp_path):
    from kg.build.build import build

    text = "人事\n2024-05-01\n韩立新曾任宜宾市发改委副主任，2019年任宜宾市发展和改革委员会主任。宜宾市住建局局长马强出席。\n"
    art = article(text)
    assert {p["org"]["name"] for p in art.of("post") if p["person"]["name"] == "韩立新"} == {"宜宾市发展和改革委员会"}
    assert "宜宾市住建局" in {o["name"] for o in art.of("org")}                 # its full name never written: as written
    (tmp_path / "c").mkdir()
    (tmp_path / "c" / "a.txt").write_text(text, encoding="utf-8")
    build([tmp_path / "c"], tmp_path / "o", jobs=1, progress=False, view=False)
    ttl = (tmp_path / "o" / "graph.ttl").read_text(encoding="utf-8")
    assert '"宜宾市发改委"@zh' in ttl and ttl.count('rdfs:label "宜宾市发展和改革委员会"@zh') == 1


def test_a_post_of_no_body_is_held_in_the_village_that_frames_its_sentence(article):
    art = article("合作社\n2024-05-01\n在湘阴县樟树镇荷叶湖村，合作社理事长黄建新介绍了虾稻种植。在县城，企业负责人刘丽说，订单很多。\n")
    place = {p["person"]["name"]: p["place"]["name"] if p["place"] is not None else None for p in art.of("post")}
    assert place["黄建新"] == "荷叶湖村"


def test_a_country_a_visit_names_leaves_the_bodies_after_it_ours(article):
    art = article("交流\n2024-05-01\n赴日本考察归来的汝城县农业局局长张三介绍了经验。韩国客人参观了汝城县博物馆。越南客人在汝城县政府座谈。\n")
    assert {"汝城县农业局", "汝城县博物馆", "汝城县政府"} <= {o["name"] for o in art.of("org")}
    assert [p["org"]["name"] for p in art.of("post") if p["person"]["name"] == "张三"] == ["汝城县农业局"]


def test_a_stationed_teams_member_serves_at_the_level_its_name_says(article):
    art = article("驻镇帮扶\n2024-06-01\n7月2日，市直机关工委副书记周力一行到英德市大站镇调研，驻镇帮镇扶村工作队队员孔明辉，"
                  "驻县服务队队长黄志伟陪同。会上，省驻镇帮扶工作队队长罗建新汇报了工作。\n")
    got = {(p["person"]["name"], p["title"]): (p["place"]["name"] if p["place"] is not None else None) for p in art.of("post")}
    assert got[("孔明辉", "队员")] == "大站镇"
    assert got[("黄志伟", "队长")] == "英德市"
    assert got[("罗建新", "队长")] == "大站镇"                 # sent by the province, posted in the town
    art = article("帮扶\n2024-06-01\n在英德市大站镇新联村，英德市自来水公司驻村工作队队员吴小兵说，水管已经通到户。"
                  "英德市驻村工作组组长陈东明随后讲话。\n")
    got = {(p["person"]["name"], p["title"]): (p["place"]["name"] if p["place"] is not None else None) for p in art.of("post")}
    assert got[("吴小兵", "队员")] == "新联村"                 # a firm's team serves where it is sent
    assert got[("陈东明", "组长")] == "英德市"                 # a county's own group is led from the county


def test_social_organizations_and_a_places_numbered_senior_high_school_are_bodies(article):
    art = article(body("醴陵市陶瓷行业协会、醴陵市湘赣商会和醴陵市第二高级中学派人参加。各行业协会要发挥作用。"))
    names = {o["name"] for o in art.of("org")}
    assert {"醴陵市陶瓷行业协会", "醴陵市湘赣商会", "醴陵市第二高级中学"} <= names
    assert "行业协会" not in names and "各行业协会" not in names        # a kind of body, named by no one


def test_a_team_leader_who_is_also_a_villages_first_secretary_serves_in_that_village(article):
    art = article("帮扶\n2024-06-01\n在崇义县过埠镇田心村和长龙村，村民说起工作队都竖起大拇指。\n"
                  "村民所说的工作队，是崇义县财政局和县第一中学共同组成的乡村振兴工作队，工作队队长、田心村第一书记刘国平"
                  "已在村里驻守三年。\n")
    got = {p["title"]: (p["place"]["name"] if p["place"] is not None else None) for p in art.of("post")
           if p["person"]["name"] == "刘国平"}
    assert got["第一书记"] == "田心村"                           # control: the village post itself
    assert got["队长"] == "田心村"


def test_a_cooperative_s_kind_alone_before_its_head_is_the_one_named_before(article):
    art = article(body("河南省商城县河凤桥乡李湾村种茶。商城县绿野茶叶种植专业合作社成立三年了。"
                       "李湾村党支部书记、合作社理事长赵德水说，茶叶卖得好。"))
    got = posts(art, "赵德水")
    assert ("党支部书记", "李湾村党支部", "李湾村") in got                      # positive control
    assert ("理事长", "商城县绿野茶叶种植专业合作社", "李湾村") in got
    art = article(body("河南省商城县河凤桥乡李湾村种茶。商城县绿野茶叶种植专业合作社和商城县青山养蜂专业合作社成立三年了。"
                       "李湾村党支部书记、合作社理事长赵德水说，茶叶卖得好。"))     # two named: which one the words do not say
    assert not any(org and org.startswith("商城县") for _, org, _ in posts(art, "赵德水"))


def test_a_team_a_city_body_s_relief_group_stations_in_a_township_is_the_leader_s_body(article):
    art = article(body("记者来到重庆市城口县东安镇。重庆市财政局扶贫集团驻东安镇工作队队长何明远介绍，工作队有12名队员。"
                       "重庆市财政局驻新田村工作队队员刘小川也在场。"))
    assert {org for _, org, _ in posts(art, "刘小川")} == {"重庆市财政局驻新田村工作队"}   # positive control
    assert ("队长", "重庆市财政局扶贫集团驻东安镇工作队", "东安镇") in posts(art, "何明远")


def test_the_team_this_company_stationed_is_the_one_it_sent_as_named_before(article):
    art = article(body("湖北省麻城市龟山镇石桥村种茶。长江电力检修分公司驻石桥村工作队一直坚持扶智，帮助村里修路。"
                       "该公司驻工作队队长罗家平说，路修好了。"))
    assert "长江电力检修分公司驻石桥村工作队" in {o["name"] for o in art.of("org")}      # positive control
    assert ("队长", "长江电力检修分公司驻石桥村工作队", "石桥村") in posts(art, "罗家平")


def test_a_factory_named_after_its_county_keeps_the_name_it_is_written_with(article):
    art = article(body("记者来到湖北省麻城市龟山镇。麻城卷烟厂驻村工作队队员彭立新说，村里变了。麻城市财政局驻村工作队也来了。"))
    names = {o["name"] for o in art.of("org")}
    assert "麻城市财政局驻村工作队" in names                                          # positive control: a bureau's is the city's
    assert "麻城卷烟厂驻村工作队" in names and "麻城市卷烟厂驻村工作队" not in names


def test_a_grade_between_a_body_and_a_title_leaves_the_post_in_that_body(article):
    art = article(body("湖北省恩施州召开会议。州政府副秘书长李明率州纪委副处长级纪检监察员田丰、州纪委纪检监察员向东到建始县督导。"))
    assert ("纪检监察员", "恩施土家族苗族自治州纪委", "恩施土家族苗族自治州") in posts(art, "向东")   # positive control
    assert ("纪检监察员", "恩施土家族苗族自治州纪委", "恩施土家族苗族自治州") in posts(art, "田丰")


def test_a_city_s_team_stationed_in_a_county_written_short_serves_in_that_county(article):
    art = article(body("记者在湖北省咸宁市崇阳县白霓镇见到了他。李国华，咸宁市驻崇阳精准扶贫工作团团长。"))
    assert ("团长", "咸宁市驻崇阳精准扶贫工作团", "崇阳县") in posts(art, "李国华")
    assert "崇阳县精准扶贫工作团" not in {o["name"] for o in art.of("org")}


def test_an_academy_named_short_with_its_province_short_is_the_one_named_in_full(article):
    art = article(body("新疆维吾尔自治区农业科学院选派干部驻村。新疆农科院副院长艾力·买买提说，村里变了。"
                       "新疆维吾尔自治区人民政府和新疆政府的文件都到了。"))
    orgs = {o["name"] for o in art.of("org")}
    assert "新疆维吾尔自治区人民政府" in orgs and "新疆政府" not in orgs               # positive control: an organ
    assert ("副院长", "新疆维吾尔自治区农业科学院", "新疆维吾尔自治区") in posts(art, "艾力·买买提")
    assert "新疆农科院" not in orgs


def test_an_autonomous_prefecture_s_own_news_naming_only_its_counties_holds_its_bare_posts(article):
    art = article("全州工作会议召开\n2020-06-18 来源：某某融媒体中心\n全州工作会议召开。州委书记扎西次仁出席，州长王建国主持。"
                  "玉树市委书记才仁多杰、称多县县长索南尼玛作交流发言。\n")
    assert ("县长", None, "称多县") in posts(art, "索南尼玛")                          # positive control
    assert ("州委书记", "玉树藏族自治州委", "玉树藏族自治州") in posts(art, "扎西次仁")
    assert ("州长", None, "玉树藏族自治州") in posts(art, "王建国")


def test_a_firm_written_without_its_legal_form_is_the_one_named_in_full(article):
    art = article(body("岳阳市与华菱钢铁集团有限公司签约。华菱钢铁集团董事长李立新出席，市长张伟致辞。"))
    names = {o["name"] for o in art.of("org")}
    assert "华菱钢铁集团有限公司" in names and "华菱钢铁集团" not in names
    assert ("董事长", "华菱钢铁集团有限公司", None) in posts(art, "李立新")
    assert ("市长", None, "岳阳市") in posts(art, "张伟")                         # positive control


def test_a_firm_s_bracketed_group_or_place_is_inside_its_name(article):
    art = article(body("座谈会上，湖北交通投资（集团）有限公司董事长韩立军发言。"
                       "孙小川曾任东风汽车（十堰）有限公司总经理，现任襄阳市副市长。"))
    assert ("副市长", None, "襄阳市") in posts(art, "孙小川")                        # positive control
    assert ("董事长", "湖北交通投资（集团）有限公司", "湖北省") in posts(art, "韩立军")
    assert any(o == "东风汽车（十堰）有限公司" for t, o, _ in posts(art, "孙小川") if t == "总经理"), posts(art, "孙小川")


def test_a_firm_s_own_news_writes_its_kind_for_the_firm_it_names_most(article):
    art = article(body("江南建设集团有限公司召开年中工作会。会议由江南建设集团有限公司党委书记方一鸣主持。"
                       "方一鸣曾任华中能源集团有限公司副总经理。集团公司党委副书记、总经理贺平作报告。"))
    assert ("党委书记", "江南建设集团有限公司党委", None) in {(t, o, None) for t, o, _ in posts(art, "方一鸣")}   # control
    assert any(o == "江南建设集团有限公司" for t, o, _ in posts(art, "贺平") if t == "总经理"), posts(art, "贺平")


def test_a_bare_village_post_is_of_the_village_the_story_names_most(article):
    head = "新修的公路连通了松溪县渭田镇竹贤村和溪东村。\n记者走进竹贤村，茶园连片。竹贤村这几年变了样。\n"
    art = article(body(head + "2018年，在外经商的魏春生回村当选村党支部书记，带着村民种茶。"))
    assert ("党支部书记", "竹贤村党支部", "竹贤村") in posts(art, "魏春生"), posts(art, "魏春生")
    even = article(body("新修的公路连通了松溪县渭田镇竹贤村和溪东村。\n"
                        "2018年，在外经商的魏春生回村当选村党支部书记，带着村民种茶。"))
    assert posts(even, "魏春生") and all(place is None for _, _, place in posts(even, "魏春生"))   # named once each


def test_a_bare_city_post_before_a_guest_from_the_prefecture_is_the_county_level_city_s(article):
    art = article(body("樟树市召开全市重点项目推进会。市委副书记、市长黄志军，宜春市发展改革委副主任冯宁出席会议。"))
    assert ("副主任", "宜春市发展改革委", "宜春市") in posts(art, "冯宁")          # positive control: the guest
    assert ("市长", None, "樟树市") in posts(art, "黄志军"), posts(art, "黄志军")
    later = article(body("宜春市发展改革委副主任冯宁到樟树市督导。市委副书记、市长黄志军陪同。"))
    assert ("市长", None, "樟树市") not in posts(later, "黄志军")          # a prefecture named before: its own


def test_a_bare_deputy_opening_a_clause_is_of_the_head_named_before_past_another_post(article):
    art = article(body("省委第五督导组组长孙建明向瑞金市委书记龚立伟通报督导情况，副组长汤丽华主持座谈。"))
    assert ("市委书记", "瑞金市委", "瑞金市") in posts(art, "龚立伟")                  # positive control
    assert any(t == "副组长" and o == "江西省委第五督导组" for t, o, _ in posts(art, "汤丽华")), posts(art, "汤丽华")


def test_an_urban_community_framing_its_sentence_holds_its_committee_s_posts(article):
    art = article(body("芙蓉区定王台街道推行网格化管理。在丰泉社区，社区党委书记、居委会主任严晓梅带队走访。"
                       "在荷花村，村党支部书记钟立强介绍情况。"))
    assert ("党支部书记", "荷花村党支部", "荷花村") in posts(art, "钟立强")                 # positive control
    got = posts(art, "严晓梅")
    assert ("党委书记", "丰泉社区党委", "丰泉社区") in got and ("居委会主任", "丰泉社区居委会", "丰泉社区") in got, got
    unnamed = article(body("芙蓉区定王台街道推行网格化管理。社区党委书记严晓梅带队走访。在荷花村，村党支部书记钟立强介绍情况。"))
    assert ("党支部书记", "荷花村党支部", "荷花村") in posts(unnamed, "钟立强")           # positive control
    assert posts(unnamed, "严晓梅") and all(place != "荷花村" for _, _, place in posts(unnamed, "严晓梅"))


def test_many_places_committees_spoken_of_in_general_are_no_body(article):
    art = article(body("近日，江西多地县委书记迎来调整，部分单位负责人随之变动。上饶市委书记陈云出席会议。"))
    names = {o["name"] for o in art.of("org")}
    assert "上饶市委" in names                                                        # positive control
    assert not any("多地" in n or n.startswith("部分") for n in names), names


def test_a_street_s_working_committee_secretary_heads_the_street_s_office_not_the_committee_s(article):
    art = article(body("区委书记调研回天地区。霍营街道工委书记、办事处主任段立新，区委常委、组织部部长孔令军参加调研。"))
    got = posts(art, "段立新")
    assert any(o == "霍营街道工委" for _, o, _ in got), got                              # positive control
    assert any(t.endswith("主任") and o == "霍营街道办事处" for t, o, _ in got), got


def test_a_county_level_city_s_own_outlet_writes_its_own_bodies_bare(article):
    text = ("市委常委会召开会议\n2025-03-04 来源：{}\n3月3日，市委常委会召开会议，市委书记唐永新主持。"
            "会议同意提名罗文斌为市人民政府副市长候选人。会议要求贯彻落实遵义市委部署。\n")
    own = article(text.format("仁怀市融媒体中心"))
    assert ("市委书记", "仁怀市委", "仁怀市") in posts(own, "唐永新"), posts(own, "唐永新")
    assert any(o == "仁怀市人民政府" for _, o, _ in posts(own, "罗文斌")), posts(own, "罗文斌")
    city = article(text.format("遵义日报"))                       # positive control: the prefecture's paper
    assert ("市委书记", "遵义市委", "遵义市") in posts(city, "唐永新"), posts(city, "唐永新")


def test_a_prefecture_s_paper_of_a_diqu_writes_its_committee_and_office_bare(article):
    text = "地委召开会议\n2010-05-06 来源：{}\n5月5日，地委召开会议，地委书记马建新主持，地委副书记、行署专员阿不都·热合曼讲话。\n"
    own = article(text.format("塔城日报"))
    assert ("地委书记", "塔城地委", "塔城地区") in posts(own, "马建新"), posts(own, "马建新")
    assert any(o == "塔城地委" for _, o, _ in posts(own, "阿不都·热合曼"))
    other = article(text.format("测试日报"))                      # positive control: no outlet, no place
    assert posts(other, "马建新") and all(o is None for _, o, _ in posts(other, "马建新"))


def test_the_secretary_general_listed_after_an_assembly_s_deputies_is_that_assembly_s(article):
    art = article(body("县人大常委会召开主任会议。县人大常委会主任龙国华主持，副主任彭立、欧春兰，秘书长谢文涛出席。"
                       "县政协主席杨正清，副主席李红、曹敏，秘书长罗军列席。", source="桂东县融媒体中心"))
    org_of = lambda name, title: {o for t, o, _ in posts(art, name) if t == title}    # noqa: E731
    assert org_of("彭立", "副主任") == org_of("龙国华", "人大常委会主任") != {None}    # positive control
    assert org_of("谢文涛", "秘书长") == org_of("龙国华", "人大常委会主任"), posts(art, "谢文涛")


def test_a_community_whose_name_opens_with_a_news_agency_s_name_holds_its_own_committee(article):
    art = article(body("受表彰的有：邵明霞（鼓楼区五一街道新华社区党委书记）。新华社记者参加采访。"))
    assert posts(art, "邵明霞") == {("党委书记", "新华社区党委", "新华社区")}
    assert "新华社" in {o["name"] for o in art.of("org")}          # control: the agency where the text names it


def test_a_bare_city_body_after_a_county_level_city_in_one_chain_is_that_city_s(article):
    art = article(body("会上，邵阳市委常委、宣传部部长龙晓雯讲话。武冈市委常委、市公安局局长彭立新，"
                       "武冈市委副书记、市人民政府市长戴成军出席。"))
    assert posts(art, "彭立新") == {("市委常委", "武冈市委", "武冈市"), ("局长", "武冈市公安局", "武冈市")}
    assert ("市长", "武冈市人民政府", "武冈市") in posts(art, "戴成军")
    assert ("部长", "邵阳市委宣传部", "邵阳市") in posts(art, "龙晓雯")          # control: a prefecture's chain


def test_a_county_level_city_s_page_of_its_leaders_born_elsewhere_writes_its_own_bodies_bare(article):
    art = article("政府领导\n冯嘉明，男，汉族，1977年4月生，湖南邵东人，大学学历。现任武冈市人民政府副市长。"
                  "分管市水利局、市农业农村局。\n")
    orgs = {o["name"] for o in art.of("org")}
    assert {"武冈市水利局", "武冈市农业农村局"} <= orgs and not any(name.startswith("邵阳市") for name in orgs)


def test_a_bare_party_group_seat_listed_among_an_organ_s_officials_is_in_that_organ_s_party_group(article):
    art = article(body("会同县政协主席潘云峰主持会议，副主席龙翠英、吴绍林，党组成员石桂芳出席。"))
    assert posts(art, "石桂芳") == {("党组成员", "会同县政协党组", "会同县")}
    assert posts(art, "吴绍林") == {("副主席", "会同县政协", "会同县")}         # control: the deputies before it


def test_a_party_school_head_written_with_its_alternates_holds_a_post_in_each_merged_body(article):
    art = article(body("会上，衡阳市委党校（衡阳行政学院）常务副校（院）长邹志刚作辅导报告。"
                       "湖南省委党校（湖南行政学院、省委讲师团）副校(院、团)长贺晓燕出席。"))
    assert posts(art, "邹志刚") == {("常务副校长", "衡阳市委党校", "衡阳市"), ("常务副院长", "衡阳行政学院", "衡阳市")}
    assert {(t, o) for t, o, _ in posts(art, "贺晓燕")} == {
        ("副校长", "湖南省委党校"), ("副院长", "湖南行政学院"), ("副团长", "湖南省委讲师团")}
    assert "衡阳市委党校常务副校" not in {o["name"] for o in art.of("org")}       # no body glued to the title


def test_a_party_school_head_written_plainly_holds_one_post(article):
    art = article(body("衡阳市委党校（衡阳行政学院）举行开学典礼，市委党校副校长邹志刚主持。"))
    assert posts(art, "邹志刚") == {("副校长", "衡阳市委党校", "衡阳市")}


def test_a_party_school_head_with_alternates_in_traditional_script_reads_the_same(article):
    art = article(body("會上，衡陽市委黨校（衡陽行政學院）常務副校（院）長鄒志剛作輔導報告。"))
    assert {t for t, _, _ in posts(art, "邹志刚")} == {"常务副校长", "常务副院长"}


def test_a_township_s_own_site_places_the_bare_township_posts_it_lists(article):
    art = article("领导班子分工\n2023-03-08 来源：平江县安定镇人民政府\n"
                  "周卫东（镇党委书记）：主持镇党委全面工作。\n吴晓光（镇党委副书记、镇长）：主持镇政府全面工作。\n")
    assert posts(art, "周卫东") == {("镇党委书记", "安定镇党委", "安定镇")}
    assert ("镇长", None, "安定镇") in posts(art, "吴晓光")
    town = next(p["place"] for p in art.of("post") if p["place"] is not None)
    assert town["parent"]["name"] == "平江县"
    art = article("领导班子分工\n2023-03-08 来源：平江县人民政府\n周卫东（镇党委书记）：主持镇党委全面工作。\n")
    assert posts(art, "周卫东") == {("镇党委书记", None, None)}        # control: a county's site names no township


def test_a_bare_county_post_of_a_county_renamed_since_names_the_committee_the_text_knew(article):
    art = article(body("4月8日，在县委书记冯志国的陪同下，市长张海波深入大同县许堡乡调研。"))   # 大同县: 云州区 since 2018
    post = next(p for p in art.of("post") if p["person"]["name"] == "冯志国")
    assert post["org"]["name"] == "大同县委" and post["place"]["code"] == "140215"
    assert not any(o["name"] == "云州县委" for o in art.of("org")) and "大同县委" in {o["name"] for o in art.of("org")}


def test_a_city_firm_written_with_its_level_alone_after_a_preposition_is_the_city_s(article):
    art = article("国资动态\n2024-03-21 来源：湘潭日报\n3月21日，市国资委主任邓立新到市城投集团调研。"
                  "在市城投集团，集团党委书记、董事长黄明远作了汇报。\n")
    assert ("董事长", "湘潭市城投集团", "湘潭市") in posts(art, "黄明远")
    assert "市城投集团" not in {o["name"] for o in art.of("org")}
    assert ("主任", "湘潭市国资委", "湘潭市") in posts(art, "邓立新")          # control: a body the level names


def test_a_department_written_by_its_short_name_is_a_body_as_its_full_name_is(article):
    art = article("领导分工\n2023-01-01 来源：测试日报\n永康市召开会议。永康市人民政府副市长邵志远讲话。"
                  "邵志远分管市经信局、市医保局和市退役军人局。\n")
    assert {"永康市经信局", "永康市医保局", "永康市退役军人局"} <= {o["name"] for o in art.of("org")}


def test_a_kind_of_body_counted_right_after_it_is_no_body(article):
    art = article(body("平江县今年建成茶叶种植专业合作社5家，其中平江县桂花茶叶种植专业合作社年产值300万元。"))
    names = {o["name"] for o in art.of("org")}
    assert "平江县桂花茶叶种植专业合作社" in names                     # positive control: a named one
    assert not any("建成" in n for n in names)


def test_a_township_s_institute_named_before_a_former_title_is_the_post_s_body(article):
    art = article(body("2.新化县琅塘镇司法所原所长曾志军违规收受礼金问题。琅塘镇派出所所长罗斌也受到处分。"))
    assert ("所长", "琅塘镇派出所", "琅塘镇") in posts(art, "罗斌")              # control: no 原 between
    assert ("所长", "琅塘镇司法所", "琅塘镇") in posts(art, "曾志军")


def test_a_national_deputy_s_seat_after_a_village_post_is_placed_in_no_village(article):
    art = article(body("邓立新，现任桂阳县樟市镇桐木村党总支书记，第十四届全国人大代表。"))
    got = posts(art, "邓立新")
    assert ("党总支书记", "桐木村党总支", "桐木村") in got                    # control: the village's own post
    assert ("全国人大代表", "全国人大", None) in got


def test_a_village_group_s_head_holds_the_post_in_the_village(article):
    art = article(body("桂阳县樟市镇桐木村村民小组长邓立新带领组里的村民修路，桐木村党总支书记谢国华也来了。"))
    assert ("党总支书记", "桐木村党总支", "桐木村") in posts(art, "谢国华")          # control
    assert {(t, p) for t, _, p in posts(art, "邓立新")} == {("村民小组长", "桐木村")}


def test_a_school_one_passes_into_is_named_after_the_verb_of_admission(article):
    art = article("标题\n2024-03-01 来源:测试日报\n她教过的学生中，有25人考上大学，3人考上武汉大学。\n")
    got = {o["name"] for o in art.of("org")}
    assert "武汉大学" in got                                                       # positive control
    assert not any(n.endswith("考上大学") or n.startswith("人") for n in got)


def test_a_county_level_city_a_leader_visits_does_not_take_the_bare_city_posts(article):
    art = article(body("市委常委、宣传部部长汪敏到企业调研。副市长林岚到建瓯市调研，与建瓯市委书记周川座谈。"
                       "南平市统计局局长陪同。"))
    assert posts(art, "周川") == {("市委书记", "建瓯市委", "建瓯市")}                    # positive control: the host's
    assert ("市委常委", "南平市委", "南平市") in posts(art, "汪敏")


def test_a_cadre_s_arrival_from_a_former_post_starts_the_post_held_at_the_village(article):
    art = article("驻村纪事\n2024-09-05 来源:测试日报\n湖南省交通运输厅派驻桃源县茶庵铺镇石桥村第一书记罗志远在村里走访。"
                  "2022年6月，罗志远从省交通运输厅规划处副处长岗位来到石桥村。\n")
    got = {p["title"]: p for p in art.of("post") if p["person"]["name"] == "罗志远"}
    assert (got["副处长"].get("end"), got["副处长"].get("former")) == (2022, True)        # positive control
    assert got["第一书记"].get("start") == 2022


def test_a_source_that_is_a_county_s_media_by_its_kind_alone_is_the_named_county_s(article):
    one = article("县里召开春耕会\n2024-03-01 来源：融媒体中心\n3月1日，石门县召开春耕生产会议，部署全年工作。\n")
    assert "石门县融媒体中心" in {o["name"] for o in one.of("org")}
    two = article("两县联合召开会议\n2024-03-01 来源：融媒体中心\n3月1日，石门县和慈利县召开联席会议，部署全年工作。\n")
    assert not any(o["name"].endswith("融媒体中心") for o in two.of("org"))      # which county's: untold


def test_a_headline_s_bare_city_post_is_not_the_county_level_city_of_an_early_workplace(article):
    art = article("新任市长谢立群简历\n2024-05-20 来源:测试日报\n谢立群，男，1972年3月生，湖南醴陵人。"
                  "曾在醴陵市委办公室工作。2019年任株洲市委常委、秘书长，2024年5月任株洲市委副书记，提名为市长候选人。\n")
    got = posts(art, "谢立群")
    assert ("市委副书记", "株洲市委", "株洲市") in got                                  # positive control
    assert not any(place == "醴陵市" for _, _, place in got)


def test_a_village_head_s_election_told_without_the_post_dates_the_village_posts(article):
    art = article("村支书的故事\n2024-05-09 来源:测试日报\n隆回县金石桥镇大坪村党支部书记、村委会主任刘敏在村里走访。"
                  "2021年村“两委”换届时，返乡创业的她全票当选。\n")
    got = {p["title"]: p for p in art.of("post") if p["person"]["name"] == "刘敏"}
    assert got["村委会主任"]["place"]["name"] == "大坪村"                               # positive control
    assert got["党支部书记"].get("start") == got["村委会主任"].get("start") == 2021


def test_a_party_committee_s_study_group_is_a_body_its_secretary_chairs(article):
    art = article(body("桃源县召开会议。县委书记、县委理论学习中心组组长田军主持学习。"))
    assert ("组长", "桃源县委理论学习中心组", "桃源县") in posts(art, "田军")


def test_a_state_farm_named_by_its_ownership_is_a_body_of_its_county(article):
    art = article(body("新宁县国有林场场长李森、新宁县林业局局长王林出席。"))
    assert posts(art, "王林") == {("局长", "新宁县林业局", "新宁县")}                      # positive control
    assert posts(art, "李森") == {("场长", "新宁县国有林场", "新宁县")}


def test_a_school_head_written_after_the_school_s_kind_alone_heads_the_one_school_named(article):
    art = article(body("在绥宁县关峡乡中心小学，刘春燕已经教了20年书，2016年起担任学校校长。"))
    assert posts(art, "刘春燕") == {("校长", "关峡乡中心小学", "关峡乡")}


def test_a_bodys_own_meeting_news_gives_its_bare_deputies_and_group_members_that_body(article):
    art = article(body("3月5日，汉寿县人民检察院党组书记、检察长龚文主持召开党组会议。"
                       "党组成员、副检察长严立、罗佳参加会议。"))
    assert ("检察长", "汉寿县人民检察院", "汉寿县") in posts(art, "龚文")                  # positive control
    assert ("副检察长", "汉寿县人民检察院", "汉寿县") in posts(art, "严立")
    assert ("党组成员", "汉寿县人民检察院党组", "汉寿县") in posts(art, "严立")


def test_a_bare_deputy_is_no_body_s_where_two_bodies_have_that_head(article):
    art = article(body("汉寿县财政局局长龚文、汉寿县林业局局长罗佳出席会议。副局长严立作汇报。"))
    assert ("局长", "汉寿县林业局", "汉寿县") in posts(art, "罗佳")                        # positive control
    assert {org for _, org, _ in posts(art, "严立")} == {None}


def test_a_police_stations_neighbour_squad_in_a_list_is_no_unit_of_the_station(article):
    art = article(body("会议表彰了青山派出所所长彭亮、交警大队副大队长侯平等先进个人。"
                       "汉寿县公安局局长龚文、治安大队大队长罗佳出席。"))
    assert ("大队长", "汉寿县公安局治安大队", "汉寿县") in posts(art, "罗佳")              # positive control
    assert not any(org and org.startswith("青山派出所") and org != "青山派出所" for _, org, _ in posts(art, "侯平"))


def test_a_post_said_to_be_held_by_someone_after_you_is_that_person_s(article):
    art = article(body("在澧县城头山镇岩门村，村党总支领办了岩门村茶叶专业合作社。"
                       "合作社理事长由村党总支书记曾凡兵兼任，监事长由村民范立担任。"))
    assert ("党总支书记", "岩门村党总支", "岩门村") in posts(art, "曾凡兵")                 # positive control
    assert ("理事长", "岩门村茶叶专业合作社", "岩门村") in posts(art, "曾凡兵")
    assert not any(title == "理事长" for title, _, _ in posts(art, "范立"))


def test_a_head_nominated_after_the_organ_s_party_cell_is_that_organ_s_head(article):
    art = article(body("经研究决定：罗宏伟同志任泸溪县林业局党组书记，提名为局长人选；"
                       "向丽同志任泸溪县武溪镇党委副书记，提名为镇长人选。"))
    assert ("党组书记", "泸溪县林业局党组", "泸溪县") in posts(art, "罗宏伟")              # positive control
    assert ("局长人选", "泸溪县林业局", "泸溪县") in posts(art, "罗宏伟")
    assert {org for title, org, _ in posts(art, "向丽") if title == "镇长人选"} == {None}    # a township's head: no 党委's


def test_names_appointed_respectively_in_the_passive_hold_the_posts_in_order(article):
    art = article(body("近日，杨立平、吴晓敏分别被任命为凤凰县人民政府副县长、泸溪县人民政府副县长。"))
    assert posts(art, "杨立平") == {("副县长", "凤凰县人民政府", "凤凰县")}
    assert posts(art, "吴晓敏") == {("副县长", "泸溪县人民政府", "泸溪县")}


def test_a_township_s_deputy_head_after_its_party_committee_s_seat_is_no_post_of_the_committee(article):
    art = article(body("1990年，退伍回乡的邓国安先后担任桃江县灰山港镇党委组织委员、副镇长、镇长。"))
    got = posts(art, "邓国安")
    assert ("组织委员", "灰山港镇党委", "灰山港镇") in got                                  # positive control
    assert ("副镇长", None, "灰山港镇") in got and ("镇长", None, "灰山港镇") in got


def test_a_past_post_told_right_after_one_of_several_names_is_that_name_s(article):
    art = article(body("在平江县加义镇新桥村，李春兰一家三代都在村里。她的外公吴有田曾是老党员，父亲李国平当过村党支部书记。"))
    assert posts(art, "李国平") == {("党支部书记", "新桥村党支部", "新桥村")}
    assert posts(art, "吴有田") == set() and posts(art, "李春兰") == set()


def test_a_post_whose_place_a_headline_only_guessed_gives_way_to_the_place_written_in_full(article):
    art = article("市人大常委会副主任刘庆丰到我县督导\n2023-10-10 来源:醴陵市融媒体中心\n"
                  "10月9日，株洲市人大常委会副主任刘庆丰一行到醴陵督导代表履职工作。醴陵市人大常委会主任何光明陪同。\n")
    assert ("人大常委会主任", "醴陵市人大常委会", "醴陵市") in posts(art, "何光明")          # positive control
    assert {org for _, org, _ in posts(art, "刘庆丰")} == {"株洲市人大常委会"}


def test_a_county_s_bare_city_committee_is_its_own_city_s_not_one_named_once_in_passing(article):
    art = article("县委常委会召开会议\n2022-01-08 来源:测试日报\n1月7日，县委常委会召开会议，县委书记许文斌主持。"
                  "会议要求认真落实市委全会精神。今年，我县12名医护人员驰援西安，圆满完成任务。"
                  "全县干部要向他们学习。祁东县各乡镇参加会议。\n")
    assert ("县委书记", "祁东县委", "祁东县") in posts(art, "许文斌")                     # positive control
    cities = {o["name"] for o in art.of("org") if o["name"].endswith("市委")}
    assert cities == {"衡阳市委"}


def test_a_bureau_named_alone_in_a_county_s_own_news_is_that_county_s(article):
    art = article("全县防汛会召开\n2024-06-01 来源:桃源县融媒体中心\n5月31日，全县防汛工作会议召开。县长陈胜出席。"
                  "水利局局长黄河清通报了雨情水情。\n")
    assert ("县长", None, "桃源县") in posts(art, "陈胜")                                  # positive control
    assert posts(art, "黄河清") == {("局长", "桃源县水利局", "桃源县")}
    city = article("全市防汛会召开\n2024-06-01 来源:常德日报\n5月31日，全市防汛工作会议召开。桃源县县长陈胜发言。"
                   "水利局局长黄河清通报了雨情水情。\n")
    assert {org for _, org, _ in posts(city, "黄河清")} == {None}                          # a city's news: whose, untold


def test_a_head_met_bare_where_a_visit_went_heads_the_body_visited(article):
    art = article(body("下午，县长谭明到慈利县人民医院调研，与院长卓立新交流医共体建设。"
                       "随后到慈利县第一中学，校长吴春芳介绍了办学情况。"))
    assert ("县长", None, "慈利县") in posts(art, "谭明")                                # positive control
    assert {org for _, org, _ in posts(art, "卓立新")} == {"慈利县人民医院"}
    assert {org for _, org, _ in posts(art, "吴春芳")} == {"慈利县第一中学"}


def test_a_county_level_city_s_own_paper_places_its_bare_city_posts(article):
    art = article("市委常委会召开会议\n2024-02-20 来源:浏阳日报\n会上，市委常委、副市长彭文就分管工作作了发言。\n")
    assert ("副市长", None, "浏阳市") in posts(art, "彭文")


def test_two_departments_headed_in_one_chain_are_two_posts(article):
    art = article(body("株洲市委常委、组织部部长、统战部部长张敏主持会议。"))
    assert {org for title, org, _ in posts(art, "张敏") if title == "部长"} == {"株洲市委组织部", "株洲市委统战部"}


def test_a_department_kept_beside_the_new_post_a_later_sentence_lists_is_held(article):
    art = article(body("今年3月，常德市委常委、组织部部长、统战部部长龚平出任常德市委副书记。"
                       "4月起，龚平任常德市委副书记、统战部部长，不再兼任组织部部长。"))
    former = {p["org"]["name"]: bool(p.get("former")) for p in art.of("post")
              if p["person"]["name"] == "龚平" and p["title"] == "部长"}
    assert former == {"常德市委组织部": True, "常德市委统战部": False}


def test_a_post_told_as_what_one_is_of_a_university_or_a_group_is_in_that_body(article):
    art = article(body("在绥宁县挂职副县长的刘博是湖南农业大学的副教授。他的同学王凯是他大学同学的父亲。"))
    assert ("副教授", "湖南农业大学", "湖南省") in posts(art, "刘博")
    assert posts(art, "王凯") == set()


def test_a_state_bank_s_county_branch_written_by_the_level_is_the_county_s(article):
    art = article(body("绥宁县召开金融服务乡村振兴座谈会。县农业银行行长李明、县农商银行董事长王强发言。"))
    assert posts(art, "王强") == {("董事长", "绥宁县农商银行", "绥宁县")}                   # positive control
    assert posts(art, "李明") == {("行长", "绥宁县农业银行", "绥宁县")}


def test_the_guest_met_by_a_host_gets_none_of_the_host_s_titles(article):
    art = article(body("6月3日，市委副书记、市长高振宇会见了某某能源集团副总裁林文涛一行。"))
    assert ("副总裁", None, None) in {(t, None, None) for t, _, _ in posts(art, "林文涛")}
    assert not any(t == "市委副书记" for t, _, _ in posts(art, "林文涛"))
    assert any(t == "市委副书记" for t, _, _ in posts(art, "高振宇"))


def test_a_bare_deputy_mayor_after_a_visit_is_the_host_city_s_not_the_guests(article):
    art = article("六盘水市长会见客商\n2023-06-04 来源:六盘水日报\n"
                  "6月3日，市委副书记、市长高振宇会见了前来考察的杭州某电子公司总经理林文涛一行。副市长沈丽红参加会见。\n")
    assert ("副市长", None, "六盘水市") in posts(art, "沈丽红")
    assert any(p == "杭州市" for _, _, p in posts(art, "林文涛"))     # (control: the guest keeps his own city)


def test_a_bare_prefecture_committee_post_in_a_county_level_city_s_news_is_its_prefecture_s(article):
    art = article("州领导到市调研\n2022-05-25 来源:凯里市融媒体中心\n5月24日，州委常委、宣传部部长杨晓梅到凯里市调研。市委书记龙海波陪同。\n")
    assert ("州委常委", "黔东南苗族侗族自治州委", "黔东南苗族侗族自治州") in posts(art, "杨晓梅")
    assert ("市委书记", "凯里市委", "凯里市") in posts(art, "龙海波")       # (control: the city's own)


def test_a_zone_s_bare_committee_is_the_zone_the_headline_names_by_its_kind_alone(article):
    art = article("高新区管委会召开安全生产会议\n2022-03-09 来源:测试日报\n"
                  "3月8日，宜昌高新技术产业开发区党工委书记程海峰主持会议。管委会副主任魏春梅通报检查情况。\n")
    assert any(o == "宜昌高新技术产业开发区管委会" for _, o, _ in posts(art, "魏春梅"))
    assert "宜昌高新区管委会" not in {o["name"] for o in art.of("org")}


def test_a_first_secretary_sent_by_a_bureau_to_a_village_is_the_village_s_not_the_bureau_s(article):
    art = article(body("邹晓庆是市农业农村局选派到云和县崇头镇坑根村的驻村第一书记。市农业农村局局长何伟东到村看望了他。"))
    assert ("驻村第一书记", None, "坑根村") in posts(art, "邹晓庆")
    assert any(o and o.endswith("农业农村局") for _, o, _ in posts(art, "何伟东"))     # (control: the bureau's own head)


def test_a_roster_s_bare_titles_belong_to_the_body_named_before_its_colon(article):
    art = article("县政协选举\n2021-10-15 来源:石柱县融媒体中心\n"
                  "大会选举产生了县第十五届人大常委会组成人员：主任冯长林，副主任谭秀英、马国平，秘书长向阳。\n")
    assert ("主任", "石柱土家族自治县人大常委会", "石柱土家族自治县") in posts(art, "冯长林")
    assert ("秘书长", "石柱土家族自治县人大常委会", "石柱土家族自治县") in posts(art, "向阳")
    assert ("副主任", "石柱土家族自治县人大常委会", "石柱土家族自治县") in posts(art, "马国平")


def test_a_province_s_delegation_come_to_another_province_leaves_the_bare_posts_to_the_hosts(article):
    art = article("代表团来桂考察\n2023-06-10 来源:广西日报\n6月9日，湖南省委副书记、省长毛伟明率湖南省党政代表团来广西考察。"
                  "自治区党委书记刘宁，自治区党委副书记、自治区主席蓝天立陪同考察。\n")
    assert any(p == "广西壮族自治区" for _, _, p in posts(art, "刘宁"))
    assert any(p == "湖南省" for _, _, p in posts(art, "毛伟明"))        # (control: the guests' own)


def test_an_executive_deputy_is_read_whole_beside_each_head_that_has_one(article):
    art = article(body("永州市召开会议。市委党校常务副校长邓雪梅、市脱贫攻坚领导小组常务副组长唐国华参加。"))
    assert ("常务副校长", "永州市委党校", "永州市") in posts(art, "邓雪梅")
    assert {p[0] for p in posts(art, "唐国华")} == {"常务副组长"}


def test_a_villages_womens_federation_head_written_with_the_bare_village_is_that_villages(article):
    art = article(body("永顺县芙蓉镇列夕村党支部书记彭建华、村妇联主席向翠兰参加了座谈。"))
    assert {(t, p) for t, _, p in posts(art, "向翠兰")} == {("主席", "列夕村")}
    assert ("党支部书记", "列夕村党支部", "列夕村") in posts(art, "彭建华")          # control: the branch's secretary


def test_a_youth_league_branch_secretary_is_no_party_branch_secretary(article):
    art = article(body("永顺县芙蓉镇列夕村团支部书记向晓雨、列夕村党支部书记彭建华参加了座谈。"))
    assert posts(art, "向晓雨") == {("团支部书记", "列夕村团支部", "列夕村")}
    assert posts(art, "彭建华") == {("党支部书记", "列夕村党支部", "列夕村")}     # control: the Party's branch


def test_a_courts_division_head_in_a_list_after_its_president_is_that_divisions(article):
    art = article(body("泸溪县召开会议。县人民法院院长彭德明，副院长向红，刑事审判庭庭长杨建军出席。"))
    assert posts(art, "杨建军") == {("庭长", "泸溪县人民法院刑事审判庭", "泸溪县")}
    assert posts(art, "向红") == {("副院长", "泸溪县人民法院", "泸溪县")}           # control: the court's own


def test_a_villages_own_officers_listed_after_its_secretary_are_held_in_that_village(article):
    art = article(body("永顺县芙蓉镇列夕村党支部书记彭建华、治保主任田军、民兵连长向勇、会计彭丽参加了座谈。"))
    for name, title in (("田军", "治保主任"), ("向勇", "民兵连长"), ("彭丽", "会计")):
        assert {(t, p) for t, _, p in posts(art, name)} == {(title, "列夕村")}, name
    art = article(body("永顺县财政局局长彭建华、会计彭丽参加了座谈。"))          # a bureau's accountant: no village
    assert {(t, p) for t, _, p in posts(art, "彭丽")} == {("会计", None)}


def test_an_additive_copula_gives_the_holder_a_second_post(article):
    text = "走进宁陕县城关镇朝阳村，村党支部书记吴德兵正在查看茶园。吴德兵{}村集体经济合作社理事长，他说今年分红翻了一番。"
    for copula in ("还是", "同时是", "同时也是"):
        art = article(body(text.format(copula)))
        assert ("理事长", "村集体经济合作社", "朝阳村") in posts(art, "吴德兵"), copula
    art = article(body(text.format("还是坚持去") .replace("村集体经济合作社理事长，", "地里，")))
    assert {t for t, _, _ in posts(art, "吴德兵")} == {"党支部书记"}      # 还是 as "still": no post


def test_a_villages_militia_commander_is_not_read_as_a_villager(article):
    art = article(body("宁陕县城关镇朝阳村召开防汛会，村民兵连长吴小军、村民兵连连长陈刚分别汇报了巡堤安排。"))
    assert {(t, p) for t, _, p in posts(art, "吴小军")} == {("民兵连长", "朝阳村")}
    assert {(t, p) for t, _, p in posts(art, "陈刚")} == {("民兵连连长", "朝阳村")}
    art = article(body("宁陕县城关镇朝阳村召开防汛会，村民陈刚说，巡堤安排很细。"))     # a villager: no post
    assert "陈刚" in {p["name"] for p in art.of("person")} and posts(art, "陈刚") == set()


def test_a_courts_division_named_after_it_is_the_body_of_its_head(article):
    art = article(body("镇雄县召开政法工作会议，县法院立案庭副庭长付建、县人民法院刑事审判庭庭长罗斌、"
                       "县法院执行局局长陶勇参加。会议任命宋平为县人民法院审判委员会委员、民事审判第二庭庭长。"))
    assert posts(art, "付建") == {("副庭长", "镇雄县法院立案庭", "镇雄县")}
    assert posts(art, "罗斌") == {("庭长", "镇雄县人民法院刑事审判庭", "镇雄县")}
    assert posts(art, "陶勇") == {("局长", "镇雄县法院执行局", "镇雄县")}
    assert ("庭长", "镇雄县人民法院民事审判第二庭", "镇雄县") in posts(art, "宋平")
    art = article(body("镇雄县召开政法工作会议，县法院院长付建参加。"))          # the court's own head: the court
    assert posts(art, "付建") == {("院长", "镇雄县法院", "镇雄县")}


def test_a_cooperative_its_village_secretary_founded_and_heads_is_in_that_village(article):
    art = article(body("2015年，吴德兵担任宁陕县城关镇朝阳村党支部书记。同年，他组建金穗茶叶专业合作社，任理事长。"))
    assert ("理事长", "金穗茶叶专业合作社", "朝阳村") in posts(art, "吴德兵")
    art = article(body("2015年，吴德兵担任宁陕县财政局局长。同年，他组建金穗茶叶专业合作社，任理事长。"))
    assert ("理事长", "金穗茶叶专业合作社", None) in posts(art, "吴德兵")     # no village post: no place


def test_a_county_its_leaders_travel_to_is_not_their_county(article):
    trip = ("11月2日，县委副书记、县长龚建明率队赴江苏省常州市考察招商。在常州市溧阳市，考察组走访了溧阳市两家新能源企业。"
            "县委常委、副县长覃小兵参加考察。")
    art = article(body(trip, source="思南县人民政府网"))
    assert ("县长", None, "思南县") in posts(art, "龚建明")
    assert ("副县长", None, "思南县") in posts(art, "覃小兵")
    unsourced = article(body(trip, source="测试日报"))
    assert {place for _, _, place in posts(unsourced, "龚建明")} == {None}    # no county rather than the one visited
    visit = article(body("11月2日，常州市委书记陈晓东赴金坛区调研，区委书记曹建平陪同。", source="常州日报"))
    assert ("区委书记", "金坛区委", "金坛区") in posts(visit, "曹建平")            # a city's leader visits: the host's


def test_a_league_s_or_prefecture_s_bare_leaders_belong_to_the_one_their_counties_lie_in(article):
    league = article(body("盟委副书记、盟长包红旗，阿巴嘎旗委书记陶格斯，苏尼特左旗旗长其木格参加调研。", source="新华网"))
    assert ("盟长", None, "锡林郭勒盟") in posts(league, "包红旗")
    assert ("旗长", None, "苏尼特左旗") in posts(league, "其木格")                   # positive control
    paper = article(body("盟委副书记、盟长包红旗参加调研。", source="锡林郭勒日报"))
    assert ("盟长", None, "锡林郭勒盟") in posts(paper, "包红旗")                  # the league's own paper, a 4-character name
    prefecture = article(body("州委副书记、州长龙启明，凯里市委书记杨建华，雷山县委书记吴正坤参加调研。", source="新华网"))
    assert ("州长", None, "黔东南苗族侗族自治州") in posts(prefecture, "龙启明")


def test_a_county_bureau_s_section_is_the_post_s_body_even_with_a_former_mark(article):
    art = article(body("锦屏县民政局社会救助股原股长杨再华、县财政局预算股股长龙文、县卫健局医政医管科原科长姚敏参加会议。"))
    assert ("股长", "锦屏县民政局社会救助股", "锦屏县") in posts(art, "杨再华")
    assert ("股长", "锦屏县财政局预算股", "锦屏县") in posts(art, "龙文")       # a name that is also a district's short form
    assert ("科长", "锦屏县卫健局医政医管科", "锦屏县") in posts(art, "姚敏")


def test_deputies_added_in_the_clause_after_the_heads_election_belong_to_the_heads_body(article):
    art = article(body("四川省广安市邻水县政协全会闭幕。会议选举许文华为政协邻水县第十届委员会主席，增补周敏、何强为副主席。"))
    assert ("主席", "邻水县政协", "邻水县") in posts(art, "许文华")          # positive control
    assert ("副主席", "邻水县政协", "邻水县") in posts(art, "周敏")
    assert ("副主席", "邻水县政协", "邻水县") in posts(art, "何强")


def test_a_bare_city_post_framed_by_a_county_level_city_is_that_citys(article):
    art = article(body("在石城县，县委书记曾立新带领干部下田。在于都县，县长邱文涛多次调研，于都县的蔬菜远销各地。"
                       "在瑞金市，市委副书记、市长严国华介绍，全市已建成高标准农田5万亩。"))
    assert ("县委书记", "石城县委", "石城县") in posts(art, "曾立新")               # positive control
    assert ("市委副书记", "瑞金市委", "瑞金市") in posts(art, "严国华")
    assert ("市长", None, "瑞金市") in posts(art, "严国华")


def test_a_body_with_its_second_name_in_brackets_is_the_body_its_head_heads(article):
    art = article(body("会上，思南县乡村振兴局（县扶贫办）局长吴光辉、思南县应急管理局（县地震局）副局长王涛先后发言。"))
    assert ("局长", "思南县乡村振兴局", "思南县") in posts(art, "吴光辉")
    assert ("副局长", "思南县应急管理局", "思南县") in posts(art, "王涛")
    art = article(body("会上，思南县乡村振兴局局长吴光辉发言。"))
    assert ("局长", "思南县乡村振兴局", "思南县") in posts(art, "吴光辉")         # positive control: one name


def test_a_hospital_s_heads_and_bodies_after_its_kind_alone_are_the_one_hospital_named(article):
    art = article(body("6月3日，桃源县人民医院召开干部职工大会。医院党委书记孙立宣读任职决定，"
                       "医院院长贺平作表态发言，该院副院长覃文主持。"))
    assert posts(art, "贺平") == {("院长", "桃源县人民医院", "桃源县")}
    assert posts(art, "覃文") == {("副院长", "桃源县人民医院", "桃源县")}
    assert ("党委书记", "桃源县人民医院党委", "桃源县") in posts(art, "孙立")


def test_a_school_s_party_committee_after_the_school_s_kind_alone_is_the_one_school_s(article):
    art = article(body("9月1日，湘潭大学举行开学典礼。学校党委书记罗军致辞，校长曾平讲话。"))
    assert ("党委书记", "湘潭大学党委", None) in posts(art, "罗军")
    assert ("校长", "湘潭大学", None) in posts(art, "曾平")                        # positive control


def test_a_hospital_head_after_the_kind_alone_is_no_body_s_where_no_hospital_is_named(article):
    art = article(body("6月3日，桃源县召开卫生工作会议。医院院长贺平发言，县卫生健康局局长田明主持。"))
    assert ("局长", "桃源县卫生健康局", "桃源县") in posts(art, "田明")              # positive control
    assert not any(org for _, org, _ in posts(art, "贺平"))


def test_a_county_s_armed_forces_department_written_short_and_in_full_is_one_body(article):
    art = article(body("10月9日，桃源县人民武装部召开党委会。县人武部部长郑刚主持，县人武部政委吴涛出席。"))
    assert posts(art, "郑刚") == {("部长", "桃源县人民武装部", "桃源县")}
    assert posts(art, "吴涛") == {("政委", "桃源县人民武装部", "桃源县")}


def test_a_mayor_of_a_city_the_tables_do_not_know_is_not_the_article_s_city_s(article):
    art = article(body("10月8日，株洲市与德国哈勒市签署友好城市协议。株洲市市长刘军与哈勒市市长韦斯分别签字。"))
    assert posts(art, "刘军") == {("市长", None, "株洲市")}                           # positive control
    assert all(place is None for _, _, place in posts(art, "韦斯"))


def test_a_committee_s_study_group_or_command_written_by_its_kind_is_the_one_named(article):
    art = article(body("9月3日，麻阳苗族自治县委理论学习中心组举行集体学习。县委书记、中心组组长滕军主持。"
                       "当天，麻阳苗族自治县防汛抗旱指挥部召开会商会，指挥部指挥长舒平讲话。"))
    assert ("组长", "麻阳苗族自治县委理论学习中心组", "麻阳苗族自治县") in posts(art, "滕军")
    assert ("县委书记", "麻阳苗族自治县委", "麻阳苗族自治县") in posts(art, "滕军")       # positive control
    assert ("指挥长", "麻阳苗族自治县防汛抗旱指挥部", "麻阳苗族自治县") in posts(art, "舒平")


def test_an_academic_rank_after_a_post_at_a_school_is_held_at_that_school(article):
    art = article(body("吉首大学副校长、教授彭林，县农业农村局副局长、研究员向明出席论坛。"))
    assert ("教授", "吉首大学", None) in posts(art, "彭林")
    assert ("副校长", "吉首大学", None) in posts(art, "彭林")                          # positive control
    assert not any(org for title, org, _ in posts(art, "向明") if title == "研究员")


def test_a_village_s_women_s_federation_written_after_the_village_alone_is_that_village_s(article):
    art = article(body("在桃源县茶庵铺镇黄石村，村妇联主席龚丽负责妇女工作，村党支部书记田刚抓全面。"))
    assert posts(art, "龚丽") == {("主席", "黄石村妇联", "黄石村")}
    assert posts(art, "田刚") == {("党支部书记", "黄石村党支部", "黄石村")}            # positive control


def test_the_corps_division_and_regiment_and_their_heads_written_bare_are_the_units_named(article):
    art = article(body("兵团第三师图木舒克市召开干部大会。师党委副书记、师长周立主持，四十四团党委书记、政委吴强，"
                       "一四二团团长孙海出席。"))
    assert ("师长", "新疆生产建设兵团第三师", None) in posts(art, "周立")
    assert ("党委副书记", "新疆生产建设兵团第三师党委", None) in posts(art, "周立")
    assert ("政委", "新疆生产建设兵团第三师四十四团", None) in posts(art, "吴强")
    assert ("团长", "新疆生产建设兵团第三师一四二团", None) in posts(art, "孙海")
    art = article(body("市里组织干部学习。一四二团的说法没有根据，团结协作很重要。"))
    assert not any("团" in o["name"] for o in art.of("org"))                        # no Corps named: no regiment


def test_a_speaker_s_title_groups_after_another_s_clause_are_his(article):
    art = article(body("桃源县召开会议。县委书记、县长，常德市委常委贺军主持会议，县委副书记、常务副县长，常德市副市长田林作报告。"))
    assert ("常务副县长", None, "桃源县") in posts(art, "田林")
    assert ("县委副书记", "桃源县委", "桃源县") in posts(art, "田林")
    assert ("县长", None, "桃源县") in posts(art, "贺军") and ("县长", None, "桃源县") not in posts(art, "田林")


def test_our_county_in_a_county_s_media_is_the_outlet_s_even_beside_a_guest_s_district(article):
    art = article("挂职干部座谈会\n\n9月5日，我县召开东西部协作挂职干部座谈会。江苏省苏州市吴江区挂职干部、县委常委、副县长许刚，"
                  "吴江区挂职干部、县农业农村局副局长钱红出席。县委书记田军主持。\n\n（来源：古丈县融媒体中心）\n")
    assert posts(art, "田军") == {("县委书记", "古丈县委", "古丈县")}
    assert ("县委常委", "古丈县委", "古丈县") in posts(art, "许刚")
    assert ("副局长", "古丈县农业农村局", "古丈县") in posts(art, "钱红")
    assert "吴江区" in {p["name"] for p in art.of("place")}                          # the guests' district, named


def test_a_court_s_judge_written_bare_in_its_own_news_is_the_one_court_s(article):
    art = article(body("6月5日，桃源县人民法院在茶庵铺镇开展巡回审判，审判员龚丽主审，桃源县人民检察院检察员向明出庭。"))
    assert posts(art, "龚丽") == {("审判员", "桃源县人民法院", "桃源县")}
    assert posts(art, "向明") == {("检察员", "桃源县人民检察院", "桃源县")}          # positive control: named before it


def test_a_local_tax_bureau_written_without_its_central_organ_beside_its_full_name_is_one_body(article):
    art = article(body("国家税务总局桃源县税务局党委书记、局长曾平走访企业。桃源县税务局副局长龚丽介绍了减税情况。"))
    assert posts(art, "龚丽") == {("副局长", "国家税务总局桃源县税务局", "桃源县")}
    assert ("局长", "国家税务总局桃源县税务局", "桃源县") in posts(art, "曾平")          # positive control


def test_a_city_leader_s_trip_to_another_province_leaves_the_delegation_s_bare_posts_at_home(article):
    art = article("招商\n\n5月6日至8日，常德市委书记李军率常德市党政代表团赴浙江杭州、宁波开展招商活动。市委常委、秘书长王平，"
                  "副市长刘红参加。\n\n在杭州，代表团拜访了多家企业。常德市与杭州市余杭区签署合作协议，余杭区委书记赵强出席。\n")
    assert posts(art, "刘红") == {("副市长", None, "常德市")}
    assert ("市委常委", "常德市委", "常德市") in posts(art, "王平")
    assert posts(art, "赵强") == {("区委书记", "余杭区委", "余杭区")}                   # positive control: the host's


def test_a_party_group_written_after_its_body_s_short_name_is_the_full_named_body_s(article):
    art = article(body("贺军2020年任常德市发展和改革委员会主任，兼任市发改委党组书记。"))
    assert ("党组书记", "常德市发展和改革委员会党组", "常德市") in posts(art, "贺军")
    assert ("主任", "常德市发展和改革委员会", "常德市") in posts(art, "贺军")              # positive control


def test_a_coordinating_body_s_first_deputy_is_a_post_of_that_body(article):
    art = article(body("桃源县生态环境保护委员会召开全体会议。县委书记、县生态环境保护委员会主任贺军主持，"
                       "县长、县生态环境保护委员会第一副主任田明部署工作。"))
    assert ("第一副主任", "桃源县生态环境保护委员会", "桃源县") in posts(art, "田明")
    assert ("主任", "桃源县生态环境保护委员会", "桃源县") in posts(art, "贺军")          # positive control


def test_a_level_s_flood_command_written_short_is_the_body_of_its_commander(article):
    art = article(body("江华瑶族自治县召开防汛调度会。副县长、县防指副指挥长邓志平通报雨情，县森防指副指挥长唐海主持。"))
    assert ("副指挥长", "江华瑶族自治县防指", "江华瑶族自治县") in posts(art, "邓志平")
    assert ("副指挥长", "江华瑶族自治县森防指", "江华瑶族自治县") in posts(art, "唐海")
    assert ("副县长", None, "江华瑶族自治县") in posts(art, "邓志平")     # control: the post before it, as before


def test_an_elected_list_with_notes_of_sex_and_people_after_names_gives_each_name_the_post(article):
    art = article(body("中国共产党宜章县第十四届委员会第一次全体会议召开。当选为县委常委的是：邓建明、黄晓琴（女）、"
                       "欧阳海、雷晓梅（女，瑶族）、谭国栋（按姓氏笔画为序）。"))
    for name in ("邓建明", "黄晓琴", "欧阳海", "雷晓梅", "谭国栋"):
        assert ("县委常委", "宜章县委", "宜章县") in posts(art, name), name
    art = article(body("宜章县召开会议。会议表彰了黄沙村（瑶族村）、长村、新街村等先进集体。"))
    assert not art.of("person")                                    # control: notes in a list of villages, no names


def test_a_deputy_head_after_another_post_in_the_organ_or_its_office_heads_the_organ(article):
    art = article(body("攸县召开会议。县应急管理局新闻发言人、副局长周伟，县水利局办公室主任、副局长易红出席。"))
    assert ("副局长", "攸县应急管理局", "攸县") in posts(art, "周伟")
    assert ("副局长", "攸县水利局", "攸县") in posts(art, "易红")
    art = article(body("攸县召开会议。县政府办公室主任、副县长谭斌出席。"))
    assert ("副县长", None, "攸县") in posts(art, "谭斌")               # control: a level's head, no body before


def test_a_city_s_news_site_named_by_its_short_name_is_the_city_s_own_outlet(article):
    text = "市委副书记、市长郝建军深入曲沃县、侯马市走访。侯马市委书记吕斌陪同。"
    art = article(body(text, source="临汾新闻网"))
    assert ("市长", None, "临汾市") in posts(art, "郝建军")
    assert ("市委书记", "侯马市委", "侯马市") in posts(art, "吕斌")             # control: the city visited, named
    assert article(body(text, source="临汾新闻网")).context["outlet"] == "141000"


def test_a_county_level_city_in_a_list_of_places_visited_is_not_the_bare_city_s(article):
    art = article(body("市委副书记、市长郝建军深入曲沃县、侯马市和翼城县走访企业。侯马市委书记吕斌陪同。", source="新华网"))
    assert ("市长", None, "临汾市") in posts(art, "郝建军")
    art = article(body("侯马市召开经济工作会议。市委副书记、市长冯伟主持会议。", source="新华网"))
    assert ("市长", None, "侯马市") in posts(art, "冯伟")                    # control: the city's own news


def test_a_township_s_committee_post_is_read_after_the_township_s_name_not_over_its_last_character(article):
    art = article(body("拟任职人选公示如下：\n郑海，男，1980年5月生，现任瑞金市叶坪乡党委书记。\n"
                       "孔丽，女，1985年2月生，现任瑞金市壬田镇党委副书记。"))
    assert ("党委书记", "叶坪乡党委", "叶坪乡") in posts(art, "郑海")
    assert ("党委副书记", "壬田镇党委", "壬田镇") in posts(art, "孔丽")            # control: as it was
    art = article(body("瑞金市召开会议。乡党委书记郑海发言。"))
    assert {p for p in posts(art, "郑海")} and all(t == "乡党委书记" for t, _, _ in posts(art, "郑海"))  # bare, kept


def test_a_zone_s_body_written_with_its_short_kind_is_the_body_of_its_full_name(article):
    art = article(body("湘潭高新技术产业开发区召开会议。湘潭高新区党工委书记周平主持，党工委副书记刘军发言。"))
    assert ("党工委书记", "湘潭高新技术产业开发区党工委", "湘潭高新技术产业开发区") in posts(art, "周平")
    assert ("党工委副书记", "湘潭高新技术产业开发区党工委", "湘潭高新技术产业开发区") in posts(art, "刘军")  # control


def test_a_secretary_general_elected_after_an_assembly_s_bare_deputies_is_the_assembly_s(article):
    art = article(body("选举大会举行。彭辉当选为政协邵东市第十届委员会主席，曾敏、罗强当选为副主席，谢婷当选为秘书长。"))
    assert ("秘书长", "邵东市政协", "邵东市") in posts(art, "谢婷")
    assert ("副主席", "邵东市政协", "邵东市") in posts(art, "罗强")                     # control: the deputies, as before


def test_a_village_s_numbered_heading_gives_the_posts_listed_one_a_line_under_it_their_village(article):
    text = ("慈利县零溪镇村级班子名单\n2026-04-10 来源:测试日报\n一、二斗岗村\n村党支部书记：覃立军\n村委会主任：吴红\n"
            "二、合堰村\n村党支部书记：李建华\n村委会主任：田明亮\n")
    art = article(text)
    assert ("党支部书记", "合堰村党支部", "合堰村") in posts(art, "李建华")
    assert ("村委会主任", "合堰村委会", "合堰村") in posts(art, "田明亮")
    assert ("党支部书记", "二斗岗村党支部", "二斗岗村") in posts(art, "覃立军")          # control: the first section


def test_a_township_page_s_bare_committee_posts_chained_with_its_head_are_the_township_committee_s(article):
    art = article("甲镇领导\n2026-02-01 来源:测试日报\n江垭镇领导班子\n党委书记：覃海\n主持镇党委全面工作。\n"
                  "党委副书记、镇长：黎明\n主持镇政府全面工作。\n")
    assert ("党委副书记", "江垭镇党委", "江垭镇") in posts(art, "黎明")
    assert ("党委书记", "江垭镇党委", "江垭镇") in posts(art, "覃海")
    assert ("镇长", None, "江垭镇") in posts(art, "黎明")                          # control: the head, as before


def test_a_post_held_on_secondment_told_before_de_is_the_name_s_and_only_it_is_temporary(article):
    art = article(body("石门县召开会议。挂职任石门县副县长的省财政厅预算处处长邹凯介绍情况。"))
    held = {p["title"]: p for p in art.of("post") if p["person"]["name"] == "邹凯"}
    assert held["副县长"]["place"]["name"] == "石门县" and held["副县长"]["temporary"]
    assert held["处长"]["org"]["name"] == "湖南省财政厅预算处" and not held["处长"]["temporary"]   # control: his own


def test_posts_held_together_in_a_quoted_word_before_de_are_the_name_s(article):
    art = article(body("换届后，石门县新关村党支部书记、村委会主任“一肩挑”的黎华带领村民种茶。"))
    assert ("党支部书记", "新关村党支部", "新关村") in posts(art, "黎华")
    art = article(body("换届后，石门县新关村党支部书记黎华带领村民种茶。"))
    assert ("党支部书记", "新关村党支部", "新关村") in posts(art, "黎华")                  # control: no quoted word


def test_a_preposition_opening_the_clause_is_no_part_of_a_body_written_with_its_bare_level(article):
    art = article(body("常德市召开会议。据市公共资源交易中心主任谢平介绍，平台运行良好。"))
    assert ("主任", "常德市公共资源交易中心", "常德市") in posts(art, "谢平")
    art = article(body("常德市召开会议。市公共资源交易中心主任谢平介绍，平台运行良好。"))
    assert ("主任", "常德市公共资源交易中心", "常德市") in posts(art, "谢平")            # control: no preposition
