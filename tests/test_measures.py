"""What a figure measures: sentences of our own for each rule.  The rate of bad measures
on real text is measured by `python -m bench.bench_measures` (it reads ../shared)."""
from kg.recognize.measure import balance, clean
from kg.recognize.segment import tagged


def test_pronouns_adverbs_and_time_words_leave_the_measure(article):
    art = article("标题\n\n截至目前，他们还累计培训村干部1200人次。")
    assert [f["measure"] for f in art.of("figure")] == ["培训村干部"]


def test_a_lone_verb_gives_way_to_the_words_after_the_number(article):
    art = article("标题\n\n该镇帮助300户脱贫增收。")
    assert [f["measure"] for f in art.of("figure")] == ["脱贫增收"]


def test_the_subject_place_is_not_part_of_the_measure(article):
    art = article("标题\n\n鞍山市新建学校12所。")
    fig = art.of("figure")[0]
    assert fig["measure"] == "新建学校" and fig["subject"].text == "鞍山市"


def test_a_measure_is_cut_between_words_and_its_quotes_balance():
    long = "全省各级组织部门按照中央部署出台了关于进一步激励广大干部新时代新担当新作为的实施意见并累计表彰"
    cut = clean(long)
    assert long.endswith(cut) and 2 <= len(cut) <= 24
    assert any(w == cut[: len(w)] for w, _ in tagged(long))          # starts on a word boundary
    assert balance("收入“翻番") == "收入翻番" and balance("“两山”理念") == "“两山”理念"


def test_compound_magnitudes_and_shares_in_words(article):
    art = article("标题\n\n全省地区生产总值突破3.1万亿元，过半行政村建成电商服务站，年发电量2.5亿千瓦时。")
    got = {(f["value"], f["unit"], f["qualifier"]) for f in art.of("figure")}
    assert {(3.1, "万亿元", "over"), (50.0, "%", "over"), (250000000.0, "千瓦时", "exact")} <= got


def test_figures_in_a_list_share_the_measure_written_before_the_first(article):
    art = article("标题\n\n两个园区总投资分别为4.2亿元、1.8亿元和6000万元。")
    money = [f for f in art.of("figure") if f["unit"] in ("亿元", "万元")]
    assert [f["measure"] for f in money] == ["园区总投资"] * 3
    assert all(not any(c.isdigit() for c in f["measure"]) for f in art.of("figure"))


def test_fractions_are_shares_but_dates_with_a_slash_are_not(article):
    art = article("标题\n\n约四分之三的农户参加了保险，覆盖率达到3/4，会议于6/18召开。")
    assert {(f["value"], f["unit"], f["qualifier"]) for f in art.of("figure")} == {(75.0, "%", "approx"), (75.0, "%", "exact")}


def test_numbers_padded_with_spaces_keep_their_unit(article):
    art = article("标题\n\n全年实现营业收入 86 亿元，新增市场主体 1.2 万户。")
    assert {(f["value"], f["unit"]) for f in art.of("figure")} == {(86.0, "亿元"), (12000.0, "户")}


def test_a_figure_after_a_place_alone_repeats_the_measure_before_it(article):
    art = article("标题\n\n全年粮食产量正定县12.5万吨，栾城区9.8万吨。")
    tons = [f for f in art.of("figure") if f["unit"] == "吨"]
    assert [f["measure"] for f in tons] == ["粮食产量", "粮食产量"]
    assert [f["subject"].text for f in tons] == ["正定县", "栾城区"]


def test_an_age_and_double_digits_are_not_figures(article):
    art = article("标题\n\n老支书年过半百，带领全村实现两位数增长，过半农户增收。")
    assert [(f["value"], f["unit"]) for f in art.of("figure")] == [(50.0, "%")]


def test_approximate_words_qualify_the_figure(article):
    art = article("标题\n\n村里来了20来个志愿者，发放手册300余份，覆盖近5000户。")
    assert {(f["value"], f["unit"], f["qualifier"]) for f in art.of("figure")} == \
        {(20.0, "个", "approx"), (300.0, "份", "over"), (5000.0, "户", "approx")}


def _measures(article, text):
    return {f.text: f["measure"] for f in article("标题\n\n" + text).of("figure")}


def test_a_cadres_task_verb_inside_a_counted_noun_phrase_stays_in_it(article):
    assert _measures(article, "该县选派36支驻村帮扶工作队和215名挂职干部。") == {"36支": "驻村帮扶工作队", "215名": "挂职干部"}
    # a verb that takes a post is the clause's own predicate, not part of the phrase
    assert _measures(article, "全市共有58名年轻干部担任第一书记。")["58名"] == "年轻干部"


