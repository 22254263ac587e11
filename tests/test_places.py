"""Localities: the chain, short forms, townships and villages, zones, regions, junk.

Every sentence here is written for the test; none comes from the seed articles."""


def places(art):
    return {p["name"]: p for p in art.of("place")}


def body(text):
    return f"测试新闻\n2023-06-01 来源:测试日报\n{text}\n"


def parent_name(span):
    return span["parent"]["name"] if span["parent"] is not None else None


def test_chain_ties_village_to_county_city_province(article):
    art = article(body("记者来到河北省石家庄市正定县塔元庄村，村里新建的蔬菜大棚一排排整齐排列。"))
    got = places(art)
    assert got["塔元庄村"]["level"] == "village" and parent_name(got["塔元庄村"]) == "正定县"
    assert got["正定县"]["code"] == "130123" and got["石家庄市"]["level"] == "prefecture"


def test_short_forms_resolve_to_the_division(article):
    art = article(body("遵义持续优化营商环境，仁怀市去年新签约项目四十余个，带动就业明显。"))
    got = places(art)
    assert got["遵义市"]["code"] == "520300"
    assert got["仁怀市"]["code"] == "520382"


def test_a_county_written_right_after_the_verb_of_a_post_is_not_a_district_s_short_form(article):
    art = article(body("周海涛曾任城固县委副书记，后调任任城区副区长。"))
    got = places(art)
    assert got["城固县"]["code"] == "610722"                   # not 任城, the short form of 任城区, in 曾任城固县
    assert got["任城区"]["code"] == "370811"                   # control: the district itself, after the same verb


def test_zone_after_its_city_is_one_zone(article):
    art = article(body("在湖南省长沙市长沙经济技术开发区，一批智能制造企业加快投产。"))
    got = places(art)
    assert got["长沙经济技术开发区"]["level"] == "zone"
    assert "长沙市" in got


def test_a_zone_or_village_described_by_who_was_resettled_there_is_no_place(article):
    art = article(body("甘肃省白银市有一个以两地简称命名的移民开发区，在黄河新区建起了三个移民村。"))
    got = places(art)
    assert got["黄河新区"]["level"] == "zone"                                    # positive control
    assert "移民开发区" not in got and "移民村" not in got


def test_short_county_names_listed_before_etc_and_their_count_are_counties(article):
    art = article(body("浙江省已有义乌、诸暨、乐清等 3个县(市)跻身全国百强县，义乌的经验值得学习。"))
    got = places(art)
    assert got["义乌市"]["level"] == "county" and got["诸暨市"]["level"] == "county" and got["乐清市"]["level"] == "county"
    art = article(body("浙江省的义乌、诸暨的干部来此学习。"))                  # no count and level: no list of counties
    assert "诸暨市" not in places(art)


def test_a_prefecture_s_short_name_with_a_river_s_banks_after_it_is_the_river(article):
    art = article(body("西藏自治区昌都市左贡县的村子坐落在怒江西岸，离怒江源头不远。"))
    assert "左贡县" in places(art) and "怒江傈僳族自治州" not in places(art)
    art = article(body("西藏自治区昌都市左贡县的干部来到怒江州考察。"))           # positive control: the prefecture
    assert "怒江傈僳族自治州" in places(art)


def test_a_great_range_a_district_is_named_after_is_the_mountain_outside_a_chain(article):
    art = article(body("第一书记从新疆乌鲁木齐出发，飞越天山，来到墨玉县。"))
    assert "墨玉县" in places(art) and "天山区" not in places(art)
    art = article(body("第一书记从新疆乌鲁木齐市天山区出发。"))                     # positive control: in a chain
    assert "天山区" in places(art)


def test_a_bare_state_zone_is_the_one_of_the_place_named_before_it(article):
    art = article(body("在四川省成都市，高新区的企业和天府新区的园区同步推进招商，各地工业园区也在行动。"))
    got = places(art)
    assert parent_name(got["高新区"]) == "成都市"         # the city's high-tech zone, as the text names it
    assert got["天府新区"]["level"] == "zone"            # a named zone
    assert "工业园区" not in got                          # "各地工业园区": a kind of zone, no zone of its own


def test_a_park_named_with_its_host_in_brackets_lies_in_that_host(article):
    got = places(article(body("推进中德（沈阳）高端装备制造产业园建设，今年新签约项目12个。")))
    park = got["中德（沈阳）高端装备制造产业园"]
    assert park["level"] == "zone" and parent_name(park) == "沈阳市"
    got = places(article(body("中国（河南）自由贸易试验区郑州片区今天挂牌。")))
    assert parent_name(got["中国（河南）自由贸易试验区"]) == "河南省"
    got = places(article(body("他说（沈阳）那边的产业园很好，值得学习。")))         # brackets, but no park's name
    assert "沈阳市" in got and not any(p["level"] == "zone" for p in got.values())


def test_ambiguous_district_is_settled_by_the_chain(article):
    art = article(body("他在福建省福州市鼓楼区东街街道工作多年，熟悉社区情况。"))
    got = places(art)
    assert got["鼓楼区"]["code"] == "350102"
    assert got["东街街道"]["level"] == "township" and parent_name(got["东街街道"]) == "鼓楼区"


def test_a_short_county_name_listed_before_a_county_of_its_province_is_a_county(article):
    art = article(body("会上，岚县、方山县负责同志先后发言，介绍了各自的做法。"))
    got = places(art)
    assert got["岚县"]["code"] == "141127" and got["方山县"]["level"] == "county"
    art = article(body("会上，岚县、武清区负责同志先后发言，介绍了各自的做法。"))   # a county of another province
    assert "岚县" not in places(art) and "武清区" in places(art)                    # vouches for nothing
    art = article(body("含山县召开会议，要求各乡镇和县直部门抓好落实。"))            # 和 then 县直: no list, no 和县
    assert set(places(art)) == {"含山县"}


def test_a_township_named_after_an_old_county_seat_is_read_where_the_table_places_it_in_the_county(article):
    art = article(body("广安市岳池县召开会议，顾县镇党委书记汇报了工作。全县镇村干部参加会议。"))
    got = places(art)
    assert got["顾县镇"]["level"] == "township" and parent_name(got["顾县镇"]) == "岳池县"
    assert "县镇" not in got and "全县镇" not in got           # control: the county's towns, no township


def test_ambiguous_district_without_context_is_left_unlinked(article):
    art = article(body("鼓楼区的志愿者走上街头，为群众提供各类便民服务，受到广泛欢迎。"))
    got = [p for p in art.of("place") if p["name"] == "鼓楼区"]
    assert got and all(p["code"] is None for p in got)


def test_place_plus_body_is_not_split_wrongly(article):
    art = article(body("江西省宜春市樟树市委组织部组织干部到乡镇开展培训，全市城市建设稳步推进。"))
    got = places(art)
    assert "樟树市" in got and "城市" not in got


def test_descriptions_are_not_villages(article):
    art = article(body("甘肃省定西市安定区的干部到贫困村、薄弱村和示范村蹲点，石门村党支部书记陪同。"))
    villages = {n for n, p in places(art).items() if p["level"] == "village"}
    assert villages == {"石门村"}


def test_townships_listed_after_a_county_anaphor(article):
    art = article(body("近日，山东省临沂市沂南县干部深入该县依汶镇、岸堤镇、双堠镇等地走访。"))
    got = places(art)
    assert {"依汶镇", "岸堤镇", "双堠镇"} <= set(got)
    assert all(parent_name(got[n]) == "沂南县" for n in ("依汶镇", "岸堤镇", "双堠镇"))


def test_everyday_words_that_are_district_names_need_a_chain(article):
    art = article(body("贵州省持续推动乡村振兴，城区面貌焕然一新，群众生活和平安宁。"))
    assert not any(p["level"] == "county" for p in art.of("place"))
    assert "贵州省" in places(art)             # positive control


def test_traditional_script_places_resolve_the_same(article):
    art = article(body("在廣東省韶關市乳源瑤族自治縣，新建的產業園區機器轟鳴，車輛穿梭。"))
    assert {"广东省", "韶关市", "乳源瑶族自治县"} <= set(places(art))


def test_province_short_name_and_direction_is_a_region(article):
    art = article(body("豫西山区的核桃丰收了，河南省洛阳市栾川县的合作社忙着收购。"))
    got = places(art)
    assert got["豫西"]["level"] == "other"
    assert got["栾川县"]["code"] == "410324"


def test_a_link_not_inside_the_place_before_it_is_no_chain(article):
    art = article(body("浙江省金华市浦江县新建道路30公里，浦江县的群众出行更方便了。"))
    got = places(art)
    assert got["浦江县"]["code"] == "330726"          # positive control: the real chain
    assert "新建区" not in got                          # 新建 (a district of 南昌) is a verb here


def test_division_names_that_script_conversion_would_spoil_are_kept():
    from kg.places.gazetteer import load
    from kg.lang.script import to_simplified
    from kg.lang.words import words

    assert to_simplified("松原市乾安县今年新建水渠") == "松原市乾安县今年新建水渠"
    assert to_simplified("乾燥的天氣") == "干燥的天气"                       # control: 乾 still converts elsewhere
    spoiled = {n for n in load().names if len(n) >= 3 and to_simplified(n) != n}
    assert spoiled == set() and "乾安县" in words("keep_in_simplified")


def test_township_names_written_with_standard_simplified_characters_survive_conversion():
    # 乾, 於 and 藉 belong to GB 2312, the standard simplified set: a town written with them
    # is written correctly, and t2s must not turn it into another word (借口镇, 于潜镇)
    import lzma

    import opencc
    from kg.lang.script import to_simplified
    from kg.places.villages import DATA

    t2s = opencc.OpenCC("t2s").convert

    def standard(c):
        try:
            return bool(c.encode("gb2312"))
        except UnicodeEncodeError:
            return False

    towns = set()
    with lzma.open(DATA, "rt", encoding="utf-8") as rows:
        for row in rows:
            name, level = row.split("\t")[:2]
            changed = [a for a, b in zip(name, t2s(name)) if a != b]
            if level == "t" and changed and all(standard(c) and c.isalpha() for c in changed):
                towns.add(name)
    assert to_simplified("天水市秦州区藉口镇副镇长") == "天水市秦州区藉口镇副镇长"
    assert to_simplified("藉口推脱") == "借口推脱"                          # control: the word still converts
    assert len(towns) >= 10 and {n for n in towns if to_simplified(n) != n} == set()


def test_a_bare_village_is_found_when_the_article_names_its_county(article):
    found = places(article(body("云南省红河县召开春耕工作会议。会后，尼美村党支部组织党员开展志愿服务。")))
    assert found["尼美村"]["level"] == "village"
    assert found["尼美村"]["parent"]["name"] == "乐育镇"                       # its township, from the table
    assert found["尼美村"]["parent"]["parent"]["name"] == "红河县"


def test_a_bare_village_of_another_county_is_not_taken(article):
    # 116 villages are called 清泉村, none of them in Anshan: the name alone places nothing
    found = places(article(body("辽宁省台安县召开春耕工作会议。会后，清泉村开展了志愿服务活动。")))
    assert "台安县" in found                                                  # control: the county is read
    assert "清泉村" not in found
    found = places(article(body("云南省红河县召开春耕工作会议。会后，尼美村开展了志愿服务活动。")))
    assert "尼美村" in found                                                  # control: the same sentence, its county


def test_villages_listed_with_he_are_siblings_not_nested(article):
    found = places(article(body("调研组来到贵州省雷山县西江镇控拜村、麻料村和乌高村。")))
    assert {found[v]["parent"]["name"] for v in ("控拜村", "麻料村", "乌高村")} == {"西江镇"}
    assert "和乌高村" not in found


def test_a_village_named_before_its_villagers_is_a_village(article):
    found = places(article(body("在山东省沂南县马牧池乡常山庄村村民家中，大棚蔬菜长势喜人。")))
    assert found["常山庄村"]["parent"]["name"] == "马牧池乡"


def test_short_county_names_listed_after_a_county_of_the_province_are_places(article):
    art = article("标题\n2023-06-01 来源:测试日报\n河北省阜平县今年脱贫摘帽，全省阜平、涞源、曲阳和望都等县同时退出。")
    got = {p["name"] for p in art.of("place")}
    assert {"涞源县", "曲阳县", "望都县"} <= got
    alone = article("标题\n2023-06-01 来源:测试日报\n他说涞源的山很高。")
    assert "涞源县" not in {p["name"] for p in alone.of("place")}          # alone, a short form proves nothing


def test_divisions_created_since_2018_are_known_with_their_chain(article):
    got = places(article(body("西藏自治区那曲市色尼区的牧民合作社今年扩大了牦牛养殖规模。")))
    assert got["那曲市"]["code"] == "540600" and got["色尼区"]["code"] == "540602"
    assert parent_name(got["色尼区"]) == "那曲市"
    got = places(article(body("浙江省杭州市临平区新开通了两条公交线路。")))
    assert got["临平区"]["code"] == "330113" and parent_name(got["临平区"]) == "杭州市"


def test_an_old_name_resolves_to_the_division_of_today(article):
    # 横县 became 横州市 (2021), 那曲地区 became 那曲市: the old name is one more way to write it
    got = places(article(body("广西南宁市横县的茉莉花产量占全国一半以上。")))
    assert got["横州市"]["code"] == "450127" and got["横州市"]["surface"] == "横县"
    got = places(article(body("2010年，西藏那曲地区新建了一批牧民定居点。")))
    assert got["那曲市"]["code"] == "540600"


def test_a_county_or_prefecture_name_of_the_1980s_is_the_division_that_succeeded_it(article):
    # 深县 became 深州市 in 1994, 淮阴地区 淮阴市 in 1983 and 淮安市 in 2001 (the yearly code tables)
    got = places(article(body("1985年，他调任河北省深县副县长，后任江苏省淮阴地区行署农业局局长。")))
    assert got["深州市"]["code"] == "131182" and got["深州市"]["surface"] == "深县"
    assert got["淮安市"]["code"] == "320800" and got["淮安市"]["surface"] == "淮阴地区"
    got = places(article(body("河北省深州市今年新建高标准农田三万亩。")))      # positive control: today's name
    assert got["深州市"]["surface"] == "深州市"


