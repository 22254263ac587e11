"""Programs, figures and what figures are about, from sentences written for the test."""


def programs(art):
    return {p["name"]: p for p in art.of("program")}


def figures(art):
    return [(f["value"], f["unit"], f["qualifier"]) for f in art.of("figure")]


def body(text):
    return f"测试新闻\n2023-06-01 来源:测试日报\n{text}\n"


def test_quoted_slogan_with_head_noun_is_a_campaign(article):
    art = article(body("今年以来，四川省广安市深入开展“清风护航”专项行动，查处问题线索40余件。"))
    got = programs(art)
    assert got["“清风护航”专项行动"]["kind"] == "campaign"
    assert got["“清风护航”专项行动"]["place"]["name"] == "广安市"


def test_document_titles_are_policies_but_newspapers_are_not(article):
    art = article(body("《人民日报》报道，该省印发《关于推进乡村治理现代化的实施意见》，明确了十项任务。"))
    got = programs(art)
    assert got["《关于推进乡村治理现代化的实施意见》"]["kind"] == "policy"
    assert not any("人民日报" in n for n in got)


def test_quoted_slogan_after_a_launching_verb(article):
    art = article(body("各级党组织推行“一窗受理、集成服务”，群众办事更加便捷。"))
    assert "“一窗受理、集成服务”" in programs(art)


def test_campaign_years_in_a_list_closed_by_activity(article):
    art = article(body("全市开展作风建设年、营商环境优化年“两个年”活动，动员会于3月召开。"))
    got = programs(art)
    assert {"作风建设年", "营商环境优化年"} <= set(got)
    assert not any(n.startswith(("全市", "开展")) for n in got)


def test_generic_head_phrases_are_not_programs(article):
    art = article(body("各地实施一批重点项目，浙江省杭州市启动“数字乡村”工程建设。"))
    got = programs(art)
    assert "“数字乡村”工程" in got                          # positive control
    assert not any(n.endswith("重点项目") for n in got)


def test_quoted_name_with_and_without_its_head_is_one_program(article):
    art = article(body("县里推出“三个一批”行动。“三个一批”实施以来，成效明显。"))
    assert len({p["key"] for p in art.of("program")}) == 1


def test_a_quoted_count_of_a_policy_is_a_program_without_a_head(article):
    art = article(body("全区深化“两山两化”，“十五五”期间推广“一村一策”。"))
    assert {"“两山两化”", "“十五五”", "“一村一策”"} <= set(programs(art))


def test_doctrines_bodies_and_kinds_of_people_in_quotes_are_not_programs(article):
    art = article(body("干部要增强“四个意识”，反对“四风”，配强村“两委”，关心“五保户”，"
                       "实现“双赢”，推进“三治融合”，成立“两新”组织党委。"))
    got = set(programs(art))
    assert "“三治融合”" in got                                # positive control
    assert not got & {"“四个意识”", "“四风”", "“两委”", "“五保户”", "“双赢”", "“两新”"}


def test_quoted_names_in_a_run_share_their_head(article):
    art = article(body("该县扎实做好“六清”“六治”工作，推进“双联”、“双评”机制。"))
    assert {"“六清”工作", "“六治”工作", "“双联”机制", "“双评”机制"} <= set(programs(art))


def test_a_run_before_a_head_of_cleaning_up_is_one_program(article):
    art = article(body("全市开展“会所中的歪风”“车轮上的腐败”专项整治，查处问题12起。"))
    got = set(programs(art))
    assert any(n.startswith("“会所中的歪风”“车轮上的腐败”") for n in got)
    assert "“会所中的歪风”" not in got


def test_strategies_inspections_and_mass_campaigns_named_without_quotes(article):
    art = article(body("该市全面实施区域协调发展战略，配合省委生态环境保护督察，开展安全生产大排查，坚决落实国家战略。"))
    got = set(programs(art))
    assert {"区域协调发展战略", "省委生态环境保护督察", "安全生产大排查"} <= got
    assert not any("国家战略" in n for n in got)


def test_spaced_straight_quotes_read_as_mainland_quotes(article):
    art = article(body('全县深入推进 " 一件事一次办 " 改革。'))
    assert "“一件事一次办”改革" in programs(art)


def test_counts_money_shares_and_qualifiers(article):
    art = article(body("全县新增就业岗位1.2万个，完成投资超过35亿元，粮食产量增长约8%，贫困发生率降至不到1%。"))
    got = figures(art)
    assert (12000, "个", "exact") in got
    assert (35, "亿元", "over") in got
    assert (8, "%", "approx") in got
    assert (1, "%", "under") in got


def test_thousands_separators_and_a_signed_change_are_read_as_written(article):
    art = article(body("上半年，全县税收收入完成2,468.3万元，同比增长-4.1%；工业用电量增长6.2%，分别为12,5个点位。"))
    got = figures(art)
    assert (2468.3, "万元", "exact") in got and (-4.1, "%", "exact") in got
    assert (6.2, "%", "exact") in got                                   # control: a rise keeps its sign
    assert not any(v in (12.5, 125) for v, _, _ in got)                 # "12,5": no group of three, no thousands


def test_chinese_numerals_and_shares_in_tenths(article):
    art = article(body("全村三成农户种上了茶叶，二十余名党员带头示范。"))
    got = figures(art)
    assert (30, "%", "exact") in got
    assert (20, "名", "over") in got


def test_dates_ages_ordinals_and_phone_numbers_are_not_figures(article):
    art = article(body("2022年5月，第三届论坛召开，45岁的王强到会，热线电话12345678，共接待群众300人次。"))
    assert figures(art) == [(300, "人次", "exact")]          # the only figure, a positive control


def test_wells_trees_vessels_and_loans_are_counted_but_a_household_and_eyes_are_not(article):
    art = article(body("今年全镇打机井9眼、整修塘坝14口，补植树苗2600棵，购置作业船6艘，信用社放款150笔。"
                       "五口之家的老周两眼含泪，一家四口搬进新楼，门前三棵柿子树。"))
    got = figures(art)
    for fact in [(9, "眼", "exact"), (14, "口", "exact"), (2600, "棵", "exact"), (6, "艘", "exact"), (150, "笔", "exact")]:
        assert fact in got
    assert len(got) == 5                 # no 五口 household, no 两眼, no 四口 family, no 三棵 of a scene


def test_goods_handed_out_are_counted_in_their_packing_but_a_policy_s_name_is_not(article):
    art = article(body("合作社向农户发放有机肥650袋、玉米种子1800包，帮助销售脐橙3200箱。镇里落实门前三包责任。"))
    got = figures(art)
    assert [(650, "袋", "exact"), (1800, "包", "exact"), (3200, "箱", "exact")] == [g for g in got if g[1] in "袋包箱"]
    assert (3, "包", "exact") not in got


def test_a_resumes_year_and_month_before_a_place_is_no_count_of_days(article):
    art = article(body("张某简历：2009.07—2014.03 天门市某镇副镇长；2014.03—2019.11 天长市某局局长。全镇新建道路18公里。"))
    assert figures(art) == [(18, "公里", "exact")]                 # the only figure, a positive control


def test_time_frames_that_scope_a_sentence_are_not_figures(article):
    art = article(body("三年来，全县新建村道85公里。这两年，镇里引进企业6家。十年间，他走遍了全乡。"))
    assert figures(art) == [(85, "公里", "exact"), (6, "家", "exact")]
    art = article(body("驻村干部坚守了8年，在两个月之内修好了水渠。"))      # durations that are the fact
    assert figures(art) == [(8, "年", "exact"), (2, "个月", "exact")]


def test_sessions_names_codes_and_thresholds_are_not_figures(article):
    art = article(body("会议传达了县十七届人大三次会议精神，重申中央八项规定，表彰了七里河镇和五一二厂，"
                       "5000万元及以上项目开工，全县新建厂房12座。"))
    assert figures(art) == [(12, "座", "exact")]              # the only figure, a positive control


def test_measures_are_noun_phrases_of_the_sentence(article):
    art = article(body("全镇80%的农户种上了茶叶。全县常住人口比上年(第七次人口普查数据,下同)减少1.2%。"
                       "村民王某挪用集体资产租金收入8万余元。全县深度贫困的村就有11个。"))
    measures = {f["surface"]: f["measure"] for f in art.of("figure")}
    assert measures["80%"].startswith("农户")                         # a share of what follows 的
    assert "下同" not in measures["1.2%"]                             # an aside ends the clause
    assert measures["8万余元"] == "集体资产租金收入"                 # the noun phrase at the clause's end
    assert measures["11个"].endswith("村") or measures["11个"] == "深度贫困"