def test_units_directly_under_a_level_are_one_word_and_a_change_is_measured_by_what_changes(article):
    got = _measures(article, "该市对口帮扶的市直单位由原来的23个增加到41个。")
    assert got == {"23个": "对口帮扶的市直单位", "41个": "对口帮扶的市直单位"}      # not "…由原来"
    assert _measures(article, "每个村有4家县直部门对口支援。")["4家"] == "县直部门"
    assert _measures(article, "共组织1500名干部进村入户走访。")["1500名"] == "干部"


def test_a_rate_after_a_comparison_base_or_an_aside_is_the_change_of_the_figure_before(article):
    got = _measures(article, "全市二产增加值达860亿元，较2019年增长12.5%；税收收入32亿元，同比增长(下同)4%。")
    assert got["12.5%"] == "二产增加值增长" and got["4%"] == "税收收入同比增长"
    # a rate whose clause names its own measure keeps it
    assert _measures(article, "全市粮食产量8万吨，农民收入增长6%。")["6%"] == "农民收入增长"


def test_two_counts_back_to_back_count_one_group_and_totals_leave_the_measure(article):
    got = _measures(article, "村里有86户342位脱贫户；到会的党员、群众一共有70多人。")
    assert got["86户"] == got["342位"] == "脱贫户" and got["70多人"] == "群众"
    got = _measures(article, "全乡86户301名建档立卡贫困户住进了新房。")        # the noun after, not its clause
    assert got["86户"] == got["301名"] == "建档立卡贫困户"
    # counts apart keep their own: households and people of the village
    apart = _measures(article, "全村有215户，876人。")
    assert apart == {"215户": "户数", "876人": "人数"}


def test_where_a_level_of_government_acts_is_no_part_of_the_measure(article):
    got = _measures(article, "区里去年新建公园4座，乡上今年硬化村道15公里。")
    assert got == {"4座": "新建公园", "15公里": "硬化村道"}
    got = _measures(article, "苏木今年新建储草棚12座，全嘎查有牧户88户。")      # Inner Mongolia's levels
    assert got == {"12座": "新建储草棚", "88户": "牧户"}


def test_a_list_inside_quotes_stays_in_the_measure(article):
    got = _measures(article, "全县培育“一户一策、一村一业”示范户120户、示范村15个。")
    assert got["120户"].endswith("“一户一策、一村一业”示范户") and got["15个"] == "示范村"


def test_a_level_held_with_no_measure_of_its_own_is_the_measure_before_in_its_unit(article):
    got = _measures(article, "全县油菜产量6.2万吨，连续3年保持在6万吨以上。")
    assert got["6万吨以上"] == got["6.2万吨"] == "油菜产量" and got["3年"] != "油菜产量"


def test_a_two_year_average_after_a_respective_list_goes_back_to_its_items(article):
    got = _measures(article, "全县粮食产量、生猪出栏分别增长3.1%、4.2%，两年平均分别增长2.5%、3.6%。")
    assert got["2.5%"] == "粮食产量两年平均增长" and got["3.6%"] == "生猪出栏两年平均增长"
    assert got["4.2%"] == "生猪出栏增长"                                     # the list itself, as before


def test_how_a_total_was_summed_is_no_part_of_its_measure(article):
    got = _measures(article, "五年来，全县税收收入累计完成21.6亿元，年均增长7.2%。")
    assert got == {"21.6亿元": "税收收入", "7.2%": "税收收入年均增长"}


def test_a_rules_bound_says_which_way_whatever_its_modal(article):
    art = article("标题\n\n县里规定贷款额度不得超过5万元，参保率不能低于95%，补助不少于3000元。")
    got = {f.text: (f["measure"], f["qualifier"]) for f in art.of("figure")}
    assert got["不得超过5万元"] == ("贷款额度", "under")
    assert got["不能低于95%"] == ("参保率", "over") and got["不少于3000元"][1] == "over"


def test_a_count_of_a_social_assistance_category_measures_its_people(article):
    got = _measures(article, "全镇286名低保对象按时领到了补助，41名特困人员全部集中供养。")
    assert got == {"286名": "低保对象", "41名": "特困人员"}


def test_a_meeting_numbered_after_its_body_is_no_count(article):
    got = _measures(article, "会议传达了市委常委会第二次会议和市政府常务会36次会议精神。市政府常务会今年召开会议12次。")
    assert got == {"12次": "市政府常务会今年召开会议"}                # the count of meetings stays


def test_a_one_character_noun_after_a_quality_and_de_is_what_is_counted(article):
    got = _measures(article, "每个片区至少要选两个偏远的村开展试点。")
    assert got == {"两个": "村"}


def test_a_class_of_size_before_a_counted_noun_stays_with_it(article):
    got = _measures(article, "全区18个亿元以上项目全部开工。")
    assert got == {"18个": "亿元以上项目"}


