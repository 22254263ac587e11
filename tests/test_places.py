"""Localities: the chain, short forms, townships and villages, zones, junk."""


def places(art):
    return {p["name"]: p for p in art.places}


def body(text):
    return f"测试新闻\n2023-06-01 来源:测试日报\n{text}\n"


def test_chain_ties_village_to_county_city_province(article):
    art = article(body("在河北省石家庄市正定县塔元庄村，村民们正忙着采摘蔬菜，丰收的喜悦写在脸上。"))
    got = places(art)
    assert got["塔元庄村"]["level"] == "village" and got["塔元庄村"]["parent"] == "正定县"
    assert got["正定县"]["code"] == "130123" and got["石家庄市"]["level"] == "prefecture"


def test_short_forms_resolve_to_the_division(article):
    art = article(body("葫芦岛干部群众精气神越来越足，兴城经济开发区引进项目十余个，发展势头良好。"))
    got = places(art)
    assert got["葫芦岛市"]["code"] == "211400"
    assert got["兴城市"]["code"] == "211481"
    assert got["兴城经济开发区"]["level"] == "zone"


def test_ambiguous_district_is_settled_by_the_chain(article):
    art = article(body("他来到辽宁省鞍山市铁西区繁荣街道办事处工作，一干就是好几年，积累了经验。"))
    got = places(art)
    assert got["铁西区"]["code"] == "210303"
    assert got["繁荣街道"]["level"] == "township" and got["繁荣街道"]["parent"] == "铁西区"


def test_ambiguous_district_without_context_is_left_unlinked(article):
    art = article(body("鼓楼区的志愿者走上街头，为群众提供各类便民服务，受到广泛欢迎和好评。"))
    assert all(p["code"] is None for p in art.places if p["name"] == "鼓楼区")


def test_place_plus_body_is_not_split_wrongly(article):
    art = article(body("辽宁省鞍山市海城市委组织部组织干部到乡镇开展党建培训，全市城市建设稳步推进。"))
    got = places(art)
    assert "海城市" in got and "城市" not in got and "海" not in got


def test_descriptions_are_not_villages(article):
    art = article(body("河北省正定县的干部到贫困村、薄弱村任第一书记，东北冷棚葡萄第一村的名声越来越响。"))
    assert not any(p["level"] == "village" for p in art.places)


def test_townships_listed_after_a_county_anaphor(article):
    art = article(body("国庆期间，山西吕梁市交城县领导深入该县天宁镇、岭底乡、水峪贯镇等地调研，了解情况。"))
    got = places(art)
    assert {"天宁镇", "岭底乡", "水峪贯镇"} <= set(got)
    assert all(got[n]["parent"] == "交城县" for n in ("天宁镇", "岭底乡", "水峪贯镇"))


def test_everyday_words_that_are_district_names_need_a_chain(article):
    art = article(body("辽宁持续推进振兴发展，城区面貌焕然一新，群众生活更加和平安宁。"))
    assert not any(p["level"] == "county" for p in art.places)


def test_traditional_script_places_resolve_the_same(article):
    art = article(body("在遼寧省葫蘆島市興城市，總投資82億元的項目現場機器轟鳴，車輛穿梭。"))
    assert {"辽宁省", "葫芦岛市", "兴城市"} <= set(places(art))