def test_who_is_no_measure_and_a_duration_measures_time(article):
    art = article(body("王海、李明、赵刚3位都曾担任县长。座谈会上，省长两次提到这个村。全县5年内完成了搬迁任务。"))
    measures = {f["surface"]: f["measure"] for f in art.of("figure")}
    assert measures == {"3位": "人数", "两次": "次数", "5年": "时长"}


def test_estimates_and_numbered_villages(article):
    art = article(body("两个屯之间相隔两三公里。工作队进驻某某乡3村、5村开展帮扶，全县新建3个县委书记工作室。"))
    got = {f["surface"]: (f["value"], f["qualifier"], f["measure"]) for f in art.of("figure")}
    assert got["两三公里"][:2] == (2, "approx")                      # two or three, not twenty-three
    assert "3村" not in got and "5村" not in got                         # village numbers are names
    assert got["3个"][2] == "县委书记工作室"                                # a title after the number is what is counted


def test_a_village_by_its_number_after_a_preposition_of_place_is_no_count(article):
    art = article(body("在7村，工作队员正在走访。全乡在11个村开展培训，覆盖21村。"))
    got = {f["surface"] for f in art.of("figure")}
    assert "7村" not in got                                              # where one is: the village numbered 7
    assert {"11个", "21村"} <= got                                         # control: villages counted


def test_what_a_classifier_counts_and_how_long_a_duration_lasts(article):
    art = article(body("全村建成48栋按传统式样设计的小楼。各村成立3—5人的监督委员会。每组车辆控制在3辆以内。"
                       "贫困发生率由2013年的56.76%下降到1.28%。我和13名清华、北大选调生一起出发。"
                       "他在这里工作了30余年，驻村时间2年。三天两头停电。今年最后两个月要抓落实。"))
    got = {f["surface"]: (f["measure"], f["qualifier"]) for f in art.of("figure")}
    assert got["48栋"][0] == "小楼" and got["3—5人"][0] == "监督委员会"       # the head after 的
    assert got["3辆以内"][1] == "under" and got["1.28%"][0] == "贫困发生率"
    assert got["13名"][0] == "清华、北大选调生"
    assert got["30余年"][0] == "时长" and got["2年"][0] == "驻村时间"
    assert "两头" not in got and "两个月" not in got                           # an idiom, a time frame


def test_respectively_gives_each_figure_its_own_measure(article):
    art = article(body("上半年，全县粮食产量、蔬菜产量、水果产量分别增长5.1%、6.2%、7.3%。"))
    got = {f["surface"]: f["measure"] for f in art.of("figure")}
    assert got == {"5.1%": "粮食产量增长", "6.2%": "蔬菜产量增长", "7.3%": "水果产量增长"}
    art = article(body("二、面向社会招聘岗位(12个)，报名时间另行通知。"))
    assert [f["measure"] for f in art.of("figure")] == ["面向社会招聘岗位"]  # a count in brackets: the phrase before
    art = article(body("居民人均可支配收入分别达到40000元和20000元。"))     # one item, two figures: left alone
    assert {f["measure"] for f in art.of("figure")} == {"居民人均可支配收入"}   # (城乡…, a pair, is split: below)


def test_negations_names_and_a_places_verb_in_measures(article):
    art = article(body("河北省正定县塔元庄村有村民550户。目前全村仍有80多人尚未脱贫。2015年三次产业结构比为25:26:49。"))
    got = {f["surface"]: f["measure"] for f in art.of("figure")}
    assert got["550户"] == "村民" and got["80多人"] == "尚未脱贫"           # not 有村民, not 脱贫
    assert "三次" not in got                                               # 三次产业: the three sectors


def test_year_of_a_figure_from_the_text_or_the_article_date(article):
    art = article(body("2022年全市接待游客500万人次；今年新建5G基站800个。"))
    assert [f["year"] for f in art.of("figure")] == [2022, 2023]


def test_figure_is_about_the_place_before_it(article):
    art = article(body("云南省普洱市西盟佤族自治县新修通村公路120公里。"))
    subject = art.of("figure")[0]["subject"]
    assert subject is not None and subject["name"] == "西盟佤族自治县"


def test_events_named_with_date_venue_and_participants(article):
    art = article(body("5月30日，全市安全生产工作会议在河北省石家庄市召开，市委书记王建国出席会议并讲话。会议指出，要压实责任。"))
    events = art.of("event")
    assert [e["name"] for e in events] == ["全市安全生产工作会议"]     # "会议指出" is no name
    e = events[0]
    assert e["date"] == "2023-05-30" and e["place"]["name"] == "石家庄市"
    assert [p["name"] for p in e["participants"]] == ["王建国"]


def test_fairs_and_periodic_reviews_are_programs_a_one_off_meeting_is_not(article):
    art = article(body("该市连续五年举办两岸茶业博览会，今年又举办两届桂花文化节。市委建立县委书记季度工作讲评会制度。"
                       "4月2日，全市防汛工作会议召开。各乡镇开展比学赶超擂台赛。县委召开全县2022年度工作总结大会。"))
    got = programs(art)
    assert {"两岸茶业博览会", "桂花文化节", "县委书记季度工作讲评会"} <= set(got)
    assert got["县委书记季度工作讲评会"]["kind"] == "other"
    assert "全市防汛工作会议" in {e["name"] for e in art.of("event")}              # an event, positive control
    assert not {"全市防汛工作会议", "比学赶超擂台赛", "全县2022年度工作总结大会"} & set(got)   # meetings; a drive


def test_one_quarters_ceremony_is_an_event_not_a_periodic_program(article):
    art = article(body("3月4日，柞水县第一季度重点项目集中开工仪式在营盘镇举行。市委建立县委书记月度工作讲评会制度。"))
    assert "柞水县第一季度重点项目集中开工仪式" in {e["name"] for e in art.of("event")}
    assert not any("开工仪式" in p for p in programs(art))
    assert "县委书记月度工作讲评会" in programs(art)                      # control: a monthly review


def test_events_with_an_ordinal_keep_brackets_in_their_name(article):
    art = article(body("9月3日，第三届中国（廊坊）国际经济贸易洽谈会开幕，此次会议吸引客商两千余人。"))
    assert [e["name"] for e in art.of("event")] == ["第三届中国（廊坊）国际经济贸易洽谈会"]


def test_targets_of_a_clean_up_are_not_programs(article):
    art = article(body("全县深入开展“人情宴”“升学宴”等行为专项治理，纠“四风”树新风，开展“廉洁家庭”创建活动。"))
    got = set(programs(art))
    assert "“廉洁家庭”创建活动" in got or any("廉洁家庭" in n for n in got)     # positive control
    assert not got & {"“人情宴”", "“升学宴”", "“四风”"}


def test_a_count_of_the_words_just_listed_is_a_description(article):
    art = article(body("项目实现进度、安全“双达标”，全县推行农业、文化、旅游等“三业融合”。"))
    got = set(programs(art))
    assert "“三业融合”" in got and "“双达标”" not in got


def test_a_figure_keeps_its_measure_whatever_the_hash_seed():
    """Stripping the places before a measure takes the longest name first, every time:
    with "番禺" also a place, "广州市番禺区出资" must not become "区出资" in some processes
    (set order follows PYTHONHASHSEED; seeds 2 and 4 gave "区出资" before the fix)."""
    import os
    import subprocess
    import sys

    code = ("from kg.build.pipeline import enrich\nfrom kg.read import article_from_text\n"
            "art = enrich(article_from_text(" + repr(body("去年，广州市番禺区出资200万元修桥，如今桥已成为连接番禺、清新两地的纽带。"))
            + ", source_file='t.txt'))\nprint([f['measure'] for f in art.of('figure')])")
    for seed in ("2", "4", "5"):
        out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True,
                             env={**os.environ, "PYTHONHASHSEED": seed}).stdout
        assert out.strip() == "['出资']", (seed, out)


def test_a_measure_after_a_figure_stops_at_the_next_figure(article):
    art = article(body("全县56个部门结对帮扶98个行政村(社区)、2100名干部参与，推出5项改革任务18个重点项目。"))
    got = {(f["value"], f["unit"]): f["measure"] for f in art.of("figure")}
    assert got[(98.0, "个")] == "行政村" and got[(2100.0, "名")] == "干部"
    assert got[(5.0, "项")] == "改革任务" and got[(18.0, "个")] == "重点项目"


def test_a_share_written_before_its_noun_measures_that_noun_also_in_a_list(article):
    art = article(body("全省约70%的耕地、55%的常住人口在山区。今年要实现增长5%的目标。"))
    got = {f["value"]: f["measure"] for f in art.of("figure")}
    assert got[70.0] == "耕地" and got[55.0] == "常住人口"
    assert got[5.0] != "目标"                                # a target's rate: the noun after is no share of it