def test_a_census_count_in_full_digits_is_a_figure_but_a_phone_number_is_not(article):
    assert _measures(article, "全省常住人口为28451337人，比上年减少1.2%。") == {"28451337人": "常住人口", "1.2%": "常住人口减少"}
    assert _measures(article, "咨询电话13912345678，欢迎来电。") == {}


def test_a_count_that_grows_from_one_figure_to_another_measures_the_subject(article):
    got = _measures(article, "全村党员人数从18人壮大到45人，合作社社员由20户发展到130户。")
    assert got == {"18人": "党员人数", "45人": "党员人数", "20户": "合作社社员", "130户": "合作社社员"}


def test_an_adjective_with_de_opening_a_clause_is_no_part_of_the_measure(article):
    got = _measures(article, "两村之间近的相距3公里，远的则相距12公里。")
    assert got["12公里"] == "相距"


def test_generations_in_quotes_relative_clauses_and_bracketed_totals(article):
    got = _measures(article, "全市12名县委书记中，有5名“70后”、7名“75后”。")
    assert got["5名"] == "70后" and got["7名"] == "75后"
    got = _measures(article, "全省8个贫困发生率在20%以上的边远村已全部出列。")
    assert got["8个"] == "边远村"
    # a place or a time after 在 is no relative clause of the counted noun
    assert _measures(article, "3000名帮扶干部在春节的假期里坚守岗位。")["3000名"] == "帮扶干部"
    assert _measures(article, "该市粮食总产量(86万吨)居全省第二。")["86万吨"] == "粮食总产量"


def test_a_figure_after_fall_to_is_the_level_reached_and_a_list_of_bodies_is_no_modifier_list(article):
    assert _measures(article, "全镇贫困发生率下降至0.8%。")["0.8%"] == "贫困发生率"
    assert _measures(article, "全镇贫困发生率下降0.8个百分点。")["0.8个百分点"] == "贫困发生率下降"   # a change stays one
    got = _measures(article, "巡视组进驻9个县(市、区)、市中级人民法院等20家市直单位。")
    assert got["9个"] == "县市区" and got["20家"] == "市直单位"      # the level with its alternatives, whole


def test_a_numbered_village_before_a_post_and_a_reason_clause_are_no_measure(article):
    assert "3村" not in _measures(article, "他被派到某乡任工作队领队兼3村第一书记。")
    assert _measures(article, "该镇共覆盖12村。")["12村"]                   # a count of villages stays
    got = _measures(article, "外出务工的有3万多人，其中1万多人因为家乡变化而返乡创业。")
    assert got["1万多人"] == "返乡创业"
    got = _measures(article, "全市生产总值增长5.2%，比一季度加快0.8个百分点。")
    assert got["0.8个百分点"] == "生产总值加快"


def test_a_negation_opening_the_measure_stays(article):
    got = _measures(article, "全镇未脱贫的还有8户21人，尚未通路的自然村3个。")
    assert got["8户"] == got["21人"] == "未脱贫" and got["3个"] == "尚未通路的自然村"
    assert _measures(article, "全镇已脱贫的有80户。")["80户"] == "脱贫"          # no negation, none added


def test_a_time_ago_and_a_time_gone_through_are_frames_and_a_title_after_de_is_counted(article):
    assert _measures(article, "3个月前，他到任县委书记。经过两年的努力，全村脱贫。") == {}
    assert _measures(article, "他在村里坚守了12年。")["12年"] == "时长"            # a duration that is the fact
    got = _measures(article, "全省选派2400名驻村干部，其中860名重点村的第一书记。")
    assert got["860名"] == "重点村的第一书记"


def test_a_size_before_de_measures_the_thing_when_only_a_verb_stands_before_it(article):
    assert _measures(article, "村里建成120亩的茶叶基地。")["120亩"] == "茶叶基地"
    assert _measures(article, "在海拔2100米的山村里，村民种植茶叶。")["2100米"] == "海拔"


def test_a_change_in_a_clause_of_its_own_is_about_the_figure_before_it(article):
    art = article("标题\n2022-08-01\n盐城市召开经济形势分析会。前三季度全省完成工业增加值8200亿元，同比增长5.1%，比上半年加快0.6个百分点。"
                  "盐城市新增市场主体3.2万户，比上年增长12%。\n")
    figs = {f["value"]: f for f in art.of("figure")}
    assert figs[5.1]["subject"].text == "江苏省" and figs[0.6]["subject"].text == "江苏省"
    assert figs[12.0]["subject"].text == "盐城市"              # a figure named in its own clause keeps its place


def test_registered_agriculture_related_and_natural_villages_are_counted_whole(article):
    art = article("标题\n\n全镇8个建档立卡贫困村、5个涉农部门和12个自然屯纳入台账，另有20条产业扶持政策。")
    assert [f["measure"] for f in art.of("figure")] == ["建档立卡贫困村", "涉农部门", "自然屯", "产业扶持政策"]