def test_a_district_of_the_old_tables_named_by_direction_or_kind_is_no_place(article):
    # 市郊区 and 南区 were districts once; gone, the words are words
    got = places(article(body("安徽省芜湖市开展城市郊区环境整治，南区一带新建停车场。")))
    assert "市郊区" not in got and "南区" not in got and "芜湖市" in got


def test_a_level_with_its_alternates_after_a_list_of_short_names_is_no_old_name(article):
    # "县(市)" stands for counties or cities: 乐清 then the list's level, not the old 乐清县
    art = article(body("王立群、陈海东分别从永嘉、乐清县(市)委书记调任瓯海、龙湾两区的区委书记。"))
    got = places(art)
    assert got["乐清市"]["surface"] == "乐清" and got["永嘉县"]["surface"] == "永嘉"


def test_a_short_form_before_a_rank_with_its_level_character_is_read_without_it(article):
    # "某江县级河长": the rank 县级, not 某江县 (Hainan's 昌江 county, a river's name in Hunan)
    art = article(body("平江县全面推行河长制。昌江县级河长每季度巡河一次，全体平江县级领导带头认领河湖。"))
    got = places(art)
    assert "平江县" in got                                    # control: the article's county, its rank after it
    assert not any(p["code"] and p["code"].startswith("46") for p in art.of("place"))


def test_a_peoples_commune_of_an_old_career_is_a_township_of_the_county_before_it(article):
    art = article(body("李卫东历任如东县委工作队队员、岔河公社三大队党支部副书记，后任丰利公社革委会副主任。"))
    got = places(art)
    assert got["岔河公社"]["level"] == "township" and parent_name(got["岔河公社"]) == "如东县"
    assert got["丰利公社"]["level"] == "township"            # (after 后任: the verb is no part of its name)
    bodies = {p["org"]["name"] for p in art.of("post") if p["org"] is not None}
    assert {"岔河公社三大队党支部", "丰利公社革委会"} <= bodies


def test_a_firm_called_a_commune_after_its_village_is_no_township(article):
    got = places(article(body("在临泉县城关镇幸福村稻香公社，村民正在分拣大米。")))
    assert "稻香公社" not in got and "幸福村" in got                    # control: the village is read
    got = places(article(body("1962年，他任海安县曲塘公社党委书记。")))
    assert got["曲塘公社"]["level"] == "township"                      # control: a commune after its county


def test_the_country_inside_a_quoted_title_an_outlet_or_an_event_is_no_place(article):
    def named(art):                       # (a place inside a name stays a span, marked in_name)
        return {p["name"] for p in art.of("place") if not p.get("in_name")}
    got = named(article(body("庆元县被誉为“中国菌都”。第十二届中国花卉博览会在该县举行。中国乡村振兴网讯，记者到场采访。")))
    assert "中国" not in got and "庆元县" in got
    got = named(article(body("在中国，县域经济占全国经济总量的比重接近四成。")))     # positive control: the country
    assert "中国" in got


def test_an_abolished_prefecture_keeps_its_chain_and_its_short_form_means_today(article):
    got = places(article(body("2015年，山东省莱芜市莱城区开工建设一条城市快速路。")))
    assert got["莱芜市"]["code"] == "371200" and parent_name(got["莱城区"]) == "莱芜市"
    got = places(article(body("山东省济南市莱芜区今年新建改建农村公路一百公里。")))     # positive control: today
    assert got["莱芜区"]["code"] == "370116" and parent_name(got["莱芜区"]) == "济南市"


def test_a_short_form_that_begins_a_river_name_is_not_the_division(article):
    got = places(article(body("浙江省杭州市的市民沿着钱塘江边散步，江水平静。")))
    assert "钱塘区" not in got and "杭州市" in got
    got = places(article(body("四川江油市新建了一座李白纪念馆。")))           # positive control: a city after 四川
    assert "江油市" in got and "四川省" in got


def test_a_mountain_or_lake_is_a_place_only_where_the_text_puts_something_there(article):
    got = places(article(body("游客在玉龙雪山脚下拍照，随后来到洱海边散步。")))
    assert got["玉龙雪山"]["level"] == "other" and got["洱海"]["level"] == "other"
    assert "高山" not in places(article(body("村民在高山上种植茶叶，收入明显增加。")))
    got = places(article(body("云南玉龙雪山旅游公司今年营收增长，景区游客增加。")))      # a company's name
    assert "玉龙雪山" not in got
    assert not any(n.endswith("海") for n in places(article(body("露营的人们住在崇明岛山间海边的小屋里。"))))


def test_a_place_name_inside_a_longer_word_is_no_place(article):
    got = places(article(body("各地要确保山区群众安全过冬，建设美丽江苏的步伐不停。")))
    assert "江苏省" in got                                               # the name the words leave
    assert not {"丽江市", "保山市"} & set(got)                          # 美丽|江苏, 确保|山区
    got = places(article(body("移民新村坐落在宁夏贺兰山东麓，村民种上了葡萄。")))
    assert "宁夏回族自治区" in got and not {"山东省", "贺兰县"} & set(got)
    got = places(article(body("中共禹州市委召开常委会，本溪桓仁满族自治县县委书记也来了。")))
    assert {"禹州市", "桓仁满族自治县"} <= set(got)                      # inside a body's or a chain's name: kept


def test_a_place_inside_a_word_is_refused_with_the_model_and_without_it(article):
    from kg.components import exclude

    with_model = places(article(body("各地要建设美丽江苏。")))
    exclude(["statistical"])
    try:
        rules_alone = places(article(body("各地要建设美丽江苏。")))
    finally:
        exclude([])
    for got in (with_model, rules_alone):          # the model's words, or the dictionary's 美丽
        assert "丽江市" not in got and "江苏省" in got


def test_townships_listed_with_their_villages_share_the_county(article):
    art = article(body("检查组先后到云和县石塘镇小顺村、崇头镇梅源村、雾溪乡坪垟岗村检查。"))
    got = {p["name"]: parent_name(p) for p in art.of("place")}
    assert got["崇头镇"] == got["雾溪乡"] == got["石塘镇"] == "云和县"      # not the township listed before
    assert got["梅源村"] == "崇头镇" and got["坪垟岗村"].startswith("雾溪")      # a village stays in its own township


def test_townships_found_only_in_one_county_name_that_county(article):
    art = article(body("县委书记一行先后前往乐育镇、三村乡调研春耕。"))       # the county is never written
    got = {p["name"]: parent_name(p) for p in art.of("place")}
    assert got.get("乐育镇") == got.get("三村乡") == "红河县"
    art = article(body("县委书记一行前往乐育镇调研春耕。"))                    # one alone proves nothing
    assert "乐育镇" not in {p["name"] for p in art.of("place")}


def test_the_county_its_townships_name_is_the_articles_county(article):
    art = article(body("县委书记王海一行先后前往乐育镇、三村乡调研春耕。"))
    post = next(p for p in art.of("post") if p["title"] == "县委书记")
    assert post["place"]["name"] == "红河县" and post["org"]["name"] == "红河县委"


def test_a_villages_committee_is_read_whole(article):
    art = article(body("陕西省洛川县东青牛村委会主任介绍了情况。洛川县委会议随后召开。"))
    names = {o["name"] for o in art.of("org")}
    assert any(n.endswith("村委会") for n in names) and not any(n.endswith("村委") for n in names)
    assert "洛川县委" in names and "洛川县委会" not in names                 # 委会 only after a village


def test_a_team_a_body_sends_to_a_village_is_one_body(article):
    art = article(body("湖南省临澧县财政局驻佘市桥镇兴福村帮扶工作队队长王明介绍情况。"))
    post = next(p for p in art.of("post") if p["title"] == "队长")
    assert post["org"]["name"] == "临澧县财政局驻佘市桥镇兴福村帮扶工作队"


def test_a_congress_is_named_without_its_term(article):
    art = article(body("江苏省淮安市第八届人民代表大会第一次会议开幕。甘肃省第十四届人民代表大会常务委员会举行会议。"))
    marks = {o["name"]: art.sentences[o.sent].simp[o.start:o.end] for o in art.of("org") if o.sent >= 0}
    assert marks["淮安市人民代表大会"] == "淮安市第八届人民代表大会"                # the mark covers the term
    assert "甘肃省人大常委会" in marks                                           # one body, whichever name


def test_a_village_title_belongs_to_the_village_in_focus(article):
    art = article(body("陕西省洛川县凤栖镇东青牛村召开大会。村支书王海峰介绍了情况。在东坡村，村党支部第一书记李明汇报了工作。"))
    posts = {p["person"]["name"]: p for p in art.of("post") if p.get("person")}
    assert posts["王海峰"]["place"]["name"] == "东青牛村" and posts["王海峰"]["org"]["name"] == "东青牛村党支部"
    assert posts["李明"]["place"]["name"] == "东坡村" and posts["李明"]["org"]["name"] == "东坡村党支部"
    art = article(body("村支书王海峰介绍了情况。"))                                  # no village in focus: none
    assert all(p["place"] is None or p["place"]["level"] != "village" for p in art.of("post"))


def test_courts_procuratorates_and_general_offices_are_bodies(article):
    art = article(body("江西省人民检察院交由抚州市人民检察院审查起诉，抚州市中级人民法院审理。甘肃省委办公厅发出通知。"))
    names = {o["name"] for o in art.of("org")}
    assert {"江西省人民检察院", "抚州市人民检察院", "抚州市中级人民法院", "甘肃省委办公厅"} <= names


def test_a_commission_and_a_bureau_by_their_own_short_names_are_bodies(article):
    art = article(body("湖北省黄石市召开会议。会上，市发展改革委、省林草局和市财政局负责人作了发言。"))
    names = {o["name"] for o in art.of("org")}
    assert "黄石市财政局" in names                                           # positive control
    assert {"黄石市发展改革委", "湖北省林草局"} <= names


def test_an_ethnic_township_is_read_whole_with_or_without_its_county(article):
    art = article("测试新闻\n2023-06-01 来源:测试日报\n辽宁省沈阳市法库县四家子蒙古族乡召开春耕会议。四家子蒙古族乡红砂地村的养羊户增加了。\n")
    got = {(p["name"], p["level"]) for p in art.of("place")}
    assert ("法库县", "county") in got                                      # positive control
    assert ("四家子蒙古族乡", "township") in got and ("红砂地村", "village") in got
    assert not any(n in ("蒙古族乡", "族乡") for n, _ in got)


def test_a_two_character_county_before_its_own_committee_is_that_county(article):
    art = article("测试新闻\n2023-06-01 来源:测试日报\n王丽，女，魏县县委书记。他在沛县人民政府工作过。时任县委书记李强讲话。\n")
    got = {p["name"] for p in art.of("place")}
    assert {"魏县", "沛县"} <= got
    assert not any(n.startswith("任") for n in got)          # 时任县委书记: no county 任县


def test_a_township_before_a_village_beginning_with_min_and_names_ending_in_cheng_are_read(article):
    art = article("测试新闻\n2023-06-01 来源:测试日报\n吉林省松原市宁江区大洼镇民乐村的村民说。上海市奉贤区深入南桥镇、奉城镇调研。"
                  "四川省达州市渠县汇东乡白腊村、天城村都来了。\n")
    got = {p["name"] for p in art.of("place")}
    assert {"大洼镇", "民乐村", "奉城镇", "天城村", "南桥镇", "白腊村"} <= got
    art = article("测试新闻\n2023-06-01 来源:测试日报\n湖南省长沙市推进新型城镇化，城镇居民和乡镇干部都来了，打造和美乡村。镇民说好。\n")
    got = {p["name"] for p in art.of("place")}
    assert "长沙市" in got and not any(n.endswith(("城镇", "乡村", "镇民")) for n in got)


def test_a_village_written_as_it_was_before_a_merger_is_that_village(article):
    art = article("测试新闻\n2023-06-01 来源:测试日报\n湖南省湘潭市湘潭县花石镇原东晓村的村民说，原来的村部已经修好。原平市来人了。\n")
    got = {p["name"]: p for p in art.of("place")}
    assert "东晓村" in got and got["东晓村"]["parent"]["name"] == "花石镇"
    assert "原东晓村" not in got and "原平市" in got              # a division named 原… keeps its 原


def test_where_a_place_lies_names_the_landform_at_the_clause_s_end(article):
    art = article("测试新闻\n2023-06-01 来源:测试日报\n黑龙江省齐齐哈尔市克山县地处松嫩平原，盛产大豆。公司位于工业园区，地处平原，交通便利。\n")
    got = {p["name"]: p["level"] for p in art.of("place")}
    assert got.get("松嫩平原") == "other" and "克山县" in got
    assert "平原" not in got                                      # a bare landform word is no name


def test_a_village_named_with_a_numeral_right_after_its_township_is_a_village(article):
    art = article("村里新闻\n2024-01-05\n旬阳县蜀河镇三喜村党支部书记张德旺介绍了情况。\n")
    assert ("三喜村", "village") in {(p.text, p["level"]) for p in art.of("place")}
    post = next(p for p in art.of("post") if p["person"]["name"] == "张德旺")
    assert post["place"]["name"] == "三喜村"
    # without its township before it, a numeral and a verb stay no village name
    loose = article("村里新闻\n2024-01-05\n干部们三喜村民，扎根基层。\n")
    assert "三喜村" not in {p.text for p in loose.of("place")}