def test_hours_written_with_a_classifier_are_a_duration(article):
    art = article(body("列车已经行驶了10多个小时，乘客们仍然精神饱满。"))
    assert [(f["unit"], f["measure"]) for f in art.of("figure")] == [("个小时", "时长")]


def test_a_quality_before_de_leaves_the_count_to_the_noun_after_it(article):
    art = article(body("她一人带着3个年幼的孩子在家里生活，全村5个村的村民都来了，新建12座崭新的温室。"))
    got = {f["value"]: f["measure"] for f in art.of("figure")}
    assert got[3.0] == "孩子" and got[12.0] == "温室"
    assert got[5.0] == "村"                                    # a noun before 的: it is what is counted


def test_numeral_abbreviations_of_a_domain_a_body_or_an_ill_are_no_programs(article):
    art = article("会议\n2024-01-05\n全县要做好“三农”工作，完成村“两委”换届任务，反对“四风”，落实“六稳”任务。\n")
    names = {p["name"] for p in art.of("program")}
    assert "“六稳”任务" in names                                     # a policy's parts stay a program
    assert not any(x in n for n in names for x in ("三农", "两委", "四风"))


def test_a_strategy_of_the_whole_level_is_no_named_program(article):
    art = article("会议\n2024-01-05\n该县要服务全市发展战略，全县实施乡村振兴战略。\n")
    names = {p["name"] for p in art.of("program")}
    assert "乡村振兴战略" in names and not any(n.startswith("全市") for n in names)


def test_major_or_key_projects_are_no_named_program_but_a_place_named_project_is(article):
    art = article("会议\n2024-01-05\n县长调研明水乡重点项目，推进全县农业重大项目，实施洛宁抽水蓄能电站项目。\n")
    names = {p["name"] for p in art.of("program")}
    assert any(n.endswith("洛宁抽水蓄能电站项目") for n in names)
    assert not any(n.endswith(("重点项目", "重大项目")) for n in names)


def test_a_project_named_by_a_town_of_a_rare_character_or_an_output_in_letters_is_a_program(article):
    art = article(body("今年，东台市弶港镇海洋牧场建设项目完工，东台经济开发区年产3GW储能电池项目投产，"
                       "村里还实施了道路硬化项目。"))
    names = {p["name"] for p in art.of("program")}
    assert any(n.endswith("弶港镇海洋牧场建设项目") for n in names), names     # 弶: a rare character
    assert any(n.endswith("年产3GW储能电池项目") for n in names), names         # 3GW: letters in a name
    assert not any(n.endswith("道路硬化项目") for n in names), names             # control: no name, a kind

def test_a_place_s_projects_are_no_named_project(article):
    art = article("沅陵县项目建设提速\n2024-05-06 来源:测试日报\n今年，沅陵县官庄镇项目进展顺利，沅陵县官庄镇茶叶加工园建设项目投产。\n")
    names = {p["name"] for p in art.of("program")}
    assert not any(n in ("沅陵县项目", "沅陵县官庄镇项目", "官庄镇项目") for n in names), names
    assert any(n.endswith("官庄镇茶叶加工园建设项目") for n in names), names      # control: a project named

def test_a_dummy_verb_names_no_measure_and_counts_of_what_is_listed_next_are_no_figures(article):
    art = article(body("去年，镇里进行了6次入户走访，开展了35场技能培训。具体分为以下4种情况。"
                       "过去的两年，全镇坚守了5年的老党员有12名。"))
    got = {(f["value"], f["unit"]): f["measure"] for f in art.of("figure")}
    assert got[(6, "次")] == "入户走访" and got[(35, "场")] == "技能培训"
    assert (4, "种") not in got and (2, "年") not in got        # listed next; a frame of the sentence
    assert (5, "年") in got and (12, "名") in got                # a duration that is the fact, and a count


def test_a_formulas_numbered_parts_are_no_figures_and_an_area_planted_measures_the_crop(article):
    art = article(body("全县牢牢守住发展和生态两条底线，增强“四个意识”。合作社在果园里套种了80亩大豆，"
                       "从6个方面推进改革。"))
    got = {(f["value"], f["unit"]): f["measure"] for f in art.of("figure")}
    assert (2, "条") not in got and (4, "个") not in got
    assert got[(80, "亩")] == "大豆"
    assert (6, "个") in got                       # the guide counts "N个方面" (positive control)


def test_figures_given_respectively_after_a_compound_or_a_second_clause_take_their_own_item(article):
    art = article(body("全县城乡居民人均可支配收入分别达到38210元和17650元，年均增长5.2%和8.1%。"
                       "财政收入和支出分别达5.1亿元、18.3亿元，分别增长4.2%、1.5%。"))
    got = {f["value"]: f["measure"] for f in art.of("figure")}
    assert got[38210] == "城镇居民人均可支配收入" and got[17650] == "农村居民人均可支配收入"
    assert got[8.1] == "农村居民人均可支配收入年均增长"
    assert got[18.3] == "支出" and got[1.5] == "支出增长" and got[4.2] == "财政收入增长"


def test_an_offices_number_inside_its_name_is_no_figure(article):
    art = article(body("省政府办公厅秘书三处副处长周立民来调研，办公厅一处负责接待。全县设立检测点5处。"))
    got = {(f["value"], f["unit"]) for f in art.of("figure")}
    assert (3, "处") not in got and (1, "处") not in got
    assert (5, "处") in got                                    # a count of sites (positive control)


def test_a_distance_keeps_its_preposition_and_a_count_its_negation(article):
    art = article(body("该村距万峰林大桥12公里，距县城30公里。全村未脱贫人口还有45人。"))
    got = {f["value"]: f["measure"] for f in art.of("figure")}
    assert got[12] == "距万峰林大桥" and got[30] == "距县城" and got[45] == "未脱贫人口"


def test_a_level_with_its_alternatives_in_brackets_is_counted_whole(article):
    art = article(body("本轮巡视对18个县(市、区)、省农业农村厅等12家单位开展。全省96个县(市、区)委书记参加培训。"))
    got = {f["value"]: f["measure"] for f in art.of("figure")}
    assert got[18] == "县市区" and got[96] == "县市区委书记" and got[12] == "单位"


def test_a_reform_named_by_the_system_it_reforms_is_a_program_without_the_verb_before_it(article):
    art = article("改革\n2023-06-01\n湖南省新化县召开会议。会议要求，深化医疗卫生体制改革，推进农村宅基地制度改革，"
                  "整合搭建乡村连心驿站平台。改革试点要抓紧。\n")
    progs = {p["name"]: p["kind"] for p in art.of("program")}
    assert progs.get("医疗卫生体制改革") == "reform" and progs.get("农村宅基地制度改革") == "reform"
    assert "乡村连心驿站平台" in progs                                  # no verbs of building in its name
    assert not any(n.endswith("改革试点") for n in progs)                # a pilot of reform alone names none


def test_an_important_or_main_activity_is_no_name(article):
    art = article("会议\n2023-06-01\n湖南省新化县召开会议。会议要求，办好两项重要活动，抓好几项主要工程，开展“清风护农”活动。\n")
    assert {p["name"] for p in art.of("program")} == {"“清风护农”活动"}


def test_a_piece_of_writing_or_a_periodical_in_title_marks_is_no_policy(article):
    art = article(body("据《瞭望东方》记者调查，该县去年印发《高标准农田建设三年行动方案》。县委书记曾在《求是》上发表"
                       "题为《把群众冷暖放在心上》的文章，《山乡巨变记》一文也写到了这个村。"))
    got = programs(art)
    assert "《高标准农田建设三年行动方案》" in got                       # control: a document is one
    assert not {"《瞭望东方》", "《求是》", "《把群众冷暖放在心上》", "《山乡巨变记》"} & set(got)


def test_a_programme_or_an_article_named_once_as_such_is_no_policy_anywhere_in_the_text(article):
    art = article("《乡村里的春天》讲述了这个村的变化\n2023-06-01 来源:测试日报\n"
                  "热播剧《乡村里的春天》讲述了这个村的变化。县里还发布文章《一个村支书的十年》，"
                  "并印发《农村人居环境整治提升五年行动方案》。今年5月，某市以“乡村振兴”为主题举办相关活动。\n")
    got = programs(art)
    assert "《农村人居环境整治提升五年行动方案》" in got                  # control: a document
    assert not {"《乡村里的春天》", "《一个村支书的十年》"} & set(got)
    assert not any(name.endswith("相关活动") for name in got)          # "相关活动": no name


def test_numbers_listed_before_the_one_with_the_unit_share_it(article):
    art = article(body("三个镇分别完成投资1.5、2.8和4亿元，两个村分别有农户126、93户，"
                       "规模工业增加值和税收分别高于全市4.2、6.5个百分点。2019、2020和2021年该县连续获评先进。"))
    got = figures(art)
    assert {(1.5, "亿元"), (2.8, "亿元"), (4.0, "亿元"), (126.0, "户"), (93.0, "户"), (4.2, "个百分点"),
            (6.5, "个百分点")} <= {(v, u) for v, u, _ in got}
    assert not any(v in (2019.0, 2020.0, 2021.0) for v, _, _ in got)        # years listed are no figures