def test_years_written_before_a_noun_name_its_period_not_a_duration(article):
    art = article("标题\n\n全县启动两年攻坚行动，经受了三年疫情考验。该村连续四年被评为先进村，他在村里坚守了10年。")
    assert sorted(f["value"] for f in art.of("figure") if f["unit"] == "年") == [4.0, 10.0]


def test_over_an_hour_a_base_year_a_party_and_a_locative_read_right(article):
    art = article("标题\n2023-04-01\n他步行三个多小时到村。2022年全市粮食产量达120万吨，较2015年增长18%。"
                  "王某等一行6人到村调研。这12名学员当中有5名女性。平台采用Web2.0技术，全镇建成5G基站30个。\n")
    figs = {(f["value"], f["unit"]): f for f in art.of("figure")}
    assert figs[(3.0, "个小时")]["qualifier"] == "over"
    assert figs[(18.0, "%")]["year"] == 2022                    # 2015 is what it is compared with
    assert figs[(6.0, "人")]["measure"] == "一行人数"
    assert figs[(12.0, "名")]["measure"] == "学员"
    assert figs[(30.0, "个")]["measure"].endswith("5G基站")
    assert (2.0, "元") not in figs and not any(f["value"] == 0.0 for f in art.of("figure"))


def test_a_distance_away_city_classes_village_formula_and_a_rules_items(article):
    art = article("标题\n\n他们从30公里外的镇上运水。对接沪杭两个特大城市需求。全区打造12个宜居宜业和美乡村示范点。"
                  "申报者应满足下列条件的任意2项，全区已有8项成果获奖。\n")
    figs = {(f["value"], f["unit"]): f for f in art.of("figure")}
    assert figs[(30.0, "公里")]["measure"] == "距离"
    assert figs[(2.0, "个")]["measure"] == "特大城市"
    assert figs[(12.0, "个")]["measure"].startswith("宜居宜业和美乡村")
    assert (2.0, "项") not in figs and figs[(8.0, "项")]["measure"] == "成果"


def test_a_change_against_a_named_year_after_a_year_on_year_one_says_so(article):
    art = article("标题\n\n2022年全县城镇居民人均可支配收入35120元，同比增长6.1%，增速居全市第二，较2017年增长41%。\n")
    figs = {f["value"]: f["measure"] for f in art.of("figure")}
    assert figs[6.1] == "城镇居民人均可支配收入同比增长"
    assert figs[41.0] == "城镇居民人均可支配收入较2017年增长"          # not a second year-on-year rate


def test_a_linking_verb_before_the_figure_leaves_the_measure_but_opening_it_stays(article):
    art = article("标题\n\n全县城镇居民人均可支配收入实现38200元。规模以上工业增加值完成40653万元。全年完成投资5亿元。")
    assert [f["measure"] for f in art.of("figure")] == ["城镇居民人均可支配收入", "规模以上工业增加值", "完成投资"]


def test_the_length_of_a_quotation_in_characters_is_no_figure(article):
    art = article("标题\n\n老书记留给他“守土有责、实干为先”八个字。全村有八个自然屯。")
    assert [f["measure"] for f in art.of("figure")] == ["自然屯"]


def test_a_figure_of_a_sentence_pointing_back_to_a_village_is_that_village_s(article):
    art = article("标题\n\n他来到平阳县鳌江镇东山村。该村有农户320户。这个村人多地少，人均耕地不到1亩。全县有耕地5万亩。")
    subjects = {f["measure"]: f["subject"]["name"] for f in art.of("figure")}
    assert subjects["农户"] == "东山村" and subjects["人均耕地"] == "东山村"
    assert subjects["耕地"] == "平阳县"                   # control: 全县 is the county's


def test_a_linking_verb_opening_the_clause_is_no_part_of_the_measure():
    from kg.recognize.measure import clean
    assert clean("实现工业增加值") == "工业增加值" and clean("共有养殖大户") == "养殖大户"
    assert clean("新增市场主体") == "新增市场主体"          # control: 新增 says what is counted
    assert clean("完成投资") == "完成投资"                  # control: a verb's noun, the bulletin's own term
    assert clean("实现") == ""                              # alone, still no measure


def test_a_forecast_a_cause_or_an_inclusion_opening_the_clause_is_no_part_of_the_measure(article):
    art = article("标题\n\n预计全年完成工业增加值86亿元，包括新建农田水利设施12处，使全县粮食产量达到40万吨。")
    assert [f["measure"] for f in art.of("figure")] == ["工业增加值", "新建农田水利设施", "粮食产量"]
    assert clean("新增市场主体") == "新增市场主体"          # control: a verb that says what is counted stays