def test_a_township_whose_name_ends_in_cun_is_read_whole_before_its_village(article):
    art = article("村里新闻\n2024-01-05\n在衡水市武邑县韩庄村镇北刘村，村民正在收割小麦。\n")
    got = {(p.text, p["level"], p.get("parent") and p["parent"]["name"]) for p in art.of("place")}
    assert ("韩庄村镇", "township", "武邑县") in got and ("北刘村", "village", "韩庄村镇") in got
    assert not any(p.text == "韩庄村" for p in art.of("place"))
    # 某镇 + 民乐村: a village whose name begins with 民 after its township is still read
    art = article("村里新闻\n2024-01-05\n永登县城关镇民乐村党支部书记王力讲话。\n")
    assert ("民乐村", "village") in {(p.text, p["level"]) for p in art.of("place")}


def test_townships_that_share_a_county_name_it_and_villages_before_their_own_posts_are_read(article):
    # 舒桥乡 lies in one county only; 海口镇 and 北山镇 in several, one of them the same
    art = article("通报\n2024-01-05\n1.舒桥乡根山村党支部书记李明违规发包工程。\n"
                  "2.海口镇海林村党支部书记王强违规发包工程。\n3.北山镇高桥背村原党支部书记赵刚违规发包工程。\n")
    got = {(p.text, p.get("parent") and p["parent"]["name"]) for p in art.of("place")}
    assert {("海口镇", "青田县"), ("北山镇", "青田县"), ("高桥背村", "北山镇"), ("海林村", "海口镇")} <= got
    post = next(p for p in art.of("post") if p["person"]["name"] == "赵刚")
    assert post["org"]["name"] == "高桥背村党支部" and post["former"]
    # a verb before 村 after a township is no village, even before a Party branch
    art = article("通报\n2024-01-05\n青田县北山镇帮扶村党支部开展活动。\n")
    assert not any(p.text == "帮扶村" for p in art.of("place"))


def test_a_company_keeps_its_whole_legal_name(article):
    art = article("签约\n2024-01-05\n该县与华东南粤集团有限公司、北方重工集团公司签约，双方合作社代表出席。\n")
    names = {o["name"] for o in art.of("org")}
    assert {"华东南粤集团有限公司", "北方重工集团公司"} <= names
    assert not names & {"华东南粤集团", "北方重工集团"}


def test_a_committee_and_government_written_together_are_two_bodies_and_a_place_prefix_does_not_hide_a_company(article):
    art = article("调研\n2024-01-05\n在琼山区大坡镇党委镇政府，镇委书记王立平介绍情况。\n")
    assert {"大坡镇党委", "大坡镇政府"} <= {o["name"] for o in art.of("org")}
    art = article("座谈\n2024-01-05\n重庆博文模具有限公司、重庆安博电子有限公司负责人发言。\n")
    assert {"重庆博文模具有限公司", "重庆安博电子有限公司"} <= {o["name"] for o in art.of("org")}
    assert not {o["name"] for o in article("座谈\n2024-01-05\n大家加入合作社。\n").of("org")} - {"测试日报"}


def test_a_county_paper_naming_its_two_character_county_twice_places_its_leaders(article):
    art = article("县委常委会召开\n4月2日，县委书记韩立新主持召开县委常委会议，审议《蔚县乡村振兴实施方案》。"
                  "会议要求全县上下对标蔚县发展目标抓好落实。县人大和县政协负责同志列席会议。\n")
    assert "蔚县" in places(art)
    post = next(p for p in art.of("post") if p["person"]["name"] == "韩立新")
    assert post["place"]["name"] == "蔚县" and post["org"]["name"] == "蔚县县委"      # as such counties write it
    assert "和县" not in places(art)               # "县人大和县政协": a conjunction, not 安徽的和县


def test_a_two_character_county_written_once_needs_its_city():
    from kg.build.pipeline import enrich
    from kg.read import article_from_text
    once = enrich(article_from_text("简讯\n县委书记韩立新说，要学习蔚县经验。\n", "x.txt"))
    assert "蔚县" not in places(once)
    twice = enrich(article_from_text("简讯\n县委书记韩立新说，要学习蔚县经验，推动蔚县发展。\n", "x.txt"))
    assert "蔚县" in places(twice)


def test_items_of_a_list_share_the_last_items_village_suffix(article):
    art = article(body("宜川县的延安村党支部带头修路。比较延安、丹州、英旺村党支部的做法，各有特色。"))
    got = [(p["surface"], p["name"], p["level"]) for p in art.of("place")]
    assert ("延安", "延安村", "village") in got and ("延安", "延安市", "prefecture") not in got
    plain = article(body("我们比较了延安、榆林两市的做法。"))               # no village list: the city
    assert ("延安", "延安市", "prefecture") in [(p["surface"], p["name"], p["level"]) for p in plain.of("place")]


def test_a_county_papers_bare_city_body_is_its_prefectures(article):
    art = article(body("蔚县县委常委会召开会议，传达学习市委全会精神。市政协副主席韩立军到蔚县调研。"))
    names = {o["name"] for o in art.of("org")}
    assert "张家口市委" in names and "张家口市政协" in names


def test_a_banners_abbreviation_is_the_banner_and_its_heads_are_placed(article):
    art = article("牧区调研\n2022-07-01\n调研组深入西乌旗和科右中旗。东乌旗人民政府代旗长 巴特尔出席。"
                  "锡林郭勒盟盟长乌兰、副盟长孟和出席。\n")
    named = {p["name"] for p in art.of("place")}
    assert {"西乌珠穆沁旗", "科尔沁右翼中旗", "东乌珠穆沁旗"} <= named
    posts = {(p["person"]["name"], p["title"]): p for p in art.of("post")}
    assert posts[("巴特尔", "代旗长")]["place"]["name"] == "东乌珠穆沁旗"
    assert posts[("孟和", "副盟长")]["place"]["name"] == "锡林郭勒盟"
    assert "乌旗" not in named and not any(n.startswith("科右") and n != "科尔沁右翼中旗" for n in named)


def test_a_county_level_citys_own_paper_makes_its_bare_city_bodies_its_own(article):
    own = article("市委常委会\n2022-03-01\n市委书记罗志勇主持召开市委常委会，传达宁德市委全会精神。会议要求全市上下推动福安更好发展，"
                  "我市要抓好落实。\n")
    post = next(p for p in own.of("post") if p["person"]["name"] == "罗志勇")
    assert post["org"]["name"] == "福安市委" and post["place"]["name"] == "福安市"
    prefecture = article("市委常委会\n2022-03-01\n宁德市召开会议，市委书记罗志勇主持。会议听取了福安市的汇报，我市要抓好落实。\n")
    post = next(p for p in prefecture.of("post") if p["person"]["name"] == "罗志勇")
    assert post["place"]["name"] == "宁德市"                     # a prefecture's paper: its own 市委


def test_a_short_form_of_a_province_and_its_city_is_the_one_that_holds_the_next_link(article):
    got = places(article(body("吉林梅河口的农民合作社今年扩种了大豆，收成比去年好。")))
    assert got["梅河口市"]["level"] == "county" and got["吉林省"]["level"] == "province"
    assert "吉林市" not in got
    city = places(article(body("吉林蛟河的农民合作社今年扩种了大豆，收成比去年好。")))
    assert city["蛟河市"]["level"] == "county" and "吉林市" in city           # control: 蛟河 is the city's


def _mentioned_places(tmp_path, text):
    from rdflib.namespace import RDF, RDFS

    from kg.build.pipeline import merge, process_file
    from kg.graph.ns import CK

    src = tmp_path / "a.txt"
    src.write_text(body(text), encoding="utf-8")
    g = merge([process_file(str(src))])
    return {str(g.value(p, RDFS.label)) for p in g.subjects(CK.mentionedIn) if (p, RDF.type, CK.Locality) in g}


def test_a_place_only_inside_a_company_school_or_paper_name_is_not_mentioned(tmp_path):
    got = _mentioned_places(tmp_path, "他1990年毕业于陕西师范大学，后到某某公司工作。")
    assert "陕西省" not in got
    got = _mentioned_places(tmp_path, "记者从河南日报获悉，山西晋丰农业开发有限公司今年扩大了种植面积。")
    assert not got & {"河南省", "山西省"}
    got = _mentioned_places(tmp_path, "这里被誉为“中国红枣之乡”，红枣远销各地。")
    assert not got & {"中国", "红枣之乡"}
    got = _mentioned_places(tmp_path, "陕西省教育厅发布通知，陕西师范大学等高校参加。")        # control: a government body's
    assert "陕西省" in got
    got = _mentioned_places(tmp_path, "今年中国粮食总产量再创新高。")                          # control: the country itself
    assert "中国" in got


def test_a_short_form_a_dictionary_word_runs_into_is_no_place(article):
    got = places(article(body("这片湿地位于黄河入海口，候鸟成群。")))
    assert "海口市" not in got                                   # 入海口, an estuary
    got = places(article(body("代表团一行赴海口考察自贸港建设。")))
    assert "海口市" in got                                       # control: the city's short form


def _parents(art):
    """Label -> ({labels of ck:partOf}, {labels of ck:adminParent}) in the article's triples."""
    from kg.graph.ns import CK, RDFS
    from kg.kinds import writer

    triples = writer(art).write()
    label = {s: str(o) for s, p, o in triples if p == RDFS.label}
    out: dict = {}
    for s, p, o in triples:
        if p in (CK.partOf, CK.adminParent):
            out.setdefault(label[s], (set(), set()))[p == CK.adminParent].add(label[o])
    return out


def test_a_place_lies_under_the_place_above_it_the_text_names_and_keeps_its_table_parent(article):
    parents = _parents(article("县委调整\n2023-05-04\n陕西商南县委书记欧阳明到红河县调研。他走访了尼美村。\n"))
    assert parents["商南县"] == ({"陕西省"}, {"商洛市"})          # the text skips the prefecture
    assert parents["商洛市"] == ({"陕西省"}, set())                # the table's chain stays whole
    assert parents["尼美村"] == ({"红河县"}, {"乐育镇"})          # and a bare village's township
    parents = _parents(article("县委调整\n2023-05-04\n商洛市商南县委书记欧阳明到红河县乐育镇调研。他走访了尼美村。\n"))
    assert parents["商南县"] == ({"商洛市"}, set()) and parents["尼美村"] == ({"乐育镇"}, set())    # control


def test_officials_of_a_prefecture_the_text_skipped_are_still_found_under_it(tmp_path):
    from kg.build.build import build
    from kg.sparql.query import answer, saved_queries

    corpus = tmp_path / "c"
    corpus.mkdir()
    (corpus / "a.txt").write_text("县委调整\n2023-05-04\n陕西商南县委书记欧阳明与河南卢氏县县长司马亮座谈。\n", encoding="utf-8")
    build([corpus], tmp_path / "o", jobs=1, progress=False, view=False)
    q = saved_queries()["officials_of_place"]
    assert "欧阳明" in answer(tmp_path / "o", q, {"place": "商洛市"}, (), "csv")        # through ck:adminParent
    assert "欧阳明" in answer(tmp_path / "o", q, {"place": "陕西省"}, (), "csv")
    assert "欧阳明" not in answer(tmp_path / "o", q, {"place": "河南省"}, (), "csv")    # control: not everywhere
    assert "司马亮" in answer(tmp_path / "o", q, {"place": "三门峡市"}, (), "csv")


def test_a_regulations_numbered_article_is_no_village(article):
    art = article("制度汇编\n2023-05-04\n宕昌县印发村级组织工作规则。第四条村党组织书记主持村党组织全面工作。\n")
    assert "四条村" not in {p["name"] for p in art.of("place")}
    art = article("驻村帮扶\n2023-05-04\n宕昌县狮子乡四条村党支部书记带领群众种植中药材。\n")
    assert "四条村" in {p["name"] for p in art.of("place")}                  # control: the village itself


def test_an_autonomous_countys_contraction_names_the_county(article):
    art = article("县委调研\n2023-05-04\n前郭县委书记欧阳明到乡镇调研春耕生产。\n")
    assert "前郭尔罗斯蒙古族自治县" in {p["name"] for p in art.of("place")}
    art = article("县委调研\n2023-05-04\n县委书记欧阳明到前郭调研。\n")
    assert "前郭尔罗斯蒙古族自治县" not in {p["name"] for p in art.of("place")}     # the bare stem is no contraction


def test_village_work_after_a_county_is_no_village_of_one_character(article):
    art = article(body("西吉县驻村第一书记和西吉县包村干部进村入户。西吉县张村的村民说，土豆卖得好。"))
    got = {p["name"] for p in art.of("place")}
    assert "张村" in got                            # a one-character village right after its county (listed there)
    assert not {"驻村", "包村"} & got


def test_a_township_after_its_villages_de_does_not_lie_in_the_village(article):
    art = article(body("走进陕西省安康市平利县长安镇中坝村，道路平整。负责包保中坝村的长安镇党委委员王海林介绍。"))
    parents = {(p["name"], p["parent"]["name"] if p["parent"] is not None else None) for p in art.of("place")}
    assert ("中坝村", "长安镇") in parents                # the village under the township it follows
    assert ("长安镇", "中坝村") not in parents and ("长安镇", "平利县") in parents


def test_a_village_written_by_sound_is_read_whole_after_its_township(article):
    art = article(body("工作队来到莎车县托格拉克乡阿热阿依巴格村。阿热阿依巴格村第一书记说，村里种了核桃。"
                       "工作组又到了阿巴嘎旗额尔敦苏木巴音图嘎查。"))
    parents = {(p["name"], p["parent"]["name"] if p["parent"] is not None else None) for p in art.of("place")}
    assert ("阿热阿依巴格村", "托格拉克乡") in parents
    assert ("巴音图嘎查", "额尔敦苏木") in parents           # 苏木 ends the township's name, not a sounded run