def test_a_quoted_span_of_time_a_numbered_place_and_a_villages_assets_are_no_programs(article):
    art = article(body("这片草原正在发生“百年巨变”。这里是“三江源自然保护区”的腹地，"
                       "村里规范“三资”管理，全县推行“五水共治”。"))
    names = {p["name"] for p in art.of("program")}
    assert any("五水共治" in n for n in names)                       # control: a policy's parts
    assert not any(x in n for n in names for x in ("百年巨变", "三江源", "三资"))


def test_a_plan_told_with_a_time_from_now_is_no_named_program(article):
    art = article(body("全州今年计划实现5个贫困县摘帽。全县开展冬季攻坚行动。"))
    names = {p["name"] for p in art.of("program")}
    assert "冬季攻坚行动" in names                                # control: a season opens a campaign's name
    assert not any("今年" in n for n in names)


def test_a_clause_about_a_program_is_not_its_name(article):
    art = article("测试新闻\n2023-06-01 来源:测试日报\n王志远充分肯定工程进展。专业合作社申请海南省数字乡村示范项目，"
                  "会议把流域生态保护确定为重大战略。天津市启动种业振兴行动。\n")
    got = {p["name"] for p in art.of("program")}
    assert "种业振兴行动" in got                                   # positive control
    assert not any(("肯定" in n or "申请" in n or "确定为" in n) for n in got)


def test_a_head_noun_that_opens_a_longer_word_ends_no_program(article):
    art = article(body("近日，湖南省株洲市与某能源集团签署战略合作协议，并启动“绿色株洲”行动。"
                       "省农业农村厅“连心驿站”工作队进驻该村。"))
    got = programs(art)
    assert "“绿色株洲”行动" in got                          # positive control
    assert not any(n.endswith("战略") for n in got)
    assert "“连心驿站”" in got                               # the campaign the team was sent for


def test_a_quote_before_a_stationed_team_or_its_work_names_the_campaign(article):
    art = article(body("全区2.1万名“暖心行”驻村工作队员在村里过年。“强基惠民”驻镇工作已进入第三年。"
                       "“三农”驻村工作队进驻该村。"))
    got = programs(art)
    assert "“暖心行”" in got and "“强基惠民”" in got
    assert not any("三农" in n for n in got)                 # a domain's quote names no campaign


def test_the_annual_plan_of_a_session_is_no_program(article):
    art = article(body("大会批准了2024年国民经济和社会发展计划，并启动“乡村赋能”行动。"))
    got = programs(art)
    assert "“乡村赋能”行动" in got                          # positive control
    assert not any(n.endswith("发展计划") for n in got)


def test_a_quoted_count_before_a_development_strategy_is_one_policy(article):
    art = article(body("过去一年，全县锚定“3456”发展战略，统筹推进各项工作。"))
    got = programs(art)
    assert got["“3456”发展战略"]["kind"] == "policy"


def test_a_program_that_dates_a_comparison_is_not_what_a_figure_is_about(article):
    art = article(body("湖南省攸县召开经济工作会议，攸县各乡镇负责人参加。会议指出，今年一般公共预算收入完成6.3亿元，较“十三五”末实现翻番。"
                       "“绿色家园”项目总投资2.5亿元。"))
    subjects = {f["value"]: f["subject"]["name"] for f in art.of("figure") if f["subject"] is not None}
    assert subjects[2.5] == "“绿色家园”项目"                 # positive control: the clause it opens
    assert subjects[6.3] == "攸县"


def test_a_count_of_classes_measures_the_whole_noun_after_it(article):
    art = article(body("湖北省38个工业大类行业中，有25个行业实现增长，全省新建学校12所。"))
    measures = {f["value"]: f["measure"] for f in art.of("figure")}
    assert measures[12] == "新建学校"                                 # positive control
    assert measures[38] == "工业大类行业"


def test_a_sentence_that_names_nothing_carries_on_the_division_of_the_figures_before_it(article):
    art = article(body("湖南省统计局发布数据。上半年全省实现生产总值25000亿元，同比增长4.5%。"
                       "分产业看，第一产业增加值1100亿元，第二产业增加值9500亿元。"
                       "岳阳市华容县章华镇新建村今年种植水稻800亩。村里还有鱼塘12口。"))
    subjects = {f["value"]: f["subject"]["name"] for f in art.of("figure") if f["subject"] is not None}
    assert subjects[25000] == "湖南省"                                  # positive control: 全省
    assert subjects[1100] == subjects[9500] == "湖南省"
    assert subjects[800] == "新建村"


def test_a_one_character_adjective_before_the_verb_ends_the_counted_noun(article):
    art = article(body("全县186个村党组织全覆盖，新建党群服务中心12个。"))
    measures = {f["value"]: f["measure"] for f in art.of("figure")}
    assert measures[12] == "新建党群服务中心"                          # positive control
    assert measures[186] == "村党组织"


def test_a_capacity_before_a_plant_measures_the_plant(article):
    art = article(body("该公司引进30万吨饲料加工项目，建设了20万吨秸秆综合利用项目、生物质发电项目。村里种植了80亩辣椒。"))
    measures = {f["value"]: f["measure"] for f in art.of("figure")}
    assert measures[80] == "辣椒"                                        # positive control
    assert measures[300000] == "饲料加工项目"
    assert measures[200000] == "秸秆综合利用项目"


def test_a_size_after_the_verb_newly_build_measures_the_noun_it_builds(article):
    art = article(body("村里新建3000亩油茶林。"))
    assert {f["value"]: f["measure"] for f in art.of("figure")}[3000] == "油茶林"
    nanchang = article(body("江西省南昌市新建区召开会议。会后，村里新建了一批蔬菜大棚。"))
    assert [p["surface"] for p in nanchang.of("place") if p["name"] == "新建区"] == ["新建区"]   # the district in its chain, not the verb


def test_a_rate_of_output_before_a_plant_measures_the_plant(article):
    art = article(body("某某集团将在漳州投资建设年产50万吨乙烯项目，在泉州建设日处理3万吨污水处理厂。"))
    measures = {f["value"]: f["measure"] for f in art.of("figure")}
    assert measures[500000] == "乙烯项目" and measures[30000] == "污水处理厂"


def test_a_venue_and_the_verb_after_it_are_no_part_of_a_project_s_name(article):
    art = article(body("某某集团将在漳州投资建设年产50万吨乙烯项目，在泉州建设泉州湾跨海大桥项目。"))
    names = {p["name"] for p in art.of("program")}
    assert "泉州湾跨海大桥项目" in names                                    # positive control
    assert not any(n.startswith(("漳州", "泉州建设")) for n in names)


def test_a_sentence_that_opens_with_its_year_dates_the_figures_after_it_in_its_paragraph(article):
    art = article(body("2016年，他回村办起了合作社。2019年，他当选村委会主任。那时，村集体还欠债12万元。\n"
                       "全村有农户420户。"))
    years = {f["value"]: f.get("year") for f in art.of("figure")}
    assert years[12] == 2019
    assert years[420] is None                                          # another paragraph tells no year


def test_a_statistics_lead_and_a_breakdown_after_qizhong_date_the_figures_with_their_total(article):
    art = article(body("据初步统计，2022年全区完成固定资产投资36.5亿元，增长8%。全年粮食产量9.2万吨。\n"
                       "区里去年引进项目12个，其中工业项目7个、农业项目5个。"))
    years = {f["value"]: f.get("year") for f in art.of("figure")}
    assert years[36.5] == years[8] == years[92000] == 2022              # the lead dates its paragraph
    assert years[12] == years[7] == years[5] == 2022                  # 去年 of 2023's article; the parts follow
    estimated = article(body("初步测算，2021年全区地区生产总值86.2亿元。全年新增市场主体3200户。"))
    assert [f.get("year") for f in estimated.of("figure")] == [2021, 2021]
    control = article(body("区里引进项目12个，其中工业项目7个。"))            # no year told: none given
    assert {f.get("year") for f in control.of("figure")} == {None}


def test_the_time_a_level_was_reached_is_no_part_of_the_measure(article):
    art = article(body("合作社的年收入从不足8万元增加到去年的45万元。"))
    measures = {f["value"]: f["measure"] for f in art.of("figure")}
    assert measures[8] == measures[45] == "合作社的年收入"                 # the start of the change as control