def test_a_persons_name_opening_the_clause_is_its_subject_not_the_measure(article):
    art = article("标题\n\n2021年春节期间，孟宪军先后收受他人所送购物卡共计6000元。")
    assert [f["measure"] for f in art.of("figure")] == ["收受他人所送购物卡"]     # (共计, a total's link, left too)
    assert clean("王家庄村民") == "王家庄村民"                # control: a name before a noun may name what is counted


def test_a_change_from_a_bounded_level_keeps_the_measure_before_from(article):
    art = article("标题\n\n两年来，村集体收入从不足2万元增加到18万元。")
    assert [(f["value"], f["measure"]) for f in art.of("figure")] == [(2.0, "村集体收入"), (18.0, "村集体收入")]


def test_a_verb_of_consequence_alone_gives_way_to_the_words_after_the_figure(article):
    art = article("标题\n\n审核把关不严，造成8.6万元资金损失。")
    assert [f["measure"] for f in art.of("figure")] == ["资金损失"]
    assert clean("造成资金损失") == "造成资金损失"            # control: with its noun the verb stays


def test_a_count_of_a_set_the_subject_is_one_of_measures_the_set(article):
    assert _measures(article, "该镇过去是全市6个集中安置镇之一。") == {"6个": "集中安置镇"}     # not "是全市"
    assert _measures(article, "该村是全县12个整村推进示范村之一。") == {"12个": "整村推进示范村"}
    assert _measures(article, "全县森林面积300万亩。") == {"300万亩": "森林面积"}     # positive control


def test_a_span_of_time_up_to_now_opening_the_clause_is_no_part_of_the_measure(article):
    art = article("标题\n\n入冬以来全县集中供热面积达到260万平方米。建区以来，累计引进企业85家。")
    assert [f["measure"] for f in art.of("figure")] == ["集中供热面积", "引进企业"]


def test_a_count_of_days_keeps_the_days_it_counts_as_its_measure(article):
    art = article("标题\n\n前三季度全市空气质量达标天数为201天，较去年多出9天。")
    assert art.of("figure")[0]["measure"] == "空气质量达标天数"


def test_a_count_of_cases_measures_the_cases_up_to_their_noun(article):
    art = article("标题\n\n县纪委通报了3起违规收受红包礼金问题。今年全区发生2起较大森林火灾事故，同比减少1起。")
    assert [f["measure"] for f in art.of("figure")][:2] == ["违规收受红包礼金问题", "较大森林火灾事故"]


def test_a_standing_committee_s_numbered_sitting_is_no_count(article):
    art = article("标题\n\n县政协召开九届十四次常委会议，全年共召开常委会议6次。")
    assert [(f["value"], f["unit"]) for f in art.of("figure")] == [(6.0, "次")]


def test_a_place_s_level_word_cut_from_its_name_is_no_part_of_the_measure(article):
    art = article("标题\n\n近三年来，泾县丁家桥镇地区生产总值年均增长7.5%。")
    assert [f["measure"] for f in art.of("figure")] == ["地区生产总值年均增长"]


def test_a_run_after_a_bare_respectively_changes_the_figures_before_it_one_each(article):
    art = article("标题\n\n一季度，粮食播种面积12.5万亩，蔬菜播种面积8.3万亩，分别增长2.1%和4.6%。")
    got = [(f["value"], f["measure"]) for f in art.of("figure") if f["unit"] == "%"]
    assert got == [(2.1, "粮食播种面积增长"), (4.6, "蔬菜播种面积增长")]


def test_a_person_s_name_opening_the_measure_is_its_subject_not_what_is_counted(article):
    art = article("标题\n\n县委书记禹志强来到信访局。当天，禹志强共接待来访群众5批23人次。")
    assert [f["measure"] for f in art.of("figure")] == ["接待来访群众", "接待来访群众"]


def test_a_long_clause_ending_in_a_change_keeps_the_noun_before_the_change(article):
    art = article("标题\n\n近五年来城关镇辖区道路交通事故发生数年均下降12.4%。")
    assert art.of("figure")[0]["measure"].endswith("事故发生数年均下降")


def test_full_width_digits_and_decimal_points_are_read_as_numbers(article):
    art = article("标题\n\n２０２２年，全县地区生产总值达到２３６．８亿元，增长６．５％。\n")
    assert [(f["value"], f["unit"]) for f in art.of("figure")] == [(236.8, "亿元"), (6.5, "%")]


def test_an_indicator_written_in_latin_is_a_measure_and_air_quality_has_its_unit(article):
    art = article("标题\n\n今年全市GDP达到3120亿元，细颗粒物平均浓度为31微克/立方米。\n")
    got = {(f["value"], f["unit"], f["measure"]) for f in art.of("figure")}
    assert (3120.0, "亿元", "GDP") in got and (31.0, "微克/立方米", "细颗粒物平均浓度") in got