def test_a_township_the_table_lists_under_the_county_before_it_is_read_whatever_its_words(article):
    art = article(body("罗城仫佬族自治县四把镇党委书记韦立新说，要把村里的路修好。"))
    got = {(p["name"], p["parent"]["name"] if p["parent"] is not None else None) for p in art.of("place")}
    assert ("四把镇", "罗城仫佬族自治县") in got          # 把, a preposition elsewhere, inside a listed name
    assert not any(name.startswith("把") for name, _ in got)


def test_a_village_the_named_county_lacks_is_that_county_s_not_a_namesake_s_next_door(article):
    # 石桥村 is a village of 雨花区 in Changsha; an article on 宁乡市 (Changsha too) means its own
    found = places(article(body("长沙市雨花区召开秋收工作会议。会后，石桥村党总支组织党员帮助农户收割。")))
    assert found["石桥村"]["parent"]["name"] == "跳马镇"                       # control: its own county named
    found = places(article(body("宁乡市召开秋收工作会议。会后，石桥村党总支组织党员帮助农户收割。")))
    assert found["石桥村"]["parent"]["name"] == "宁乡市"


def test_a_clause_s_function_words_before_a_bare_level_are_no_township(article):
    # "现将镇领导班子…如下": now hereby, then the township's leading group; no township 现将镇
    art = article(body("因工作需要，经研究，现将镇领导班子成员分工公布如下。"
                       "西柏坡镇领导班子成员分工同时调整。"))
    names = {p["name"] for p in art.of("place")}
    assert "西柏坡镇" in names                      # control: a name in the same frame is read
    assert not any(n.startswith("现将") for n in names)


def test_a_township_named_after_its_post_station_or_valley_is_read(article):
    # 铺 and 冲 end place names though jieba files them as verbs; the table knows these townships
    got = places(article(body("11月2日，金石桥镇召开会议。黄土铺镇举行产业推介会，牛角冲村召开村民大会。")))
    assert got["金石桥镇"]["level"] == "township"                            # control: a noun stem
    assert got["黄土铺镇"]["level"] == "township"


def test_a_village_holding_its_own_meeting_is_the_village_and_its_officers_its_own(article):
    art = article(body("11月8日，白鹭冲村召开村民代表大会。村党支部书记陈建平主持会议，村监委会主任刘红参加。"))
    assert places(art)["白鹭冲村"]["level"] == "village"           # (a village the table does not list)
    held = {(p["person"]["name"], p["place"]["name"] if p["place"] else None) for p in art.of("post")}
    assert ("陈建平", "白鹭冲村") in held and ("刘红", "白鹭冲村") in held


def test_a_township_named_before_its_own_station_is_read_with_the_station_s_head(article):
    art = article(body("一、南岭镇卫生院院长曹建军违规收受红包问题。二、北坡乡财政所所长邓立平违规报销问题。"
                       "三、西河镇党委副书记罗志勇违规操办婚宴问题。"))
    got = places(art)
    assert got["西河镇"]["level"] == "township"                             # control: its Party committee after it
    assert got["南岭镇"]["level"] == "township" and got["北坡乡"]["level"] == "township"
    held = {(p["title"], p["org"]["name"] if p["org"] else None) for p in art.of("post")}
    assert ("院长", "南岭镇卫生院") in held and ("所长", "北坡乡财政所") in held


def test_a_place_in_the_outlet_of_a_credit_opening_the_paragraph_is_no_place_named(article):
    art = article(body("(江西经济观察/刘明 黄丽)6月3日，瑞金市委书记钟华到叶坪乡调研。"))
    named = {p["name"] for p in art.of("place") if not p.get("in_name")}
    assert {"瑞金市", "叶坪乡"} <= named                                     # control: the news's places
    assert "江西省" not in named


def test_the_country_opening_a_firm_s_name_is_no_place_named(article):
    art = article(body("在湖南省沅陵县，中国石化派驻枫香坪村第一书记王建军带领村民发展茶叶。"))
    named = {p["name"] for p in art.of("place") if not p.get("in_name")}
    assert "沅陵县" in named                                               # control
    assert "中国" not in named


def test_a_two_character_county_opening_its_clause_as_the_doer_is_read_whatever_its_first_character(article):
    # 道 is a word of its own, yet "道县召开…" is the county; "县委和县妇联" stays no county 和县
    art = article(body("12月3日，道县召开冬季森林防火工作会议。会议由县委和县妇联联合组织。"))
    got = places(art)
    assert got["道县"]["level"] == "county"
    assert "和县" not in got                                               # the negative beside it


def test_a_villages_only_namesake_in_another_province_is_no_village_here():
    from kg.places.villages import place_of

    sichuan = {"510000", "511700", "511725"}            # the divisions an article on 渠县 names
    assert place_of("壮大村", sichuan, None) is None     # the table's one 壮大村 lies in Heilongjiang
    assert place_of("壮大村", {"230000", "230600", "230621"}, None).county == "230621"
    assert place_of("壮大村", set(), None) is not None   # no division named: the one namesake stands


def test_the_central_plains_are_no_district_unless_written_in_their_city(article):
    art = article(body("在郑州召开会议，展现中原儿女的出彩风貌。郑州市中原区区长王海林说，筹备工作已就绪。"))
    spans = [(p.sent, p["name"]) for p in art.of("place")]
    assert (1, "中原区") in spans                              # in its city's chain: the district
    assert (0, "中原区") not in spans


def test_a_village_whose_name_opens_with_a_citys_short_form_is_the_village(article):
    art = article(body("密云区人大代表先后到溪翁庄镇小镇驿站、东营子村斯湾农场视察。东营市代表团也来了。"))
    got = {(p.sent, p["name"]) for p in art.of("place")}
    assert (0, "东营子村") in got and (0, "东营市") not in got
    assert (1, "东营市") in got                               # the city in its own words


def test_a_provinces_short_form_is_the_province_in_news_of_a_city_with_a_namesake_district(article):
    art = article(body("天津市推进京津冀协同发展，河北华信集团在津投资建厂。天津市河北区新建两所学校。"))
    hebei = [p for p in art.of("place") if p.text == "河北"]
    assert hebei and all(p["name"] == "河北省" for p in hebei)
    assert "河北区" in places(art)                 # the district, where its city writes it in full


def test_a_compass_direction_after_a_place_is_no_region(article):
    art = article(body("合作社位于平阳县鳌江镇西南部，紧邻国道。东北地区的大豆销往全国。"))
    named = {p.text for p in art.of("place")}
    assert "东北" in named and "鳌江" in "".join(named)          # the region, named in passing
    assert not any(p.text == "西南" for p in art.of("place"))      # the township's south-west


def test_a_banner_s_sumu_and_gacha_name_the_banner_its_news_speaks_as(article):
    art = article(body("旗政协副主席李明到阿日昆都楞镇北萨拉嘎查调研，随后走访巴彦巨日合嘎查。"))
    got = places(art)
    assert parent_name(got["北萨拉嘎查"]) == "阿日昆都楞镇"
    post = next(p for p in art.of("post") if p["person"]["name"] == "李明")
    assert post["org"]["name"] == "扎鲁特旗政协"                # the banner its townships and villages name
    assert parent_name(got["巴彦巨日合嘎查"]) != "前德门苏木"      # two of the name in the banner: township unknown


def test_a_two_character_county_with_a_rare_first_character_before_its_own_bureau_is_that_county(article):
    art = article("人事\n2024-01-12\n会议决定，刘海军任歙县财政局局长。县委、县政府和县妇联联合发文。\n")
    assert "歙县" in {p["name"] for p in art.of("place")}
    assert "和县" not in {p["name"] for p in art.of("place")}       # 和 joins: the article's own county bureau


def test_a_customs_special_supervision_zone_is_a_zone_of_its_city(article):
    art = article("园区\n2024-03-12\n衡阳综合保税区进出口额增长20%。郴州出口加工区新签项目5个。\n")
    zones = {p["name"]: p for p in art.of("place") if p["level"] == "zone"}
    assert {"衡阳综合保税区", "郴州出口加工区"} <= set(zones)


def test_a_short_county_name_is_the_county_the_articles_townships_name(article):
    art = article("调研\n2024-03-12\n区委书记深入朱家角镇、练塘镇、金泽镇走访调研。青浦要在新的一年里加快发展。\n")
    assert "青浦区" in {p["name"] for p in art.of("place")}
    bare = article("调研\n2024-03-12\n青浦要在新的一年里加快发展。\n")
    assert "青浦区" not in {p["name"] for p in bare.of("place")}           # control: no town names it


def test_an_autonomous_countys_informal_name_with_its_level_is_that_county(article):
    art = article("医院\n2024-03-12\n通道县召开卫生工作会议。县人民医院院长吴志明参加。\n")
    assert "通道侗族自治县" in {p["name"] for p in art.of("place")}
    assert "通道侗族自治县" not in {p["name"] for p in article("标题\n2024-03-12\n打通通道，畅通渠道。\n").of("place")}


def test_xinjiangs_divisions_written_without_zu_have_their_short_names(article):
    art = article("边疆纪事\n2023-06-01\n来自新疆的干部在伊犁州、巴音郭楞州和察布查尔县走访，又到内蒙古鄂温克旗座谈。\n")
    found = {p.text: p["name"] for p in art.of("place")}
    assert found["新疆"] == "新疆维吾尔自治区"
    assert found["伊犁州"] == "伊犁哈萨克自治州" and found["巴音郭楞州"] == "巴音郭楞蒙古自治州"
    assert found["察布查尔县"] == "察布查尔锡伯自治县" and found["鄂温克旗"] == "鄂温克族自治旗"
    assert found["内蒙古"] == "内蒙古自治区"             # control: 蒙古 there is the place's own name


def test_a_natural_feature_opening_a_clause_with_where_or_how_it_lies_is_a_place(article):
    art = article("山水\n2023-06-01\n湖南省新化县召开会议。武陵山脉横贯全县，渠江穿城而过。对在渠江边长大的人来说，这里是家。\n")
    found = {p["name"] for p in art.of("place") if p["level"] == "other"}
    assert {"武陵山脉", "渠江"} <= found
    assert not any(n.startswith("对") for n in found)               # the clause's own words are no part of a name


def test_a_clause_opening_with_a_verb_before_a_river_names_the_river_alone(article):
    art = article(body("某市召开专题会议，统筹推进沱江流域综合治理，加快修复岷江两岸生态。"))
    found = {p["name"] for p in art.of("place") if p["level"] == "other"}
    assert {"沱江", "岷江"} <= found                                # control: both rivers are read
    assert not any(n.startswith(("统筹", "加快")) for n in found)


def test_a_two_character_county_is_read_before_its_own_township(article):
    art = article(body("沂南县召开会议。莒县龙山镇党委书记刘明介绍经验，镇长王刚作了发言。"))
    got = places(art)
    assert got["莒县"]["code"] == "371122" and parent_name(got["龙山镇"]) == "莒县"
    art = article(body("会议召开。莒县某某镇党委书记刘明介绍经验。"))
    assert "莒县" not in places(art)                 # control: a township the table has no record of
    art = article(body("沂南县召开会议。莒县某某镇党委书记刘明介绍经验。"))
    assert "莒县" in places(art)                     # (but a county of the article's province: 莒 names it only)


def test_a_village_right_after_its_township_may_open_with_a_descriptive_character(article):
    art = article(body("隆回县荷田乡大坪村党总支书记刘小平介绍了情况。隆回县荷田乡大力发展村集体经济。"))
    got = places(art)
    assert parent_name(got["大坪村"]) == "荷田乡"
    assert "大力发展村" not in got and "大力村" not in got            # control: a verb phrase before 村


def test_a_market_town_whose_name_holds_shi_is_read_where_the_table_lists_it(article):
    art = article(body("泸溪县委书记到浦市镇调研，镇党委书记张晓明陪同。"))
    got = places(art)
    assert parent_name(got["浦市镇"]) == "泸溪县"
    art = article(body("泸溪县委书记到某市镇调研。"))
    assert not any(name.endswith("市镇") for name in places(art))       # control: no such town in the county


def test_a_name_linked_to_a_village_title_is_no_village_of_its_own(article):
    art = article(body("武强县县长刘文斌来到周窝镇。在镇上，刘文斌与村党支部书记赵长海交谈。随后，北代村党支部书记孙红介绍了情况。"))
    got = places(art)
    assert not any("与" in name for name in got)                  # "刘文斌与村": a name and a link, no village
    assert "北代村" in got                                        # control: a bounded name before the title


def test_a_deputys_title_after_a_township_body_is_no_township(article):
    art = article(body("通报指出，新邵县陈家坊镇人民政府副镇长李某违规收受礼金。"))
    got = places(art)
    assert parent_name(got["陈家坊镇"]) == "新邵县"               # control: the township before the body
    assert not any(name.endswith("副镇") for name in got)           # "人民政府副镇长": a title


def test_an_ethnic_township_written_without_its_people_is_the_tables_township(article):
    art = article(body("河北省平泉市召开会议。4月1日，市委书记高建明到七家岱乡调研乡村振兴工作。"))
    got = places(art)
    assert parent_name(got["七家岱满族乡"]) == "平泉市"            # 七家岱乡 is how news shortens it
    art = article(body("河北省平泉市召开会议。4月1日，市委书记高建明到七家乡调研。"))
    assert not any(name.startswith("七家") for name in places(art))   # control: no such township


def test_a_career_verb_before_a_village_is_no_part_of_its_name(article):
    art = article(body("时任卧龙村村委委员陈某某的弟弟承包了工程。曾任石岭村党支部书记的郭长河退休了。"
                       "任庄村党支部书记任国栋介绍了情况。"))
    got = places(art)
    assert "卧龙村" in got and "石岭村" in got                    # the villages, without the verbs
    assert not any(name.startswith(("时任", "曾任")) for name in got)
    assert "任庄村" in got                                        # control: 任 alone may open a name