def test_national_programs_known_by_their_name_alone_are_programs(article):
    art = article(body("全县深入推进易地扶贫搬迁后续扶持，全面推行林长制，县扫黑除恶办负责人参加。"
                       "村里完善了河长制度。"))
    names = {p["name"]: p["kind"] for p in art.of("program")}
    assert names.get("易地扶贫搬迁") == "project" and names.get("林长制") == "policy"
    assert "扫黑除恶" not in names and "河长制" not in names           # an office's name; the word 制度


def test_a_regional_strategy_named_alone_is_a_policy(article):
    art = article(body("该市主动融入成渝地区双城经济圈建设，抢抓西部大开发机遇，成渝两地交通更加便利。"))
    names = {p["name"]: p["kind"] for p in art.of("program")}
    assert names.get("成渝地区双城经济圈建设") == names.get("西部大开发") == "policy"


def test_the_time_a_story_reaches_opens_no_measure(article):
    art = article(body("从昔日的荒滩，到如今常住居民5.2万人，小镇变了样。"))
    assert {f["value"]: f["measure"] for f in art.of("figure")}[52000] == "常住居民"


def test_a_list_of_product_brands_names_no_programs_but_a_list_of_party_brands_does(article):
    art = article(body("“麻阳冰糖橙”“芷江鸭”等农产品品牌荣获地理标志证明商标。全县开展“红色驿站”“党员先锋岗”等党建品牌创建。"))
    names = {p["name"] for p in art.of("program")}
    assert {"“红色驿站”", "“党员先锋岗”"} <= names                         # positive control
    assert not {"“麻阳冰糖橙”", "“芷江鸭”"} & names


def test_a_project_named_by_what_it_farms_or_repairs_is_a_program_but_the_work_alone_is_not(article):
    art = article(body("桥头村引进了黑山羊养殖项目，还实施了山塘修复项目。隔壁村也引进养殖项目。"))
    assert set(programs(art)) == {"黑山羊养殖项目", "山塘修复项目"}
    assert programs(art)["黑山羊养殖项目"]["kind"] == "project"


def test_a_quoted_count_of_a_policy_s_parts_with_ge_is_a_program_but_a_doctrine_is_not(article):
    art = article(body("全镇落实“三个一批”帮扶要求，压实“两个责任”，党员要增强“四个意识”，形成“一个拳头”。"))
    assert set(programs(art)) == {"“三个一批”", "“两个责任”"}


def test_a_quoted_package_of_articles_then_its_measures_is_a_policy(article):
    art = article(body("株洲市出台“22条”助企纾困措施，醴陵市推出“八条”惠农举措。"))
    got = programs(art)
    assert set(got) == {"“22条”助企纾困措施", "“八条”惠农举措"}
    assert got["“22条”助企纾困措施"]["kind"] == "policy"


def test_a_quoted_name_then_a_base_or_a_layout_is_a_program_but_a_bare_base_is_not(article):
    art = article(body("镇里建成“林下养蜂”示范基地，构建“2+N”产业发展格局。村里还有一个育苗基地，发展格局不断优化。"))
    got = programs(art)
    assert set(got) == {"“林下养蜂”示范基地", "“2+N”产业发展格局"}
    assert got["“林下养蜂”示范基地"]["kind"] == "project"


def test_a_strategy_named_by_a_direction_or_opening_with_a_launching_verb_is_read_whole(article):
    art = article(body("全市大力实施南向开放战略，深入实施创新引领发展战略。"))
    assert set(programs(art)) == {"南向开放战略", "创新引领发展战略"}


def test_a_pilot_named_by_what_it_tries_after_a_launching_verb_is_a_reform(article):
    art = article(body("该区开展农村承包地有偿退出试点，全区确定5个试点村，试点工作进展顺利。"))
    got = programs(art)
    assert set(got) == {"农村承包地有偿退出试点"} and got["农村承包地有偿退出试点"]["kind"] == "reform"
    art = article(body("株洲市召开美丽集镇试点工作会议。"))
    assert not programs(art)                      # no launching verb: a meeting's subject, not the pilot's name


def test_what_serves_as_a_platform_and_a_national_goal_s_battle_are_no_program_names(article):
    art = article(body("该镇以茶园为平台发展旅游，全镇打赢脱贫攻坚战，打好污染防治攻坚战。"
                       "他违规将湘潭县文化广场建设工程发包给亲属。"))
    assert set(programs(art)) == {"污染防治攻坚战", "湘潭县文化广场建设工程"}


def test_the_province_a_county_is_compared_with_is_no_subject_of_its_figures(article):
    art = article("经济运行\n2024-10-20 来源：测试日报\n前三季度，株洲市茶陵县地区生产总值增长6.1%，增速高于全省平均水平0.9个百分点。"
                  "其中，第一产业增加值增长3.2%。全省生产总值增长5.2%。\n")
    subjects = {f["value"]: f["subject"]["name"] for f in art.of("figure") if f["subject"] is not None}
    assert subjects[0.9] == "茶陵县" and subjects[3.2] == "茶陵县"
    assert subjects[5.2] == "湖南省"                       # control: the province's own figure


def test_a_magnitude_written_alone_is_a_round_count(article):
    art = article(body("全县近千名干部下沉一线，上百家企业参与帮扶，千余户群众受益。千家万户都说好，大家千方百计增收。"))
    got = {(f["value"], f["unit"], f["qualifier"]) for f in art.of("figure")}
    assert got == {(1000.0, "名", "approx"), (100.0, "家", "over"), (1000.0, "户", "over")}     # no idiom counted


def test_a_percentage_written_in_words_is_a_share(article):
    art = article(body("全县贫困发生率下降到百分之零点五，群众满意度达到百分之百，百分之九十以上的农户加入合作社。"
                       "干部们拿出百分之百的干劲。"))
    got = {(f["value"], f["qualifier"]) for f in art.of("figure") if f["unit"] == "%"}
    assert got == {(0.5, "exact"), (100.0, "exact"), (90.0, "over")}        # no idiom counted


def test_a_change_by_one_multiple_written_in_words_is_a_figure(article):
    art = article(body("村集体收入比上年增长一倍，产值增长了两倍多。全村一名党员带一户。"))
    got = {(f["value"], f["unit"], f["qualifier"]) for f in art.of("figure")}
    assert got == {(1.0, "倍", "exact"), (2.0, "倍", "over")}            # 一名 before 党员 stays no count


def test_a_verb_of_drawing_on_a_reform_is_no_part_of_its_name(article):
    art = article("标题\n\n借力医药卫生体制改革，县医院扩建了病房。\n")
    assert "医药卫生体制改革" in {p["name"] for p in art.of("program")}
    assert not any(p["name"].startswith("借力") for p in art.of("program"))


def test_the_party_s_named_education_campaigns_are_programs_and_a_head_made_a_verb_ends_none(article):
    art = article("党建\n2023-04-01 来源:测试日报\n全镇扎实开展党史学习教育，推进“两学一做”学习教育常态化制度化，实施“五星支部”创建工程。\n")
    got = {p["name"] for p in art.of("program")}
    assert "党史学习教育" in got and "“五星支部”创建工程" in got                   # positive control: a quoted head
    assert not any(n.endswith("制度") for n in got)                               # 制度化: a verb, no head
    later = article("党建\n2024-05-01 来源:测试日报\n机关党委深入开展党纪学习教育。\n")
    assert {p["name"] for p in later.of("program")} == {"党纪学习教育"}              # the 2024 campaign


def test_counted_difficulties_and_problems_are_no_programs(article):
    art = article("基层\n2023-04-01 来源:测试日报\n牧区工作难在“三难”，要解决群众“四难”问题，全面落实“六稳”工作。\n")
    got = {p["name"] for p in art.of("program")}
    assert "“六稳”工作" in got                                                   # positive control
    assert not {"“三难”", "“四难”"} & got


def test_an_inspection_team_or_a_projects_event_ends_no_program(article):
    art = article("签约\n2023-04-01 来源:测试日报\n中央第二生态环境保护督察组进驻湖南。某县与湖南某某新材料有限公司举行项目集中签约仪式。"
                  "全县迎接中央生态环境保护督察，推进桂阳油茶产业园项目建设。\n")
    got = {p["name"] for p in art.of("program")}
    assert {"中央生态环境保护督察", "桂阳油茶产业园项目"} <= got                   # positive control
    assert not any("第二" in n or "签约" in n or n.endswith("举行项目") for n in got)


def test_a_figure_is_about_the_place_the_text_names_before_one_inside_a_firm_s_name(article):
    art = article("签约\n2023-08-08 来源:测试日报\n8月7日，宁远县与永州市宇华农业发展有限公司举行签约仪式，签约金额36.5亿元。\n")
    fig = next(f for f in art.of("figure") if f["value"] == 36.5)
    assert fig["subject"]["name"] == "宁远县"