def test_an_indicator_s_bracketed_acronym_is_no_aside_cutting_its_name(article):
    art = article("统计公报\n2023-04-01 来源:测试日报\n全年全市实现地区生产总值（GDP）528.6亿元，居民消费价格指数(CPI)上涨2.1%。\n")
    got = {f["value"]: f["measure"] for f in art.of("figure")}
    assert got[528.6] == "地区生产总值"
    assert got[2.1] == "居民消费价格指数上涨"


def test_people_counted_without_a_measure_word_are_figures_in_persons_or_households(article):
    art = article("产业\n2023-04-01 来源:测试日报\n油茶产业带动1500余农户增收，惠及3.2万群众，吸引20万游客。12345群众服务热线接到来电。\n")
    got = {(f["value"], f["unit"], f["qualifier"]) for f in art.of("figure")}
    assert {(1500.0, "户", "over"), (32000.0, "人", "exact"), (200000.0, "人", "exact")} <= got
    assert not any(f["value"] == 12345.0 for f in art.of("figure"))          # a hotline's number


def test_a_total_s_link_word_at_the_measure_s_end_is_left_out(article):
    art = article("签约\n2023-04-01 来源:测试日报\n本次签约金额共计36.5亿元，全年营业收入合计5.6亿元。\n")
    assert {f["measure"] for f in art.of("figure")} == {"签约金额", "营业收入"}


def test_a_share_a_place_holds_measures_what_follows_it(article):
    art = article("测试新闻\n2023-06-01 来源:测试日报\n某某新区约有35%的财政收入来自旅游业。该村距离县城有近8公里的山路。\n")
    got = {f["unit"]: f["measure"] for f in art.of("figure")}
    assert got["%"].startswith("财政收入") and "新区" not in got["%"]
    assert "县城" in got["公里"]                        # a length: the clause before still names it


def test_a_class_s_threshold_stays_in_the_measure_of_its_count(article):
    art = article("测试新闻\n2023-06-01 来源:测试日报\n全县新增2000万元以上工业企业11家。全市亿元以上项目开工率达到96%。\n")
    got = {f["unit"]: f["measure"] for f in art.of("figure")}
    assert got["家"].startswith("2000万元以上") and got["家"].endswith("工业企业")
    assert got["%"].startswith("亿元以上项目")


def test_a_firm_named_as_the_subject_leaves_the_measure_to_its_verb(article):
    art = article("标题\n\n河北华能清洁能源开发有限公司投资9亿元建设150兆瓦风电场项目；全市上市公司数量达15家。")
    got = {f["surface"]: f["measure"] for f in art.of("figure")}
    assert got["9亿元"] == "投资"
    assert got["150兆瓦"] == "风电场项目"                       # a plant's power is its size, in megawatts too
    assert "上市公司" in got["达15家"]                          # control: a firm's kind that is the measure stays


def test_the_unit_of_the_figure_before_is_no_part_of_the_next_figures_measure(article):
    art = article("标题\n\n巡察组移交的312件问题线索已办结298件，全县39户规上企业实现产值18.6亿元，3年内完成了2万人的搬迁任务。")
    got = {f["surface"]: f["measure"] for f in art.of("figure")}
    assert got["298件"] == "问题线索已办结"
    assert got["18.6亿元"].startswith("规上企业")
    assert "内完成" not in got["2万人"]                   # control: a time frame's 年 is no unit to drop


def test_places_counted_as_the_subject_are_no_part_of_the_measure(article):
    art = article("标题\n\n根据协议，两市将共同治理36公里河道，四县新建卫生院8所。2024年村集体经济收入达30万元。")
    got = {f["surface"]: f["measure"] for f in art.of("figure")}
    assert not got["36公里"].startswith("市") and not got["8所"].startswith("县")
    assert got["达30万元"] == "村集体经济收入"               # control: a village's own income keeps its 村


def test_changes_against_a_list_of_bases_measure_what_changes_not_the_bases(article):
    art = article("标题\n\n前三季度，全县固定资产投资同比下降8.2%，但与上半年、前8月比分别收窄2.5和1.1个百分点。"
                  "规上工业增加值比一季度、上半年分别提高0.9、0.4个百分点。服务业、农业投资同比分别增长6.5%、3.2%。")
    got = {f["surface"]: f["measure"] for f in art.of("figure")}
    assert got["2.5个百分点"] == got["1.1个百分点"] == "固定资产投资收窄"
    assert got["0.9个百分点"] == "规上工业增加值提高"
    assert got["6.5%"].startswith("服务业投资") and got["3.2%"].startswith("农业投资")     # control: a list of things, 同比