def test_townships_listed_before_their_count_take_the_suffix_written_once(article):
    art = article(body("桐庐县的横村、分水、百江三个镇受灾较重，他说大家、朋友们两个乡的人都来了。"))
    got = {p["name"]: parent_name(p) for p in art.of("place")}
    assert {"横村镇", "分水镇", "百江镇"} <= set(got) and got["分水镇"] == "桐庐县"
    assert "横村" not in got                                     # the town, not a village of its name
    assert not any(n.startswith(("大家", "朋友")) for n in got)   # the table knows no such township


def test_a_conjunction_between_two_townships_opens_no_name(article):
    art = article(body("桐庐县横村镇、分水镇和百江镇的干部参加，分水镇和平村的村民也来了。"))
    got = {p["name"] for p in art.of("place")}
    assert {"百江镇", "和平村"} <= got                           # 和平村: a village whose name opens with 和
    assert "和百江镇" not in got


def test_a_place_the_model_glued_to_the_verb_before_it_is_still_read(article):
    art = article(body("刘卫东，2006年4月至2012年9月，任宁乡县副县长，后调往省里。"))
    assert places(art)["宁乡市"]["code"] == "430182"
    assert [p["place"]["name"] for p in art.of("post") if p["title"] == "副县长"] == ["宁乡市"]


def test_a_short_name_whose_first_character_makes_a_word_with_the_verb_is_still_read(article):
    art = article(body("罗德厚自2016年起担任务川县委书记，后调任道真县县长。"))     # 担任务: 任务 is a word
    assert {p["place"]["name"] for p in art.of("post")} == {"务川仡佬族苗族自治县", "道真仡佬族苗族自治县"}
    art = article(body("罗德厚说，完成任务川流不息的车辆才散去。"))
    assert not art.of("place")


def test_a_place_the_model_read_into_the_verb_of_a_post_taken_is_still_read(article):
    art = article(body("近日，罗德厚履新新化县委书记。"))
    assert [p["place"]["name"] for p in art.of("post") if p["title"] == "县委书记"] == ["新化县"]


def test_a_district_named_new_area_is_no_zone_of_its_city(article):
    art = article(body("上海市浦东新区陆家嘴街道的干部说，重庆两江新区也来学习。"))
    got = places(art)
    assert got["重庆两江新区"]["level"] == "zone"                       # positive control: a state new area
    assert got["浦东新区"]["level"] == "county" and parent_name(got["浦东新区"]) == "上海市"
    assert "上海市浦东新区" not in got


def test_a_one_character_village_after_its_county_only_as_the_national_table_lists_it(article):
    art = article(body("北京市门头沟区王村的村民说，过去门头沟区单村发展资源分散。"))
    got = places(art)
    assert parent_name(got["王村"]) == "门头沟区"                          # positive control: listed there
    assert "单村" not in got


def test_words_of_official_writing_that_are_short_forms_name_no_county_of_the_article_s_city(article):
    art = article(body("黑龙江省齐齐哈尔市召开会议，强调要推动共同富裕，解放思想。广西壮族自治区桂林市旅游资源丰富。"))
    got = places(art)
    assert {"齐齐哈尔市", "桂林市"} <= set(got)                          # positive control
    assert not {"富裕县", "资源县", "解放区"} & set(got)
    met = places(article(body("湖南省怀化市召开会议，与会同志会同有关部门研究。")))
    assert "怀化市" in met and "会同县" not in met                      # 与会同志, 会同有关部门: no county
    chained = places(article(body("黑龙江省齐齐哈尔市富裕县召开会议。")))
    assert parent_name(chained["富裕县"]) == "齐齐哈尔市"                 # the county by its full name


def test_an_everyday_word_s_compound_after_a_city_is_no_county_of_it(article):
    art = article(body("湖北省荆州市公安局党委书记、局长陈军主持会议，荆州市公安县委书记王磊出席。"))
    got = {(p["person"]["name"], p["title"]): p["place"]["name"] for p in art.of("post")}
    assert got[("王磊", "县委书记")] == "公安县"                          # positive control: the county in full
    assert got[("陈军", "局长")] == "荆州市"                              # 荆州市公安局: the city's police


def test_a_short_form_in_a_list_of_rivers_or_mountains_is_no_city(article):
    rivers = places(article(body("湖南省益阳市境内有湘江、资江、沅江三条大河。")))
    assert "益阳市" in rivers and "沅江市" not in rivers
    towns = places(article(body("湖南省益阳市的沅江、桃江两地干部参加。")))
    assert {"沅江市", "桃江县"} <= set(towns)                              # positive control: a list of counties


def test_a_town_whose_name_opens_with_a_village_s_is_the_town(article):
    art = article(body("北京市大兴区北臧村镇党委书记在镇里调研，大兴区榆垡镇的干部参加。"))
    got = places(art)
    assert parent_name(got["榆垡镇"]) == "大兴区"                          # positive control
    assert parent_name(got["北臧村镇"]) == "大兴区" and "北臧村" not in got
    assert "北臧村镇党委" in {o["name"] for o in art.of("org")}


def test_a_town_s_committee_and_government_written_together_are_two_bodies(article):
    art = article(body("北京市大兴区榆垡镇党委政府高度重视，榆垡镇党委镇政府召开会议。"))
    assert {o["name"] for o in art.of("org")} >= {"榆垡镇党委", "榆垡镇政府"}
    assert "榆垡镇党委政府" not in {o["name"] for o in art.of("org")}


def test_rural_roads_are_no_village_named_by_the_word_rural(article):
    art = article(body("湖南省平江县全县新修农村公路380公里，平江县三市镇的干部说。"))
    got = places(art)
    assert parent_name(got["三市镇"]) == "平江县"                            # positive control
    assert not any(n.endswith("农村") for n in got)


def test_a_village_the_table_lists_under_its_township_is_read_whatever_its_first_word(article):
    art = article(body("在贵州省石阡县龙塘镇大屯村的茶园里，茶农们正忙着修剪茶树。"))
    got = places(art)
    assert parent_name(got["龙塘镇"]) == "石阡县"                          # positive control
    assert parent_name(got["大屯村"]) == "龙塘镇"


def test_a_village_named_by_sound_after_its_township_is_read_whatever_jieba_cuts(article):
    art = article(body("在新疆喀什地区疏附县塔什米里克乡托万克吾依巴格村，驻村工作队正在查看大棚。"))
    got = places(art)
    assert parent_name(got["塔什米里克乡"]) == "疏附县"                    # positive control
    assert parent_name(got["托万克吾依巴格村"]) == "塔什米里克乡"


def test_a_township_holding_its_own_meeting_is_named_and_its_bare_posts_are_its(article):
    art = article("乡镇动态\n2024-05-06\n5月6日，桃溪镇召开防汛工作会议，镇党委书记罗德厚主持会议。\n")
    post = next(p for p in art.of("post") if p["person"]["name"] == "罗德厚")
    assert post["place"]["name"] == "桃溪镇" and post["org"]["name"] == "桃溪镇党委"
    for words in ("全镇召开防汛工作会议", "各乡镇召开防汛工作会议", "重点镇召开防汛工作会议"):    # no township's name
        assert not article(f"乡镇动态\n2024-05-06\n5月6日，{words}。\n").of("place")


def test_a_village_named_under_its_county_and_then_under_its_township_is_one_place(article):
    art = article("村里的变化\n2024-05-06\n新化县上坪村村民罗德厚种了20亩辣椒。"
                  "新化县石冲口镇上坪村过去是贫困村。在邵东市上坪村，村民也种辣椒。\n")
    villages = {(p["name"], p["parent"]["name"]) for p in art.of("place") if p["level"] == "village"}
    assert ("上坪村", "石冲口镇") in villages and ("上坪村", "新化县") not in villages
    assert ("上坪村", "邵东市") in villages                     # control: another county's village stays apart


def test_a_countys_short_form_its_own_news_repeats_is_the_county(article):
    own = article("武陟：秋收忙\n2024-10-06\n连日来，武陟抢抓晴好天气收获玉米。县委书记罗德厚到田间察看，要求全县颗粒归仓。\n")
    post = next(p for p in own.of("post") if p["person"]["name"] == "罗德厚")
    assert post["place"]["name"] == "武陟县" and post["org"]["name"] == "武陟县委"
    other = article("武陟：秋收忙\n2024-10-06\n连日来，武陟抢抓晴好天气收获玉米。市委书记罗德厚到田间察看。\n")
    assert not any(p["name"] == "武陟县" for p in other.of("place"))      # control: no county speaks there


def test_a_township_named_by_its_party_congress_is_named_and_its_bare_posts_are_its(article):
    art = article("党代会\n2024-05-06\n中共桃溪镇第十五次代表大会闭幕。在随后召开的全会上，罗德厚当选为镇党委书记。\n")
    post = next(p for p in art.of("post") if p["person"]["name"] == "罗德厚")
    assert post["place"]["name"] == "桃溪镇" and post["org"]["name"] == "桃溪镇党委"
    assert not article("党代会\n2024-05-06\n各乡镇第十五次代表大会闭幕。\n").of("place")      # control: no name


def test_a_village_heading_its_line_of_a_list_is_named_and_holds_its_posts(article):
    art = article("换届结果\n2024-05-06\n新化县科头乡换届选举结果如下。\n上坪村：党支部书记罗德厚，村委会主任谭志远。\n"
                  "示范村：要抓好产业。\n")
    held = {(p["person"]["name"], p["title"]): p for p in art.of("post")}
    assert held[("罗德厚", "党支部书记")]["org"]["name"] == "上坪村党支部"
    assert held[("谭志远", "村委会主任")]["place"]["name"] == "上坪村"
    assert "示范村" not in {p["name"] for p in art.of("place")}           # control: a description heads no line


def test_the_model_s_body_after_a_name_and_a_verb_starts_where_the_model_reads_it(article):
    art = article(body("经研究决定，刘晓东同志任同济大学党委书记。孙立平走访暨南大学，看望慰问教师。"))
    names = {o["name"] for o in art.of("org")}
    assert {"同济大学党委", "暨南大学"} <= names
    assert not any(n.startswith(("孙立平", "刘晓东")) for n in names)
    assert {p["org"]["name"] for p in art.of("post") if p["person"]["name"] == "刘晓东"} == {"同济大学党委"}


def test_a_bare_level_after_every_is_no_one_body(article):
    art = article(body("全省财政工作会议在长沙召开。各省辖市财政局局长参加会议，长沙市财政局局长龚明发言。"))
    names = [o["name"] for o in art.of("org")]
    assert names.count("长沙市财政局") == 1                     # the one named, not "各…市财政局" too
    assert ("局长", "长沙市财政局", "长沙市") in {(p["title"], p["org"]["name"], p["place"]["name"]) for p in art.of("post")}


def test_a_brand_with_a_numeral_is_a_body_where_the_model_reads_it_whole(article):
    art = article(body("全国人大代表，三一集团党委书记、董事长梁稳根提交了建议。"))
    names = {o["name"] for o in art.of("org")}
    assert {"三一集团", "三一集团党委"} <= names
    art = article(body("村里三家合作社联合起来。"))                                # control: a count, no name
    assert not any("合作社" in o["name"] for o in art.of("org"))


def test_a_township_named_before_its_deputy_head_s_title_is_a_township(article):
    got = lambda art: {(p["title"], (p["place"] or {}).get("name")) for p in art.of("post")}      # noqa: E731
    assert ("镇长", "吉庆镇") in got(article(body("2013年起，龚立平任吉庆镇镇长。")))    # positive control
    assert ("副镇长", "吉庆镇") in got(article(body("2013年起，邝华任吉庆镇副镇长。")))


def test_a_firm_of_limited_liability_is_one_body_with_its_legal_form(article):
    art = article(body("湖南华菱钢铁集团有限责任公司总经理助理邝华参加签约。"))
    assert {o["name"] for o in art.of("org")} >= {"湖南华菱钢铁集团有限责任公司"}
    assert "有限责任公司" not in {o["name"] for o in art.of("org")}


def test_a_village_named_before_its_first_secretary_is_a_village(article):
    art = article(body("座谈会上，泉塘村第一书记罗德厚介绍了情况。"))
    assert ("第一书记", "泉塘村") in {(p["title"], (p["place"] or {}).get("name")) for p in art.of("post")}


def test_the_lead_sentence_not_a_resume_decides_the_article_s_province(article):
    art = article("省人大会议选举产生新一届省长\n2018-01-30 来源：某某新闻网\n本报讯 1月29日，湖北省人大会议选举龚立平为湖北省人民政府省长。\n"
                  "龚立平曾任江西省吉安市委书记、江西省赣州市委书记、江西省副省长、江西省委常委。\n")
    names = {o["name"] for o in art.of("org")}
    assert "湖北省人大" in names and "江西省人大" not in names          # the headline's bare 省人大


def test_a_full_division_name_right_after_another_is_the_chain_s_next_link(article):
    art = article(body("在阿拉善盟额济纳旗达来呼布镇，护林员正在巡查。"))
    got = {(p["name"], (p["parent"] or {}).get("name")) for p in art.of("place")}
    assert {("额济纳旗", "阿拉善盟"), ("达来呼布镇", "额济纳旗")} <= got


def test_a_democratic_party_s_central_committee_is_a_body(article):
    art = article(body("九三学社中央副主席邝华、民盟中央常委韩雪到县里调研。"))
    held = {(p["person"]["name"], (p["org"] or {}).get("name")) for p in art.of("post")}
    assert {("邝华", "九三学社中央"), ("韩雪", "民盟中央")} <= held


def test_a_cooperative_named_after_its_village_is_read_whole(article):
    art = article(body("在山东省沂南县马牧池乡常山庄村，沂南县常山庄果蔬种植专业合作社理事长邝华正在采摘。"))
    assert "沂南县常山庄果蔬种植专业合作社" in {o["name"] for o in art.of("org")}
    assert ("理事长", "沂南县常山庄果蔬种植专业合作社") in {(p["title"], (p["org"] or {}).get("name")) for p in art.of("post")}