def test_a_project_head_inside_a_firm_s_name_is_no_program(article):
    art = article(body("湘潭市人民政府与中国水利水电第八工程局有限公司签约，共同推进涟水河综合治理工程。"))
    assert set(programs(art)) == {"涟水河综合治理工程"}


def test_a_project_s_phase_is_no_count(article):
    art = article(body("园区引进的电子材料二期项目已投产，今年已举办3期技能培训班，项目一期厂房已封顶。"))
    assert figures(art) == [(3, "期", "exact")]


def test_a_set_counted_after_its_first_member_is_about_what_holds_the_set(article):
    art = article("巡察工作动员会\n2021-03-02 来源：湖南日报\n按照省委部署，本轮巡视对省财政厅等20家省直单位开展巡视。"
                  "茶陵县委巡察组对腰潞镇等5个乡镇开展巡察。腰潞镇有12个村。\n")
    subjects = {f["value"]: f["subject"]["name"] for f in art.of("figure") if f["subject"] is not None}
    assert subjects[20] == "湖南省" and subjects[5] == "茶陵县"
    assert subjects[12] == "腰潞镇"                                                     # positive control


def test_a_quoted_sentence_states_its_figures_a_short_quoted_name_does_not(article):
    art = article(body("合作社理事长龙德明说：“今年每户分红3000元。”“两个100%”工作要求全部落实。"))
    assert figures(art) == [(3000, "元", "exact")]


def test_a_count_inside_a_place_s_or_a_body_s_name_is_no_figure(article):
    art = article(body("在桑植县澧源镇三家馆村，村里今年新建茶园500亩。"))
    assert figures(art) == [(500, "亩", "exact")]
    assert "三家馆村" in {p["name"] for p in art.of("place")}                             # positive control


def test_a_verbal_noun_before_a_platform_s_proper_name_is_no_part_of_the_name(article):
    art = article(body("优化红星云党建平台，引导党员干部进社区。"))
    assert set(programs(art)) == {"红星云党建平台"}


def test_a_platform_is_named_by_a_place_a_brand_or_a_number_not_by_what_it_does(article):
    art = article(body("全县开通12345群众服务平台，建成城关镇综合指挥平台，并搭建常态化交流协作平台。"
                       "当贴有标识的土豆上架电商平台时，销量翻了一番。"))
    assert set(programs(art)) == {"12345群众服务平台", "城关镇综合指挥平台"}


def test_a_quoted_word_of_how_many_fold_is_no_program(article):
    art = article(body("面对疫情和经济下行的“双重”考验，全县开展“双向赋能”行动，实现“双赢”目标。"))
    assert set(programs(art)) == {"“双向赋能”行动"}


def test_a_saying_quoted_for_stress_and_a_whole_prefectures_works_are_no_program(article):
    art = article(body("城乡来一场“双向奔赴”。全地区牧民定居工程进展顺利，全县开展“双向赋能”行动。"))
    assert set(programs(art)) == {"“双向赋能”行动"}                   # positive control


def test_people_named_by_a_numbered_slogan_are_no_program(article):
    art = article(body("查处一批“一肩挑”人员违纪案件。全面推行“一肩挑”。"))
    assert [p["name"] for p in art.of("program")] == ["“一肩挑”"]
    assert art.of("program")[0].sent == 1                                      # the second sentence's, not the people's


def test_a_persons_name_met_earlier_is_no_figure_where_the_article_writes_it_again(article):
    art = article(body("村党支部书记夏扬九动情地说，村里变了。第一书记龙德明与夏扬九一起走访了32户贫困户。"))
    assert figures(art) == [(32, "户", "exact")]


def test_a_half_inside_a_quoted_slogan_is_no_share(article):
    art = article(body("上半年主要指标实现“双过半”目标，超过半数的村完成了改厕。"))
    assert figures(art) == [(50, "%", "over")]


def test_about_with_a_verb_between_it_and_the_number_is_still_about(article):
    art = article(body("全县约有30%的劳动力外出务工，大约3000人返乡创业，新建道路12公里。"))
    assert figures(art) == [(30, "%", "approx"), (3000, "人", "approx"), (12, "公里", "exact")]


def test_a_figure_of_the_village_in_a_quote_is_the_village_last_named(article):
    art = article(body("记者来到花垣县双龙镇坦田村。“以前村里人均收入只有1600元。”第一书记说。全县共有贫困村128个。"))
    subjects = {f["value"]: f["subject"]["name"] for f in art.of("figure") if f["subject"] is not None}
    assert subjects[1600] == "坦田村" and subjects[128] == "花垣县"


def test_a_quoted_name_with_its_head_inside_the_quotes_is_a_program(article):
    art = article(body("两省协作走出了扶贫的“湘黔模式”，各县发展“飞地项目”，形成了“新模式”。"))
    assert set(programs(art)) == {"“湘黔模式”"}


def test_the_good_that_completes_a_verb_is_no_first_word_of_the_program_after_it(article):
    art = article(body("各乡镇要落实好新农民培育计划。"))
    assert set(programs(art)) == {"新农民培育计划"}


def test_a_count_before_a_campaign_s_name_is_no_part_of_it_the_round_it_names_itself_is(article):
    art = article(body("今年，一场生态环境攻坚战在全县打响。全市启动新一轮百万亩造林绿化工程。"))
    assert set(programs(art)) == {"生态环境攻坚战", "新一轮百万亩造林绿化工程"}


def test_a_title_and_name_leading_the_clause_are_no_part_of_what_a_figure_measures(article):
    art = article(body("近年来，村党支部书记韩立民带领村民种植蓝莓500亩。全村新建道路8公里。"))
    measures = {f["unit"]: f["measure"] for f in art.of("figure")}
    assert "韩立民" not in measures["亩"] and "种植蓝莓" in measures["亩"]
    assert measures["公里"] == "新建道路"                              # control


def test_a_change_against_a_named_year_written_with_le_measures_the_figure_before_it(article):
    art = article(body("2023年全镇农民人均纯收入达到2.1万元，比2015年增长了4倍。"))
    measures = {f["unit"]: f["measure"] for f in art.of("figure")}
    assert measures["万元"] == "农民人均纯收入"                           # control
    assert measures["倍"].startswith("农民人均纯收入") and "增长" in measures["倍"]


def test_two_people_just_named_who_go_on_working_are_no_count(article):
    art = article(body("村里条件艰苦，但两人依然坚守岗位，全村新建道路12公里。"))
    assert figures(art) == [(12, "公里", "exact")]                    # the only figure, a positive control


def test_the_centres_inspection_and_named_ministry_programmes_are_programs_unquoted(article):
    art = article(body("为配合中央生态环境保护督察，全县整改问题12个，并推进雪亮工程建设。"))
    assert {"中央生态环境保护督察", "雪亮工程"} <= set(programs(art))


def test_trade_and_investment_in_foreign_currencies_are_money_figures(article):
    art = article(body("今年全市实际利用外资4.6亿美元，外贸出口额达到2.3万欧元。全市新建道路8公里。"))
    assert (4.6, "亿美元", "exact") in figures(art) and (2.3, "万欧元", "exact") in figures(art)
    assert (8, "公里", "exact") in figures(art)                          # control


def test_a_groups_households_and_people_among_whom_a_share_is_told_count_the_group(article):
    art = article(body("全村312户1180人中，有脱贫户48户。"))
    measures = {(f["value"], f["unit"]): f["measure"] for f in art.of("figure")}
    assert measures[(312, "户")] != "中" and measures[(1180, "人")] != "中"
    assert measures[(48, "户")] == "脱贫户"                             # control


def test_a_count_after_a_verb_or_a_list_of_names_measures_the_noun_after_it(article):
    art = article(body("县里派出五个采访小组，分赴青龙乡、白马乡两个集中安置点开展督导。"))
    measures = [f["measure"] for f in art.of("figure")]
    assert measures == ["采访小组", "集中安置点"]


def test_the_rain_and_dew_plan_is_a_national_programme_read_unquoted(article):
    art = article(body("全县落实雨露计划补助政策，今年共有320名学生受益。"))
    assert "雨露计划" in programs(art)


def test_the_village_branch_s_cooperative_model_is_a_programme_read_unquoted(article):
    art = article(body("全镇推广村党支部领办合作社，已有12个村成立了合作社。"))
    assert "党支部领办合作社" in programs(art)


def test_a_campaign_named_by_a_slogan_with_commas_is_a_program_but_quoted_speech_is_not(article):
    art = article(body("全乡开展“邻帮邻，户帮户，携手共富”行动，村民积极参与。乡长说：“好，就这样办”活动要多搞。"))
    assert set(programs(art)) == {"“邻帮邻，户帮户，携手共富”行动"}