def test_a_date_before_a_noun_and_its_change_leaves_the_measure_after_the_date(article):
    art = article("标题\n\n11月当月实现快递业务量同比增长36.8%。贫困发生率由2014年的12.6%下降到0.3%。")
    got = {f["surface"]: f["measure"] for f in art.of("figure")}
    assert got["36.8%"].endswith("快递业务量同比增长")
    assert got["0.3%"].startswith("贫困发生率")                 # control: a change alone after the number


def test_a_level_held_leaves_its_verb_out_of_the_measure(article):
    art = article("标题\n\n全县油菜播种面积稳定在12万亩以上，森林覆盖率保持在58%。全县粮食产量30万吨，连续4年稳定在28万吨以上。")
    got = {f["surface"]: f["measure"] for f in art.of("figure")}
    assert got["12万亩以上"] == "油菜播种面积" and got["58%"] == "森林覆盖率"
    assert got["28万吨以上"] == "粮食产量"                       # control: a level held after a figure, its measure


def test_a_noun_phrase_done_by_a_verb_at_a_long_clause_end_is_the_measure(article):
    art = article("标题\n\n某某新能源有限公司与某某镇人民政府签订了总投资8亿元的光伏项目协议。")
    assert [f["measure"] for f in art.of("figure")] == ["总投资"]


def test_who_acted_and_when_leave_a_verb_phrase_measure(article):
    art = article("标题\n\n合作社去年销售蔬菜3000吨，农民今年人均收入1.6万元。")
    sold, income = [f["measure"] for f in art.of("figure")]
    assert sold == "销售蔬菜" and income.startswith("农民") and income.endswith("人均收入")   # (a noun after the time)


def test_a_forecast_after_its_event_measures_the_noun_not_the_mood(article):
    art = article("标题\n\n该园区建成后交易额可达12亿元，带动农户300户。")
    assert [f["measure"] for f in art.of("figure")][0] == "交易额"


def test_a_post_and_name_before_a_count_of_visits_are_who_not_what(article):
    art = article("标题\n\n去年，县水利局党组书记、局长王某明先后8次到村检查水毁修复工作。")
    measure = [f["measure"] for f in art.of("figure") if f["unit"] == "次"][0]
    assert "王某明" not in measure and "局长" not in measure and "水毁修复" in measure


def test_the_noun_a_count_before_counts_is_not_the_next_figures_measure(article):
    art = article("标题\n\n全市已有36个乡镇近12万户参与确权登记。")
    counts = {f["unit"]: f["measure"] for f in art.of("figure")}
    assert counts["个"] == "乡镇"                                      # positive control
    assert "乡镇" not in counts["户"]


def test_a_size_after_a_list_joint_measures_the_item_after_it(article):
    art = article("标题\n\n企业先后建成了饲料加工项目、冷库项目和3万吨有机肥等项目。")
    assert [f["measure"] for f in art.of("figure")] == ["有机肥"]


def test_a_count_of_a_quoted_kind_measures_the_kind_not_the_verbs_after(article):
    art = article("标题\n\n他在这3个“边远山区县”工作了二十年，全县建成5个“一村一品”示范村。")
    assert [f["measure"] for f in art.of("figure") if f["unit"] == "个"] == ["边远山区县", "“一村一品”示范村"]


def test_a_share_of_the_whole_keeps_its_noun(article):
    art = article("标题\n\n全县财政收入完成12.4亿元，其中非税收入占比达31%。")
    assert [f["measure"] for f in art.of("figure") if f["unit"] == "%"] == ["非税收入占比"]


def test_a_quoted_name_opening_a_measure_is_kept_whole(article):
    art = article("标题\n\n全市村级组织换届顺利完成，“一肩挑”比例达到95.2%。")
    assert [f["measure"] for f in art.of("figure")] == ["一肩挑比例"]


def test_a_change_keeps_its_verb_without_its_mood(article):
    art = article("标题\n\n通过奖补，农户平均每户收入能增加800元左右。")
    assert [f["measure"] for f in art.of("figure")] == ["农户平均每户收入增加"]


def test_how_long_a_level_has_held_is_no_part_of_what_is_measured(article):
    art = article("标题\n\n全县油茶产量连续三年稳定在2万吨以上，茶叶产量达到1.5万吨，连续四年保持在1万吨以上。")
    got = {f["value"]: f["measure"] for f in art.of("figure") if f["unit"] == "吨"}
    assert got[15000.0] == "茶叶产量"                                               # positive control
    assert got[20000.0] == "油茶产量" and "连续" not in got[10000.0], got


def test_a_level_reached_in_a_clause_of_its_own_measures_the_subject_of_the_clause_before(article):
    art = article("标题\n\n全县税收收入增长6.5%，达到9.3亿元。村集体经济收入较上年翻一番，达到50万元。")
    got = {f["value"]: f["measure"] for f in art.of("figure")}
    assert got[6.5] == "税收收入增长"                                                # positive control
    assert got[9.3] == "税收收入" and got[50.0] == "村集体经济收入", got