def test_a_villagers_group_named_after_its_village_is_a_place_in_it(article):
    art = article(body("在宣汉县南坝镇鲁家坪村王家湾组，村民正在采蜜；桐木村三组和鲁家坪村合作社也来了。"))
    got = places(art)
    assert got["王家湾组"]["level"] == "other" and parent_name(got["王家湾组"]) == "鲁家坪村"
    assert parent_name(got["鲁家坪村"]) == "南坝镇"                               # positive control
    assert not {"三组", "合作社", "村合作社"} & set(got)


def test_a_range_a_reservoir_or_a_reserve_is_a_place_wherever_it_stands(article):
    art = article(body("该县地处武陵山脉腹地，沅陵县官庄镇白岩水库年内建成，梵净山自然保护区游客增多。"
                       "全县新建水库3座，其中大型水库1座，一座水库已蓄水。"))
    got = places(art)
    assert {"武陵山脉", "白岩水库", "梵净山自然保护区"} <= set(got)
    assert parent_name(got["白岩水库"]) == "官庄镇"
    assert not any(n.endswith("水库") and n != "白岩水库" for n in got)      # counted, sized: no names


def test_a_village_s_quoted_two_committees_are_its_body_and_a_verb_before_them_no_village(article):
    art = article(body("桂阳县樟市镇桐木村“两委”干部入户走访。驻村干部联合村“两委”排查隐患。"))
    assert "桐木村两委" in {o["name"] for o in art.of("org")}
    assert "联合村" not in places(art) and "桐木村" in places(art)          # 联合: the verb "together with"


def test_a_firm_named_after_a_chain_of_places_is_placed_at_its_last_link(article):
    art = article(body("桂阳县樟市镇桐木村股份经济合作社和山东诸城兴业食品有限公司签约。"))
    placed = {o["name"]: o["place"]["name"] for o in art.of("org") if o.get("place") is not None}
    assert placed["桂阳县樟市镇桐木村股份经济合作社"] == "桐木村"
    assert placed["山东诸城兴业食品有限公司"] == "诸城市"


def test_a_county_s_co_op_federation_media_centre_and_a_township_s_service_centre_are_bodies(article):
    art = article(body("桃源县联合县供销合作社联合社、县融媒体中心举办培训，陬市镇农业综合服务中心派员授课。"))
    got = {o["name"] for o in art.of("org")}
    assert {"桃源县供销合作社联合社", "桃源县融媒体中心", "陬市镇农业综合服务中心"} <= got
    assert not any("联合县" in name for name in got)          # 联合 the verb: no body across the federation


def test_a_national_firm_s_branch_is_placed_at_its_place_which_the_text_does_not_name(article):
    art = article(body("中国农业银行郴州分行副行长李红梅、中国移动湖南分公司总经理王建华出席。"))
    placed = {o["name"]: o["place"]["name"] for o in art.of("org") if o.get("place") is not None}
    assert placed["中国农业银行郴州分行"] == "郴州市" and placed["中国移动湖南分公司"] == "湖南省"
    assert all(p.get("in_name") for p in art.of("place"))                  # inside firms' names: no mention


def test_a_county_s_short_name_taken_by_a_preposition_of_place_in_its_own_news_is_the_county(article):
    art = article(body("县委书记李华主持召开会议，要求推动新政策在鹿邑落地见效，全县上下抓好落实。"))
    assert "鹿邑县" in places(art)
    assert {(p["title"], p["org"]["name"]) for p in art.of("post")} == {("县委书记", "鹿邑县委")}
    art = article(body("市委书记李华主持召开会议，要求推动新政策在鹿邑落地见效。"))     # no county's own news
    assert "鹿邑县" not in places(art)


def test_a_region_named_by_a_province_s_letter_and_a_direction_lies_in_that_province(article):
    got = places(article(body("皖南山区的茶叶今年丰收，鲁西南的牛羊也好，华北的小麦刚收完。")))
    assert parent_name(got["皖南"]) == "安徽省" and parent_name(got["鲁西南"]) == "山东省"
    assert parent_name(got["华北"]) is None                              # a macro-region: in no province


def test_a_body_named_by_its_head_before_a_quantifier_of_its_staff_is_read(article):
    art = article(body("检查中发现，洛阳市房地产交易管理处部分窗口人员上班玩手机，洛阳市财政局全体干部参加了整改。"))
    named = {o["name"] for o in art.of("org")}
    assert {"洛阳市房地产交易管理处", "洛阳市财政局"} <= named              # (财政局: a positive control)


def test_a_prefecture_s_short_name_before_its_old_party_committee_or_office_is_the_prefecture(article):
    art = article(body("唐国华历任安康地委副书记、吉安行署副专员。祝愿大家平安安康。"))
    held = {(p["title"], p["org"]["name"] if p["org"] else None, p["place"]["name"]) for p in art.of("post")}
    assert ("地委副书记", "安康地委", "安康市") in held
    assert {p["name"] for p in art.of("place")} == {"安康市", "吉安市"}     # 平安安康: a wish, no place


def test_a_village_named_by_a_verb_right_after_its_township_is_a_village_the_table_knows_elsewhere(article):
    art = article(body("省调研组来到桂东县沤江镇油榨村，察看产业发展。桂东县沤江镇新建村级服务中心。"))
    assert parent_name(places(art)["油榨村"]) == "沤江镇"
    assert {p["name"] for p in art.of("place") if p["level"] == "village"} == {"油榨村"}       # 新建|村级: a verb


def test_a_zone_written_bare_after_it_was_named_in_full_is_that_zone(article):
    art = article(body("湘潭高新区党工委书记龙德明调研重点项目。高新区管委会副主任谭小燕陪同。"))
    zones = {p["name"] for p in art.of("place") if p["level"] == "zone"}
    assert zones == {"湘潭高新区"}
    held = {(p["person"]["name"], p["org"]["name"] if p["org"] else None) for p in art.of("post")}
    assert ("谭小燕", "湘潭高新区管委会") in held and ("龙德明", "湘潭高新区党工委") in held


def test_a_village_follows_the_township_written_before_it_not_the_tables_namesake(article):
    # 石门镇 is learnt only from the second sentence's post; the table lists a 桃源村 of the
    # county under another township
    art = article(body("宁远县副县长赵某某前往联系点石门镇桃源村察看春耕。石门镇镇长钱某某汇报了情况。"
                       "桃源村去年新修水渠三公里。"))
    villages = [p for p in art.of("place") if p["name"] == "桃源村"]
    assert len(villages) == 2 and {parent_name(p) for p in villages} == {"石门镇"}
    control = article(body("蓝山县召开春耕会议。桃源村去年新修水渠三公里。"))     # no township written: the table's
    assert parent_name(places(control)["桃源村"]) == "祠堂圩镇"                    # (蓝山县's, the county named)


def test_a_one_character_county_glued_to_an_appointment_verb_is_no_county(article):
    art = article(body("孙某某，现任县交通运输局局长，拟任县人民政府副县长人选。"))
    assert "任泽区" not in places(art)
    control = article(body("邢台市任县人民政府召开常务会议。"))        # its city before it: the county
    assert "任泽区" in places(control)


def test_a_prefecture_written_with_its_level_before_a_rural_word_is_the_prefecture(article):
    art = article(body("甘南州乡村振兴局派出的工作队到碌曲县调研。"))
    assert "甘南藏族自治州" in places(art)
    assert "甘南藏族自治州乡村振兴局" in {o["name"] for o in art.of("org")}
    control = article(body("近日，定远乡村民代表会议召开。"))         # a short form, then 乡: no city read
    assert "定远县" not in places(control)


def test_a_township_or_village_opening_with_na_is_a_name_unless_na_is_the_pronoun(article):
    art = article(body("在百色市田东县那拔镇那桑村，村民种上了芒果。他到那个村调研时，那里的村民很热情。"))
    got = places(art)
    assert parent_name(got["那拔镇"]) == "田东县" and parent_name(got["那桑村"]) == "那拔镇"
    assert not any(name.startswith("那个") or name.startswith("那里") for name in got)


def test_a_verb_before_a_villages_works_names_no_village(article):
    art = article(body("邵东市今年新建村卫生室45个，硬化村道120公里。邵东市廉桥镇新建村党员大会召开。"))
    villages = [p for p in art.of("place") if p["level"] == "village"]
    assert [(p["name"], p.sent) for p in villages] == [("新建村", 1)]      # the village after its township


def test_a_village_named_before_the_team_stationed_there_is_a_village(article):
    art = article(body("省水利厅驻桑植县人潮溪镇锁龙坪村帮扶工作队队长、第一书记谭立军介绍了情况。"))
    got = places(art)
    assert parent_name(got["锁龙坪村"]) == "人潮溪镇"
    [first] = [p for p in art.of("post") if p["title"] == "第一书记"]
    assert first["place"]["name"] == "锁龙坪村"


def test_a_short_form_that_is_also_a_name_given_up_follows_its_chain(article):
    art = article(body("临夏州东乡县委书记马志明到达板镇调研。"))
    assert parent_name(places(art)["东乡族自治县"]) == "临夏回族自治州"
    control = article(body("抚州市东乡县召开会议。"))        # the Jiangxi county of that name, renamed 东乡区
    assert "东乡区" in places(control)


def test_former_before_a_district_is_no_part_of_another_countys_short_name(article):
    art = article(body("原阳东区委副书记、区长罗志强调任阳西县委书记。原阳县委书记陈建新出席。"))
    got = places(art)
    assert {"阳东区", "阳西县"} <= set(got)                      # 原 (former), then the district
    assert "原阳县" in got                                       # positive control: the county 原阳 itself


def test_a_province_inside_a_quoted_new_media_accounts_name_is_no_place_named(article):
    art = article(body("据“廉政广西”微信公众号消息，某县原副县长被查。在“壮美广西”建设中，百色市新建道路。"))
    named = [p for p in art.of("place") if not p.get("in_name")]
    assert sum(p["name"] == "广西壮族自治区" for p in named) == 1          # control: the slogan's place stays
    assert "百色市" in {p["name"] for p in named}


def test_a_zones_kind_written_alone_is_the_one_zone_of_that_kind_named_in_full(article):
    art = article(body("芜湖经济技术开发区管委会召开会议。经开区党工委书记孙立平表示，今年新签约项目12个。"))
    zones = {p["name"] for p in art.of("place") if p["level"] == "zone"}
    assert zones == {"芜湖经济技术开发区"}
    art = article(body("芜湖经济技术开发区与马鞍山经济技术开发区签约。经开区党工委书记孙立平讲话。"))
    named = [p["name"] for p in art.of("place") if p["level"] == "zone"]
    assert named.count("芜湖经济技术开发区") == 1 and named.count("马鞍山经济技术开发区") == 1   # two: no telling which


def test_a_zones_kind_after_a_time_word_is_the_zone_named_in_full_and_its_bodies_carry_that_name(article):
    art = article("测试新闻\n2023-06-01 来源:汉阴县人民政府网\n汉阴县经济技术开发区召开推进会。"
                  "县委常委、经开区党工委书记孟凡超讲话。今年经开区计划实施项目32个。\n")
    zones = {p["name"] for p in art.of("place") if p["level"] == "zone"}
    assert zones == {"汉阴县经济技术开发区"}                # no zone "今年经开区"
    bodies = {p["org"]["name"] for p in art.of("post") if p["org"] is not None}
    assert "汉阴县经济技术开发区党工委" in bodies


def test_a_native_place_written_as_province_then_county_short_names_both(article):
    art = article(body("刘某某，男，1972年生，陕西南郑人。他的妻子是广西南宁人。"))
    named = {p["name"] for p in art.of("place")}
    assert {"陕西省", "南郑区", "广西壮族自治区", "南宁市"} <= named
    assert not any(n.startswith("陕西南") for n in named)
    regions = article(body("陕南的茶和鲁西南的牛都出了名。"))
    assert {p["name"] for p in regions.of("place")} >= {"陕南", "鲁西南"}      # control: regions by their letters


def test_of_two_villages_of_one_name_in_a_county_the_one_under_the_named_township_is_meant(article):
    art = article(body("寿宁县凤阳镇党委书记介绍了茶产业。在下党村，茶园连片。"))
    village = next(p for p in art.of("place") if p["name"] == "下党村")
    assert village["parent"]["name"] == "凤阳镇"
    unnamed = article(body("寿宁县召开会议。在下党村，茶园连片。"))
    village = next(p for p in unnamed.of("place") if p["name"] == "下党村")
    assert village["parent"]["name"] == "寿宁县"              # two in the county, no township named: the county


def test_a_place_opening_a_universitys_short_name_is_no_place_named(article):
    art = article(body("西安交大副校长李明和宝鸡市副市长王强出席签约仪式。"))
    named = {p["name"] for p in art.of("place") if not p.get("in_name")}
    assert "宝鸡市" in named and "西安市" not in named


def test_a_comprehensive_experimental_zone_is_a_zone_with_its_own_committee(article):
    art = article(body("福建省平潭综合实验区管委会副主任林立新介绍，今年新开工项目20个。"))
    zones = {p["name"] for p in art.of("place") if p["level"] == "zone"}
    assert "平潭综合实验区" in zones
    assert "平潭综合实验区管委会" in {o["name"] for o in art.of("org")}


def test_a_village_written_after_a_county_the_table_does_not_place_it_in_is_that_countys(article):
    # the table's one 堆瓦村 lies in 类乌齐县; written after 江达县 it is a namesake there
    art = article(body("西藏昌都市江达县堆瓦村海拔4300米。堆瓦村的牧民以放牧为生。"))
    found = [p for p in art.of("place") if p["name"] == "堆瓦村"]
    assert len(found) == 2 and all(parent_name(p) == "江达县" for p in found)
    art = article(body("西藏昌都市类乌齐县堆瓦村海拔4300米。"))
    assert parent_name(places(art)["堆瓦村"]) == "类乌齐县"                # control: its own county, as written