def test_a_company_that_plans_to_invest_names_no_plan(article):
    art = article(body("根据协议，三一重工计划在长沙经开区投资30亿元。全省启动了乡村工匠培育计划。"))
    assert set(programs(art)) == {"乡村工匠培育计划"}


def test_a_sum_that_names_a_class_of_firms_or_projects_is_no_figure_the_count_is(article):
    art = article(body("全县新增3000万元以上工业企业9家，新开工投资过亿元项目21个，完成投资46亿元以上。今年税收过亿元。"))
    got = figures(art)
    assert (9.0, "家", "exact") in got and (21.0, "个", "exact") in got
    assert (46.0, "亿元", "over") in got and (1.0, "亿元", "over") in got        # sums that are facts
    assert not any(v == 3000.0 for v, _, _ in got) and got.count((1.0, "亿元", "over")) == 1


def test_a_verb_that_only_launches_after_another_is_no_part_of_the_name(article):
    got = programs(article(body("今年，丽水市启动实施山区农村供水保障三年行动，组织开展农田水利建设专项行动。")))
    assert "山区农村供水保障三年行动" in got and "农田水利建设专项行动" in got
    assert not any(name.startswith(("实施", "开展")) for name in got)
    got = programs(article(body("该县深入实施创新驱动发展战略。")))          # control: 创新 opens a name
    assert "创新驱动发展战略" in got


def test_a_name_opens_after_the_word_in_not_inside_the_word_where(article):
    art = article(body("督导组到各乡镇检查所在地区农牧民增收行动落实情况，县在推进城乡融合发展行动。"))
    got = programs(art)
    assert "城乡融合发展行动" in got                       # positive control: 县在|推进
    assert not any(n.startswith("地区") for n in got)


def test_a_project_after_now_and_a_building_verb_is_named_without_them(article):
    art = article(body("乡里正在建设石门茶叶交易市场二期项目，预计年底完工。"))
    assert set(programs(art)) == {"石门茶叶交易市场二期项目"}


def test_a_programme_and_its_count_initials_are_one_program(article):
    art = article(body("浙江省实施“千村示范、万村整治”工程二十年。各地学习运用“千万工程”经验，推进“五水共治”。"))
    keys = {p["name"]: p["key"] for p in art.of("program")}
    assert keys["“千万工程”"] == keys["“千村示范、万村整治”工程"]
    assert keys["“五水共治”"] != keys["“千万工程”"]                     # positive control: another one


def test_a_campaign_and_the_plan_document_named_after_it_are_two_programs(article):
    art = article(body("常德市召开农村道路安全提升三年行动推进会，印发《常德市农村道路安全提升三年行动实施方案》。"))
    got = programs(art)
    assert "《常德市农村道路安全提升三年行动实施方案》" in got               # positive control
    assert "农村道路安全提升三年行动" in got                              # the campaign, after 召开
    assert got["农村道路安全提升三年行动"]["key"] != got["《常德市农村道路安全提升三年行动实施方案》"]["key"]


def test_a_count_of_projects_after_their_list_is_no_name_but_a_count_alone_is(article):
    art = article(body("今年，该县建成柳河湿地公园、城北体育馆和滨河文化广场三个项目，打好三大攻坚战。"))
    got = programs(art)
    assert not any(name.endswith("三个项目") for name in got)
    assert "三大攻坚战" in got                                     # control: a numbered name


def test_works_listed_after_a_named_project_are_projects_too(article):
    art = article(body("该区重点推进旧城区雨污分流工程、背街小巷提升改造工程建设。"))
    assert {"旧城区雨污分流工程", "背街小巷提升改造工程"} <= set(programs(art))
    art = article(body("该区重点推进背街小巷提升改造工程建设。"))
    assert not programs(art)                                         # alone, a kind of works names none


def test_a_pilot_named_in_full_as_its_clause_s_subject_is_a_program(article):
    art = article(body("该县农业产业发展较快；农村承包土地经营权抵押贷款试点稳步推进，惠及农户1200户。"))
    assert "农村承包土地经营权抵押贷款试点" in programs(art)
    art = article(body("该县农业产业发展较快；贷款试点稳步推进。"))
    assert not programs(art)                                         # control: too short to be a name


def test_a_quoted_discipline_outcome_is_no_program(article):
    art = article(body("某县交通局原局长赵某被“双开”。全县开展“三抓三促”行动。"))
    got = programs(art)
    assert not any("双开" in name for name in got)
    assert any("三抓三促" in name for name in got)                   # control: a quoted campaign


def test_a_count_that_names_again_the_people_or_places_just_listed_is_no_figure(article):
    art = article(body("市人大常委会原副主任郑国华被提起公诉。同日，市政协原副主席吴立新接受审查调查。"
                       "两人曾在宁乡共事多年。全市今年共有3人受到党纪处分。"))
    assert [(v, u) for v, u, _ in figures(art)] == [(3.0, "人")]     # 两人: the two just named; 3人: a count
    art = article(body("芙蓉区、天心区、岳麓区作了发言。市长说，三个区讲问题不回避。全市共有9个区。"))
    got = [(v, u) for v, u, _ in figures(art)]
    assert (3.0, "个") not in got and (9.0, "个") in got


def test_a_period_described_at_its_clause_s_end_is_no_duration(article):
    art = article(body("过去的五年，是全县攻坚克难、砥砺奋进的五年。村支书在村里坚守了十年。"))
    assert [(v, u) for v, u, _ in figures(art)] == [(10.0, "年")]        # 坚守了十年: the fact; 的五年: a period


def test_a_class_of_projects_counted_right_after_its_head_is_no_named_project(article):
    art = article(body("今年全市计划实施城市更新项目86个，总投资132亿元。南湖片区城市更新项目开工。"))
    got = programs(art)
    assert "南湖片区城市更新项目" in got                              # control: one project, named
    assert all(not name.startswith("城市更新") for name in got)


def test_a_measure_never_opens_inside_a_place_s_name(article):
    art = article(body("色尼区那么切乡14户牧民搬进新居。据介绍，那么切乡易地搬迁安置点总投资2800万元。"))   # 那么: "so"
    measure = next(f["measure"] for f in art.of("figure") if f["value"] == 2800.0)
    assert measure == "易地搬迁安置点总投资"


def test_rain_and_flow_in_flood_news_are_figures_in_their_units(article):
    art = article(body("入汛以来全县平均降雨量达856毫米，积雪深度12厘米，洪峰流量达3200立方米每秒，转移群众1.2万人。"))
    got = {(f["value"], f["unit"]) for f in art.of("figure")}
    assert (12000.0, "人") in got                                   # positive control: a count
    assert {(856.0, "毫米"), (12.0, "厘米"), (3200.0, "立方米每秒")} <= got


def test_money_spelled_out_with_one_or_a_decimal_point_is_a_figure(article):
    art = article(body("合作社去年销售额突破一亿元，今年产值达到一点五亿元，带动三千余户增收。实施百万亩造林工程。"))
    got = {(f["value"], f["unit"]) for f in art.of("figure")}
    assert (3000.0, "户") in got                                    # positive control: spelled out
    assert {(1.0, "亿元"), (1.5, "亿元")} <= got
    assert not any(f["unit"] == "亩" for f in art.of("figure"))     # 百万亩: a programme's name


def test_quoted_names_joined_before_one_head_share_it_only_where_nothing_stands_between(article):
    art = article(body("要把“百企联百村”与“美丽庭院”示范创建行动结合起来，开展“清源”“护岸”专项行动，全面推行河湖长制。"))
    names = {p["name"] for p in art.of("program")}
    assert {"“清源”专项行动", "“护岸”专项行动"} <= names             # positive control: the head right after
    assert "“美丽庭院”示范创建行动" in names
    assert "“百企联百村”示范创建行动" not in names                  # the words before the head are the last's
    assert "河湖长制" in names and "湖长制" not in names             # the two chiefs' system as one


def test_plan_as_the_verb_of_a_firm_s_investment_names_no_program(article):
    art = article(body("根据协议，未来三年中国电建计划在我省投资80亿元。该市同时启动青年人才回归计划。"))
    assert set(programs(art)) == {"青年人才回归计划"}


def test_a_visit_verb_before_a_project_is_no_part_of_its_name(article):
    art = article(body("市长一行实地察看了青龙河生态修复工程，查看了云岭光伏发电项目建设进展。"))
    assert {"青龙河生态修复工程", "云岭光伏发电项目"} <= set(programs(art))


def test_what_a_place_must_do_before_a_project_word_is_no_program(article):
    art = article(body("会议要求，临港新城要加快项目建设，全县启动“智慧临港”工程。"))
    names = set(programs(art))
    assert any("智慧临港" in n for n in names)                                     # positive control
    assert not any("要加快" in n for n in names)


