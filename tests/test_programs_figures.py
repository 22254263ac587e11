"""Programs and statistics."""


def body(text):
    return f"测试新闻\n2023-06-01 来源:测试日报\n{text}\n"


def progs(art):
    return {p["name"]: p for p in art.programs}


def figs(art):
    return [(f["value"], f["unit"], f["qualifier"]) for f in art.figures]


def test_quoted_name_with_head_noun_is_a_campaign(article):
    art = article(body("河北省开展“三抓三促”专项行动，推动干部作风持续好转，群众满意度提高。"))
    assert progs(art)["“三抓三促”专项行动"]["kind"] == "campaign"


def test_document_titles_are_policies(article):
    art = article(body("河北省研究出台《河北省干部教育培训规划(2023—2027年)》，明确了目标任务和工作举措。"))
    assert progs(art)["《河北省干部教育培训规划(2023—2027年)》"]["kind"] == "policy"


def test_named_platform_and_project(article):
    art = article(body("邯郸市启动的12345群众工作平台运行良好；总投资10亿元的正定抽水蓄能电站项目顺利开工。"))
    got = progs(art)
    assert got["12345群众工作平台"]["kind"] == "platform"
    assert any(n.endswith("抽水蓄能电站项目") for n in got)


def test_generic_phrases_are_not_programs(article):
    art = article(body("全县重点项目加快推进，招商引资成效明显，结合开展主题教育，维修改造项目已通过验收。"))
    assert progs(art) == {}


def test_variants_of_one_program_in_an_article_merge(article):
    art = article(body("全省开展“三个年”活动。各地深化三个年活动，取得积极成效，干部作风明显转变。"))
    assert len({p["key"] for p in art.programs}) == 1


def test_counts_fold_wan_and_money_keeps_it(article):
    art = article(body("全省共选派4.53万名干部，帮助企业争取订单48.6亿元，收集问题诉求4.89万件。"))
    assert figs(art) == [(45300, "名", "exact"), (48.6, "亿元", "exact"), (48900, "件", "exact")]


def test_qualifiers_and_chinese_numerals(article):
    art = article(body("葡萄收入增加了三成，解决问题30余万件，投资超5000亿元，收入10万元以下的村清零，增长10%以上。"))
    assert figs(art) == [(30, "%", "exact"), (300000, "件", "over"), (5000, "亿元", "over"),
                         (10, "万元", "under"), (10, "%", "over")]


def test_dates_ages_ordinals_and_names_are_not_figures(article):
    art = article(body("2019年1月1日，31岁的他参加第四届展销会，推进“五包五促”和“三个年”活动，是名85后，电话0917-3260651。"))
    assert figs(art) == []


def test_ranges_keep_the_lower_bound_as_approx(article):
    art = article(body("村民年实现创收1.5—2万元，每年带头啃下一到两块“硬骨头”。"))
    assert figs(art) == [(1.5, "万元", "approx"), (1, "块", "approx")]


def test_relative_year_is_resolved_from_the_article_date(article):
    art = article(body("去年，全县新建道路12公里，今年计划再建20公里，群众出行更加方便。"))
    assert [f["year"] for f in art.figures] == [2022, 2023]


def test_figure_is_about_the_place_before_it(article):
    art = article(body("河北省正定县签约落地项目36个，全县规模以上工业增加值同比增长26.7%。"))
    kind, ref = art.figures[0]["subject"]
    assert kind == "place" and ref["name"] == "正定县"


def test_unquoted_special_campaign_after_a_launching_verb(article):
    art = article(body("今年以来，正定县深入开展农村人居环境整治专项整治，全面打响污染防治攻坚战。"))
    assert any(n.endswith("专项整治") for n in progs(art))