def test_a_village_closing_the_text_with_no_stop_is_read_and_places_its_bare_mention(article):
    art = article("茶山新貌\n“路通了，茶叶好卖了。”平安村老支书周德明说。\n湖南省郴州市汝城县延寿瑶族乡平安村")
    found = [p for p in art.of("place") if p["name"] == "平安村"]
    assert len(found) == 2 and all(parent_name(p) == "延寿瑶族乡" for p in found)


def test_a_term_of_office_before_a_townships_committee_is_no_township(article):
    art = article(body("广东省梅州市五华县华城镇召开党代会。会上，周立、吴敏分别当选为新一届镇党委书记、副书记。"))
    assert not any("届" in p["name"] for p in art.of("place"))
    assert "华城镇" in places(art)                                       # control


def test_a_village_framing_its_sentence_before_its_posts_is_a_name(article):
    art = article("村里新事\n2024-05-01\n8月2日，临湘市羊楼司镇开展检查。在竹坪村，村委会主任李茂林介绍了清淤进度。在贫困村，村民收入仍然偏低。\n")
    villages = {p["name"] for p in art.of("place") if p["level"] == "village"}
    assert "竹坪村" in villages and not any("贫困" in v for v in villages)
    assert [p["place"]["name"] for p in art.of("post") if p["person"]["name"] == "李茂林"] == ["竹坪村"]


def test_a_township_whose_name_ends_with_its_own_level_word_is_read(article):
    art = article("调研\n2024-05-01\n市委书记到缙云县调研，先后来到壶镇镇、新建镇，察看乡镇企业和乡村发展情况。\n")
    townships = {p["name"] for p in art.of("place") if p["level"] == "township"}
    assert townships == {"壶镇镇", "新建镇"}


def test_a_government_account_named_by_its_short_name_sets_the_article_s_county(article):
    art = article("调度会\n2023-04-02\n4月2日，我市在仙女镇召开春耕生产调度会，镇党委书记郑华主持。\n来源：枝江发布 | 编辑：陈芳\n")
    towns = {p["name"]: p["parent"]["name"] if p.get("parent") is not None else None for p in art.of("place") if p["level"] == "township"}
    assert towns == {"仙女镇": "枝江市"}


def test_a_shanghai_residents_area_is_a_village_level_place_with_its_party_cell(article):
    art = article("座谈\n2024-05-01\n上海市徐汇区天平路街道永嘉新村居民区党总支书记沈文、吴兴居民区党总支书记顾敏参加座谈。老旧居民区改造进展顺利。\n")
    areas = {p["name"] for p in art.of("place") if p["level"] == "village"}
    assert "吴兴居民区" in areas and not any(a.startswith("老旧") for a in areas)
    assert {p["org"]["name"] for p in art.of("post") if p["person"]["name"] == "顾敏"} == {"吴兴居民区党总支"}


def test_a_ministry_s_short_name_opening_the_word_bumen_is_no_body(article):
    art = article(body("甘肃省天水市召开会议。环保部门和住建部门联合检查了工地。住建部随后发出通知。"))
    names = [o["name"] for o in art.of("org")]
    assert names.count("住房和城乡建设部") == 1                                  # the ministry where named, once
    assert "环境保护部" not in names


def test_the_last_body_of_a_list_followed_by_its_matter_is_a_body_of_the_list(article):
    art = article("红安县政府召开常务会议\n2023-06-01 来源:测试日报\n湖北省红安县政府召开常务会议。"
                  "会议听取了县农业局、林业局、住建局专项工作的汇报，各界人士列席。\n")
    names = {o["name"] for o in art.of("org")}
    assert "红安县林业局" in names                                               # positive control: an inner item
    assert "红安县住建局" in names and not any("各界" in n for n in names)


def test_a_sumu_the_code_tables_write_with_a_township_s_suffix_is_read_as_news_writes_it(article):
    art = article(body("内蒙古通辽市扎鲁特旗人大常委会副主任到格日朝鲁苏木哈达艾里嘎查调研，又到阿日昆都楞镇北萨拉嘎查。"))
    got = places(art)
    assert parent_name(got["北萨拉嘎查"]) == "阿日昆都楞镇"                         # positive control: a town's village
    assert got["格日朝鲁苏木"]["level"] == "township" and parent_name(got["哈达艾里嘎查"]) == "格日朝鲁苏木"


def test_a_village_s_committees_written_bare_are_those_of_the_village_named_before(article):
    art = article(body("湖南省桃源县茶庵铺镇三元潭村地处深山。如今，村两委带头办起了茶厂，帮扶单位和村“两委”一起修路。"))
    assert {"三元潭村两委"} == {o["name"] for o in art.of("org") if "两委" in o["name"]}
    art = article(body("湖南省桃源县茶庵铺镇三元潭村、六家冲村都种茶。他们与村两委班子座谈。各村党支部要带头。"))
    assert not any("两委" in o["name"] or o["name"].endswith("党支部") for o in art.of("org"))   # whose, not said


def test_an_autonomous_prefecture_s_bodies_written_with_its_level_alone_are_its_own(article):
    art = article("鹤庆县政府工作报告\n2023-06-01 来源:测试日报\n县长李明代表县人民政府作报告。"
                  "一年来，县人民政府在州委、州政府的领导下，完成了全年任务。\n")
    names = {o["name"] for o in art.of("org")}
    assert "鹤庆县人民政府" in names                                            # positive control: the county's
    assert {"大理白族自治州委", "大理白族自治州政府"} <= names
    art = article(body("浙江省杭州市召开会议。他在州委、州政府工作过。"))           # no autonomous 州 here
    assert not any(n.endswith(("州委", "州政府")) for n in {o["name"] for o in art.of("org")})


def test_a_pastoral_region_s_bureau_of_farming_and_herding_is_a_body(article):
    art = article(body("内蒙古锡林郭勒盟召开会议。盟农牧局、盟财政局负责人和西藏自治区农牧厅的专家参加。"))
    names = {o["name"] for o in art.of("org")}
    assert "锡林郭勒盟财政局" in names                                            # positive control
    assert {"锡林郭勒盟农牧局", "西藏自治区农牧厅"} <= names


def test_a_park_named_by_its_high_tech_industry_is_a_zone_of_its_county(article):
    art = article(body("某某科技有限公司与浏阳高新技术产业园区签订入园协议，浏阳市将做好服务。"))
    got = places(art)
    assert got["浏阳高新技术产业园区"]["level"] == "zone"
    assert parent_name(got["浏阳高新技术产业园区"]) == "浏阳市"
    assert "新建产业园区" not in places(article(body("浏阳新建产业园区两个。")))      # a verb, no name


def test_a_towns_short_name_shared_with_a_far_prefecture_is_the_town_of_the_county_named(article):
    art = article(body("琼海市打造风情小镇，红色文化小镇阳江游客不断。琼海市委书记表示将继续推进。"))
    got = places(art)
    assert got["阳江镇"]["level"] == "township" and parent_name(got["阳江镇"]) == "琼海市"
    assert "阳江市" not in got
    far = places(article(body("琼海市与广东阳江加强合作。")))
    assert "阳江市" in far                                     # a chain names the prefecture: kept


def test_a_common_noun_ending_in_a_township_suffix_is_no_township(article):
    got = places(article(body("琼海市滨海侨乡风貌独特，特色小镇焕然一新。琼海市长坡镇青葛村。")))
    assert "青葛村" in got                                     # positive control
    assert not any(n.endswith(("侨乡", "小镇")) for n in got)


def test_prefectures_listed_and_counted_are_read_though_their_short_names_are_words(article):
    got = places(article(body("工作组分赴海西、海北、海南、黄南、果洛、玉树6个市(州)调研。")))
    assert {"海西蒙古族藏族自治州", "玉树藏族自治州"} <= set(got)           # positive control
    assert got["海南藏族自治州"]["level"] == "prefecture"                # 海南: the province elsewhere


def test_a_village_name_two_counties_of_the_prefecture_share_is_placed_in_neither():
    from kg.places.villages import place_of
    found = place_of("小山村", {"513400", "513431"}, "510000")       # two counties of 凉山州 have one
    assert found is None
    one = place_of("尼美村", {"532529"}, "530000")                      # positive control: one county's
    assert one is not None and one.county == "532529"


def test_a_townships_name_before_its_own_committee_is_read_in_a_one_line_item(article):
    art = article("镇里动态\n槐店乡党委副书记、乡长周明走访辖区企业。\n")
    got = places(art)
    assert got["槐店乡"]["level"] == "township" and parent_name(got["槐店乡"]) == "光山县"
    assert "槐店乡" not in places(article("动态\n槐店乡的群众种下小麦。\n"))      # no own body after: unread


def test_a_township_opening_a_numbered_item_of_a_notice_is_a_township(article):
    art = article(body("通报了两起问题。\n（一）红岭镇党委副书记吴启明违规使用公车问题。\n2.青禾乡乡长冯德胜违规收受礼品问题。\n"
                       "③柳溪村党支部书记韩立春优亲厚友问题。"))
    got = places(art)
    assert {"红岭镇", "青禾乡", "柳溪村"} <= set(got)
    assert not any(name.startswith(("）", "2", "③")) for name in got)     # the number is not part of the name


def test_the_tail_of_an_honour_before_a_village_suffix_is_no_village_the_table_lists(article):
    # 长宁县 has a village 秀村 in the national table; "优秀村" names an honour, not it
    art = article(body("长宁县表彰一批优秀村党组织书记和示范村。"))
    assert not any(name.endswith("村") for name in places(art))
    art = article(body("长宁县竹海镇秀村党支部书记发言。"))
    assert "秀村" in places(art)                                   # control: the village, named


def test_a_township_listed_before_one_the_county_holds_is_a_township_of_that_county(article):
    art = article(body("沂南县委书记到基层调研，先后来到松柏镇、依汶镇，察看了富民乡村、花园村的建设。"))
    got = {p["name"]: parent_name(p) for p in art.of("place")}
    assert got.get("依汶镇") == "沂南县"                         # control: the table's town of the county
    assert got.get("松柏镇") == "沂南县"                         # the list's earlier item, its sibling
    assert not any(n.endswith("乡村") for n in got)             # 乡村 (the countryside) ends no name


def test_a_township_written_as_a_town_where_the_table_has_the_county_s_xiang_is_that_township(article):
    art = article(body("夏县县委书记到禹王镇督导防汛工作，又到庙前镇察看水毁道路。"))
    got = {p["name"]: parent_name(p) for p in art.of("place")}
    assert got.get("庙前镇") == "夏县"                            # control: the table's own town
    assert got.get("禹王镇") == "夏县"                            # the table's 禹王乡, made a town since
    other = article(body("夏县县委书记到禹山镇督导防汛工作。"))
    assert "禹山镇" not in {p["name"] for p in other.of("place")}   # no such 乡 in the county: no reading


def test_a_village_written_after_its_township_is_that_township_s_where_the_table_has_it_elsewhere_in_the_county(article):
    art = article(body("蓝山县委书记先后来到塔峰镇大洞村、楠市镇三峰村调研。"))
    got = {p["name"]: parent_name(p) for p in art.of("place")}
    assert got.get("三峰村") == "楠市镇"                           # control: where the table has it too
    assert got.get("大洞村") == "塔峰镇"                           # the table's one is in another town of the county


def test_a_village_said_to_lie_in_a_township_is_a_place_under_it(article):
    art = article("标题\n2024-03-01 来源:测试日报\n白果树村隶属于城口县明中乡，全村有农户210户。这个村位于大山深处。\n")
    got = {p["name"]: p for p in art.of("place") if p.sent >= 0}
    assert got["白果树村"]["parent"]["name"] == "明中乡"
    assert got["明中乡"]["parent"]["name"] == "城口县"
    assert not any(n.endswith("个村") for n in got)                             # a pronoun's village is none


def test_a_zone_named_with_and_without_its_province_is_one_zone(article):
    art = article(body("陕西西咸新区党工委书记杨帆主持会议。西咸新区党工委副书记、管委会主任刘明，党工委委员、管委会副主任赵军出席。"))
    zones = {p["name"] for p in art.of("place") if p["level"] == "zone" and p.sent >= 0}
    assert zones == {"陕西西咸新区"}
    held = {(p["title"], p["org"]["name"]) for p in art.of("post") if p["person"]["name"] == "赵军"}
    assert ("党工委委员", "陕西西咸新区党工委") in held
    assert ("副主任", "陕西西咸新区管委会") in held                                # positive control


def test_a_township_in_brackets_after_a_speaker_s_name_is_named_by_its_post(article):
    art = article(body("记者：全乡的主导产业是什么？\n向明（高坪乡党委书记）：茶叶和乡村旅游。"))
    assert "高坪乡" in {p["name"] for p in art.of("place") if p.sent >= 0}
    assert not any(p["name"].startswith("向明") for p in art.of("place"))          # the name before is none


def test_a_bodys_own_account_named_by_its_province_s_short_name_places_its_bare_bodies(article):
    art = article("主席会议\n2024-02-01 来源：江西政协\n2月1日，省政协主席唐一军主持召开主席会议。\n")
    assert {p["org"]["name"] for p in art.of("post") if p["person"]["name"] == "唐一军"} == {"江西省政协"}
    plain = article("主席会议\n2024-02-01 来源：某某网\n2月1日，省政协主席唐一军主持召开主席会议。\n")
    assert {p["org"] for p in plain.of("post") if p["person"]["name"] == "唐一军"} == {None}    # no account, no province


def test_a_village_written_in_a_full_address_is_read_whatever_words_its_name_is_made_of(article):
    art = article(body("3月2日，溆浦县龙潭镇大塘村召开村民代表大会。溆浦县龙潭镇示范村建设同时启动。"))
    villages = {n: parent_name(p) for n, p in places(art).items() if p["level"] == "village"}
    assert villages == {"大塘村": "龙潭镇"}