def test_a_clause_before_with_a_verb_inside_lends_no_subject(article):
    art = article("标题\n\n全县粮食产量增长3%，达到8万吨。合作社带动农户发展种植，达到600户。")
    got = {f["value"]: f["measure"] for f in art.of("figure")}
    assert got[80000.0] == "粮食产量"                                                  # positive control
    assert "带动" not in got[600.0], got


def test_air_quality_spelled_per_cubic_metre_and_firms_that_discharge_are_measured(article):
    art = article("标题\n\n今年全市可吸入颗粒物平均浓度为48微克每立方米。市生态环境局约谈5家重点排污企业。\n")
    got = {(f["value"], f["unit"]): f["measure"] for f in art.of("figure")}
    assert got[(48.0, "微克每立方米")] == "可吸入颗粒物平均浓度"
    assert got[(5.0, "家")].startswith("重点排污企业")


def test_holders_of_a_title_counted_after_it_are_what_the_figure_measures(article):
    art = article("标题\n\n全市共有各级人大代表3120名、政协委员865名。县长周平5次到村里调研。\n")
    got = {f["value"]: f["measure"] for f in art.of("figure")}
    assert got[865.0] == "政协委员"
    assert got[5.0] != "县长"                                                      # a subject's title stays no measure


def test_how_many_times_a_figure_is_reached_is_no_part_of_its_measure(article):
    got = _measures(article, "全乡茶叶产量首次突破3000吨，油茶产值首度超过1亿元，茶园面积达到1.2万亩。")
    assert got["突破3000吨"] == "茶叶产量" and got["超过1亿元"] == "油茶产值"
    assert got["1.2万亩"] == "茶园面积"                       # control: a figure reached with no count of times


def test_what_a_price_or_a_yield_is_per_belongs_to_the_figure_not_to_its_measure(article):
    got = _measures(article, "今年春茶收购均价达到每斤86元，油茶亩产值达到每亩3000元，全乡茶园面积达到1.5万亩。")
    assert got["每斤86元"] == "春茶收购均价" and got["每亩3000元"] == "油茶亩产值"
    assert got["1.5万亩"] == "茶园面积"                        # control: no 每 before it (全乡: where, not what)


def test_a_clause_ending_with_its_verb_measures_the_verb_and_the_noun_counted_after_the_number(article):
    art = article("标题\n\n今年，镇里争取到了800万元专项资金，并投入了120万元资金修路，合作社提取8%的公积金。")
    assert [f["measure"] for f in art.of("figure")] == ["争取到专项资金", "投入资金修路", "提取公积金"]
    art = article("标题\n\n全镇新增就业岗位达300个。")                 # the clause names its noun: kept
    assert [f["measure"] for f in art.of("figure")] == ["新增就业岗位"]


def test_a_plan_s_target_verb_is_no_part_of_what_it_measures(article):
    art = article("标题\n\n明年，全县力争农业总产值增长6%，确保城镇新增就业人数达到5000人。")
    assert [f["measure"] for f in art.of("figure")] == ["农业总产值增长", "城镇新增就业人数"]


def test_a_place_s_bare_level_owning_what_is_measured_and_a_verb_of_breaking_through_are_no_part_of_it(article):
    art = article("标题\n\n“今年我们村的脐橙收入突破了500万元。”村党支部书记说。全镇的村集体经济收入达到80万元。")
    assert [f["measure"] for f in art.of("figure")] == ["脐橙收入", "村集体经济收入"]


def test_a_sum_a_holder_has_of_what_follows_its_de_measures_what_follows(article):
    art = article("标题\n\n省里每年安排专项资金，每个驻村工作队有20万元的办公经费。全村有500万元的集体资产。")
    assert [f["measure"] for f in art.of("figure")] == ["办公经费", "集体资产"]
    art = article("标题\n\n村集体经济收入有20万元。")
    assert [f["measure"] for f in art.of("figure")] == ["村集体经济收入"]      # control: no 的 after the sum


def test_a_mood_of_what_may_come_before_its_verb_is_no_part_of_the_measure(article):
    art = article("标题\n\n项目建成后，预计可带动就业1500人，能解决农村劳动力转移800人。全县可再生能源装机达到30万千瓦。")
    assert [f["measure"] for f in art.of("figure")] == ["带动就业", "解决农村劳动力转移", "可再生能源装机"]


def test_a_value_reached_after_the_clause_that_says_where_it_was_measures_that_clause_s_subject(article):
    art = article("标题\n\n据介绍，全县最大降雨量出现在石门镇，达212.5毫米；全县财政收入增长8%，达到12亿元。")
    got = {f["unit"]: f["measure"] for f in art.of("figure")}
    assert got["毫米"] == "最大降雨量"
    assert got["亿元"] == "财政收入"                       # control: a change's subject, as before