def test_named_transport_and_power_works_are_projects_where_no_item_is_a_feature_visited(article):
    art = article("重点项目推进会\n2024-03-01 来源:测试日报\n今年，衡永高速公路全线通车。"
                  "安化水电站项目和芷江国际机场改扩建同步推进。他还坐高铁到机场接人。\n")
    got = {p["name"] for p in art.of("program")}
    assert "衡永高速公路" in got and "芷江国际机场" in got
    assert not any(n in ("高铁", "机场") for n in got)


def test_a_named_work_opens_with_its_place_not_with_the_clause_before_it(article):
    art = article("重点项目推进会\n2024-03-01 来源:测试日报\n县里全力保障鄂州花湖国际机场配套道路建设。"
                  "宁夏把银川至昆明高速公路列为重点。\n")
    got = {p["name"] for p in art.of("program")}
    assert any(n.endswith("花湖国际机场") and not n.startswith("全力") for n in got)
    assert not any(n.startswith(("全力", "县里")) for n in got) and "银川至昆明高速公路" in got


def test_a_project_signed_starts_after_the_verb_of_signing_not_at_the_parties(article):
    art = article(body("6月2日，道县与华能集团签约道县寿雁风电场项目，双方还签订潇水河生态修复工程合作协议。"))
    assert {"道县寿雁风电场项目", "潇水河生态修复工程"} <= set(programs(art))
    assert not any("签" in p or "华能" in p for p in programs(art))
    art = article(body("6月2日，道县启动道县寿雁风电场项目建设。"))                   # positive control: the launch verb
    assert "道县寿雁风电场项目" in programs(art)


def test_a_project_applied_for_starts_after_the_verb_of_applying(article):
    art = article(body("合作社申请湖南省农机化示范主体项目成功，为58户农户代耕代收。"))
    assert "湖南省农机化示范主体项目" in programs(art)
    assert not any("合作社" in p for p in programs(art))
    art = article(body("合作社申报湖南省农机化示范主体项目成功，为58户农户代耕代收。"))       # positive control
    assert "湖南省农机化示范主体项目" in programs(art)


def test_counts_in_the_measure_words_of_ladders_steps_telephones_and_departments_are_figures(article):
    art = article(body("村里装了5部电话，修了300多阶钢梯和12段通组路，全县14部门联合开展检查。"))
    got = {(v, u) for v, u, _ in figures(art)}
    assert {(5, "部"), (300, "阶"), (12, "段"), (14, "部门")} <= got
    art = article(body("全县新建3层楼房12栋，一道参加活动的还有7000本地群众，他骑上三轮摩托车。"))
    got = {(v, u) for v, u, _ in figures(art)}
    assert (12, "栋") in got                                              # positive control
    assert not any(u in ("层", "本", "轮") for _, u in got)


def test_counts_of_sessions_and_batches_keep_their_whole_unit(article):
    art = article(body("全镇开展技术培训80余场次，抽检食品36批次，举办培训班5场。"))
    got = {(v, u) for v, u, _ in figures(art)}
    assert {(80, "场次"), (36, "批次")} <= got
    assert (5, "场") in got                                                # positive control


def test_a_quoted_list_of_slogans_and_one_of_its_items_named_alone_are_two_programs(article):
    art = article(body("县委首次提出“产业兴村”，并提出“党建引领、产业兴村、人才强村”的工作思路。"))
    keys = {p["name"]: p["key"] for p in art.of("program")}
    assert "“产业兴村”" in keys and "“党建引领、产业兴村、人才强村”" in keys
    assert keys["“产业兴村”"] != keys["“党建引领、产业兴村、人才强村”"]
    art = article(body("县委开展“产业兴村”行动，“产业兴村”成效明显。"))                   # positive control: one program
    assert len({p["key"] for p in art.of("program")}) == 1


def test_a_clock_time_s_minutes_are_no_count_whatever_word_follows(article):
    art = article(body("本站讯 2023年06月01日08:35 人民网转载。当天共有120人参加培训。"))
    got = {(v, u) for v, u, _ in figures(art)}
    assert (120, "人") in got                                               # positive control
    assert (35, "人") not in got


def test_a_count_of_villages_restated_right_after_its_count_is_no_new_figure(article):
    art = article(body("2023年，上坪、下坪、中坪等3个成员村整合资源，三村共建产业基地。全镇另有三村正在施工。"))
    got = [(v, u) for v, u, _ in figures(art)]
    assert got.count((3, "个")) == 1 and (3, "村") in got                      # the second 三村 is new: 另有
    assert len([1 for v, u in got if (v, u) == (3, "村")]) == 1


def test_an_older_plan_period_and_the_legal_education_plan_named_after_it_are_programs(article):
    art = article(body("该县先后荣获省级文明县城、全国“七五”普法先进县等称号，“六五”普法顺利收官。要做到“三到位”。"))
    got = programs(art)
    assert "“七五”" in got and "“六五”" in got
    art = article(body("时间、质量“双保障”落实到位。"))
    assert not programs(art)                         # control: a count of the words just listed


def test_a_quote_after_a_launching_verb_and_the_scope_it_runs_in_is_the_program(article):
    art = article(body("全县深化农村“厕所改造”整治，扎实推进全县“美丽庭院”评选。农村“空心房”仍然不少。"))
    got = programs(art)
    assert "“厕所改造”" in got and "“美丽庭院”" in got
    assert "“空心房”" not in got                     # no verb launches it: a thing of the countryside


def test_a_count_of_the_places_just_listed_before_a_head_is_no_program_name(article):
    art = article(body("督察组副组长带队下沉到株洲、湘潭两市督察，并在浏阳市开展“百村示范”督导。"))
    names = programs(art)
    assert not any("两市" in n for n in names)
    assert any("百村示范" in n for n in names)                                  # positive control


def test_an_epicentre_s_latitude_and_longitude_are_no_figures(article):
    art = article(body("据台网测定，在桃源县（北纬28.91度，东经111.48度）发生3.6级地震，震源深度8千米。"))
    got = figures(art)
    assert (8.0, "千米", None) in [(v, u, None) for v, u, _ in got]                   # positive control
    assert not any(u == "度" for _, u, _ in got)


def test_one_unit_of_land_or_weight_a_rate_is_per_is_no_figure(article):
    art = article("标题\n\n合作社说，1亩稻田能养小龙虾150公斤，1平方米大棚每年产菌菇30公斤。全村人均耕地不到1亩。")
    got = {(f["value"], f["unit"]) for f in art.of("figure")}
    assert (1.0, "平方米") not in got
    assert (150.0, "公斤") in got and (30.0, "公斤") in got
    assert [f["qualifier"] for f in art.of("figure") if f["unit"] == "亩"] == ["under"]    # control: 不到1亩, a fact


def test_a_plan_s_horizon_is_no_figure_but_a_span_things_took_is(article):
    art = article("标题\n\n我们力争三年内把鲜果出口量翻一番，计划5年内建成冷链中心。6月1日至6月3日，3天之内，全县新签约项目8个。")
    got = {(f["value"], f["unit"]) for f in art.of("figure")}
    assert (3.0, "年") not in got and (5.0, "年") not in got
    assert (3.0, "天") in got and (8.0, "个") in got              # control: the span the signings took, a fact


def test_a_count_before_what_the_next_figure_measures_counts_only_the_items(article):
    art = article(body("园区内三家企业年产值超过5亿元，四个示范基地种植面积达1200亩。"))
    got = {f["value"]: f["measure"] for f in art.of("figure")}
    assert got[3.0] == "企业" and got[4.0] == "示范基地"
    assert got[5.0] == "企业年产值"                            # control: the next figure keeps its measure
    art = article(body("今年又有三家企业落户园区。"))
    assert {f["value"]: f["measure"] for f in art.of("figure")}[3.0] == "企业落户园区"   # control: no figure after


def test_the_whole_area_of_a_zone_s_own_news_is_the_zone(article):
    art = article(body("湘潭高新技术产业开发区召开经济运行调度会。上半年，全区新签约项目9个，实现技工贸总收入210亿元。"))
    subjects = {f["value"]: f["subject"]["name"] for f in art.of("figure") if f["subject"] is not None}
    assert subjects[9.0] == "湘潭高新技术产业开发区" and subjects[210.0] == "湘潭高新技术产业开发区"
    art = article(body("雨湖区召开经济运行调度会。上半年，全区新签约项目9个。"))
    assert art.of("figure")[0]["subject"]["name"] == "雨湖区"                    # control: a district's own news


def test_round_the_clock_written_as_24_hours_is_how_a_service_runs_not_a_figure(article):
    art = article(body("全镇实行24小时值班，开通24小时服务热线。抢修队连续奋战24小时。"))
    assert figures(art) == [(24.0, "小时", "exact")]                    # control: the hours spent stay