def test_a_demonstration_zone_named_by_a_national_goal_alone_is_no_place(article):
    art = article(body("县委书记到临安区调研产业转化和共同富裕示范区建设，又到钱江新区察看。"))
    zones = {n for n, p in places(art).items() if p["level"] == "zone"}
    assert "共同富裕示范区" not in zones
    assert "临安区" in places(art)                                                     # positive control


def test_a_village_whose_name_ends_with_cun_is_read_with_its_designation_after_it(article):
    art = article(body("涡阳县青疃镇召开党建工作会。刘村村是全镇的示范村，村村通了水泥路。"
                       "刘村村支两委干部参加了会议。"))
    villages = {n: parent_name(p) for n, p in places(art).items() if p["level"] == "village"}
    assert villages.get("刘村") == "青疃镇"                # one place, as the table and its bare mentions name it
    assert "村村" not in villages and not any(n.startswith("村") for n in villages)


def test_a_designation_s_batch_and_kind_before_village_are_no_village_s_name(article):
    art = article(body("涡阳县青疃镇刘村村是安徽省典型村之一，入选首批特色村名单。"))
    villages = {n for n, p in places(art).items() if p["level"] == "village"}
    assert "刘村" in villages                                                          # positive control
    assert not any("典型" in v or "首批" in v for v in villages)


def test_a_body_s_own_site_named_by_its_province_s_short_name_places_its_bare_bodies(article):
    art = article("党组会议\n2024-05-08 来源：江西人大网\n5月7日，省人大常委会党组书记、副主任王少华主持召开党组会议。\n")
    assert {p["org"]["name"] for p in art.of("post") if p["person"]["name"] == "王少华" and p["org"]} \
        == {"江西省人大常委会党组", "江西省人大常委会"}


def test_a_county_s_full_name_after_its_prefecture_s_short_form_is_a_chain_link_however_the_model_cut_it():
    from kg.recognize.place_hits import division_hits
    cut = ((0, 5, "a"), (5, 9, "n"))            # the model's word runs over the link: "甘孜州理塘"
    assert [h[2] for h in division_hits("甘孜州理塘县委书记", cut)] == ["甘孜州", "理塘县"]
    words = ((0, 1, "p"), (1, 3, "a"), (3, 5, "LOC"), (5, 7, "vn"), (7, 8, "f"))
    assert [h[2] for h in division_hits("在美丽江苏建设中", words)] == ["江苏"]    # (control: no 丽江 inside a word)


def test_a_town_made_a_subdistrict_is_its_county_s_township_under_its_new_name(article):
    art = article("干部任前公示\n2022-08-05 来源:中共慈利县委组织部\n覃建平，现任零阳街道办事处主任，拟任县审计局局长。\n")
    got = places(art)
    assert got["零阳街道"]["level"] == "township" and parent_name(got["零阳街道"]) == "慈利县"


def test_the_centre_alone_listed_with_committees_or_before_its_decisions_is_the_central_committee(article):
    art = article(body("全县上下要按照中央和省委、市委的部署要求，坚决落实中央决策部署。会议传达了中央农村工作会议精神。"))
    centre = [(art.sentences[o.sent].simp, o.start) for o in art.of("org") if o["name"] == "中共中央"]
    assert sorted(text[at:at + 3] for text, at in centre) == sorted(["中央和", "中央决"])   # (not the meeting's 中央)


def test_the_party_named_whole_is_a_body_and_a_committee_s_formal_name_is_the_committee(article):
    art = article(body("贺新民，1983年6月加入中国共产党。中共汝城县第十四届委员会召开全体会议，中国共产党人要勇于担当。"
                       "会议学习了《中国共产党章程》。"))
    got = [(o["name"], art.sentences[o.sent].simp[o.start:o.end]) for o in art.of("org") if o.sent >= 0]
    assert ("中国共产党", "中国共产党") in got
    assert ("汝城县委", "中共汝城县第十四届委员会") in got
    assert sum(name == "中国共产党" for name, _ in got) == 1          # not 共产党人, not the 《》 title's


def test_international_organizations_named_in_trade_and_certification_are_bodies(article):
    art = article(body("全市对东盟出口增长12%，8个茶叶基地获欧盟有机认证，项目得到世界银行贷款支持。"))
    assert {"东盟", "欧盟", "世界银行"} <= {o["name"] for o in art.of("org")}
    assert not {"东盟", "欧盟"} & {p["name"] for p in art.of("place")}       # bodies, no places


def test_a_slogan_ending_in_a_common_word_is_no_village_of_a_story_that_names_no_place(article):
    art = article("乡村振兴专题\n2023-06-01 来源:测试日报\n各地扎实推进宜居宜业和美乡村建设，群众获得感不断增强。\n")
    assert "美乡村" not in {p["name"] for p in art.of("place")}
    art = article("乡村振兴专题\n2023-06-01 来源:测试日报\n潮安区庵埠镇美乡村召开村民大会，群众获得感不断增强。\n")
    assert "美乡村" in {p["name"] for p in art.of("place")}                      # positive control: its address


def test_a_village_name_a_verb_makes_is_no_village_of_a_story_that_names_no_place(article):
    art = article("脱贫攻坚\n2023-06-01 来源:测试日报\n经过三年努力，2019年底实现村出列、户脱贫，干部带头壮大村集体经济。\n")
    assert not {"实现村", "壮大村"} & {p["name"] for p in art.of("place")}
    art = article("脱贫攻坚\n2023-06-01 来源:测试日报\n经过三年努力，十八洞村的村民过上了好日子。\n")
    assert "十八洞村" in {p["name"] for p in art.of("place")}                    # positive control: a name's stem


def test_a_township_named_before_its_leading_group_is_a_township(article):
    art = article("平安镇领导班子\n姓名：陈晓东\n职务：镇党委书记\n")
    got = places(art)
    assert got["平安镇"]["level"] == "township"
    assert any(p["place"] is not None and p["place"]["name"] == "平安镇" for p in art.of("post"))
    got = places(article("平安领导班子\n姓名：陈晓东\n职务：镇党委书记\n"))
    assert "平安镇" not in got and not any(p["name"].startswith("平安") for p in got.values())


def test_bare_bodies_before_the_one_district_an_article_names_are_that_districts(article):
    text = "常务会议\n2024-08-14\n区长主持召开区政府常务会议，区财政局、区民政局负责同志列席会议。会议研究了《{}老旧小区改造方案》。\n"
    bodies = {o["name"] for o in article(text.format("港北区")).of("org")}
    assert {"港北区政府", "港北区财政局", "港北区民政局"} <= bodies
    bodies = {o["name"] for o in article(text.replace("区长主持", "市委书记出席，区长主持").format("港北区")).of("org")}
    assert "港北区财政局" not in bodies          # a prefecture's news: its bare district bodies are generic


def test_a_bare_city_bureau_in_news_naming_counties_of_one_prefecture_is_that_prefectures(article):
    text = "市纪委监委通报典型问题\n2024-04-02\n一、市水利局原副局长某某违规问题。二、{}农业农村局干部陈立平违规问题。三、{}水务局原局长刘海洋违规问题。\n"
    bodies = {o["name"] for o in article(text.format("砀山县", "灵璧县")).of("org")}
    assert "宿州市水利局" in bodies and "砀山县农业农村局" in bodies
    bodies = {o["name"] for o in article(text.format("砀山县", "长丰县")).of("org")}
    assert not any(b.endswith("市水利局") and len(b) > 4 for b in bodies)     # counties of two prefectures: which, untold


def test_a_two_character_county_of_a_rare_first_character_is_read_where_visited_or_doing(article):
    got = {p["name"] for p in article(body("代表团到泾县考察，黟县召开座谈会。")).of("place")}
    assert {"泾县", "黟县"} <= got
    got = {p["name"] for p in article(body("萧县长说，要抓紧。他在和县委书记交谈。")).of("place")}
    assert "萧县" not in got and "和县" not in got        # a surname before 县长; 和, a conjunction


def test_a_village_whose_name_opens_with_a_descriptive_character_is_read_before_its_own_post(article):
    got = places(article(body("会上，大湾村党支部书记罗永红、石门村村委会主任杨德胜先后发言。")))
    assert "石门村" in got                                   # positive control
    assert "大湾村" in got                                   # 大湾: a place name the dictionary knows whole
    got = places(article(body("会上，大多数村党支部书记作了发言，大部分村委会主任也发了言。")))
    assert not any(n.startswith("大") for n in got)         # 大多数, 大部分: counts, no name


def test_a_city_after_a_removal_of_its_party_post_is_read_though_the_model_cuts_qizhong(article):
    art = article(body("经省委批准，周建新同志任中共岳阳市委书记，免去其中共益阳市委副书记职务。"))
    got = places(art)
    assert "岳阳市" in got                                               # positive control
    assert "益阳市" in got                                               # 其中|共益阳市委: 中共 opens the body's name
    held = {(p["title"], p["org"]["name"] if p["org"] else None) for p in art.of("post")}
    assert ("市委副书记", "益阳市委") in held


def test_a_township_named_among_those_present_after_haiyou_is_a_place(article):
    art = article(body("陪同调研的还有柳溪乡党委书记覃永红。参加座谈的也有石门镇镇长向兵。"))
    got = places(art)
    assert {"柳溪乡", "石门镇"} <= set(got)
    assert not any(n.startswith(("还有", "也有", "有")) for n in got)


def test_an_ethnic_township_whose_name_opens_with_a_descriptive_word_is_read_from_the_table(article):
    art = article(body("在汝城县，文明瑶族乡党委书记赵建平介绍，全乡建成文明村9个。"))
    got = places(art)
    assert parent_name(got["文明瑶族乡"]) == "汝城县"
    assert "文明村" not in got                                       # the title, still no village


def test_a_county_named_by_a_verb_is_the_verb_before_bare_level_bodies(article):
    art = article(body("县委书记周海带队，会同县发改局、县财政局负责同志，到各乡镇检查冬修水利。"))
    assert "会同县" not in places(art)                                   # together with the county's bureaus
    art = article(body("怀化市会同县召开冬修水利动员会，会同县财政局局长吴斌出席。"))
    assert any(p["name"] == "会同县" and parent_name(p) == "怀化市" for p in art.of("place"))   # control: in its chain


def test_a_peoples_commune_the_table_knows_as_a_township_is_read_after_its_county(article):
    art = article(body("王秀兰同志，一九四八年生。历任古丈县断龙山公社党委副书记；古丈县妇联主任。"))
    got = places(art)
    assert parent_name(got["断龙山公社"]) == "古丈县"                    # 断龙山 opens with a verb: the table vouches
    assert "古丈县妇联" in {o["name"] for o in art.of("org")}            # positive control


def test_a_subdistrict_named_after_a_road_with_a_college_in_it_is_a_place_not_a_body(article):
    art = article(body("12月3日，二七区大学路街道召开工作推进会，街道工委书记孙敏主持。"))
    assert parent_name(places(art)["大学路街道"]) == "二七区"
    assert "二七区" in places(art) and not places(art)["二七区"].get("in_name")
    assert not any(o["name"].endswith("大学") for o in art.of("org"))


def test_a_village_whose_name_the_table_holds_only_without_its_first_character_is_not_that_village(article):
    art = article(body("汝城县城关镇五星村党总支书记何建军说，泉水镇星村党支部书记朱红说。在星村，村民说好。"))
    stars = [p for p in art.of("place") if p["name"] == "星村"]
    assert len(stars) == 2                                             # 泉水镇星村 and 在星村: the table's village
    assert all(art.sentences[p.sent].simp[p.start - 1] != "五" for p in stars)      # not 五|星村


def test_township_heads_as_a_class_after_a_county_name_no_township(article):
    got = places(article(body("桃源县新任命一批乡镇长，一批乡镇党委书记也作了调整。桃源县漳江镇镇长刘明讲话。")))
    assert "漳江镇" in got                                                    # positive control
    assert not any(n.endswith("乡") for n in got)


def test_a_township_s_guessed_county_gives_way_to_the_one_the_text_writes_for_it(article):
    art = article(body("黄桥镇召开人代会，选举产生新一届镇政府领导班子。黄桥镇位于武冈市东部，辖28个村。"))
    townships = [p for p in art.of("place") if p["name"] == "黄桥镇" and p.start >= 0]
    assert len(townships) == 2 and {parent_name(p) for p in townships} == {"武冈市"}


def test_an_autonomous_county_written_with_its_autonomy_but_not_its_peoples_is_that_county(article):
    art = article("会议\n2024-04-02\n道真自治县委第一巡察组进驻玉溪镇开展巡察。\n")
    assert any(p["name"] == "道真仡佬族苗族自治县" for p in art.of("place"))
    assert any(o["name"] == "道真仡佬族苗族自治县委第一巡察组" for o in art.of("org"))
    art = article("会议\n2024-04-02\n道真县委第一巡察组进驻玉溪镇开展巡察。\n")       # control: the short form as before
    assert any(p["name"] == "道真仡佬族苗族自治县" for p in art.of("place"))


def test_places_counted_or_set_apart_before_a_level_s_suffix_are_no_village(article):
    art = article("两地村党支部书记交流学习\n2024-05-20\n攸县网岭镇罗家坪村党支部书记带队到茶陵县考察，外地村党支部书记也来交流。\n")
    got = {p["name"] for p in art.of("place")}
    assert not {"两地村", "外地村"} & got
    assert "罗家坪村" in got                                      # control: a village written under its township


def test_a_county_s_short_form_opening_a_township_s_longer_name_is_no_county(article):
    art = article("县委巡察组进驻石门坝乡\n2023-06-01 来源:威宁县融媒体中心\n县委巡察组进驻石门坝乡开展巡察。\n")
    assert "石门县" not in {p["name"] for p in art.of("place")}                  # (the headline and the text repeat it)
    art = article(body("常德市石门县召开会议。推进石门城乡融合发展。"))
    assert "石门县" in {p["name"] for p in art.of("place")}                     # control: the county, named
