"""Careers, appointments and lists of names, read from sentences of our own."""
import pytest

from kg.recognize.career_dates import find_dates


def _posts(art, name):
    return [p for p in art.of("post") if p["person"]["name"] == name]


def _by_title(art, name):
    return {p["title"]: p for p in _posts(art, name)}


def test_steps_dated_in_chinese_numerals_are_dated_in_october_too(article):
    art = article("某市新闻网5月2日电 市委决定调整干部。\n"
                  "冯立军，二〇一五年任武冈市副市长，二〇一九年十月任隆回县委常委、常务副县长，"
                  "二〇二二年三月任隆回县委副书记。\n")
    posts = _by_title(art, "冯立军")
    assert posts["副市长"]["start"] == 2015                                       # control: a year alone
    assert (posts["县委常委"]["start"], posts["县委常委"]["start_month"]) == (2019, 10)
    assert (posts["常务副县长"]["start"], posts["常务副县长"]["start_month"]) == (2019, 10)
    assert (posts["县委副书记"]["start"], posts["县委副书记"]["start_month"]) == (2022, 3)

def test_a_resume_dates_each_line_and_closes_what_the_next_line_drops(article):
    art = article("某市新闻网5月2日电 甘肃省人大常委会会议今天闭幕，会议完成了各项议程和人事补选任务。\n"
                  "郑明远同志简历\n"
                  "郑明远，男，汉族，1962年3月生，甘肃天水人。\n"
                  "1995年2月任天水市委副书记、市长；\n"
                  "2001年6月任天水市委书记、市人大常委会主任；\n"
                  "2004年9月任甘肃省副省长；\n"
                  "2009年1月至今任甘肃省政协副主席。\n")
    posts = _by_title(art, "郑明远")
    assert posts["市长"]["start"] == 1995 and posts["市长"]["end"] == 2001 and posts["市长"]["former"]
    assert posts["市委书记"]["start"] == 2001 and posts["市委书记"]["end"] == 2004
    assert posts["副省长"]["start"] == 2004 and posts["副省长"]["former"]
    assert posts["政协副主席"]["start"] == 2009 and not posts["政协副主席"].get("former")       # still held
    assert posts["市长"]["place"]["name"] == "天水市"


def test_a_past_enumeration_makes_every_post_former_and_shares_its_body(article):
    art = article("人事动态\n2022-06-01\n"
                  "欧阳立群出生于1970年8月，曾任湖南省交通运输厅副厅长、厅长、党组书记等职，2021年3月任长沙市委副书记。\n")
    posts = _posts(art, "欧阳立群")
    past = [p for p in posts if p["title"] in ("副厅长", "厅长", "党组书记")]
    assert len(past) == 3 and all(p["former"] for p in past)
    assert {p["org"]["name"] for p in past} == {"湖南省交通运输厅", "湖南省交通运输厅党组"}
    current = next(p for p in posts if p["title"] == "市委副书记")
    assert current["start"] == 2021 and not current.get("former")
    assert all(p.get("start") != 1970 for p in posts)           # a birth is no step of a career


def test_an_undated_appointment_is_dated_by_its_article(article):
    art = article("人事任免\n2021-09-14\n日前，省委决定对宜春市委主要领导职务进行调整，经研究决定：钱晓峰任宜春市委书记，"
                  "孟庆林任宜春市委副书记，以上同志的任职时间从决定之日起计算。\n")
    assert art.date == "2021-09-14"                                    # the article's date is read
    assert _by_title(art, "钱晓峰")["市委书记"]["start"] == 2021
    assert _by_title(art, "孟庆林")["市委副书记"]["org"]["name"] == "宜春市委"


def test_titles_written_bare_after_one_committee_are_the_committees_titles(article):
    art = article("人事任免\n2021-09-14\n会议宣布省委决定：钱晓峰任宜春市委委员、常委、书记。\n")
    posts = _by_title(art, "钱晓峰")
    assert {"市委委员", "市委常委", "市委书记"} <= set(posts)
    assert all(posts[t]["org"]["name"] == "宜春市委" and posts[t]["start"] == 2021 for t in ("市委委员", "市委常委"))


def test_a_career_told_after_a_dated_step_does_not_take_the_articles_date(article):
    art = article("人物\n2021-09-14\n钱晓峰任宜春市委书记。2010年，钱晓峰任萍乡市副市长；后调任新余市市长。\n")
    posts = _by_title(art, "钱晓峰")
    assert posts["市委书记"]["start"] == 2021 and not posts["市委书记"].get("former")    # the news of the day
    assert posts["副市长"]["start"] == 2010
    assert posts["市长"].get("start") != 2021                                       # told in order: date unknown


def test_narrative_past_posts_and_department_heads(article):
    art = article("人事\n2021-09-14\n钱晓峰任宜春市委书记。钱晓峰原为江西省委常委、宣传部长。"
                  "两人在遂川县共事，王明时任县委书记，李强为县长。\n")
    posts = _by_title(art, "钱晓峰")
    assert posts["省委常委"]["former"] and posts["宣传部长"]["former"]
    assert posts["宣传部长"]["org"]["name"] == "江西省委宣传部"               # the committee's department
    assert not posts["市委书记"].get("former")
    wang = _by_title(art, "王明")
    assert wang["县委书记"]["former"] and "县长" not in wang                 # 李强为县长 is another clause


def test_a_date_opening_the_sentence_dates_its_step(article):
    art = article("人物\n2021-09-14\n钱晓峰任宜春市委书记。2008年春，钱晓峰首次主政一方，出任萍乡市市长。\n")
    posts = _by_title(art, "钱晓峰")
    assert posts["市长"]["start"] == 2008 and posts["市长"]["former"]
    assert posts["市委书记"]["start"] == 2021 and not posts["市委书记"].get("former")


def test_first_posts_in_numbered_units_are_read(article):
    art = article("人事\n2021-09-14\n郑明远同志简历\n郑明远，男，汉族，1962年3月生。\n"
                  "历任某军区308部队技术员，国营7412厂工程师，西北大学物理系教师、政治辅导员，省委组织部副部长。\n")
    titles = [p["title"] for p in _posts(art, "郑明远")]
    assert {"技术员", "工程师", "教师", "政治辅导员", "副部长"} <= set(titles)
    assert all(p["former"] for p in _posts(art, "郑明远"))
    art = article("人事\n2021-09-14\n郑明远同志简历\n郑明远，男，汉族，1962年3月生。\n"
                  "历任甘州区区长，2005年3月任张掖市副市长。\n")                       # a date still ends the chain
    posts = _by_title(art, "郑明远")
    assert posts["区长"]["former"] and posts["副市长"]["start"] == 2005


def test_a_chain_that_opens_with_a_work_team_member_is_read(article):
    art = article("人事\n2021-09-14\n郑明远同志简历\n郑明远，男，汉族，1953年1月生。\n"
                  "1973年4月参加工作后先后担任甘州区委工作队队员、城关公社二大队党支部副书记、甘州区委副书记、县长；\n")
    titles = {p["title"] for p in _posts(art, "郑明远")}
    assert {"队员", "区委副书记", "县长"} <= titles
    assert all(p.get("start") != 1973 or p["title"] == "队员" for p in _posts(art, "郑明远"))


def test_a_resumes_memberships_of_national_bodies(article):
    art = article("人事\n2021-09-14\n郑明远同志简历\n郑明远，男，汉族，1962年3月生。\n"
                  "2009年1月任甘肃省政协副主席。是中共十七届中央候补委员，十八届中央委员。\n")
    posts = _by_title(art, "郑明远")
    assert posts["中央候补委员"]["org"]["name"] == posts["中央委员"]["org"]["name"] == "中共中央"


def test_the_year_told_last_dates_dang_nian_in_the_next_sentence(article):
    art = article("人物\n2024-09-26\n王立成，男，1975年生。2013年，王立成担任孟家村党支部书记。"
                  "当年8月，他组建成立合作社，任理事长。\n")
    posts = _by_title(art, "王立成")
    assert (posts["理事长"]["start"], posts["理事长"]["start_month"]) == (2013, 8)      # not the article's 2024


def test_another_persons_introduction_after_a_comma_is_not_this_persons_post(article):
    art = article("人事动态\n2020-01-02\n原某县县长龙振宇出任绵阳市副市长，原梓潼县委副书记、县长马立新接任绵阳市委常委。\n")
    assert set(_by_title(art, "龙振宇")) >= {"副市长"} and "县委副书记" not in _by_title(art, "龙振宇")
    assert not _by_title(art, "龙振宇")["副市长"].get("former")      # 原 belongs to the earlier post


def test_words_with_the_character_ren_are_no_appointment(article):
    art = article("工作会议\n2020-01-02\n各级干部要担当责任，主任务是抓落实，信任群众，完成县长交办的任务。\n")
    assert not [p for p in art.of("post") if p.get("via") == "career"]


def test_time_expressions_of_resumes():
    assert [(d.start, d.end, d.open) for d in find_dates("2003.07-2006.11 某县县长", 2020)] == [((2003, 7), (2006, 11), False)]
    assert [(d.start, d.open) for d in find_dates("2015年9月至今任某职", 2020)] == [((2015, 9), True)]
    assert [d.start for d in find_dates("2016年春调任，次年5月任市长", 2020)] == [(2016, None), (2017, 5)]
    assert find_dates("全年投入2000万元", 2020) == []                     # a number is no date


def test_a_list_of_names_after_a_collective_label_is_read_whole(article):
    art = article("会议报道\n2020-01-02\n区领导韩东明、司马红英、柏文涛、葛秋实出席会议。\n")
    names = {p["name"] for p in art.of("person")}
    assert {"韩东明", "柏文涛", "葛秋实"} <= names
    assert all(p["role"] == "official" for p in art.of("person") if p["name"] in {"韩东明", "柏文涛"})


def test_a_list_of_villages_is_no_list_of_names(article):
    art = article("村庄建设\n2020-01-02\n全镇的李家湾、张家坪、王家岭、赵家沟四个村完成改造。\n")
    assert not {p["name"] for p in art.of("person")} & {"李家湾", "张家坪", "王家岭", "赵家沟"}
    art = article("会议报道\n2020-01-02\n县领导韩东明、柏文涛、葛秋实出席会议。\n")     # positive control
    assert {"韩东明", "柏文涛", "葛秋实"} <= {p["name"] for p in art.of("person")}


def _bodies(art):
    return {o["name"] for o in art.of("org")}


def test_a_body_is_a_place_or_parent_body_and_a_head_of_its_kind(article):
    art = article("调研报道\n2021-04-02\n近日，陕西省统计局农业处处长韩立东带队到延川县调研，陕西师范大学地理学系教授参加。\n")
    assert {"陕西省统计局农业处", "陕西师范大学地理学系"} <= _bodies(art)
    post = next(p for p in art.of("post") if p["person"]["name"] == "韩立东")
    assert post["org"]["name"] == "陕西省统计局农业处"


def test_a_direction_a_verb_or_a_generic_kind_is_no_body(article):
    art = article("调研报道\n2021-04-02\n延川县位于陕西省东北部，县里各业务处室和陕西省统计局农业处的同志所在的村都已通电。\n")
    bodies = _bodies(art)
    assert not any(b.endswith(("东北部", "业务处室")) for b in bodies)
    assert "陕西省统计局农业处" in bodies                                   # positive control


def test_a_removal_ends_the_post_at_the_articles_date_and_an_appointment_starts_one(article):
    art = article("人事任免\n2019-12-27\n市人大常委会第二十次会议经表决，决定免去司徒建国的某市交通运输局局长职务，"
                  "任命欧阳晓丽为某市交通运输局局长，会议还听取了有关工作报告。\n")
    left = _by_title(art, "司徒建国")["局长"]
    taken = _by_title(art, "欧阳晓丽")["局长"]
    assert left["former"] and left["end"] == 2019 and not left.get("start")
    assert taken["start"] == 2019 and not taken.get("former")


def test_acting_heads_keep_their_title(article):
    art = article("人事动态\n2018-03-02\n2017年12月，罗晓军任广安市委副书记、代市长，2018年2月当选为广安市市长。\n")
    assert {"代市长", "市长"} <= set(_by_title(art, "罗晓军"))


RESUME = ("人事任免\n2021-06-18\n经市委研究决定，任命聂远航为某市人民政府副市长，以上任职自即日起计算。\n"
          "聂远航，男，1972年5月生，回族，湖南邵阳人，中共党员，1995年7月参加工作，研究生学历。\n"
          "1995.07-2001.03 湖南省邵阳县农业局干部；\n"
          "2001.03-2008.09 湖南省隆回县副县长；\n"
          "2008.09-2015.12 湖南省隆回县县长；\n"
          "2015.12-2021.06 湖南省武冈市委书记。\n")


def test_a_profile_header_gives_the_persons_fields(article):
    art = article(RESUME)
    person = next(p for p in art.of("person") if p["name"] == "聂远航")
    assert person["profile"] == {"gender": "男", "birth": "1972-05", "ethnicity": "回族", "party": "中共党员",
                                 "work": "1995-07", "education": "研究生学历"}
    assert person["native_place"]["name"] == "邵阳市"


def _resume_build(tmp_path):
    from kg.build.build import build

    corpus = tmp_path / "c"
    corpus.mkdir()
    (corpus / "resume.txt").write_text(RESUME, encoding="utf-8")
    build([corpus], tmp_path / "o", jobs=1, progress=False, view=False)
    return tmp_path / "o"


def test_the_careers_export_loads_in_pandas_one_row_a_post(tmp_path):
    import pandas as pd

    from kg.export.formats import export

    out = _resume_build(tmp_path)
    path = export("careers", out)[0]
    rows = pd.read_csv(path, encoding="utf-8-sig", dtype=str)
    mine = rows[rows["name"] == "聂远航"]
    dated = mine[mine["start"].notna()]
    assert {("2001-03", "2008-09", "副县长"), ("2008-09", "2015-12", "县长"), ("2015-12", "2021-06", "市委书记")} <= \
        set(zip(dated["start"], dated["end"], dated["title"]))
    assert set(mine["gender"]) == {"男"} and set(mine["birth"]) == {"1972-05"} and set(mine["province"].dropna()) == {"湖南省"}
    assert len(mine) == len(mine.drop_duplicates(["title", "start", "body", "place"]))     # one row a post


def test_holders_of_post_answers_a_place_post_year_question(tmp_path):
    from kg.sparql.query import answer, saved_queries

    out = _resume_build(tmp_path)
    q = saved_queries()["holders_of_post"]
    text = answer(out, q, {"place": "隆回县", "title": "县长", "year": "2010"}, (), "csv")
    assert "聂远航" in text and "2008" in text
    text = answer(out, q, {"place": "隆回县", "title": "县长", "year": "2003"}, (), "csv")
    assert "聂远航" not in text                                     # he was deputy head then
    text = answer(out, q, {"place": "隆回县", "title": "副县长", "year": "2003"}, (), "csv")
    assert "聂远航" in text


def test_a_birth_written_before_the_name_is_the_persons(article):
    art = article("人事动态\n2021-04-02\n铜川市委书记郑立新主持召开会议。出生于1971年3月的郑立新，此前任铜川市市长，"
                  "在当地工作多年。\n")
    person = next(p for p in art.of("person") if p["name"] == "郑立新")
    assert person["profile"]["birth"] == "1971-03"


def test_a_move_makes_the_introducing_post_former(article):
    art = article("人事动态\n2023-06-01\n东辽县县长柏文涛调任辽源市副市长，当地干部群众对此反响热烈，纷纷表示支持。\n")
    posts = _by_title(art, "柏文涛")
    assert posts["县长"]["former"] and not posts["副市长"].get("former")
    art = article("人事动态\n2023-06-01\n东辽县县长柏文涛主持召开会议，研究部署春耕生产，会议要求抓好落实。\n")
    assert not _by_title(art, "柏文涛")["县长"].get("former")           # control: no move, still held


def test_every_reporter_of_a_byline_list_belongs_to_the_outlet(article):
    art = article("新闻\n2023-06-01\n新华社记者邵建国、晏爱华报道，今年全国粮食产量再创新高，各地秋收进展顺利。\n")
    assert {(p["person"]["name"], p["org"]["name"]) for p in art.of("post")} >= {("邵建国", "新华社"), ("晏爱华", "新华社")}


def test_a_resignation_with_its_reason_between_name_and_verb_ends_the_post(article):
    text = ("测试新闻\n2023-06-01 来源:测试日报\n会议决定：接受张明华因工作变动辞去九江市人大财政经济委员会主任委员职务，"
            "李红因年龄原因辞去九江市人大常委会副主任职务。\n")
    art = article(text)
    held = {p["person"]["name"]: p for p in art.of("post")}
    assert held["张明华"]["org"]["name"] == "九江市人大财政经济委员会" and held["张明华"]["former"]
    assert held["张明华"]["end"] == 2023 and held["李红"]["former"]
    art = article("测试新闻\n2023-06-01 来源:测试日报\n会议听取了张明华因工作变动所作的说明，并辞去九江市人大财政经济委员会主任委员职务。\n")
    assert not any(p["person"]["name"] == "张明华" for p in art.of("post"))    # the reason clause does not end there


def test_a_bare_no_longer_holding_leaves_the_post_just_given_to_another(article):
    art = article("人事任免\n2021-09-14\n会议宣布省委决定：钱晓峰任宜春市委委员、常委、书记；孟庆林不再担任。"
                  "孟庆林此前于2016年8月出任宜春市委书记。\n")
    left = _by_title(art, "孟庆林")["市委书记"]
    assert left["former"] and left["end"] == 2021 and left["org"]["name"] == "宜春市委"
    assert set(_by_title(art, "孟庆林")) == {"市委书记"}                 # the post named last, not 委员、常委
    assert not _by_title(art, "钱晓峰")["市委书记"].get("former")          # the new holder keeps it
    # with no appointment before it, a bare 不再担任 leaves nothing it could name
    alone = article("人事任免\n2021-09-14\n会上，孟庆林不再担任。孟庆林此前任萍乡市副市长。\n")
    assert "市委书记" not in _by_title(alone, "孟庆林")


def test_a_post_the_next_resume_line_lists_again_is_one_spell_held_on(article):
    art = article("某市新闻网5月2日电 省人大常委会会议今天闭幕。\n"
                  "韩立明同志简历\n"
                  "2003年5月任定西市委副书记、市长；\n"
                  "2008年2月任定西市委书记、市长；\n"
                  "2010年7月任定西市委书记、市人大常委会主任。\n")
    posts = _posts(art, "韩立明")
    secretary = [p for p in posts if p["title"] == "市委书记"]
    assert secretary and all(p["start"] == 2008 and not p.get("former") for p in secretary)    # still held in 2010
    mayor = [p for p in posts if p["title"] == "市长"]
    assert mayor and all(p.get("end") == 2010 and p["former"] for p in mayor)   # the 2010 line drops it
    deputy = _by_title(art, "韩立明")["市委副书记"]
    assert deputy["end"] == 2008 and deputy["former"]


def test_an_acting_head_confirmed_ends_the_acting_post_and_starts_the_full_one(article):
    art = article("人物\n2024-03-01\n孙立强出生于1970年3月。2018年4月，他任湖州市委副书记、代市长，2019年1月去代转正。\n")
    posts = _by_title(art, "孙立强")
    assert posts["代市长"]["start"] == 2018 and posts["代市长"]["end"] == 2019 and posts["代市长"]["former"]
    assert posts["市长"]["start"] == 2019 and not posts["市长"].get("former")
    assert posts["市长"]["place"]["name"] == "湖州市"
    assert not posts["市委副书记"].get("former")            # the confirmation leaves no other post
    # without 去代转正 the acting post stays as it was
    plain = _by_title(article("人物\n2024-03-01\n2018年4月，孙立强任湖州市委副书记、代市长。\n"), "孙立强")
    assert "市长" not in plain and not plain["代市长"].get("end")


def test_a_given_name_that_is_also_a_word_opens_a_career_clause(article):
    art = article("人物\n2024-01-05\n张建国曾任赣州市委宣传部副部长。全市曾任村干部的有300人。\n")
    assert {p["person"]["name"] for p in art.of("post")} == {"张建国"}
    assert _by_title(art, "张建国")["副部长"]["former"]


def test_a_bare_no_longer_holding_reads_no_chain_past_a_full_stop(article):
    art = article("人事任免\n2021-09-14\n会议宣布：钱晓峰任宜春市委书记；会议强调要抓好落实。孟庆林不再担任。孟庆林此前任萍乡市副市长。\n")
    assert "市委书记" not in _by_title(art, "孟庆林")
    assert "副市长" in _by_title(art, "孟庆林")                     # positive control: his own post is read


def test_a_head_who_becomes_the_secretary_of_the_same_place_leaves_the_heads_post(article):
    art = article("人事动态\n2021-09-14\n"
                  "周明哲出生于1968年2月。2014年，他出任平阳县县长，2019年接任县委书记一职，次年6月卸任，11月当选温州市政协副主席。\n")
    posts = _by_title(art, "周明哲")
    assert (posts["县长"]["start"], posts["县长"]["end"], posts["县长"]["former"]) == (2014, 2019, True)
    assert (posts["县委书记"]["start"], posts["县委书记"]["end"], posts["县委书记"]["former"]) == (2019, 2020, True)
    assert posts["政协副主席"]["start"] == 2020 and posts["政协副主席"].get("start_month") == 11
    assert not posts["政协副主席"].get("former")                           # still held


def test_a_secretary_and_a_head_of_two_places_or_of_a_village_are_both_held(article):
    art = article("人事动态\n2021-09-14\n"
                  "2019年，吕新民任平阳县县长。2020年，吕新民任泰顺县县委书记。\n"
                  "2016年，章志刚任平阳县鳌江镇南麂村党支部书记，2020年任南麂村村委会主任。\n"
                  "2016年，钟建华任平阳县鳌江镇镇长，2020年任鳌江镇党委书记。\n")
    moved = _by_title(art, "吕新民")
    assert moved["县长"].get("end") is None and moved["县委书记"]["start"] == 2020     # two counties: no tie
    village = _by_title(art, "章志刚")
    assert village["村委会主任"]["place"]["name"] == "南麂村"
    assert village["党支部书记"].get("end") is None             # a village's two posts are often one person's
    township = _by_title(art, "钟建华")                          # a township's are not
    assert (township["镇长"]["end"], township["镇长"]["place"]["name"]) == (2020, "鳌江镇")


def test_a_new_secretary_today_ends_the_heads_post_of_the_same_city(article):
    art = article("人事调整\n3月18日，经省委研究决定，魏长松任丽水市委书记。\n"
                  "魏长松此前任丽水市市长，2021年2月任丽水市委副书记、市长。\n")
    posts = _by_title(art, "魏长松")
    assert posts["市长"]["former"] and posts["市长"]["start"] == 2021
    assert not posts["市委书记"].get("former") and not posts["市委副书记"].get("former")

    art = article("人事调整\n3月18日，经省委研究决定，段文涛任衢州市委书记。\n"
                  "段文涛2022年4月任衢州市委副书记，次月任衢州市代市长。\n")
    posts = _by_title(art, "段文涛")
    assert posts["代市长"]["former"] and posts["代市长"]["start"] == 2022      # an acting head is the head
    assert not posts["市委副书记"].get("former") and not posts["市委书记"].get("former")


def test_a_month_alone_takes_the_year_told_before_it_in_the_sentence():
    dates = find_dates("2017年10月调任某县，12月任县长，3月任书记", 2020)
    assert [d.start for d in dates] == [(2017, 10), (2017, 12), (2018, 3)]
    assert find_dates("12月任县长", 2020) == []                          # no year told: no date
    assert [d.start for d in find_dates("2016年共12个月", 2020)] == [(2016, None)]     # a count of months


def test_a_move_to_the_same_post_elsewhere_ends_the_first_only_when_it_is_the_next_dated_step(article):
    art = article("人物\n2021-09-14\n"
                  "孔德明出生于1966年5月。2009年春，孔德明出任丽水市市长。2013年秋，他转任湖州市市长，次年3月接任湖州市委书记。"
                  "后任浙江省委常委、宣传部长。\n")
    posts = {(p["title"], p["place"]["name"]): p for p in _posts(art, "孔德明") if p["place"] is not None}
    first = posts[("市长", "丽水市")]
    assert (first["start"], first["end"], first["former"]) == (2009, 2013, True)
    second = posts[("市长", "湖州市")]
    assert (second["start"], second["end"]) == (2013, 2014)            # the same city's secretary after
    assert posts[("市委书记", "湖州市")]["start"] == 2014


def test_a_post_dated_by_the_article_marks_a_leader_post_elsewhere_former_without_an_end(article):
    art = article("人事任免\n2021-09-14\n经研究决定，孔德明任衢州市委书记。\n"
                  "孔德明出生于1966年5月。2015年，孔德明任湖州市委书记。\n")
    posts = {(p["title"], p["place"]["name"]): p for p in _posts(art, "孔德明") if p["place"] is not None}
    assert posts[("市委书记", "衢州市")]["start"] == 2021 and not posts[("市委书记", "衢州市")]["former"]
    earlier = posts[("市委书记", "湖州市")]
    assert earlier["start"] == 2015 and earlier["former"] and earlier.get("end") is None


def test_a_second_decision_after_a_comma_is_another_persons_post(article):
    art = article("人事任免\n2021-09-14\n会议补选郑立群为青海省人大常委会副主任，选举马国安为青海省政府副省长。\n")
    assert {p["title"] for p in _posts(art, "郑立群")} == {"人大常委会副主任"}
    assert {p["title"] for p in _posts(art, "马国安")} == {"副省长"}


def test_a_sketch_told_in_sentences_with_an_acting_post_the_month_after(article):
    art = article("人物\n2021-09-14\n"
                  "孙立国生于1972年3月，曾在温州市工作多年，担任过温州市副市长，鹿城区委书记、温州高新区党工委书记，"
                  "以及瑞安市委书记等职务。2019年6月，他调职任台州市委常委。2020年7月，任丽水市委副书记，次月任丽水市代市长。\n")
    posts = {(p["title"], p["place"]["name"]): p for p in _posts(art, "孙立国") if p["place"] is not None}
    assert posts[("市委书记", "瑞安市")]["former"]                          # the last item after 以及, before 等职务
    assert posts[("市委常委", "台州市")]["start"] == 2019
    acting = posts[("代市长", "丽水市")]
    assert (acting["start"], acting.get("start_month")) == (2020, 8)     # 次月: the month after July
    deputy = posts[("市委副书记", "丽水市")]
    assert deputy["start"] == 2020 and not deputy["former"]              # an acting post adds, it ends nothing


def test_a_passive_appointment_a_reports_heading_and_an_epithet_after_de(article):
    art = article("人事观察\n2021-09-14\n7月，韩子明被任命为汕尾市委书记。"
                  "此前，原任汕尾市委副书记、市长的贺国华已调任省直机关。\n县长 严立国\n")
    assert {p["title"] for p in _posts(art, "韩子明")} == {"市委书记"}             # 被任命为
    assert {p["title"] for p in _posts(art, "贺国华")} == {"市委副书记", "市长"}     # the epithet's posts…
    assert all(p["person"]["name"] != "韩子明" or p["title"] != "市长" for p in art.of("post"))   # …not the focus's
    assert {p["title"] for p in _posts(art, "严立国")} == {"县长"}                 # "县长 某某": a heading


def test_posts_given_respectively_go_to_the_names_in_order(article):
    art = article("人事任免\n2021-09-14\n会议决定，韩子明、贺国华分别任平阳县县长、泰顺县县长。\n"
                  "由县委书记改任市委常委的两人：韦东方、秦明远。调整前分别任海盐县委书记、玉环市委书记。\n"
                  "周立新、王建设分别任平阳县副县长。\n")
    held = {(p["person"]["name"], p["title"], p["place"]["name"] if p["place"] is not None else None): p
            for p in art.of("post")}
    assert ("韩子明", "县长", "平阳县") in held and ("贺国华", "县长", "泰顺县") in held
    assert ("韩子明", "县长", "泰顺县") not in held
    assert held[("秦明远", "市委书记", "玉环市")]["former"] and ("韦东方", "县委书记", "海盐县") in held
    assert not any(p["person"]["name"] == "王建设" for p in art.of("post") if p["title"] == "县长")   # one post, two names: unread


def test_posts_held_respectively_by_names_joined_by_he_or_told_in_the_passive_go_in_order(article):
    art = article("人事动态\n2021-09-14\n韩子明和贺国华分别当选为平阳县人大常委会主任和泰顺县人大常委会主任。\n"
                  "泰顺县委书记、县长分别由周立新、王建设担任。\n"
                  "泰顺县委书记、县长分别由县委副书记担任。\n")
    held = {(p["person"]["name"], p["title"]): p for p in art.of("post")}
    assert held[("韩子明", "人大常委会主任")]["org"]["name"] == "平阳县人大常委会"
    assert held[("贺国华", "人大常委会主任")]["org"]["name"] == "泰顺县人大常委会"
    assert held[("周立新", "县委书记")]["place"]["name"] == "泰顺县" and ("王建设", "县长") in held
    assert ("王建设", "县委书记") not in held and ("周立新", "县长") not in held


def test_a_title_shared_by_a_counted_list_of_places_goes_to_each_name_in_order(article):
    art = article("浙江部分县（市、区）党政正职调整\n2023-06-01\n"
                  "钱海东、孙志华分别任永康、兰溪两市市长。\n"
                  "李卫国、周明、吴建设在此次调整前分别任安吉、德清、南浔3个县（区）委书记。\n"
                  "宋晓东、胡立新则分别从淳安、建德县（市）委书记调任为柯桥、越城两区的区委书记。\n")
    held = {(p["person"]["name"], p["title"], p["place"]["name"]): p for p in art.of("post") if p["place"] is not None}
    assert ("钱海东", "市长", "永康市") in held and ("孙志华", "市长", "兰溪市") in held
    assert ("钱海东", "市长", "兰溪市") not in held
    assert held[("吴建设", "区委书记", "南浔区")]["org"]["name"] == "南浔区委"      # the title as the district's own
    assert held[("周明", "县委书记", "德清县")]["former"]
    assert held[("胡立新", "市委书记", "建德市")]["former"]                          # the post left…
    assert not held[("胡立新", "区委书记", "越城区")]["former"]                      # …and the one taken
    assert ("宋晓东", "区委书记", "柯桥区") in held


def test_a_title_shared_after_places_joined_by_he_and_de_goes_to_each_name(article):
    art = article("人事观察\n2023-06-01\n此后，王立军、陈海涛分别成为湖州和嘉兴的市委书记。\n")
    held = {(p["person"]["name"], p["title"], p["place"]["name"]) for p in art.of("post") if p["place"] is not None}
    assert {("王立军", "市委书记", "湖州市"), ("陈海涛", "市委书记", "嘉兴市")} <= held
    assert ("王立军", "市委书记", "嘉兴市") not in held


def test_the_post_a_move_starts_from_is_the_named_person_s_former_post(article):
    art = article("人事调整\n2023-06-01\n王立军从平阳县县长任苍南县委书记。陈海涛则由文成县副县长调任泰顺县县长。"
                  "会议决定成立由瑞安市副市长任组长的工作专班。\n")
    held = {(p["person"]["name"], p["title"], p["place"]["name"]): p for p in art.of("post") if p["place"] is not None}
    assert held[("王立军", "县长", "平阳县")]["former"] and not held[("王立军", "县委书记", "苍南县")]["former"]
    assert held[("陈海涛", "副县长", "文成县")]["former"] and ("陈海涛", "县长", "泰顺县") in held
    assert not any(p["title"] == "副市长" for p in art.of("post"))      # a group staffed by a post: no move


def test_short_county_names_are_places_only_in_a_list_closed_by_a_count_and_level(article):
    listed = article("人事调整\n2023-06-01\n近日浙江省调整部分干部，钱海东、孙志华分别任永康、兰溪两市市长。\n")
    bare = article("人事调整\n2023-06-01\n近日浙江省调整部分干部，钱海东、孙志华分别去永康、兰溪的企业调研。\n")
    assert {"永康市", "兰溪市"} <= {p["name"] for p in listed.of("place")}
    assert not {"永康市", "兰溪市"} & {p["name"] for p in bare.of("place")}


def test_a_step_whose_date_runs_straight_into_the_name_is_read(article):
    art = article("人事简讯\n2021-03-02\n2018年10月邵建平调任安顺市副市长。去年底柯雅琴当选镇宁县县长。\n"
                  "2019年全县任用年轻干部120名。\n")
    assert _by_title(art, "邵建平")["副市长"]["start"] == 2018
    assert _by_title(art, "柯雅琴")["县长"]["start"] == 2020
    assert not any(p["name"].startswith("全县") for p in art.of("person"))      # a date, then no name


def test_groups_that_repeat_a_title_were_held_one_after_another(article):
    art = article("干部简历\n2020-05-06\n"
                  "邵建平，男，1958年4月生。\n"
                  "1994年5月起任某省委常委、宣传部部长，省委常委、安顺市委书记，省委副书记；\n"
                  "2003年2月任省委副书记、副省长；\n"
                  "2008年1月任省政协主席；\n"
                  "2013年3月任省人大常委会副主任。\n")
    posts = _by_title(art, "邵建平")
    assert posts["部长"]["start"] == 1994 and posts["部长"]["former"]            # left for the next group
    assert posts["市委书记"]["former"] and not posts["市委书记"].get("start")    # started at an untold date
    seat = posts["省委常委"]          # written again, then sat on as deputy secretary: left with that in 2008
    assert seat["start"] == 1994 and seat["end"] == 2008 and seat["former"]
    assert not posts["部长"].get("end")                                        # left at an untold date
    deputy = posts["省委副书记"]
    assert not deputy.get("start") and deputy["end"] == 2008 and deputy["former"]   # listed on in 2003, left in 2008


def test_groups_without_a_repeated_title_are_held_together(article):
    art = article("干部简历\n2020-05-06\n"
                  "柯雅琴，女，1966年2月生。\n"
                  "2001年3月任某省委常委，安顺市委书记；\n"
                  "2006年8月任某省副省长；\n"
                  "2011年1月任某省政协副主席。\n")
    posts = _by_title(art, "柯雅琴")
    assert posts["市委书记"]["start"] == 2001 and posts["省委常委"]["start"] == 2001


def test_a_period_of_office_in_a_notice_is_a_past_post_dated_by_its_range(article):
    art = article("通报\n2022-08-09\n2016年3月至2019年5月，邵建平在担任安顺市林业局局长期间，收受他人财物。\n"
                  "柯雅琴担任安顺市副市长期间分管林业。换届期间，全市选出村干部300名。\n")
    chief = _by_title(art, "邵建平")["局长"]
    assert (chief["start"], chief["end"], chief["former"]) == (2016, 2019, True)
    deputy = _by_title(art, "柯雅琴")["副市长"]
    assert deputy["former"] and not deputy.get("start")          # no date given: past, undated
    assert {p["person"]["name"] for p in art.of("post")} == {"邵建平", "柯雅琴"}


def test_a_move_ends_the_post_that_introduced_the_person_at_the_moves_date(article):
    art = article("人事简讯\n2021-03-02\n遂川县县长邵建平于2019年3月调任吉安市副市长。\n"
                  "孙立新曾任万安县县长。他在万安县担任县长时，县委书记为柯雅琴，2018年升任吉安市副市长。\n"
                  "会议由市长甘培忠主持，接任已当选为市政协主席的曾庆和，出任市委书记。\n")
    head = _by_title(art, "邵建平")["县长"]
    assert head["former"] and head["end"] == 2019 and _by_title(art, "邵建平")["副市长"]["start"] == 2019
    secretary = _by_title(art, "柯雅琴")["县委书记"]          # "县委书记为某某": an apposition with 为
    assert secretary["place"]["name"] == "万安县" and secretary["former"] and secretary["end"] == 2018
    assert "县长" not in _by_title(art, "柯雅琴")                   # 他's post, not the name's in the next clause
    succeeded = _by_title(art, "曾庆和")
    assert "政协主席" in succeeded and not succeeded["政协主席"].get("former")   # the one succeeded keeps his new post
    assert "市委书记" not in succeeded and "市委书记" in _by_title(art, "甘培忠")     # and the one succeeding takes it


def test_the_posts_told_after_before_the_change_are_the_ones_left(article):
    art = article("人事动态\n2023-07-01\n日前，鹤壁市委主要负责同志调整，梁振华任鹤壁市委书记。"
                  "调整前，梁振华任鹤壁市政府市长、党组书记。\n")
    posts = _by_title(art, "梁振华")
    assert posts["市长"]["former"] and posts["市长"].get("start") is None
    assert not posts["市委书记"].get("former")                                # control: the post taken now
    now = article("人事动态\n2023-07-01\n会后，梁振华任鹤壁市政府市长。\n")
    assert not _by_title(now, "梁振华")["市长"].get("former")                 # control: an adverbial of no past


def test_a_unit_written_bare_in_a_career_chain_is_the_body_before_its(article):
    art = article("人事动态\n2023-07-01\n2019年，谢文斌任鹤壁市政府副秘书长，办公室党组书记、主任。\n")
    posts = _by_title(art, "谢文斌")
    assert posts["副秘书长"]["org"]["name"] == "鹤壁市政府"                      # control: the body written
    assert posts["主任"]["org"]["name"] == "鹤壁市政府办公室"
    assert posts["党组书记"]["org"]["name"] == "鹤壁市政府办公室党组"


def test_a_dispatch_without_a_year_is_dated_by_the_provincial_congress_session_it_reports(article):
    art = article("某某社长沙1月16日电 湖南省第十二届人民代表大会第三次会议今天举行选举大会，选举龙建华为湖南省人民政府副省长。\n")
    assert art.date is None and art.year == 2015          # Hunan's 12th congress began in 2013: its 3rd session
    assert _by_title(art, "龙建华")["副省长"]["start"] == 2015
    art = article("某某在线01月20日讯 会议审议了省十二届人大五次会议议程草案。会议决定免去司马立的省财政厅厅长职务。\n")
    assert art.year is None                                # no province known: 省 alone names none
    art = article("湖南日报1月20日讯 会议审议了省十二届人大五次会议议程草案。会议决定免去司马立的湖南省财政厅厅长职务。\n")
    assert art.year == 2017 and _by_title(art, "司马立")["厅长"]["end"] == 2017


def test_city_congresses_standing_committees_and_late_datelines_give_no_year(article):
    for text in ("某某网1月9日讯 某县第十六届人民代表大会第三次会议选举龙建华为县长。\n",
                 "某某网1月9日讯 湖南省第十二届人大常委会第三次会议任命龙建华为湖南省财政厅厅长。\n",
                 "某某网10月9日讯 湖南省第十二届人民代表大会第三次会议的代表视察了某县。\n"):
        assert article(text).year is None
    assert article("某某网3月9日讯 湖南省第十二届人民代表大会第三次会议的代表视察了某县。\n").year == 2015   # control


def test_a_news_days_appointment_does_not_close_the_resumes_last_posts(article):
    art = article("某某网兰州1月20日电 甘肃省第十二届人民代表大会第三次会议选举欧阳明为甘肃省人大常委会主任。\n"
                  "欧阳明同志简历\n欧阳明，男，汉族，1955年3月生。\n"
                  "2005年2月任甘肃省委副书记；\n2010年6月任甘肃省委副书记、省长；\n2013年3月任甘肃省委书记。\n")
    posts = _by_title(art, "欧阳明")
    assert posts["省委书记"]["start"] == 2013 and not posts["省委书记"].get("former")
    assert posts["省长"]["former"] and posts["省长"]["end"] == 2013
    assert posts["人大常委会主任"]["start"] == 2015


def test_the_posts_a_disciplinary_notice_says_were_abused_are_past_posts(article):
    art = article("纪检通报\n2024-03-08\n经查，欧阳明利用其担任安福县县长职务上的便利，收受财物。"
                  "司马亮利用担任安福县财政局局长、县委常委等职务上的便利，为他人谋取利益。\n")
    assert _by_title(art, "欧阳明")["县长"]["former"]
    assert {t for t, p in _by_title(art, "司马亮").items() if p["former"]} == {"局长", "县委常委"}
    assert not article("纪检通报\n2024-03-08\n欧阳明利用周末走访了安福县。\n").of("post")      # no office named


@pytest.mark.parametrize("dash", ["——", "--", "―", "—"])
def test_a_resume_line_whose_range_is_written_with_a_doubled_dash_is_dated(article, dash):
    art = article(f"简历\n2023-06-01\n罗德厚，男，汉族，1970年5月生。\n"
                  f"1995.07{dash}2001.03 新化县财政局科员\n2001.03{dash}2008.06 新化县科头乡副乡长\n"
                  f"2008.06{dash} 新化县科头乡乡长\n")
    posts = _by_title(art, "罗德厚")
    assert (posts["科员"]["start"], posts["科员"]["end"]) == (1995, 2001)
    assert (posts["副乡长"]["start"], posts["副乡长"]["end"]) == (2001, 2008)
    assert posts["乡长"]["start"] == 2008 and not posts["乡长"].get("former")


@pytest.mark.parametrize("at", ["岗位", "的岗位", "的岗位上", "任上"])
def test_the_post_a_move_was_made_from_in_the_post_of_ends_at_the_move(article, at):
    art = article(f"人物\n2023-06-01\n2016年，罗德厚从新化县农业局副局长{at}调任新化县科头乡党委书记。\n")
    posts = _by_title(art, "罗德厚")
    assert posts["副局长"]["former"] and posts["副局长"]["end"] == 2016
    assert posts["党委书记"]["start"] == 2016 and not posts["党委书记"].get("former")


def test_a_resume_line_with_a_comma_after_its_range_is_dated(article):
    art = article("简历\n2023-06-01\n罗德厚，男，汉族，1970年5月生。\n"
                  "1995年7月—2001年3月，新化县财政局科员；\n2001年3月—2008年6月，新化县科头乡副乡长；\n"
                  "2008年6月至2012年5月，全乡新修公路40公里。\n")
    posts = _by_title(art, "罗德厚")
    assert (posts["科员"]["start"], posts["科员"]["end"]) == (1995, 2001)
    assert (posts["副乡长"]["start"], posts["副乡长"]["end"]) == (2001, 2008)
    assert set(posts) == {"科员", "副乡长"}                       # control: a range before no post gives none


def test_resume_lines_of_one_date_and_their_posts_are_steps(article):
    art = article("简历\n2023-06-01\n罗德厚，男，汉族，1970年5月生。\n"
                  "1995.07 新化县财政局科员\n2001年3月，新化县科头乡副乡长；\n2008.06 新化县科头乡乡长\n")
    posts = _by_title(art, "罗德厚")
    assert (posts["科员"]["start"], posts["科员"]["end"]) == (1995, 2001)
    assert (posts["副乡长"]["start"], posts["副乡长"]["end"]) == (2001, 2008)
    assert posts["乡长"]["start"] == 2008 and not posts["乡长"].get("former")
    news = article("新闻\n2023-06-01\n罗德厚说，今年很忙。\n2023年，新化县县长谭志远带队考察。\n")
    assert "罗德厚" not in {p["person"]["name"] for p in news.of("post")}       # control: a dated line of news


def test_a_period_of_office_over_several_posts_starts_the_first_and_ends_the_last(article):
    art = article("纪检通报\n2024-03-08\n2011年至2019年，司马亮在担任安福县县长、县委书记期间收受财物。"
                  "2013年至2018年，欧阳明利用担任安福县财政局局长职务上的便利，为他人谋取利益。\n")
    posts = _by_title(art, "司马亮")
    assert posts["县长"]["start"] == 2011 and not posts["县长"].get("end")        # 县长 left for 县委书记: untold
    assert posts["县委书记"]["end"] == 2019 and not posts["县委书记"].get("start")
    assert all(p["former"] for p in posts.values())
    alone = _by_title(art, "欧阳明")["局长"]                         # control: one post, the period is its tenure
    assert alone["start"] == 2013 and alone["end"] == 2018


def test_a_place_name_holding_he_is_no_and_between_titles(article):
    art = article("人物\n2021-09-14\n钟文远曾任平和县委副书记、县长和县委书记。\n")
    posts = _by_title(art, "钟文远")
    assert set(posts) == {"县委副书记", "县长", "县委书记"}           # 县长和县委书记: 和 joins two titles
    assert all(p["place"]["name"] == "平和县" for p in posts.values())


def test_a_title_written_with_its_bodys_kind_is_the_same_post_as_the_bare_one(article):
    art = article("纪检通报\n2024-03-08\n遂川县人大常委会原副主任司马亮被提起公诉。"
                  "司马亮曾任遂川县副县长，2019年升任遂川县人大常委会副主任。\n")
    deputies = [p for p in _posts(art, "司马亮") if p["title"].endswith("副主任")]
    assert len(deputies) == 1 and deputies[0]["start"] == 2019 and deputies[0]["former"]
    assert _by_title(art, "司马亮")["副县长"]["former"]                # positive control: the other post stays


def test_the_first_post_after_starting_work_starts_then_and_its_end_is_untold(article):
    art = article("人物简历\n2021-09-14\n司马亮，男，汉族，1958年3月生。\n"
                  "1976年4月参加工作后先后担任沭阳县农业局技术员、新河乡党委书记、县委常委、县长；\n"
                  "1991年12月任淮安市副市长；\n1995年12月任淮安市市长；\n1998年12月任淮安市委书记。\n")
    posts = _by_title(art, "司马亮")
    assert posts["技术员"]["start"] == 1976 and posts["技术员"]["former"] and not posts["技术员"].get("end")
    assert not posts["县长"].get("start") and posts["县长"]["former"]       # the enumeration's later posts: undated
    assert posts["副市长"]["start"] == 1991 and posts["副市长"]["end"] == 1995       # control: résumé lines end as before


def test_a_session_recalled_after_its_year_does_not_date_the_article(article):
    art = article("某某网2月9日讯 2008年1月，龙建华在湖南省第十一届人民代表大会第一次会议上当选为副省长。\n")
    assert art.year is None
    art = article("某某网2月9日讯 湖南省第十一届人民代表大会第一次会议上，龙建华当选为副省长。\n")
    assert art.year == 2008                                                  # control: the session reported


def test_the_post_a_move_was_made_from_is_a_former_post(article):
    art = article("人事动态\n2023-06-01\n会议宣布：郑海涛任平利县委书记，孟凡勇任平利县委副书记。"
                  "出生于1970年2月的郑海涛，由安康市政协副主席任上调任；孟凡勇则从镇坪县副县长任上调任。\n")
    zheng, meng = _by_title(art, "郑海涛"), _by_title(art, "孟凡勇")
    assert zheng["政协副主席"]["former"] and zheng["政协副主席"]["place"]["name"] == "安康市"
    assert meng["副县长"]["former"] and meng["副县长"]["place"]["name"] == "镇坪县"
    assert not zheng["县委书记"].get("former") and not meng["县委副书记"].get("former")   # the posts taken up


def test_a_birth_given_after_a_name_inside_a_sentence_makes_that_person_the_he_of_the_next(article):
    art = article("人事动态\n2023-06-01\n郑海涛任安康市委副书记，孟凡勇任安康市委书记。"
                  "公开履历显示，郑海涛1972年3月生，长期在陕西工作。他曾任平利县县长、镇坪县委书记等职。\n")
    assert {"县长", "县委书记"} <= set(_by_title(art, "郑海涛"))
    assert not {"县长", "县委书记"} & set(_by_title(art, "孟凡勇"))
    assert "市委书记" in _by_title(art, "孟凡勇")               # his own post stays his


def test_a_discipline_notices_removal_from_office_ends_the_post(article):
    art = article("通报\n2023-06-01\n龙头村党支部书记郑海涛违规发包工程，受到撤销党内职务处分，按程序免除其村委会主任职务。"
                  "平利县副县长孟凡勇违纪，被免去副县长职务。城关镇镇长王丽主持会议。\n")
    assert _by_title(art, "郑海涛")["村委会主任"]["former"]
    assert _by_title(art, "孟凡勇")["副县长"]["former"]
    assert not _by_title(art, "王丽")["镇长"].get("former")


def test_a_profile_giving_the_nationality_opens_a_career_for_a_name_without_han_surname(article):
    art = article("口述实录\n2024-05-01\n口述人：阿苏木呷，彝族，1968年出生，四川美姑人。"
                  "2010年3月至2016年5月，任布拖县委书记。\n"
                  "彝族、藏族、汉族群众共同生活在这里。\n")
    posts = _by_title(art, "阿苏木呷")
    assert posts["县委书记"]["start"] == 2010 and posts["县委书记"]["end"] == 2016
    assert not any(p["name"].endswith("族") for p in art.of("person"))      # a list of peoples names nobody


def test_a_profile_s_heading_run_into_it_is_no_part_of_the_name(article):
    art = article("人事任免\n2024-05-01\n会议选举韩刚为省长。韩刚同志简历韩刚，男，汉族，1966年2月生，"
                  "河北迁安人。2015年3月起任唐山市委副书记。\n")
    assert {p["name"] for p in art.of("person")} == {"韩刚"}
    assert _by_title(art, "韩刚")["市委副书记"]["start"] == 2015

def test_titles_listed_in_a_clause_s_where_and_a_cadre_sent_down_are_read(article):
    art = article("干部成长\n2023-06-01\n王立军在平阳中学当过团委书记、教师，1998年下派平阳县鳌江镇东山村任党支部副书记。\n")
    posts = _by_title(art, "王立军")
    assert posts["教师"]["former"] and posts["团委书记"]["former"]          # 当过: held before
    assert posts["党支部副书记"]["org"]["name"] == "东山村党支部" and posts["党支部副书记"]["start"] == 1998


def test_a_communes_unit_in_a_career_chain_is_no_part_of_the_body_before(article):
    art = article("干部简历\n2020-05-06\n周海林，男，1950年生。"
                  "1970年参加工作后先后担任平阳县委工作队队员、红星公社三大队党支部书记、县委常委。\n")
    posts = _by_title(art, "周海林")
    assert not (posts["党支部书记"]["org"] or {}).get("name", "").startswith("平阳县委")
    assert posts["县委常委"]["org"]["name"] == "平阳县委"                     # control: the county's own committee


def test_a_start_written_with_kaishi_or_stressed_by_shi_de_dates_the_post(article):
    art = article("人事观察\n2023-06-01\n王立军是2015年开始担任苍南县委书记的。周洋于2019年3月开始担任永嘉县县长。"
                  "原任泰顺县县长的陈海涛已调任。\n")
    assert _by_title(art, "王立军")["县委书记"]["start"] == 2015
    assert _by_title(art, "周洋")["县长"]["start"] == 2019
    assert _by_title(art, "陈海涛")["县长"]["former"]        # control: 的 before a name is still an epithet


def test_one_elected_unanimously_after_a_relative_clause_is_read(article):
    art = article("村里的带头人\n2021-03-02\n2018年5月，从企业辞职回乡的吴海生全票当选村党支部书记。"
                  "村里的道路修好了。\n")
    assert _by_title(art, "吴海生")["党支部书记"]["start"] == 2018
    assert not any(p["name"].startswith("村里") for p in art.of("person"))


def test_a_pronoun_with_no_one_in_focus_is_the_one_person_named_just_before(article):
    art = article("合作社的故事\n2023-06-01\n理事长张春梅说，合作社发展很好。"
                  "在2016年村委会换届选举中，她当选了平阳县鳌江镇东山村妇联主任。\n")
    post = _by_title(art, "张春梅")["主任"]
    assert post["org"]["name"] == "东山村妇联" and post["start"] == 2016
    two = article("合作社的故事\n2023-06-01\n理事长张春梅和社员王小红说，合作社发展很好。"
                  "在2016年村委会换届选举中，她当选了平阳县鳌江镇东山村妇联主任。\n")
    assert not any(p["title"] == "主任" for p in two.of("post"))          # 她: which of the two is untold


def test_a_dated_move_ends_the_post_left_and_starts_the_post_taken_at_its_date(article):
    art = article("人事简讯\n2024-05-06\n2017年，吴振华从宁乡县副县长调任浏阳市副市长。"
                  "刘春梅2019年6月由茶陵县县长调任株洲市副市长。谭建国2020年从攸县县长任上退休。\n")
    wu, liu, tan = _by_title(art, "吴振华"), _by_title(art, "刘春梅"), _by_title(art, "谭建国")
    assert (wu["副县长"]["end"], wu["副县长"].get("start"), wu["副县长"]["former"]) == (2017, None, True)
    assert (wu["副市长"]["start"], wu["副市长"]["former"]) == (2017, False)
    assert (liu["县长"]["end"], liu["县长"]["former"], liu["副市长"]["start"]) == (2019, True, 2019)   # the date after the name
    assert (tan["县长"]["end"], tan["县长"].get("start")) == (2020, None)                              # left, not taken up, then


def test_a_decision_lists_one_person_a_clause_or_a_line_under_its_header(article):
    art = article("临澧县人大常委会任免名单\n2024-04-20\n决定任命：\n向志勇为临澧县人民政府副县长；\n"
                  "覃丽华为临澧县自然资源局局长。\n免去：\n易国平的临澧县自然资源局局长职务。\n"
                  "任命：\n龚建明为临澧县人民法院审判员。\n会议还听取了县政府关于防汛工作的报告。\n")
    held = {(p["person"]["name"], p["title"]): p for p in art.of("post")}
    assert held[("向志勇", "副县长")]["start"] == 2024 and not held[("向志勇", "副县长")]["former"]
    assert held[("覃丽华", "局长")]["org"]["name"] == "临澧县自然资源局"
    assert held[("易国平", "局长")]["former"] and held[("易国平", "局长")]["end"] == 2024
    assert held[("龚建明", "审判员")]["org"]["name"] == "临澧县人民法院"
    assert len(held) == 4                                     # the report after the list is no one's post


def test_each_clause_of_a_decision_sentence_is_read_even_across_a_semicolon(article):
    art = article("人事任免\n2024-04-20\n会议决定任命向志勇为石门县人民政府副县长，覃丽华为石门县财政局局长；"
                  "易国平为石门县审计局局长。会议决定免去龚建明石门县财政局局长、党组书记职务。\n"
                  "向志勇为大家介绍了石门县柑橘产业。\n")
    held = {(p["person"]["name"], p["title"]): p for p in art.of("post")}
    assert {("向志勇", "副县长"), ("覃丽华", "局长"), ("易国平", "局长")} <= set(held)
    assert held[("龚建明", "局长")]["former"] and held[("龚建明", "党组书记")]["former"]   # no 的 after the name
    assert not any(p["title"] == "局长" and p["person"]["name"] == "向志勇" for p in art.of("post"))


def test_a_pre_appointment_notice_gives_the_posts_held_now_and_the_posts_proposed(article):
    art = article("干部任前公示\n2024-06-18\n经研究，拟对以下同志进行任职前公示：\n"
                  "任志刚，男，汉族，1979年5月生，大学学历，中共党员，现任华容县东山镇党委副书记、镇长，拟任东山镇党委书记。\n"
                  "彭丽萍，女，汉族，1984年9月生，研究生学历，现任华容县财政局副局长，拟提名为华容县审计局局长人选。\n")
    ren, peng = _by_title(art, "任志刚"), _by_title(art, "彭丽萍")
    assert ren["镇长"]["place"]["name"] == "东山镇" and not ren["镇长"]["former"]          # held now
    assert not ren["镇长"].get("start")                                                  # since a date not told
    assert ren["党委书记"]["proposed"] and not ren["党委书记"]["former"] and not ren["党委书记"].get("start")
    assert peng["副局长"]["org"]["name"] == "华容县财政局" and not peng["副局长"].get("proposed")
    assert peng["局长人选"]["proposed"] and peng["局长人选"]["org"]["name"] == "华容县审计局"   # a candidacy, as written


def test_a_township_post_proposed_as_a_class_names_no_township(article):
    art = article("干部任前公示\n2024-06-18\n经研究，拟对以下同志进行任职前公示：\n"
                  "周晓梅，女，汉族，1981年3月生，现任华容县东山镇副镇长，拟任乡镇长。\n"
                  "何建新 男 汉族 1977.08 湖南华容 大学 中共党员 华容县东山镇党委副书记、镇长 拟任乡镇党委书记\n")
    zhou, he = _by_title(art, "周晓梅"), _by_title(art, "何建新")
    assert zhou["乡镇长"]["proposed"] and zhou["乡镇长"]["place"] is None
    assert he["乡镇党委书记"]["proposed"] and he["乡镇党委书记"]["place"] is None and he["乡镇党委书记"]["org"] is None
    assert he["镇长"]["place"]["name"] == "东山镇"                     # control: the post held names its township


def test_a_post_proposed_as_a_rank_keeps_the_rank_in_its_title_and_names_no_place(article):
    art = article("干部任前公示\n2024-06-18\n经研究，拟对以下同志进行任职前公示：\n"
                  "郝立群，男，1978年2月生，现任华容县委常委、组织部部长，拟任县级党委书记。\n"
                  "沈玉兰，女，1982年7月生，现任岳阳市财政局副局长，拟任市（厅）级党委副书记；"
                  "陶建平，现任华容县副县长，拟任区（市、县）党委副书记。\n")
    hao, shen, tao = _by_title(art, "郝立群"), _by_title(art, "沈玉兰"), _by_title(art, "陶建平")
    ranked = hao["县级党委书记"]
    assert ranked["proposed"] and ranked["place"] is None and ranked["org"] is None     # no 县 of its own
    assert shen["市（厅）级党委副书记"]["proposed"] and shen["市（厅）级党委副书记"]["place"] is None
    assert tao["区（市、县）党委副书记"]["proposed"] and tao["区（市、县）党委副书记"]["place"] is None
    assert "党委书记" not in hao and "党委副书记" not in tao
    assert hao["部长"]["org"]["name"] == "华容县委组织部"                  # control: the post held, its body


def test_a_resume_list_parted_by_semicolons_goes_on_with_its_person_each_group_dated(article):
    art = article("人物简介\n2024-06-18\n龚德明，男，1968年5月生，湖北人。现任十堰市政协副主席。"
                  "历任郧西县副县长（2003.01—2008.06）；竹溪县委副书记、县长（2008.06—2013.09）；"
                  "房县县委书记（2013.09—2019.12）。\n")
    gong = _by_title(art, "龚德明")
    assert (gong["副县长"]["start"], gong["副县长"]["end"]) == (2003, 2008)          # the first group, as before
    assert (gong["县长"]["start"], gong["县长"]["end"], gong["县长"]["place"]["name"]) == (2008, 2013, "竹溪县")
    assert gong["县委副书记"]["former"] and gong["县委副书记"]["place"]["name"] == "竹溪县"
    assert (gong["县委书记"]["start"], gong["县委书记"]["end"], gong["县委书记"]["place"]["name"]) == (2013, 2019, "房县")
    other = article("人物简介\n2024-06-18\n龚德明曾任郧西县副县长；竹溪县县长何平出席会议。\n")
    assert "县长" not in _by_title(other, "龚德明") and "县长" in _by_title(other, "何平")   # a name: no list


def test_a_government_head_after_a_bureau_s_head_in_a_career_chain_is_not_the_bureau_s(article):
    art = article("通报\n2024-06-18\n雷志坚，男，1971年生，曾任攸县财政局局长、副县长、县委常委。\n")
    lei = _by_title(art, "雷志坚")
    assert lei["局长"]["org"]["name"] == "攸县财政局"                      # control: the bureau's own head
    assert lei["副县长"]["place"]["name"] == "攸县"
    assert lei["副县长"]["org"] is None or lei["副县长"]["org"]["name"] != "攸县财政局"
    assert lei["县委常委"]["org"]["name"] == "攸县县委"


def test_an_acting_head_made_in_another_city_leaves_the_posts_held_before_but_not_in_his_own(article):
    art = article("人事\n2024-02-26 来源:测试日报\n近日，谭振华任株洲市代市长，贺立新任湘潭市代市长。"
                  "谭振华，1972年生，曾任醴陵市委书记，2021年任衡阳市委常委、组织部部长。"
                  "贺立新，1974年生，2022年任湘潭市委副书记。\n")
    tan, he = _by_title(art, "谭振华"), _by_title(art, "贺立新")
    assert tan["市委常委"]["former"] and tan["部长"]["former"]                 # left for the other city
    assert tan["代市长"]["place"]["name"] == "株洲市" and not tan["代市长"]["former"]
    assert not he["市委副书记"]["former"]                                   # control: acting where he serves


def test_a_notice_s_years_of_abused_office_told_after_a_semicolon_are_the_same_person_s(article):
    art = article("通报\n2024-07-02 来源:测试日报\n经查，贺国强在担任攸县副县长期间违规收受礼金；"
                  "2012年至2021年，利用担任攸县县长、县委书记等职务上的便利，为他人谋取利益。\n")
    he = _by_title(art, "贺国强")
    assert he["县长"]["start"] == 2012 and he["县委书记"]["end"] == 2021
    assert he["县长"]["former"] and he["县委书记"]["former"] and he["副县长"]["former"]


def test_a_promotion_an_election_at_a_change_of_term_and_a_post_held_to_this_day_are_steps(article):
    art = article("人物故事\n2024-03-08\n周晓梅，女，1976年4月生。2011年，她被提拔为邵东县副县长；"
                  "2016年换届时当选邵东县县长。2021年起担任邵阳市自然资源和规划局局长至今。\n")
    zhou = _by_title(art, "周晓梅")
    assert (zhou["副县长"]["start"], zhou["县长"]["start"], zhou["局长"]["start"]) == (2011, 2016, 2021)
    assert zhou["副县长"]["former"] and not zhou["局长"]["former"]
    assert zhou["局长"]["org"]["name"] == "邵阳市自然资源和规划局"


def test_a_name_then_xianren_gives_the_posts_held_now(article):
    art = article("人物\n2024-03-08\n汤志军现任武冈市委副书记、市长，分管全市经济工作。\n")
    tang = _by_title(art, "汤志军")
    assert not tang["市长"]["former"] and not tang["市长"].get("start")


def test_a_county_level_citys_mayor_after_its_committee_is_that_citys(article):
    art = article("人物\n2024-03-08\n汤志军，男，1972年3月生。2015年任武冈市委副书记、市长，2019年任邵阳市副市长。\n")
    tang = _by_title(art, "汤志军")
    assert tang["市长"]["place"]["name"] == "武冈市"                  # a 县级市 has a 市长 of its own
    assert tang["副市长"]["place"]["name"] == "邵阳市"                # control: a post named with its city


def test_a_youth_league_committees_secretary_is_no_party_secretary_of_the_place(article):
    art = article("人物\n2024-03-08\n邓雅琴曾任新化县团县委书记、共青团娄底市委副书记，现任娄底市委书记。\n")
    deng = _by_title(art, "邓雅琴")
    assert deng["团县委书记"]["org"]["name"] == "共青团新化县委" and deng["团县委书记"].get("rank") is None
    assert deng["团市委副书记"]["org"]["name"] == "共青团娄底市委"
    assert deng["市委书记"]["org"]["name"] == "娄底市委"                # control: the Party's own
    assert "县委书记" not in deng


def test_a_secondment_is_dated_by_the_date_opening_its_sentence_across_clauses(article):
    art = article("人物\n2024-03-08\n2020年8月，作为江苏省第十批援疆干部，时任常州市武进区财政局副局长的沈立明来到伊犁州霍城县，"
                  "挂任县委常委、副县长。\n")
    shen = _by_title(art, "沈立明")
    assert shen["副县长"]["start"] == 2020 and shen["副县长"]["temporary"]
    assert shen["县委常委"]["start"] == 2020
    assert shen["副局长"].get("start") is None and shen["副局长"]["former"]      # control: 时任 tells no start


def test_a_youth_league_committee_of_a_commune_or_a_school_is_that_units(article):
    art = article("人物\n2024-03-08\n周建民，历任射阳县海河公社团委书记、公社党委副书记，射阳中学教师、团委书记。\n")
    zhou = {(p["title"], p["org"]["name"] if p["org"] is not None else None) for p in _posts(art, "周建民")}
    assert ("团委书记", "海河公社团委") in zhou and ("团委书记", "射阳中学团委") in zhou
    assert ("党委副书记", "海河公社党委") in zhou                       # control: the Party's own cell


def test_an_election_of_several_names_gives_each_the_post_and_a_full_body_name_is_its_short_one(article):
    art = article("人大会议闭幕\n2024-01-12\n汝城县第十八届人民代表大会第三次会议闭幕。会议选举朱海波为县人民代表大会常务委员会副主任，"
                  "选举罗丽芳、欧阳斌和何文军为县人民代表大会常务委员会委员。\n")
    held = {(p["person"]["name"], p["title"], p["org"]["name"] if p["org"] is not None else None) for p in art.of("post")}
    assert {("罗丽芳", "委员", "汝城县人大常委会"), ("欧阳斌", "委员", "汝城县人大常委会"),
            ("何文军", "委员", "汝城县人大常委会")} <= held
    assert ("朱海波", "副主任", "汝城县人大常委会") in held


def test_a_list_gives_each_name_the_posts_bracketed_after_it(article):
    art = article("座谈会\n2024-01-12\n资兴市召开座谈会。参加座谈的有：谭卫红（市委副书记）、黎建华（市人大常委会副主任）。\n"
                  "工作专班班长：廖志（市委副书记、市长）。李明亮（左一）在现场查看。\n")
    assert _by_title(art, "谭卫红")["市委副书记"]["org"]["name"] == "资兴市委"
    assert _by_title(art, "黎建华")["人大常委会副主任"]["org"]["name"] == "资兴市人大常委会"
    assert {"市委副书记", "市长"} <= set(_by_title(art, "廖志"))       # a name only the list gives
    assert not _by_title(art, "李明亮")                              # a photo's position is no post


def test_a_bare_city_title_in_a_county_level_citys_news_is_that_citys(article):
    own = article("调研\n2024-01-12\n浏阳市召开项目推进会。市委书记戴晓凤出席，市人大常委会主任钟志军参加。\n")
    both = article("调研\n2024-01-12\n长沙市浏阳市召开项目推进会。市委书记戴晓凤出席。\n")
    assert _by_title(own, "戴晓凤")["市委书记"]["org"]["name"] == "浏阳市委"
    assert _by_title(own, "钟志军")["人大常委会主任"]["org"]["name"] == "浏阳市人大常委会"
    assert _by_title(both, "戴晓凤")["市委书记"]["org"]["name"] == "长沙市委"     # a named prefecture: as before


def test_a_notices_note_after_the_title_and_a_removal_of_qi_are_read(article):
    art = article("干部任免\n2024-01-12\n经研究决定：\n任命：龙海涛为醴陵市审计局局长（试用期一年）；\n"
                  "免去：贺小军的醴陵市审计局局长职务（退休）。\n"
                  "曹立新任醴陵市交通运输局党组书记，免去其醴陵市审计局党组书记职务。\n")
    assert _by_title(art, "龙海涛")["局长"]["org"]["name"] == "醴陵市审计局"
    assert _by_title(art, "贺小军")["局长"]["former"]
    cao = [p for p in art.of("post") if p["person"]["name"] == "曹立新"]
    assert {(p["org"]["name"], bool(p["former"])) for p in cao} == {("醴陵市交通运输局党组", False), ("醴陵市审计局党组", True)}
    assert not _by_title(art, "龙海涛").get("党组书记")                 # 其 is the one named in its sentence


def test_a_dated_retirement_ends_the_posts_held_last(article):
    art = article("讣告\n2024-01-12\n离休干部邹志远同志因病逝世。邹志远同志1941年5月出生。历任溆浦县委副书记、县长，"
                  "1999年3月任怀化市政协副主席，2004年退休。\n")
    zou = _by_title(art, "邹志远")
    assert (zou["政协副主席"]["start"], zou["政协副主席"]["end"]) == (1999, 2004)
    assert zou["县长"]["former"] and zou["县长"].get("end") is None       # the earlier posts: their end untold


def test_a_secondment_by_gua_ren_is_a_temporary_post(article):
    art = article("挂职干部\n2024-01-12\n去年，杜明辉挂任新邵县副县长。彭家乐挂职担任隆回县副县长。吴志强任洞口县副县长。\n")
    assert _by_title(art, "杜明辉")["副县长"]["temporary"] and _by_title(art, "彭家乐")["副县长"]["temporary"]
    assert not _by_title(art, "吴志强")["副县长"]["temporary"]                 # control: an appointment


def test_a_resume_line_with_a_note_of_study_in_the_meantime_keeps_its_post(article):
    art = article("简历\n2024-03-12\n欧阳明，男，1968年9月生。\n1990.07—1995.03 邵阳县财政局科员\n"
                  "1995.03—2001.06 邵阳县财政局副局长（其间：1996.09—1999.07在中南大学会计专业学习）\n"
                  "2001.06— 邵阳县审计局局长\n")
    ouyang = _by_title(art, "欧阳明")
    assert (ouyang["副局长"]["start"], ouyang["副局长"]["end"]) == (1995, 2001)
    assert ouyang["局长"]["org"]["name"] == "邵阳县审计局"


def test_a_leadership_pages_lines_give_each_name_the_posts_before_the_colon(article):
    art = article("领导之窗\n2024-03-12\n江永县领导班子\n县委副书记、县长：蒋志强\n副县长：李海波、唐秀英\n"
                  "联系电话：0746-5721234\n")
    assert {"县委副书记", "县长"} <= set(_by_title(art, "蒋志强"))
    assert _by_title(art, "蒋志强")["县长"]["place"]["name"] == "江永县"
    assert "副县长" in _by_title(art, "李海波") and "副县长" in _by_title(art, "唐秀英")
    assert len(art.of("post")) == 4                                  # a phone number's line is no roster


def test_a_resignation_accepted_by_the_standing_committee_ends_the_post(article):
    art = article("人事\n2024-03-12\n会议决定接受钟建华辞去冷水江市人民政府市长职务的请求，任命彭晓辉为冷水江市人民政府副市长。\n")
    assert _by_title(art, "钟建华")["市长"]["former"] and _by_title(art, "钟建华")["市长"]["end"] == 2024
    assert not _by_title(art, "彭晓辉")["副市长"]["former"]
    art = article("人事\n2024-03-12\n会议表决通过了关于接受罗建新同志辞去冷水江市人民政府副市长职务的决定，"
                  "关于免去曾丽冷水江市财政局局长职务的议案。\n")               # the paper that decides, named after the post
    assert _by_title(art, "罗建新")["副市长"]["former"] and _by_title(art, "罗建新")["副市长"]["end"] == 2024
    assert _by_title(art, "曾丽")["局长"]["org"]["name"] == "冷水江市财政局" and _by_title(art, "曾丽")["局长"]["former"]


def test_names_joined_before_the_verb_each_take_the_post(article):
    art = article("选举\n2024-03-12\n涟源市召开人代会。会上，邹志强当选为涟源市人民政府市长，贺红梅、肖建军当选为涟源市人民政府副市长。\n")
    assert "副市长" in _by_title(art, "贺红梅") and "副市长" in _by_title(art, "肖建军")
    assert "副市长" not in _by_title(art, "邹志强")                   # the name before the comma is another clause's


def test_the_one_who_succeeds_takes_the_post_and_the_one_succeeded_held_it(article):
    art = article("人事\n2024-03-12\n2023年8月，罗建军接替曾志华任浏阳市委书记。“70后”何丽接替彭勇任醴陵市委书记。\n")
    assert not _by_title(art, "罗建军")["市委书记"]["former"] and _by_title(art, "罗建军")["市委书记"]["start"] == 2023
    assert _by_title(art, "曾志华")["市委书记"]["former"] and _by_title(art, "曾志华")["市委书记"]["end"] == 2023
    assert not _by_title(art, "何丽")["市委书记"]["former"] and _by_title(art, "彭勇")["市委书记"]["former"]


def test_a_sentence_joined_by_a_semicolon_to_one_opened_by_before_the_change_tells_past_posts(article):
    before = article("人事\n2024-03-12\n刘芳、周斌等同志近日履新。调整前，曹明任湘潭市委副书记；"
                     "刘芳、周斌分别任湘潭市副市长、株洲市副市长。\n")
    plain = article("人事\n2024-03-12\n刘芳、周斌等同志近日履新。曹明任湘潭市委副书记；"
                    "刘芳、周斌分别任湘潭市副市长、株洲市副市长。\n")
    assert _by_title(before, "刘芳")["副市长"]["former"] and _by_title(before, "周斌")["副市长"]["former"]
    assert not _by_title(plain, "刘芳")["副市长"]["former"]              # control: no 调整前, the posts taken


def test_a_nomination_as_candidate_is_a_proposed_post(article):
    art = article("人事\n2024-03-12\n省委组织部拟提名陈志远同志为郴州市市长候选人。会议任命李建国为郴州市副市长。\n")
    assert _by_title(art, "陈志远")["市长候选人"].get("proposed")
    assert not _by_title(art, "李建国")["副市长"].get("proposed")          # control: an appointment


def test_a_recommendation_of_him_told_by_qi_after_his_nomination_is_a_proposed_post(article):
    art = article("人事\n2024-03-12\n市委决定：提名谭建业为攸县人民政府县长候选人，推荐其为县政府党组书记。\n")
    tan = _by_title(art, "谭建业")
    assert tan["县长候选人"].get("proposed")                              # control: the nomination by name
    assert tan["党组书记"].get("proposed") and tan["党组书记"]["org"]["name"] == "攸县政府党组"


def test_a_post_taken_in_a_clause_told_from_then_is_held_since_a_date_the_clause_gives_or_none(article):
    lead = "村里的事\n2023-06-01\n湖南省新化县石冲口镇上坪村常年缺水，"
    last_year = article(lead + "谭志远在去年初担任这个贫困村第一书记时，村里有80户贫困户。\n")
    since = article(lead + "谭志远担任该村第一书记以来，村里修了水渠。\n")
    plain = article(lead + "谭志远担任该村第一书记。\n")               # control: news of today
    assert _by_title(last_year, "谭志远")["第一书记"]["start"] == 2022
    assert _by_title(last_year, "谭志远")["第一书记"]["place"]["name"] == "上坪村"
    held = _by_title(since, "谭志远")["第一书记"]
    assert not held.get("start") and not held["former"]
    assert _by_title(plain, "谭志远")["第一书记"]["start"] == 2023


def test_a_dated_step_told_twice_is_one_spell_held_on(article):
    art = article("村里的事\n2023-06-01\n新化县石冲口镇上坪村地处山区。2016年，谭志远担任村党支部书记。"
                  "他带领村民修路引水，讲起这些年：2016年，谭志远担任村党支部书记，2020年全村通了自来水。\n")
    post = _by_title(art, "谭志远")["党支部书记"]
    assert post["start"] == 2016 and not post["former"]


def test_a_step_dated_by_zi_qi_or_by_its_occasions_clause_and_a_post_held_for_years_are_read(article):
    lead = "村里的事\n2023-06-01\n湖南省新化县石冲口镇上坪村变了样。"
    since = article(lead + "谭志远自2018年起担任上坪村党支部书记。\n")
    elected = article(lead + "2020年村“两委”换届，谭志远当选上坪村党支部书记。\n")
    years = article(lead + "谭志远担任上坪村党支部书记已有8年。\n")
    assert _by_title(since, "谭志远")["党支部书记"]["start"] == 2018
    assert _by_title(elected, "谭志远")["党支部书记"]["start"] == 2020
    held = _by_title(years, "谭志远")["党支部书记"]
    assert held["place"]["name"] == "上坪村" and not held.get("start") and not held["former"]


def test_a_post_taken_up_before_the_news_and_held_still_is_not_former(article):
    art = article("换届\n2024-03-01\n会上，邝建华以312票当选村委会主任。此前，邝建华已当选为村党支部书记，实现了“一肩挑”。"
                  "此前，龙晓燕任村委会主任。\n")
    still = _by_title(art, "邝建华")["党支部书记"]
    assert not still["former"] and not still.get("start")             # 已: held since, its date untold
    assert _by_title(art, "龙晓燕")["村委会主任"]["former"]               # control: 此前 alone tells the post left


def test_already_between_the_name_and_the_verb_and_a_past_lead_before_a_pronoun(article):
    art = article("人事\n2024-03-01\n谭志远此前任冷水江市副市长。谭志远现已出任新化县县长。罗德厚已任娄底市委副书记。"
                  "此前，他担任冷水江市副市长。\n")
    tan, luo = _by_title(art, "谭志远"), _by_title(art, "罗德厚")
    assert tan["县长"]["place"]["name"] == "新化县" and not tan["县长"]["former"]
    assert "谭志远现" not in {p["name"] for p in art.of("person")}
    assert luo["市委副书记"]["place"]["name"] == "娄底市"
    assert luo["副市长"]["former"] and not luo["副市长"].get("start")     # 此前: the post left, no date of today


def test_a_nomination_as_candidate_told_of_its_nominee_is_a_proposed_post(article):
    art = article("人事\n2024-03-01\n谭志远已任新化县委副书记，提名为县长候选人。罗德厚被提名为冷水江市市长候选人。\n")
    tan, luo = _by_title(art, "谭志远"), _by_title(art, "罗德厚")
    assert tan["县长候选人"]["proposed"] and not tan["县长候选人"].get("start")
    assert not tan["县委副书记"].get("proposed")                         # control: the post taken
    assert luo["市长候选人"]["proposed"] and luo["市长候选人"]["place"]["name"] == "冷水江市"


def test_posts_joined_by_jian_in_a_step_and_steps_of_one_year_are_held_together(article):
    lead = "村里的事\n2023-06-01\n湖南省新化县石冲口镇上坪村变了样。2016年，谭志远担任上坪村党支部书记兼村委会主任。" \
           "2016年，他领办了合作社，任新化县上坪柑橘专业合作社理事长。"
    together = _by_title(article(lead + "\n"), "谭志远")
    moved = _by_title(article(lead + "2019年，谭志远调任石冲口镇副镇长。\n"), "谭志远")
    assert together["党支部书记"]["start"] == 2016 and together["村委会主任"]["start"] == 2016
    assert not together["村委会主任"]["former"] and not together["理事长"]["former"]
    assert moved["村委会主任"]["former"] and moved["理事长"]["former"]       # control: a later year ends them


def test_a_line_dated_from_then_on_ends_at_the_next_line_a_post_taken_beside_ends_nothing(article):
    art = article("人事动态\n2021-05-10 来源:测试日报\n"
                  "孙立平，男，1970年2月生。1999年3月至2006年5月，任某县商务局局长；"
                  "2006年5月起任某县副县长；2009年4月兼任某县工业园区党工委书记；2012年8月任某县县长。\n")
    posts = _by_title(art, "孙立平")
    assert posts["副县长"]["start"] == 2006 and posts["副县长"]["end"] == 2012 and posts["副县长"]["former"]
    assert posts["党工委书记"]["start"] == 2009
    assert posts["县长"]["start"] == 2012 and not posts["县长"].get("former")      # control: the last line, held


def test_a_standing_committee_seat_is_held_on_under_the_same_committees_secretaryship(article):
    art = article("人事动态\n2021-05-10 来源:测试日报\n"
                  "钱国栋，男，1966年生。2010年3月任沧州市委常委、宣传部部长；2015年6月任沧州市委副书记；"
                  "2018年2月任保定市委副书记、市长。\n"
                  "孔庆和，男，1968年生。2011年4月任邯郸市委常委、秘书长；2016年9月任邢台市委副书记、市长。\n")
    posts = _by_title(art, "钱国栋")
    assert posts["市委常委"]["start"] == 2010 and posts["市委常委"]["end"] == 2018   # held on until another city
    assert posts["部长"]["end"] == 2015
    deputy = {p["place"]["name"]: p for p in _posts(art, "钱国栋") if p["title"] == "市委副书记"}
    assert deputy["沧州市"]["end"] == 2018 and not deputy["保定市"].get("former")
    other = _by_title(art, "孔庆和")
    assert other["市委常委"]["former"] and other["市委副书记"]["start"] == 2016    # another city's secretaryship


def test_a_leading_clause_of_tenure_gives_its_post_to_the_name_after_it(article):
    art = article("村支书的故事\n2023-06-01 来源:测试日报\n"
                  "自2017年担任新田县龙泉镇石羊村党支部书记以来，蒋德明带领村民种起了烤烟。"
                  "2019年任县委书记后，欧阳海推动了一系列改革。蒋德明说，村里变化很大。\n")
    posts = _by_title(art, "蒋德明")
    assert posts["党支部书记"]["start"] == 2017 and posts["党支部书记"]["place"]["name"] == "石羊村"
    assert "县委书记" not in posts                                   # the next leading clause is another man's
    assert _by_title(art, "欧阳海")["县委书记"]["start"] == 2019


def test_a_copula_right_after_a_name_gives_the_post_held_now_and_a_relation_gives_none(article):
    art = article("基层故事\n2023-06-01 来源:测试日报\n"
                  "今年48岁的韩立峰是张掖市财政局副局长，常年奔走在乡间。"
                  "赵春燕曾是临泽县文化馆馆长，如今在村里办起了书屋。"
                  "许晓军是周明远的秘书。\n")
    now = _by_title(art, "韩立峰")["副局长"]
    assert now["org"]["name"] == "张掖市财政局" and not now.get("former")
    assert not now.get("start")                       # 今年48岁 dates the man, not the post
    assert _by_title(art, "赵春燕")["馆长"]["former"]      # 曾是: a past post
    assert not _posts(art, "许晓军")                       # one man's secretary: a relation, no post


def test_a_step_in_a_clause_after_one_he_opens_is_his_and_one_told_months_back_is_undated(article):
    art = article("援疆日记\n2023-06-01 来源:测试日报\n"
                  "2021年3月5日，孟庆山在日记里写道：“这里的天很蓝。”"
                  "两个月前，他作为第十批援疆干部抵达和田，履新和田地区农业农村局副局长。\n")
    post = _by_title(art, "孟庆山")["副局长"]
    assert post["org"]["name"] == "和田地区农业农村局"
    assert not post.get("start")                      # 两个月前 of the diary's day, not the article's year
    control = _by_title(article("人事动态\n2023-06-01 来源:测试日报\n孟庆山履新和田地区农业农村局副局长。\n"), "孟庆山")
    assert control["副局长"]["start"] == 2023          # control: news of the day dates it by the article


def test_townships_an_appointment_names_with_no_county_keep_two_posts_of_one_title_apart(article):
    art = article("人事任免\n2023-06-01 来源:测试日报\n"
                  "经研究决定：郝春生任东岗镇党委书记，免去其西营镇党委书记职务。\n")
    posts = {p["place"]["name"] if p["place"] else None: p for p in _posts(art, "郝春生")}
    assert set(posts) == {"东岗镇", "西营镇"}
    assert not posts["东岗镇"].get("former") and posts["西营镇"]["former"]


def test_a_profiles_professional_grade_is_no_post(article):
    art = article("人事动态\n2021-05-10 来源:测试日报\n"
                  "秦立峰，男，汉族，1968年5月出生，研究生学历，工学博士，正高级工程师，鞍山市副市长。\n")
    titles = {p["title"] for p in _posts(art, "秦立峰")}
    assert "副市长" in titles                          # control: the profile's post
    assert "工程师" not in titles                      # its grade among the degrees


def test_a_step_dated_after_once_and_its_occasion_and_a_year_told_from_the_articles(article):
    art = article("人事动态\n2023-06-01 来源:测试日报\n"
                  "黄立军曾于2015年至2019年任桐庐县副县长。\n"
                  "2021年村两委换届选举后，邵建平接任桐庐县横村镇柳溪村党支部书记。\n"
                  "去年5月，省民政厅干部胡晓峰被派驻到桐庐县横村镇柳溪村任第一书记。\n")
    deputy = _by_title(art, "黄立军")["副县长"]
    assert (deputy["start"], deputy["end"], deputy["former"]) == (2015, 2019, True)
    assert _by_title(art, "邵建平")["党支部书记"]["start"] == 2021         # the election's year, not the article's
    assert _by_title(art, "胡晓峰")["第一书记"]["start"] == 2022           # 去年 in a 2023 article


def test_a_village_where_a_cadre_is_sent_to_take_a_post_is_a_place(article):
    art = article("驻村帮扶\n2023-06-01 来源:测试日报\n2021年，县财政局干部钟国平到青石村任第一书记。他回到村里任职。\n")
    assert {p["name"] for p in art.of("place")} == {"青石村"}                  # no place in "回到村里任职"
    assert _by_title(art, "钟国平")["第一书记"]["place"]["name"] == "青石村"


def test_a_speakers_own_step_told_in_the_first_person_inside_a_quote_is_dated(article):
    art = article("测试新闻\n2023-06-01 来源:测试日报\n“2019年3月，我刚接任青石村党支部书记，村里一穷二白。”钟国平感慨道。"
                  "村委会主任邱德明说：“2021年我接任了村委会主任，先修路。”“我们2020年成立了合作社。”钟国平说。\n")
    assert _by_title(art, "钟国平")["党支部书记"]["start"] == 2019
    chair = _by_title(art, "邱德明")["村委会主任"]
    assert chair["start"] == 2021 and not chair.get("former") and not chair.get("end")   # not ended by his own words
    assert len(_posts(art, "钟国平")) == 1                                   # 我们…成立: no post of his


NOTICE_ROWS = [("姓名", "性别", "出生年月", "现任职务", "拟任职务"),
               ("邵建平", "男", "1979.03", "建德市委常委、副市长", "拟任县（市、区）党委副书记"),
               ("汪丽娟", "女", "1983.11", "市发展改革委副主任", "拟任市统计局局长")]


def test_an_appointment_notices_table_with_row_numbers_is_read(article):
    table = "\n".join(f"{k} " * bool(k) + " ".join(row) for k, row in enumerate([("序号",) + NOTICE_ROWS[0]] + NOTICE_ROWS[1:]))
    art = article("干部任前公示\n2024-11-20 来源:测试日报\n经研究，拟提拔任用以下同志，现予公示。\n" + table + "\n")
    assert {"市委常委", "副市长"} <= set(_by_title(art, "邵建平"))
    assert "副主任" in _by_title(art, "汪丽娟")


@pytest.mark.parametrize("joined", [" ", "\n"], ids=["a row to a line", "a cell to a line"])
def test_an_appointment_notices_table_flattened_by_the_page_is_read(article, joined):
    table = "\n".join(joined.join(row) for row in NOTICE_ROWS)
    art = article("干部任前公示\n2024-11-20 来源:测试日报\n经研究，拟提拔任用以下同志，现予公示。\n" + table
                  + "\n公示时间为2024年11月20日至26日。\n")
    got = {(p["title"], bool(p.get("proposed"))) for p in _posts(art, "邵建平")}
    assert {("市委常委", False), ("副市长", False), ("县（市、区）党委副书记", True)} <= got   # a class: its levels kept
    assert _by_title(art, "汪丽娟")["局长"].get("proposed")
    assert not any(p["person"]["name"] in ("姓名", "性别", "公示时间") for p in art.of("post"))


def test_a_notices_sex_note_after_a_name_does_not_part_it_from_its_post(article):
    art = article("人事任免\n2023-06-01 来源:建德市人民政府网\n任命邱丽娟（女）为市统计局局长；\n"
                  "免去汪国华(女)的市统计局局长职务。\n方晓燕（女）任市妇联主席。\n")
    assert _by_title(art, "邱丽娟")["局长"]["org"]["name"] == "建德市统计局"
    assert _by_title(art, "汪国华")["局长"]["former"]
    assert "主席" in _by_title(art, "方晓燕")


def test_a_clause_post_dates_the_post_the_person_was_introduced_with(article):
    art = article("驻村帮扶\n2023-06-01 来源:测试日报\n桐庐县横村镇柳溪村驻村第一书记钟国平正在查看茶园。"
                  "2019年，钟国平来到柳溪村任第一书记。\n"
                  "建德市梅城镇千鹤村驻村第一书记邱德明在村里。2020年，邱德明到千鹤村任驻村第一书记。\n")
    assert [(p["title"], p.get("start")) for p in _posts(art, "钟国平")] == [("驻村第一书记", 2019)]   # one post, dated
    assert [(p["title"], p.get("start")) for p in _posts(art, "邱德明")] == [("驻村第一书记", 2020)]


def test_a_secondment_begun_long_before_the_article_is_over(article):
    text = "挂职回忆\n{}-04-02 来源:测试日报\n2016年，刘振宇从省农科院到淳安县挂职任副县长。\n"
    assert _by_title(article(text.format(2024)), "刘振宇")["副县长"]["former"]         # eight years on
    assert not _by_title(article(text.format(2018)), "刘振宇")["副县长"].get("former")  # two years on: held


def test_a_copula_to_a_post_of_a_place_written_with_de_gives_the_post(article):
    art = article("基层故事\n2023-06-01 来源:测试日报\n"
                  "今年52岁的吕国强是酒泉市肃州区银达镇明海村的党支部书记。许晓军是周明远的秘书。\n")
    post = _by_title(art, "吕国强")["党支部书记"]
    assert post["org"]["name"] == "明海村党支部" and post["place"]["name"] == "明海村"
    assert not _posts(art, "许晓军")                       # a relation to a person stays none


def test_a_notice_item_with_a_two_character_name_reads_the_held_and_the_proposed_post(article):
    art = article("干部任前公示\n2023-06-01 来源:测试日报\n"
                  "湖南省株洲市攸县。刘强，现任攸县副县长，拟任县委常委；王建军，现任攸县财政局局长，拟任攸县副县长。"
                  "会议接受了张华辞去攸县人民政府县长职务的请求。\n")
    assert _by_title(art, "王建军")["副县长"]["proposed"]              # positive control: a three-character name
    got = _by_title(art, "刘强")
    assert not got["副县长"].get("proposed") and got["县委常委"]["proposed"]
    assert _by_title(art, "张华")["县长"]["former"]                     # 接受了: the body's verb with 了


def test_a_story_s_next_step_opened_by_a_connective_is_read(article):
    art = article("干部风采\n2024-03-01\n"
                  "2016年起，孟德林担任宁强县委副书记、县长，直到2021年调任略阳县委书记。\n")
    posts = _by_title(art, "孟德林")
    assert posts["县长"]["start"] == 2016 and posts["县长"]["former"]
    assert posts["县委书记"]["start"] == 2021 and posts["县委书记"]["org"]["name"] == "略阳县委"


def test_first_then_makes_the_first_post_former_and_keeps_the_name_short(article):
    art = article("干部风采\n2024-03-01\n"
                  "石永红先任宁强县副县长，后任宁强县委常委、组织部部长。\n")
    assert "石永红" in {p["name"] for p in art.of("person")} and "石永红先" not in {p["name"] for p in art.of("person")}
    posts = _by_title(art, "石永红")
    assert posts["副县长"]["former"] and not posts["部长"].get("former")


def test_a_chief_specialist_of_a_bureau_is_a_post(article):
    art = article("人事任免\n2024-03-01\n经研究，任命罗建平为某某市统计局总统计师，杨洁为某某市发展和改革委员会总经济师。\n")
    assert {p["title"] for p in art.of("post")} >= {"总统计师", "总经济师"}


def test_the_model_s_name_gives_back_the_adverb_that_opens_the_verb(article):
    art = article("干部风采\n2024-03-01\n叶敏先任景宁县副县长，后任景宁县委常委。\n")
    assert {p["name"] for p in art.of("person")} == {"叶敏"}
    assert _by_title(art, "叶敏")["副县长"]["former"]


def test_a_year_written_in_chinese_numerals_dates_the_step_and_the_evidence_keeps_it(article):
    art = article("人事动态\n二〇二四年三月一日\n二〇二二年五月，罗志坚当选为平江县人大常委会主任。\n")
    post = _by_title(art, "罗志坚")["人大常委会主任"]
    assert post["start"] == 2022 and art.date == "2024-03-01"
    assert "二〇二二年五月" in art.sentences[post.sent].text


def test_a_pre_appointment_form_copied_out_line_by_line_gives_each_record_its_posts(article):
    art = article("干部任前公示\n根据有关规定，现将拟任职干部情况公示如下：\n"
                  "姓名：唐建伟　性别：男　民族：汉族　出生年月：1984.03\n"
                  "现任职务：常宁市罗桥镇党委副书记\n拟任职务：常宁市罗桥镇镇长候选人\n"
                  "姓名：欧阳敏　性别：女　出生年月：1987.09\n"
                  "现任职务：常宁市财政局副局长\n拟任职务：常宁市审计局局长\n"
                  "公示时间：2025年6月3日至6月9日。\n中共常宁市委组织部\n2025年6月2日\n")
    tang, ouyang = _by_title(art, "唐建伟"), _by_title(art, "欧阳敏")
    assert tang["党委副书记"]["org"]["name"] == "罗桥镇党委" and not tang["党委副书记"].get("proposed")
    assert tang["镇长候选人"]["proposed"] and tang["镇长候选人"]["place"]["name"] == "罗桥镇"
    assert ouyang["局长"]["org"]["name"] == "常宁市审计局" and ouyang["局长"]["proposed"]
    assert ouyang["副局长"]["org"]["name"] == "常宁市财政局"


def test_a_leaders_page_record_dates_its_resume_lines_for_the_name_in_its_form(article):
    art = article("领导简介\n姓名：邓卫国\n职务：祁东县委书记\n性别：男\n出生年月：1976年5月\n工作简历：\n"
                  "1998.07—2004.03 祁阳县农业局科员\n2004.03—2012.08 祁阳县黎家坪镇党委副书记、镇长\n"
                  "2012.08—2021.06 祁东县人民政府副县长\n2021.06— 祁东县委书记\n")
    posts = _by_title(art, "邓卫国")
    assert posts["县委书记"]["org"]["name"] == "祁东县委"                          # control: the form's post
    assert (posts["科员"]["start"], posts["科员"]["end"]) == (1998, 2004)
    assert posts["科员"]["org"]["name"] == "祁阳县农业局"
    assert (posts["镇长"]["start"], posts["镇长"]["place"]["name"]) == (2004, "黎家坪镇")
    assert posts["副县长"]["end"] == 2021 and posts["副县长"]["former"]


def test_a_step_the_story_dates_starts_the_post_its_headline_calls_new(article):
    # "新任" dates a post to the news's year only where the story tells no date of its own
    art = article("新任区委书记方立军履新一年间\n来源：测试日报 2025-10-09\n"
                  "前年9月，方立军从湘潭市财政局局长任上调任雨湖区委书记。区长何春生陪同调研。\n"
                  "新任副区长袁丽说，要抓好民生实事。\n")
    assert _by_title(art, "袁丽")["副区长"]["start"] == 2025                    # control: no date told
    assert _by_title(art, "方立军")["区委书记"]["start"] == 2023
    assert _by_title(art, "方立军")["局长"]["end"] == 2023


def test_the_deputy_post_of_an_acting_appointment_ends_with_the_acting_post(article):
    # a standing committee appoints "副市长、代理市长"; once he is 市长 both are past
    art = article("人事动态\n2024-03-01\n1月5日，赵立新被任命为冷水江市副市长、代市长，现任市长。"
                  "同日，钱海被任命为涟源市副市长。\n")
    posts = _by_title(art, "赵立新")
    assert not _by_title(art, "钱海")["副市长"].get("former")               # control: a deputy alone
    assert posts["代市长"]["former"] and posts["副市长"]["former"]
    assert not posts["市长"].get("former")


def test_a_bracket_of_years_after_an_item_s_last_title_dates_the_titles_before_it(article):
    art = article("人事动态\n2025-03-01\n方志远先后任攸县副县长（2009—2014）、茶陵县委常委、常务副县长（2014—2019）、"
                  "炎陵县委副书记、县长（2019—2024）。\n")
    posts = _by_title(art, "方志远")
    assert (posts["副县长"]["start"], posts["副县长"]["end"]) == (2009, 2014)                # control: one title
    assert (posts["县委常委"]["start"], posts["县委常委"]["end"]) == (2014, 2019)
    assert (posts["县委副书记"]["start"], posts["县委副书记"]["end"]) == (2019, 2024)


def test_a_village_head_who_becomes_its_secretary_one_shoulder_holds_both(article):
    # 一肩挑: the branch secretary is the village committee's head too
    art = article("人事动态\n2025-03-01\n2018年，罗秀英当选为枫林村村委会主任；2021年换届时，她当选为枫林村党支部书记，"
                  "实现“一肩挑”。\n")
    posts = _by_title(art, "罗秀英")
    assert posts["党支部书记"]["start"] == 2021 and not posts["党支部书记"].get("former")      # control
    assert not posts["村委会主任"].get("former")


def test_a_candidate_a_province_settled_on_holds_the_post_as_proposed(article):
    art = article("人事动态\n2024-03-01\n经省委研究，贺立新同志被确定为桂东县委书记人选。东坪村被确定为省级示范村。\n")
    post = _by_title(art, "贺立新")["县委书记人选"]
    assert post["proposed"] and post["org"]["name"] == "桂东县委"
    assert len(art.of("post")) == 1


def test_a_step_counted_in_years_from_the_one_before_is_dated_and_a_promotion_keeps_the_body(article):
    art = article("干部风采\n2024-03-01\n2006年，大学毕业的邹建林被分配到浏阳市官渡镇工作。三年后，他担任官渡镇副镇长。"
                  "2012年，邹建林调任浏阳市林业局副局长，两年后升任局长。\n")
    posts = _by_title(art, "邹建林")
    assert posts["副镇长"]["start"] == 2009 and posts["副镇长"]["former"]
    assert posts["局长"]["start"] == 2014 and posts["局长"]["org"]["name"] == "浏阳市林业局"
    assert posts["副局长"]["start"] == 2012 and posts["副局长"]["former"]


def test_an_enumeration_of_posts_each_with_its_years_in_brackets_dates_each_post(article):
    art = article("人物简介\n2024-03-01\n谭伟，男，1968年4月生。曾任茶陵县副县长（2006.03—2010.12）、"
                  "炎陵县县长（2010.12—2016.05）、炎陵县委书记（2016.05—2021.09）。\n")
    posts = _by_title(art, "谭伟")
    assert (posts["副县长"]["start"], posts["副县长"]["end"]) == (2006, 2010)
    assert (posts["县长"]["start"], posts["县长"]["end"]) == (2010, 2016) and posts["县长"]["place"]["name"] == "炎陵县"
    assert posts["县委书记"]["org"]["name"] == "炎陵县委" and posts["县委书记"]["end"] == 2021


def test_a_step_held_until_a_date_told_after_it_ends_then(article):
    art = article("人物简介\n2024-03-01\n2012年，龙建军任桑植县县长；此后任桑植县委书记，直至2020年5月。\n")
    posts = _by_title(art, "龙建军")
    assert posts["县长"]["start"] == 2012                                  # positive control
    assert posts["县委书记"]["end"] == 2020 and posts["县委书记"]["former"]


def test_an_adverb_of_time_between_the_name_and_the_verb_keeps_the_step_and_the_story_s_date(article):
    art = article("干部风采\n2024-03-01\n"
                  "高立群2012年任遂昌县副县长。高立群此后任遂昌县委常委，范志刚随后又调任松阳县委书记，"
                  "蒋文斌任松阳县县长。\n")
    assert _by_title(art, "蒋文斌")["县长"]["start"] == 2024          # positive control: no adverb, the article's date
    assert not _by_title(art, "高立群")["县委常委"].get("start")       # 此后: after a step the story told
    assert _by_title(art, "范志刚")["县委书记"]["org"]["name"] == "松阳县委"
    assert not _by_title(art, "范志刚")["县委书记"].get("start")


def test_tong_shi_and_dang_shi_before_ren_are_no_epithet(article):
    art = article("干部风采\n2024-03-01\n邵建明当时任缙云县副县长，邵建明同时任缙云县委常委。\n")
    posts = _by_title(art, "邵建明")
    assert set(posts) == {"副县长", "县委常委"} and not posts["副县长"].get("start")


def test_a_county_the_model_glued_to_the_verb_as_a_name_is_the_place(article):
    art = article("干部风采\n2024-03-01\n沈国强2015年任龙泉市副市长，此后任云和县委书记。\n")
    assert {p["name"] for p in art.of("person")} == {"沈国强"}       # not 任云
    assert _by_title(art, "沈国强")["县委书记"]["org"]["name"] == "云和县委"


def test_the_name_opening_a_sentence_is_the_subject_of_its_later_clause(article):
    art = article("干部风采\n2024-03-01\n"
                  "倪文浩早年在部队服役，后来任庆元县副县长。倪文浩会见了周建华，此后任庆元县委书记。\n")
    posts = _by_title(art, "倪文浩")
    assert "副县长" in posts
    assert "县委书记" in posts                                          # the known person
    assert not _by_title(art, "周建华")                                 # the one met holds nothing


def test_the_agent_of_a_passive_choice_stands_between_the_person_and_the_verb(article):
    art = article("村里的带头人\n2024-03-01\n"
                  "韦家明2011年被群众推选为坪上村村委会主任，覃海燕被县委任命为县委办公室主任。\n")
    assert _by_title(art, "韦家明")["村委会主任"]["start"] == 2011
    assert "主任" in _by_title(art, "覃海燕")


def test_a_step_told_right_after_a_closed_spell_starts_when_it_ended_and_leaves_what_came_before(article):
    art = article("干部风采\n2024-03-01\n"
                  "苏文涛2009年至2014年任武义县副县长，此后任武义县委常委。"
                  "邱丽2012年任磐安县副县长，后来任磐安县委常委。\n")
    assert _by_title(art, "苏文涛")["县委常委"]["start"] == 2014
    assert _by_title(art, "邱丽")["副县长"]["former"]                 # left for the post told after
    assert not _by_title(art, "邱丽")["县委常委"].get("start")          # 后来: some time after, untold


def test_a_leadership_page_s_line_keeps_a_name_with_its_note(article):
    art = article("领导信息\n2024-03-01 来源：某县人民政府网\n副县长：钟海平（挂职）\n协助分管工业。\n"
                  "副县长：贺敏（女）\n分管农业。\n县长：谭卫东\n主持全面工作。\n")
    assert "县长" in _by_title(art, "谭卫东")                           # positive control
    assert _by_title(art, "钟海平")["副县长"]["temporary"]
    assert "副县长" in _by_title(art, "贺敏")


def test_a_post_the_article_names_as_held_stays_held_when_the_story_adds_another_beside_it(article):
    art = article("村里的带头人\n2024-03-01\n"
                  "说起村里的变化，村党支部书记、村委会主任黄德胜很自豪。"
                  "黄德胜2009年当选坪上村村委会主任，2015年起担任坪上村党支部书记。\n")
    posts = _by_title(art, "黄德胜")
    assert posts["村委会主任"]["start"] == 2009 and not posts["村委会主任"].get("former")
    art = article("村里的带头人\n2024-03-01\n"
                  "黄德胜2009年当选坪上村村委会主任，2015年起担任坪上村党支部书记。\n")
    assert _by_title(art, "黄德胜")["村委会主任"]["former"]            # positive control: told only as a step


def test_the_year_before_last_dates_a_step_from_the_article_s_year(article):
    art = article("人事动态\n2024-03-01\n彭志远前年10月调任汝城县委书记，罗红去年任汝城县县长。\n")
    assert _by_title(art, "彭志远")["县委书记"]["start"] == 2022
    assert _by_title(art, "罗红")["县长"]["start"] == 2023              # positive control: 去年


@pytest.mark.parametrize("written", ["2008—2016年", "2008-2016年", "2008至2016年", "2008年—2016年"])
def test_a_range_whose_first_year_bears_no_year_word_is_a_range(written):
    assert [(d.start, d.end) for d in find_dates(written + "，任县长", 2023)] == [((2008, None), (2016, None))]
    assert [(d.start, d.end) for d in find_dates("2019-05 任县长", 2023)] == [((2019, 5), None)]     # control: a month


def test_a_standing_committee_s_acting_head_acts_in_the_post_from_the_decision(article):
    art = article("人事任免\n2022-09-30 来源：江城日报\n会议经表决，任命戴志远为江城县人民政府副县长，"
                  "决定由戴志远代理江城县人民政府县长职务；任命龚雪为江城县财政局局长。\n")
    assert _by_title(art, "戴志远")["副县长"]["start"] == 2022                     # positive control
    assert _by_title(art, "戴志远")["代理县长"]["start"] == 2022
    assert "县长" not in _by_title(art, "戴志远")                                  # acting, not the head
    assert set(_by_title(art, "龚雪")) == {"局长"}                                 # the list goes on after it
    art = article("人事任免\n2022-09-30 来源：江城日报\n会议决定邝小川代理江城县人民政府县长职务。\n")
    assert set(_by_title(art, "邝小川")) == {"代理县长"}


def test_a_resume_line_s_deputy_then_head_of_one_committee_are_both_of_it(article):
    art = article("干部简历\n2022-09-30\n"
                  "戴志远，男，1970年5月生。\n1995.08—2001.06 新化县团县委副书记、书记\n2001.06—2008.03 新化县吉庆镇党委副书记、镇长\n")
    held = _by_title(art, "戴志远")
    assert held["团县委副书记"]["org"]["name"] == "共青团新化县委"
    assert held["团县委书记"]["org"]["name"] == "共青团新化县委"
    assert held["镇长"]["place"]["name"] == "吉庆镇"                               # positive control


def test_a_past_adverb_between_the_name_and_its_verb_keeps_the_name_the_subject(article):
    art = article("人事观察\n2023-05-06\n有媒体注意到，韩子明此前曾任邵阳市委副书记、武冈市委书记。\n")
    assert {p["title"] for p in _posts(art, "韩子明")} == {"市委副书记", "市委书记"}
    assert all(p["former"] for p in _posts(art, "韩子明"))


def test_a_name_then_a_comma_and_a_dated_appointment_is_a_career_step(article):
    art = article("人物\n2023-05-06\n邝华，2011年起任泉塘村党支部书记至今。\n")
    assert {(p["title"], p.get("start")) for p in _posts(art, "邝华")} == {("党支部书记", 2011)}
    art = article("人物\n2023-05-06\n邝华，2011年全村通了自来水。\n")          # a date, but no post after it
    assert not _posts(art, "邝华")


def test_a_post_a_body_decided_someone_should_hold_is_taken_up(article):
    art = article("人事\n2023-05-06\n2019年3月，新化县委决定由邝华担任吉庆镇党委书记。\n")
    assert {(p["title"], p.get("start")) for p in _posts(art, "邝华")} == {("党委书记", 2019)}
    art = article("人事\n2023-05-06\n会议由邝华主持，理由充分。\n")                 # 由 the chair: no post
    assert not _posts(art, "邝华")


def test_a_sentence_opening_with_a_described_post_tells_its_one_holder_s_step(article):
    art = article("人物\n2023-05-06\n清晨，澧县县委书记邝华来到办公室。这位1978年出生的县委书记，2021年从常德市委组织部"
                  "常务副部长任上调任澧县。\n")
    held = _by_title(art, "邝华")
    assert held["常务副部长"]["former"] and held["常务副部长"].get("end") == 2021
    two = article("人物\n2023-05-06\n澧县县委书记邝华、临澧县县委书记韩雪来到会场。这位1978年出生的县委书记，"
                  "2021年从常德市委组织部常务副部长任上调任澧县。\n")             # two hold it: whose?
    assert not any(p["title"] == "常务副部长" for p in two.of("post"))


def test_a_bracket_after_a_name_gives_its_posts_after_a_note_of_sex_or_nationality(article):
    art = article("代表风采\n2023-05-06\n市人大代表邝华（女，土家族，吉首市人民医院副院长）：牵头开展义诊。\n")
    assert ("副院长", "吉首市人民医院") in {(p["title"], (p["org"] or {}).get("name")) for p in _posts(art, "邝华")}


def test_a_bracket_after_a_name_saying_now_or_once_held_gives_its_posts_so(article):
    art = article("座谈\n2023-05-06\n吉首市召开座谈会。会上，邝华（现任吉首市人民医院副院长）、"
                  "龚立平（曾任泸溪县县长）先后发言。\n")
    assert {(p["title"], bool(p["former"])) for p in _posts(art, "邝华")} == {("副院长", False)}
    assert {(p["title"], bool(p["former"])) for p in _posts(art, "龚立平")} == {("县长", True)}


def test_a_name_opening_a_sentence_with_only_its_posts_after_the_comma_holds_them(article):
    art = article("人物\n2023-05-06\n邝华，泉塘村党支部书记，今年52岁。\n龚立平，新化县政协原副主席（副县级），于2022年退休。\n"
                  "韩雪，今年45岁，在外打工多年。\n")
    assert {(p["title"], bool(p["former"])) for p in _posts(art, "邝华")} == {("党支部书记", False)}
    assert {(p["title"], bool(p["former"])) for p in _posts(art, "龚立平")} == {("副主席", True)}
    assert not _posts(art, "韩雪")                                              # an age, no post


def test_a_leaders_table_row_of_name_post_and_duties_gives_the_post(article):
    art = article("县政府领导分工\n2023-03-10 来源：新化县人民政府网\n罗德厚  副县长  负责教育、卫生健康工作。\n"
                  "邝华  县委常委、副县长  负责工业、商务工作。\n")
    assert {p["title"] for p in _posts(art, "罗德厚")} == {"副县长"}
    assert {p["title"] for p in _posts(art, "邝华")} == {"县委常委", "副县长"}


def test_stepping_down_with_no_post_after_it_ends_the_post_that_introduced_the_name(article):
    art = article("人事观察\n2022-10-28\n常德市委书记邝华日前卸任，由龚立平接任常德市委书记。\n")
    held = _by_title(art, "邝华")["市委书记"]
    assert held["former"] and held.get("end") == 2022
    assert not _by_title(art, "龚立平")["市委书记"].get("former")                   # the successor holds it


def test_a_successor_with_no_post_after_the_verb_takes_up_the_post_left_before(article):
    art = article("人事观察\n2022-10-28\n常德市委书记邝华日前卸任，由龚立平接任。\n")
    taken = _by_title(art, "龚立平")["市委书记"]
    assert taken["org"]["name"] == "常德市委" and not taken.get("former") and taken.get("start") == 2022
    assert _by_title(art, "邝华")["市委书记"]["former"]


def test_a_year_in_chinese_numerals_with_a_circle_for_zero_dates_the_step(article):
    art = article("人事\n2023-05-06\n二○二一年五月，邝华任新化县副县长。\n")
    assert _by_title(art, "邝华")["副县长"].get("start") == 2021


def test_an_obituary_s_and_a_profile_s_clause_copulas_give_the_posts(article):
    art = article("讣告\n2023-05-06\n邝华（1938—2023），男，汉族，湖南新化人，生前系新化县政协原主席。\n"
                  "龚立平(1940-2023)同志生前任新化县人大常委会副主任。\n韩雪，男，1970年生，现系新化县财政局局长。\n"
                  "按照《新化县乡村振兴实施方案(2018-2022年)》推进。\n")
    assert {(p["title"], bool(p["former"])) for p in _posts(art, "邝华")} == {("主席", True)}
    assert {(p["title"], bool(p["former"])) for p in _posts(art, "龚立平")} == {("人大常委会副主任", True)}
    assert {(p["title"], bool(p["former"])) for p in _posts(art, "韩雪")} == {("局长", False)}
    assert "施方案" not in {p["name"] for p in art.of("person")}              # a plan's years, no life


def test_arriving_in_a_post_is_taking_it_up(article):
    art = article("人事\n2023-05-06\n2021年6月，邝华到任新化县委书记。龚立平于2020年履职新化县县长。"
                  "2019年，韩雪走上吉庆镇党委书记岗位。罗德厚到任以来，全县发展很快。\n")
    assert _by_title(art, "邝华")["县委书记"].get("start") == 2021
    assert _by_title(art, "龚立平")["县长"].get("start") == 2020
    assert _by_title(art, "韩雪")["党委书记"].get("start") == 2019
    assert not _posts(art, "罗德厚")                                             # no post after it


def test_a_post_told_as_a_state_beside_another_gives_no_start(article):
    art = article("人物\n2023-05-06\n邝华是新化县委常委，还担任县委统战部部长。龚立平同时兼任吉庆镇党委书记。\n"
                  "2021年，韩雪任新化县副县长。\n")
    assert not _by_title(art, "邝华")["部长"].get("start")
    assert not _by_title(art, "龚立平")["党委书记"].get("start")
    assert _by_title(art, "韩雪")["副县长"].get("start") == 2021                    # positive control


def test_a_post_held_so_many_years_up_to_now_is_held_with_no_start(article):
    art = article("人物\n2023-05-06\n邝华担任泉塘村党支部书记6年来，村里变化很大。\n")
    held = _by_title(art, "邝华")["党支部书记"]
    assert held["place"]["name"] == "泉塘村" and not held.get("start") and not held.get("former")


def test_a_native_place_clause_before_a_dated_step_is_no_name(article):
    art = article("人物\n2023-05-06\n邝华，男，1971年3月生，湖南邵东人，1998年5月任泉塘镇镇长。\n")
    assert {p["name"] for p in art.of("person")} == {"邝华"}
    assert {(p["title"], p.get("start")) for p in _posts(art, "邝华")} == {("镇长", 1998)}
    art = article("人物\n2023-05-06\n邝华，男，1971年3月生，邵东人，1998年5月任泉塘镇镇长。\n")
    assert {p["name"] for p in art.of("person")} == {"邝华"}


def test_a_step_told_on_the_news_s_own_day_after_a_resume_takes_the_article_s_year(article):
    art = article("人事\n2022-06-03\n邝华2018年起任郴州市委副书记。日前，他当选为郴州市人民政府市长。\n")
    got = {p["title"]: p for p in _posts(art, "邝华")}
    assert got["市长"].get("start") == 2022
    assert got["市委副书记"].get("start") == 2018 and not got["市委副书记"].get("former")   # held beside it
    art = article("人事\n2022-06-03\n邝华2018年起任郴州市委副书记。此后，他当选为郴州市人民政府市长。\n")
    assert not {p["title"]: p for p in _posts(art, "邝华")}["市长"].get("start")           # a story's step: undated


def test_a_pronoun_after_a_leading_clause_of_since_holds_the_post(article):
    art = article("走基层\n2023-04-01\n郴州市委书记邝华来到桂阳县。自2020年5月担任市委书记以来，他跑遍了全市乡镇。\n")
    assert {(p["title"], p.get("start")) for p in _posts(art, "邝华")} == {("市委书记", 2020)}
    art = article("走基层\n2023-04-01\n郴州市委书记邝华来到桂阳县。自2020年5月担任市委书记以来，他们跑遍了全市乡镇。\n")
    assert {(p["title"], p.get("start")) for p in _posts(art, "邝华")} == {("市委书记", None)}


def test_a_founder_who_names_himself_chair_holds_the_chair(article):
    art = article("产业\n2023-05-06\n邝华是村党支部书记。他牵头成立了泉塘油茶种植专业合作社，自任理事长。\n")
    assert {p["title"] for p in _posts(art, "邝华")} == {"党支部书记", "理事长"}
    art = article("产业\n2023-05-06\n邝华是泉塘县县长，自任职以来走遍全县。\n")       # 自任职以来: no second post
    assert {p["title"] for p in _posts(art, "邝华")} == {"县长"}


def test_a_resume_line_s_note_of_study_keeps_its_post_and_a_secondment_in_it_is_a_step(article):
    resume = ("干部简历\n2022-11-20\n邝华，男，1972年10月生。\n"
              "1998.03—2003.06 泉塘县白沙镇副镇长\n2003.06—2011.08 泉塘县白沙镇党委书记\n"
              "2011.08—2016.06 临水县人民政府副县长（{}）\n2016.06— 临水县委常委\n")
    art = article(resume.format("2012.09—2014.07在省委党校在职研究生班学习"))
    got = {p["title"]: p for p in _posts(art, "邝华")}
    assert (got["副县长"].get("start"), got["副县长"].get("end")) == (2011, 2016)
    art = article(resume.format("其间：2013.03—2014.03挂职任湖南省农业农村厅办公室副主任"))
    got = {p["title"]: p for p in _posts(art, "邝华")}
    assert (got["副县长"].get("start"), got["副县长"].get("end")) == (2011, 2016)                # positive control
    assert (got["副主任"].get("start"), got["副主任"].get("end"), got["副主任"].get("temporary")) == (2013, 2014, True)
    assert got["副主任"]["org"]["name"] == "湖南省农业农村厅办公室"


def test_a_one_character_county_before_its_deputy_heads_title_is_the_place_of_that_post(article):
    art = article("任免\n2023-06-01\n经研究决定，马林、邓红分别任西乡县副县长、勉县副县长。\n")
    assert [p["place"]["name"] for p in _posts(art, "马林")] == ["西乡县"]
    assert [p["place"]["name"] for p in _posts(art, "邓红")] == ["勉县"]
    assert "任县" not in {p["name"] for p in article("简历\n2023-06-01\n他曾任县副县长。\n").of("place")}   # 任, then 县副县长


def test_a_post_left_by_an_undated_move_in_dated_news_ends_when_the_new_one_starts(article):
    art = article("人事\n2022-03-05 来源：紫阳县融媒体中心\n原洞河镇党委书记吴海调任县财政局局长。\n")
    got = {p["title"]: p for p in _posts(art, "吴海")}
    assert got["局长"].get("start") == 2022
    assert (got["党委书记"].get("end"), got["党委书记"].get("former")) == (2022, True)
    dated = article("人事\n2022-03-05 来源：紫阳县融媒体中心\n原洞河镇党委书记吴海2019年调任县财政局局长。\n")
    assert {p["title"]: p for p in _posts(dated, "吴海")}["党委书记"].get("end") == 2019     # control: the move's own date


def test_a_roster_under_its_heading_gives_each_title_the_headings_body(article):
    art = article("名单\n2022-01-10\n岚皋县第十九届人民代表大会常务委员会组成人员名单\n主　任：赵明华\n"
                  "副主任：钱立新　孙　红\n委　员：（按姓氏笔画排序）\n李　平　周建国\n")
    got = {(p["person"]["name"], p["title"], p["org"]["name"] if p["org"] else None) for p in art.of("post")}
    assert got == {("赵明华", "主任", "岚皋县人大常委会"), ("钱立新", "副主任", "岚皋县人大常委会"),
                   ("孙红", "副主任", "岚皋县人大常委会"), ("李平", "委员", "岚皋县人大常委会"),
                   ("周建国", "委员", "岚皋县人大常委会")}
    words = article("纪要\n2022-01-10\n关键词：\n乡村振兴 产业发展\n")
    assert not words.of("post")                      # a colon's line and a line of words: no roster


def test_a_post_begun_on_a_date_and_held_until_now_is_not_left_for_a_later_one(article):
    text = "老支书\n2023-05-04 来源：石泉县融媒体中心\n李长青从2003年起担任池河镇明星村党支部书记{}。2019年，村里成立合作社，李长青任理事长。\n"
    held = _by_title(article(text.format("，至今已经20年")), "李长青")["党支部书记"]
    assert held.get("start") == 2003 and not held.get("former")
    left = _by_title(article(text.format("")), "李长青")["党支部书记"]
    assert left.get("former")                          # control: a later post with no word of now leaves it
    dated = _by_title(article(text.format("，到今年底满20年")), "李长青")["党支部书记"]
    assert dated.get("former")                         # "到今年底": a date, no word of now


def test_numbered_profiles_of_a_public_notice_give_each_person_the_post_after_the_birth(article):
    art = article("公示\n2022-11-20\n拟推荐以下同志，现予以公示：\n1. 谭小梅，女，1980年5月生，石泉县池河镇党委副书记\n"
                  "（2）邓建国，男，1972年8月生，石泉县后柳镇党委书记\n")
    assert {p["title"]: p["org"]["name"] for p in _posts(art, "谭小梅")} == {"党委副书记": "池河镇党委"}
    assert {p["title"]: p["org"]["name"] for p in _posts(art, "邓建国")} == {"党委书记": "后柳镇党委"}


def test_an_acting_heads_months_in_a_resume_lines_brackets_are_a_spell_of_their_own(article):
    art = article("干部简历\n2022-11-20\n邝华，男，1972年10月生。\n"
                  "2011.08—2016.06 临水县委副书记、县长（2011.08—2012.01代县长）\n2016.06— 临水县委书记\n")
    got = {p["title"]: p for p in _posts(art, "邝华")}
    assert (got["代县长"].get("start"), got["代县长"].get("end"), got["代县长"].get("former")) == (2011, 2012, True)
    assert (got["县长"].get("start"), got["县长"].get("end")) == (2011, 2016)
    dates_alone = article("干部简历\n2022-11-20\n邝华，男，1972年10月生。\n2016.06— 临水县委书记（2016.06—2021.09）\n")
    assert {p["title"] for p in _posts(dates_alone, "邝华")} == {"县委书记"}     # control: dates alone, no spell


def test_a_secondment_in_a_resume_note_is_a_step_however_its_where_and_verb_are_written(article):
    resume = ("干部简历\n2022-11-20\n邝华，男，1972年10月生。\n"
              "2003.06—2011.08 泉塘县白沙镇党委书记\n2011.08—2016.06 临水县人民政府副县长（{}）\n")
    for note in ("2013.03—2014.03挂职湖南省农业农村厅副厅长", "其间：2013.03—2014.03在湖南省农业农村厅挂职任副厅长"):
        got = {p["title"]: p for p in _posts(article(resume.format(note)), "邝华")}
        assert (got["副县长"].get("start"), got["副县长"].get("end")) == (2011, 2016)            # the line's own post
        assert (got["副厅长"].get("start"), got["副厅长"].get("end"), got["副厅长"].get("temporary")) == (2013, 2014, True)
        assert got["副厅长"]["org"]["name"] == "湖南省农业农村厅", note
    got = {p["title"] for p in _posts(article(resume.format("2013.03—2014.03挂职锻炼")), "邝华")}
    assert got == {"镇党委书记", "副县长"}                      # a secondment with no post names none


def test_a_resume_line_that_names_where_before_its_verb_gives_the_bare_title_that_body(article):
    art = article("干部简历\n2022-11-20\n邝华，男，1972年10月生。\n"
                  "1994.07—1998.05，在桂阳县委办公室任副主任；\n1998.05—2003.06，在桂阳县樟市镇任党委书记、镇长；\n")
    got = {p["title"]: p for p in _posts(art, "邝华")}
    assert got["副主任"]["org"]["name"] == "桂阳县委办公室" and (got["副主任"]["start"], got["副主任"]["end"]) == (1994, 1998)
    assert got["党委书记"]["org"]["name"] == "樟市镇党委" and got["镇长"]["place"]["name"] == "樟市镇"


def test_a_post_listed_on_by_the_next_resume_line_is_one_spell(article):
    resume = ("干部简历\n2022-11-20\n邝华，男，1972年10月生。\n1994.07—1998.03 桂阳县财政局科员、副股长\n"
              "2006.09—2011.08 桂阳县副县长\n2011.08—2012.01 嘉禾县委副书记、代县长\n2012.01—{} 嘉禾县委副书记、县长\n")
    got = {p["title"]: p for p in _posts(article(resume.format("2016.06")), "邝华")}
    assert (got["县委副书记"].get("start"), got["县委副书记"].get("end")) == (2011, 2016)
    assert (got["代县长"].get("start"), got["代县长"].get("end")) == (2011, 2012)                 # positive control
    assert got["副股长"]["org"]["name"] == "桂阳县财政局"
    got = {p["title"]: p for p in _posts(article(resume.format("")), "邝华")}
    assert (got["县委副书记"].get("start"), got["县委副书记"].get("end"), got["县委副书记"].get("former")) == (2011, None, False)


def test_names_a_decision_gives_posts_respectively_take_one_post_each_in_order(article):
    for sentence in ("会议选举邝华、陈兰分别为嘉禾县人大常委会主任、副主任。", "会议分别选举邝华、陈兰为嘉禾县人大常委会主任、副主任。"):
        art = article("选举\n2021-09-20\n" + sentence + "\n")
        got = {(p["person"]["name"], p["title"], p["org"]["name"]) for p in art.of("post")}
        assert got == {("邝华", "人大常委会主任", "嘉禾县人大常委会"), ("陈兰", "副主任", "嘉禾县人大常委会")}, sentence
    art = article("选举\n2021-09-20\n会议选举邝华、陈兰为嘉禾县人大常委会副主任。\n")     # control: no 分别,
    assert {p["person"]["name"] for p in art.of("post") if p["title"] == "人大常委会副主任"} == {"邝华", "陈兰"}   # both


def test_a_decision_s_next_clause_with_a_bare_title_shares_the_body_of_the_one_before(article):
    art = article("选举\n2021-09-20\n会议选举邝华为中共嘉禾县第十五届委员会书记，李卫、陈兰为副书记。\n")
    assert {(p["title"], p["org"]["name"]) for p in _posts(art, "陈兰")} == {("县委副书记", "嘉禾县委")}
    assert {(p["title"], p["org"]["name"]) for p in _posts(art, "邝华")} == {("县委书记", "嘉禾县委")}   # positive control
    art = article("任免\n2021-09-20\n会议决定任命邝华为嘉禾县财政局局长，李卫为嘉禾县审计局副局长。\n")
    assert {p["org"]["name"] for p in _posts(art, "李卫")} == {"嘉禾县审计局"}          # a body of its own stays


def test_a_nomination_decision_names_its_candidates_posts_as_proposed(article):
    art = article("人事\n2023-02-01\n经省委同意，提名邝华同志为永州市人民政府市长候选人；会议提名李卫、陈兰为永州市人民政府副市长候选人。\n")
    got = {(p["person"]["name"], p["title"], bool(p.get("proposed")), p.get("start")) for p in art.of("post")}
    assert got == {("邝华", "市长候选人", True, None), ("李卫", "副市长候选人", True, None), ("陈兰", "副市长候选人", True, None)}


def test_an_acting_head_of_a_prefecture_league_or_township_keeps_the_acting_title(article):
    art = article("人事\n2021-03-30\n州人大常委会决定任命邝华为恩施土家族苗族自治州人民政府副州长、代理州长，"
                  "李卫为建始县高坪镇人民政府副镇长、代理镇长。\n")
    assert {p["title"] for p in _posts(art, "邝华")} == {"副州长", "代理州长"}
    assert {p["title"] for p in _posts(art, "李卫")} == {"副镇长", "代理镇长"}


def test_the_arrival_in_a_place_dates_the_current_posts_held_there(article):
    art = article("走基层\n2023-04-01\n道真县委书记邝华来到玉溪镇。自2020年5月到道真任职以来，他跑遍了全县乡镇。\n")
    assert {(p["title"], p.get("start")) for p in _posts(art, "邝华")} == {("县委书记", 2020)}
    art = article("走基层\n2023-04-01\n道真县委书记邝华来到玉溪镇，务川县县长李卫同行。自2020年5月到道真任职以来，他跑遍了全县。\n")
    assert {(p["title"], p.get("start")) for p in _posts(art, "李卫")} == {("县长", None)}         # held elsewhere
    assert {(p["title"], p.get("start")) for p in _posts(art, "邝华")} == {("县委书记", 2020)}


def test_a_seat_in_an_assembly_taken_later_ends_none_of_the_posts_held(article):
    art = article("从村官到人大代表\n2023-03-01 来源：测试日报\n"
                  "龙晓燕现任江华县涛圩镇党委副书记。2012年她任涛圩镇副镇长，2018年起任涛圩镇党委副书记。"
                  "2022年12月，她当选为湖南省第十四届人民代表大会代表。\n")
    posts = _by_title(art, "龙晓燕")
    assert posts["副镇长"]["former"]                                                 # positive control
    assert posts["党委副书记"]["start"] == 2018 and not posts["党委副书记"].get("end")
    assert not posts["党委副书记"]["former"]


def test_an_ethnic_township_appointed_to_in_a_narrative_is_read_with_its_nation(article):
    art = article("扎根山乡\n2021-06-20 来源：测试日报\n涛圩镇党委书记盘建国今年48岁。2004年他调任清溪源瑶族乡党委副书记，2010年起任涛圩镇镇长。\n")
    posts = _by_title(art, "盘建国")
    assert posts["党委副书记"]["org"]["name"] == "清溪源瑶族乡党委"
    assert posts["镇长"]["place"]["name"] == "涛圩镇"                                  # positive control


def test_who_held_a_post_before_the_news_has_left_it(article):
    art = article("人事动态\n2023-06-01 来源:测试日报\n此前，资兴市委常委、宣传部部长一职由龙晓燕担任。目前，资兴市委书记一职由盘建国担任。\n")
    assert all(p["former"] for p in _posts(art, "龙晓燕")) and len(_posts(art, "龙晓燕")) == 2
    assert not any(p["former"] for p in _posts(art, "盘建国")) and _posts(art, "盘建国")       # positive control


def test_a_resume_s_memberships_told_as_sentences_of_their_own_are_the_subject_s_seats(article):
    art = article("龙德明同志简历\n2023-01-05 来源：测试日报\n龙德明，男，汉族，1958年10月生，湖南邵阳人。\n"
                  "1998.03—2003.05 邵阳县委副书记、县长；\n2003.05—2008.01 湖南省人大常委会副主任。\n"
                  "是中共十七届中央候补委员。第十一届全国人大代表。第十届、十一届省人大代表。\n")
    posts = _by_title(art, "龙德明")
    assert posts["县长"]["start"] == 1998 and posts["县长"]["end"] == 2003               # positive control
    assert posts["全国人大代表"]["org"]["name"] == "全国人大" and not posts["全国人大代表"].get("start")
    assert posts["人大代表"]["org"]["name"] == "湖南省人大"


def test_bodies_named_by_a_code_in_a_resume_are_the_posts_bodies(article):
    art = article("龙德明同志简历\n2023-01-05 来源：测试日报\n龙德明，男，汉族，1956年10月生。\n"
                  "历任国营8421厂技术员，中国人民解放军83012部队干事，湘潭市副市长。\n")
    bodies = {p["title"]: p["org"]["name"] if p["org"] else None for p in _posts(art, "龙德明")}
    assert bodies == {"技术员": "国营8421厂", "干事": "中国人民解放军83012部队", "副市长": None}


def test_a_dateline_s_reporter_is_no_subject_of_the_news_after_the_credits(article):
    head = "驻村书记\n2022-08-15 来源：测试日报\n"
    art = article(head + "测试社长沙8月14日电（记者龙德明）谭小燕2021年被选派到花垣县双龙镇十八洞村担任驻村第一书记。\n")
    assert {(p["person"]["name"], p["title"]) for p in art.of("post")} == {("龙德明", "记者"), ("谭小燕", "驻村第一书记")}
    art = article(head + "测试社长沙8月14日电（记者龙德明、唐国华）35岁的谭小燕是一名博士，2021年到十八洞村担任驻村第一书记。\n")
    assert [p["person"]["name"] for p in art.of("post") if p["title"] == "驻村第一书记"] == ["谭小燕"]


def test_a_promotion_or_an_engagement_takes_up_the_post_named_after_it(article):
    art = article("人物\n2023-01-01 来源：测试日报\n龙晓燕2018年晋升为桑植县人民医院副院长。谭小燕2020年被聘为桑植县第一中学副校长。\n")
    assert {(p["person"]["name"], p["title"], p["org"]["name"], p["start"]) for p in art.of("post")} == {
        ("龙晓燕", "副院长", "桑植县人民医院", 2018), ("谭小燕", "副校长", "桑植县第一中学", 2020)}


def test_a_decision_s_numbered_lines_under_a_verb_heading_are_its_clauses(article):
    art = article("职务任免的通知\n2023-04-10 来源：测试日报\n经市人民政府研究决定：\n一、任命\n1.龙晓燕为邵阳市应急管理局副局长；\n"
                  "2.谭小燕为邵阳市统计局副局长（试用期一年）。\n二、免去\n1.唐国华的邵阳市应急管理局副局长职务。\n")
    held = {(p["person"]["name"], p["title"], p["org"]["name"], bool(p.get("former"))) for p in art.of("post")}
    assert held == {("龙晓燕", "副局长", "邵阳市应急管理局", False), ("谭小燕", "副局长", "邵阳市统计局", False),
                    ("唐国华", "副局长", "邵阳市应急管理局", True)}


def test_a_list_of_a_posts_holders_gives_each_the_post_and_the_years_held(article):
    art = article("醴陵市历任领导\n2022-04-18 来源：醴陵市人民政府网\n"
                  "中共醴陵市委历任书记：\n"
                  "严守正（1980.03—1984.11）\n"
                  "柯立群（1984.11—1991.02）\n"
                  "醴陵市人民政府历届市长：岑国华（1981—1986）、谈永福（1986年5月—至今）。\n"
                  "这些同志为醴陵的发展作出了贡献。\n")
    yan, ke = _by_title(art, "严守正")["市委书记"], _by_title(art, "柯立群")["市委书记"]
    assert (yan["start"], yan["end"], yan["former"]) == (1980, 1984, True)
    assert (ke["start"], ke["end"]) == (1984, 1991)
    assert yan["org"]["name"] == "醴陵市委" and yan["place"]["name"] == "醴陵市"
    cen, tan = _by_title(art, "岑国华")["市长"], _by_title(art, "谈永福")["市长"]
    assert (cen["start"], cen["end"], cen["former"]) == (1981, 1986, True)
    assert tan["start"] == 1986 and not tan.get("end") and not tan.get("former")     # held still
    assert cen["place"]["name"] == "醴陵市"


def test_a_line_of_prose_after_a_holders_heading_is_no_holder(article):
    art = article("醴陵市历任领导\n2022-04-18 来源：醴陵市人民政府网\n"
                  "醴陵市历任市长：\n"
                  "苗志和同志在会上讲了话。\n"
                  "岑国华（1981—1986）\n")
    assert not [p for p in art.of("post") if p["title"] == "市长"]      # the list ended at the prose
    control = article("醴陵市历任领导\n2022-04-18 来源：醴陵市人民政府网\n醴陵市历任市长：\n岑国华（1981—1986）\n")
    assert _by_title(control, "岑国华")["市长"]["end"] == 1986


def test_a_range_closed_by_a_bare_year_ends_there():
    [d] = find_dates("（1993—1998）", 2020)
    assert (d.start, d.end, d.open) == ((1993, None), (1998, None), False)
    [d] = find_dates("（1993.05—）", 2020)              # positive control: an open range stays open
    assert d.open and d.end is None


def test_a_profiles_current_post_opening_its_sentence_is_not_dated_by_the_article(article):
    art = article("测试新闻\n2023-06-01 来源:测试日报\n"
                  "蔡文涛，男，1976年3月生，湖南攸县人，大学学历。现任攸县皇图岭镇党委书记。曾任攸县网岭镇镇长。\n")
    posts = _by_title(art, "蔡文涛")
    assert posts["党委书记"].get("start") is None and not posts["党委书记"].get("former")
    assert posts["镇长"]["former"]
    control = article("测试新闻\n2023-06-01 来源:测试日报\n蔡文涛任攸县皇图岭镇党委书记。\n")   # an appointment: the news's year
    assert _by_title(control, "蔡文涛")["党委书记"]["start"] == 2023


def test_the_one_succeeded_closing_the_clause_before_the_verb_held_the_post(article):
    art = article("测试新闻\n2023-06-01 来源:测试日报\n县农业农村局干部龙建军接替彭志华同志，担任慈利县零阳镇双峰村第一书记。\n")
    new, old = _by_title(art, "龙建军")["第一书记"], _by_title(art, "彭志华")["第一书记"]
    assert new["place"]["name"] == old["place"]["name"] == "双峰村"
    assert old["former"] and not new.get("former")


def test_the_votes_between_a_name_and_its_election_leave_the_name_the_subject(article):
    art = article("测试新闻\n2021-05-20 来源:测试日报\n邵阳县塘渡口镇白竹村召开选民大会，易新华以612票当选为村委会主任，"
                  "罗美容以92.5%的得票率当选为村委会委员。\n")
    assert _by_title(art, "易新华")["村委会主任"]["start"] == 2021
    assert "村委会委员" in _by_title(art, "罗美容")


def test_a_village_secretary_chosen_into_a_townships_leadership_takes_the_post_then(article):
    art = article("测试新闻\n2023-06-01 来源:测试日报\n安仁县龙海镇塘富村党支部书记周立新2022年被选拔为龙海镇党委委员。\n")
    member = _by_title(art, "周立新")["党委委员"]
    assert (member["org"]["name"], member["start"]) == ("龙海镇党委", 2022)


def test_a_chain_introduced_as_newly_appointed_starts_in_the_news_year(article):
    art = article("测试新闻\n2020-06-12 来源:测试日报\n新任临湘市委副书记、代市长彭芳华介绍了全市经济运行情况。"
                  "临湘市委书记李向东出席。\n")
    posts = _by_title(art, "彭芳华")
    assert posts["市委副书记"]["start"] == posts["代市长"]["start"] == 2020
    assert _by_title(art, "李向东")["市委书记"].get("start") is None          # positive control: no 新任, no date


@pytest.mark.parametrize("before", ["安康", "曲靖"])
def test_his_posts_removed_in_the_partys_full_name_are_not_read_as_among_them(article, before):
    # 免去其中共某市委…: 其 (his) then 中共 (the Party), not 其中 (among them); the model
    # glues 其中共 (and more) into one word before some cities' names
    art = article("人事任免\n2024-03-01\n经省委研究决定：\n"
                  f"宋立平同志任中共临沧市委委员、常委、书记，免去其中共{before}市委书记、常委职务。\n")
    posts = {(p["title"], p["org"]["name"], bool(p.get("former"))) for p in _posts(art, "宋立平")}
    assert ("市委书记", "临沧市委", False) in posts                      # the post taken up
    assert ("市委书记", f"{before}市委", True) in posts and ("市委常委", f"{before}市委", True) in posts
    assert ("市委书记", "临沧市委", True) not in posts


def test_cadres_who_go_to_a_village_to_take_a_post_each_hold_it_there(article):
    art = article("驻村干部\n2024-03-01\n"
                  "市审计局干部邓立华到青山村任第一书记，市水利局干部罗小军赴杉木村挂职任第一书记。\n")
    deng = {(p["title"], p["place"]["name"] if p["place"] else None) for p in _posts(art, "邓立华")}
    luo = {(p["title"], p["place"]["name"] if p["place"] else None) for p in _posts(art, "罗小军")}
    assert ("第一书记", "青山村") in deng and ("第一书记", "杉木村") in luo


def test_a_career_told_after_a_hearsay_lead_belongs_to_the_name_opening_it(article):
    art = article("人事观察\n2024-03-01\n据了解，孙涛此前长期在甘肃工作，曾任天水市副市长，2020年调任平凉市委副书记。\n")
    posts = {(p["title"], p["place"]["name"], p.get("start")) for p in _posts(art, "孙涛")}
    assert ("副市长", "天水市", None) in posts and ("市委副书记", "平凉市", 2020) in posts


def test_a_cadre_seconded_from_an_institute_to_a_county_takes_the_post_there(article):
    art = article("人物\n2024-03-01\n刘琴2016年从省农科院到石阡县挂职任副县长，2019年任石阡县委常委。\n")
    posts = {(p["title"], p["place"]["name"] if p["place"] else None) for p in _posts(art, "刘琴")}
    assert ("副县长", "石阡县") in posts and ("县委常委", "石阡县") in posts


def test_two_people_each_described_by_age_share_the_post_after_the_copula(article):
    art = article("驻村故事\n2024-03-01\n贵州省雷山县西江镇控拜村，31岁的龙晓燕和27岁的杨文斌是控拜村的驻村工作队员。\n")
    for name in ("龙晓燕", "杨文斌"):
        assert any(p["title"] == "驻村工作队员" for p in _posts(art, name)), name


def test_people_recalled_or_dismissed_in_a_dated_sentence_leave_the_posts_told_before(article):
    art = article("通报\n2021-05-01\n某县水利局驻青山村工作队队长唐立新和队员罗小红长期未驻村。"
                  "2020年11月，唐立新、罗小红受到党内警告处分，并被召回。某镇副镇长秦明被约谈。\n")
    for name, title in (("唐立新", "队长"), ("罗小红", "队员")):
        post = next(p for p in _posts(art, name) if p["title"] == title)
        assert post["former"] and post["end"] == 2020
    assert not any(p.get("former") for p in _posts(art, "秦明"))            # control: only talked to


def test_an_obituary_gives_the_posts_held_in_life_and_the_former_party_post_before_the_name(article):
    art = article("讣告\n2023-03-01\n原中共铜仁地委副书记王德明同志，因病逝世，享年88岁。"
                  "王德明同志生前曾任印江县委书记、铜仁地区行署副专员等职。\n")
    posts = {(p["title"], bool(p.get("former"))) for p in _posts(art, "王德明")}
    assert ("地委副书记", True) in posts
    assert ("县委书记", True) in posts and ("行署副专员", True) in posts


def test_posts_held_successively_from_a_year_start_only_the_first_then(article):
    art = article("人物\n2024-05-01\n2012年起，韩志远先后担任通渭县副县长、岷县县委副书记、漳县县委书记。\n")
    by = {p["title"]: p for p in _posts(art, "韩志远")}
    assert by["副县长"]["start"] == 2012
    assert by["县委副书记"].get("start") is None and by["县委书记"].get("start") is None
    assert all(p["former"] for p in by.values())


def test_posts_held_successively_over_a_range_start_the_first_and_end_the_last(article):
    art = article("人物\n2024-05-01\n2008年至2019年，梁启明先后担任蓝田县副县长、周至县县长、户县县委书记。\n")
    by = {p["title"]: p for p in _posts(art, "梁启明")}
    assert (by["副县长"]["start"], by["副县长"].get("end")) == (2008, None)
    assert (by["县长"].get("start"), by["县长"].get("end")) == (None, None)
    assert (by["县委书记"].get("start"), by["县委书记"]["end"]) == (None, 2019)

def test_a_second_respectively_after_the_pair_taken_up_again_gives_each_their_former_post(article):
    art = article("人事\n2024-05-01\n据悉，孙立、韩梅分别任江华县委书记、蓝山县委书记，此前二人分别担任永州市交通局局长、永州市审计局局长。\n")
    assert any(p["title"] == "局长" and p["org"]["name"] == "永州市交通局" and p["former"] for p in _posts(art, "孙立"))
    assert any(p["title"] == "局长" and p["org"]["name"] == "永州市审计局" and p["former"] for p in _posts(art, "韩梅"))


def test_a_date_opening_a_sentence_dates_each_move_it_tells(article):
    art = article("人事\n2024-05-01\n2019年8月，原平凉市委书记唐立军调任省农业农村厅厅长，原平凉市委副书记、市长韩东接任平凉市委书记。\n")
    secretary = next(p for p in _posts(art, "韩东") if p["title"] == "市委书记")
    assert secretary["start"] == 2019 and not secretary.get("former")
    mayor = next(p for p in _posts(art, "韩东") if p["title"] == "市长")
    assert mayor["former"] and mayor["end"] == 2019
    assert next(p for p in _posts(art, "唐立军") if p["title"] == "厅长")["start"] == 2019      # control: the first move


def test_a_by_election_told_after_a_days_date_is_the_named_persons_step(article):
    art = article("人事\n2024-05-01\n原庆阳市委副书记郑立成于今年3月6日被补选为庆阳市市长。\n")
    mayor = next(p for p in _posts(art, "郑立成") if p["title"] == "市长")
    assert mayor["place"]["name"] == "庆阳市" and mayor["start"] == 2024 and not mayor.get("former")


def test_a_plenum_adding_or_promoting_members_makes_them_committee_members(article):
    art = article("全会\n2024-01-05\n中共汉中市委召开全会。会议增补孙立平为市委委员，递补何静为市委委员。\n")
    for name in ("孙立平", "何静"):
        assert any(p["title"] == "市委委员" and p["org"]["name"] == "汉中市委" for p in _posts(art, name)), name


def test_a_dated_retirement_ends_the_undated_post_told_before_it(article):
    art = article("人物\n2024-05-01\n今年70岁的孙立本曾任河北省水利厅副厅长、省南水北调办主任，2014年退休，现居石家庄。\n")
    by = _by_title(art, "孙立本")
    assert by["主任"]["end"] == 2014 and by["主任"]["former"]
    assert by["副厅长"].get("end") is None and by["副厅长"]["former"]
    assert not any(p.get("start") for p in by.values())          # 今年70岁: an age, no date of a step


def test_a_deputy_secretary_made_the_county_head_keeps_the_deputy_secretaryship(article):
    art = article("人物\n2024-05-01\n2017年2月，孟庆林调任通许县委副书记，同年7月任县长。\n")
    by = _by_title(art, "孟庆林")
    assert by["县委副书记"]["start"] == 2017 and not by["县委副书记"].get("former")
    assert by["县长"]["start"] == 2017


def test_a_dated_promotion_ends_the_post_held_before_it(article):
    art = article("人物\n2024-05-01\n石永刚2013年任宁陵县副县长，2016年升任县长，2020年调任商丘市副市长。\n")
    by = _by_title(art, "石永刚")
    assert (by["副县长"]["start"], by["副县长"]["end"]) == (2013, 2016)
    assert (by["县长"]["start"], by["县长"]["end"]) == (2016, 2020)
    assert by["副市长"]["start"] == 2020 and not by["副市长"].get("former")


def test_names_given_groups_of_posts_respectively_each_hold_their_group(article):
    art = article("人事\n2024-05-01\n钟丽华、罗国平分别任资兴市委常委、统战部部长和资兴市委常委、政法委书记。\n")
    got = {n: {(p["title"], p["org"]["name"]) for p in _posts(art, n)} for n in ("钟丽华", "罗国平")}
    assert got["钟丽华"] == {("市委常委", "资兴市委"), ("部长", "资兴市委统战部")}
    assert ("书记", "资兴市委政法委") in got["罗国平"] or ("政法委书记", "资兴市委政法委") in got["罗国平"]
    assert ("部长", "资兴市委统战部") not in got["罗国平"]


def test_a_recommendation_of_several_names_for_a_post_proposes_it_to_each(article):
    art = article("人事\n2024-05-01\n市委决定：推荐孙立、郭梅为桂阳县人民政府副县长人选。\n")
    for name in ("孙立", "郭梅"):
        assert [(p["title"], p["org"]["name"]) for p in _posts(art, name)] == [("副县长人选", "桂阳县人民政府")]


def test_a_places_committee_in_a_title_is_no_unit_of_the_chain_item_before_it(article):
    art = article("人物\n2024-03-08\n钱国强，历任泰兴县黄桥公社五大队党支部书记、古溪区区委副书记。\n")
    qian = _by_title(art, "钱国强")
    assert qian["党支部书记"]["org"]["name"].endswith("黄桥公社五大队党支部")     # control: the brigade's branch
    deputy = qian["区委副书记"]["org"]
    assert deputy is None or "大队" not in deputy["name"]


def test_a_village_party_organizations_post_held_for_months_or_quoted_is_read(article):
    art = article("人物\n2024-03-08\n此时，覃志强担任龙胜各族自治县泗水乡周家村党组织“第一书记”已有5个月之久。"
                  "莫春兰担任龙胜各族自治县泗水乡细门村党组织书记已有8个月。\n")
    qin = _by_title(art, "覃志强")
    assert qin["第一书记"]["place"]["name"] == "周家村"
    mo = _by_title(art, "莫春兰")
    assert mo["党组织书记"]["org"]["name"] == "细门村党组织" and mo["党组织书记"]["place"]["name"] == "细门村"


def test_a_removal_from_office_written_bare_ends_the_post_that_introduced_the_person(article):
    art = article("人事\n2024-05-10\n今年2月，副县长周文斌被免去职务。县委书记李卫国主持会议。\n")
    zhou = _by_title(art, "周文斌")
    assert zhou["副县长"]["former"] and zhou["副县长"]["end"] == 2024
    assert not _by_title(art, "李卫国")["县委书记"].get("former")          # control: the chair holds his post


def test_an_aid_cadres_leader_is_a_post_held_for_a_province_with_no_body_of_cadres(article):
    art = article("干部简历\n2024-05-06 来源：测试日报\n此后，周振华参与援藏工作，曾任江苏省第八批援藏干部领队，后任江苏省政府副秘书长。\n")
    held = {p["title"]: p for p in art.of("post") if p["person"]["name"] == "周振华"}
    assert held["副秘书长"]["org"]["name"] == "江苏省政府"                          # positive control
    assert held["领队"]["place"]["name"] == "江苏省" and held["领队"]["org"] is None and held["领队"]["former"]


def test_a_notice_s_note_on_the_name_with_several_items_leaves_the_step_its_person(article):
    art = article("任职通知\n2024-05-06 来源：测试日报\n经研究，赵丽华（女，汉族）任会东县副县长。"
                  "任命孙晓燕（女，彝族）为会东县教育局局长。赵丽华（女）同时兼任县妇联主席。\n")
    got = {(p["person"]["name"], p["title"]) for p in art.of("post")}
    assert ("赵丽华", "副县长") in got and ("孙晓燕", "局长") in got


def test_a_county_the_model_cuts_across_after_its_prefecture_is_still_read(article):
    art = article("干部任前公示\n2024-05-06 来源：测试日报\n李红梅，女，1980年5月生，现任凉山州昭觉县委常委，拟任凉山州美姑县委副书记。\n")
    post = next(p for p in art.of("post") if p["title"] == "县委副书记")
    assert post["org"]["name"] == "美姑县委" and post["place"]["name"] == "美姑县"


def test_a_year_of_misconduct_in_office_dates_no_start_of_the_post(article):
    art = article("通报\n2024-04-18 来源：测试日报\n2021年，吴德明在担任石门县交通运输局局长期间，违规决策。"
                  "2009年至2015年，郑海波在担任石门县水利局局长期间，收受礼金。\n")
    held = {p["person"]["name"]: p for p in art.of("post")}
    assert held["郑海波"].get("start") == 2009 and held["郑海波"].get("end") == 2015      # positive control: a range
    assert held["吴德明"].get("start") is None and held["吴德明"]["former"]


def test_years_of_work_at_a_township_date_and_place_the_posts_listed_after(article):
    art = article("干部简历\n2023-11-02 来源：测试日报\n何建华，男，1968年10月出生。"
                  "1990年7月至1995年3月在南阳市卧龙区潦河镇工作，先后任团委书记、副镇长；1995年3月至2001年6月任卧龙区委办公室主任。\n")
    held = {p["title"]: p for p in art.of("post") if p["person"]["name"] == "何建华"}
    assert (held["主任"].get("start"), held["主任"].get("end")) == (1995, 2001)            # positive control
    assert held["团委书记"].get("start") == 1990 and held["团委书记"]["place"]["name"] == "潦河镇"
    assert held["副镇长"].get("end") == 1995 and held["副镇长"]["place"]["name"] == "潦河镇"


def test_an_election_s_bodies_written_with_a_term_and_its_deputies_elected_after_hold_the_same_body(article):
    art = article("县人大会议选举\n2021-09-28 来源：测试日报\n湖北省房县第十八届人民代表大会第一次会议举行全体会议。\n"
                  "何明当选为县十八届人大常委会主任，田春华、宋佳丽当选为副主任；罗斌当选为县人民政府县长。\n")
    held = {(p["person"]["name"], p["title"]): p for p in art.of("post")}
    assert held[("罗斌", "县长")]["place"]["name"] == "房县"                          # positive control
    assert held[("何明", "人大常委会主任")]["org"]["name"] == "房县人大常委会"
    assert held[("田春华", "副主任")]["org"]["name"] == "房县人大常委会" == held[("宋佳丽", "副主任")]["org"]["name"]


def test_a_candidacy_written_in_a_chain_before_the_name_is_a_proposed_post_titled_as_written(article):
    art = article("会议\n2024-05-01\n雨花区召开大会，区委书记刘平讲话，区委常委、提名常务副区长人选黄立新出席。\n")
    huang = _by_title(art, "黄立新")
    assert huang["区委常委"]["org"]["name"] == "雨花区委" and not huang["区委常委"].get("proposed")   # control
    assert huang["常务副区长人选"]["proposed"] and huang["常务副区长人选"]["place"]["name"] == "雨花区"


def test_an_acting_head_confirmed_in_the_post_no_longer_acts(article):
    art = article("人事\n2024-06-01\n2023年3月，王立军任株洲市代市长，现任株洲市市长。刘芳任醴陵市代市长。\n")
    wang = _by_title(art, "王立军")
    assert wang["代市长"]["former"] and not wang["市长"].get("former")
    assert not _by_title(art, "刘芳")["代市长"].get("former")             # positive control: still acting


def test_a_range_of_years_closed_by_jian_dates_the_post_after_it(article):
    art = article("人物\n2024-06-01\n钱立平2013年至2018年间任旬邑县县长，2018年起任旬邑县委书记。\n")
    qian = _by_title(art, "钱立平")
    assert (qian["县长"]["start"], qian["县长"]["end"], qian["县长"]["former"]) == (2013, 2018, True)
    assert qian["县委书记"]["start"] == 2018                              # positive control


def test_a_village_secretary_elected_its_committee_head_holds_both_and_came_home_to_it(article):
    art = article("人物\n2024-06-01\n2017年，在外创业的孙长林回村担任村党支部书记，次年当选村委会主任。"
                  "2015年，郑凯任新桥村党支部书记，2020年任新桥镇党委副书记。\n")
    sun, zheng = _by_title(art, "孙长林"), _by_title(art, "郑凯")
    assert sun["党支部书记"]["start"] == 2017 and not sun["党支部书记"].get("former")
    assert sun["村委会主任"]["start"] == 2018
    assert zheng["党支部书记"]["former"]                                     # positive control: a move ends it


def test_a_candidacy_told_in_a_clause_before_the_nominee_is_a_proposed_post(article):
    art = article("人事\n2023-05-01\n大会宣布，提名为县人民政府县长候选人的罗成同志任平塘县委副书记。\n")
    luo = _by_title(art, "罗成")
    assert luo["县委副书记"]["org"]["name"] == "平塘县委" and not luo["县委副书记"].get("proposed")   # control
    assert luo["县长候选人"]["proposed"] and luo["县长候选人"]["place"]["name"] == "平塘县"


def test_holders_counted_by_their_order_before_a_later_one_have_left_the_post(article):
    art = article("村史\n2024-06-01\n高桥村第一任党支部书记何大林带头修路；第二任党支部书记钟明办起砖厂；"
                  "如今，党支部书记许亮带领村民种茶。镇里第一任镇长罗立平也来过。\n")
    assert _by_title(art, "何大林")["党支部书记"]["former"] and _by_title(art, "钟明")["党支部书记"]["former"]
    assert not _by_title(art, "许亮")["党支部书记"].get("former")              # the present holder
    assert not _by_title(art, "罗立平")["镇长"].get("former")                  # no later holder named: as written


def test_a_resume_s_current_posts_told_after_its_dated_steps_end_the_posts_before(article):
    head = "干部简历\n2024-05-06 来源:测试日报\n龙建华，男，1966年生。2010年3月至2015年6月，任雷山县委书记。2015年6月，任黔东南州副州长。"
    moved = _by_title(article(head + "现任贵州省林业局一级巡视员。\n"), "龙建华")
    assert not moved["一级巡视员"].get("former")                                        # positive control
    assert moved["副州长"]["former"] and moved["副州长"]["start"] == 2015
    seat = _by_title(article(head + "现任省人大代表。\n"), "龙建华")
    assert not seat["副州长"].get("former")                # a seat held beside the post ends none


def test_a_city_s_page_of_its_leaders_gives_each_record_its_posts_and_the_bare_city_bodies_are_the_city_s(article):
    art = article("领导之窗\n"
                  "姓名：韩振宇\n职务：永康市人民政府副市长\n性别：男\n出生年月：1979年8月\n"
                  "工作分工：负责工业经济、科技等方面工作。分管市经信局、市科技局。\n"
                  "姓名：苏婉清\n职　务：永康市人民政府党组成员、副市长\n性别：女\n出生年月：1983年2月\n")
    han, su = _by_title(art, "韩振宇"), _by_title(art, "苏婉清")
    assert han["副市长"]["org"]["name"] == "永康市人民政府" and han["副市长"]["place"]["name"] == "永康市"
    assert su["党组成员"]["org"]["name"] == "永康市人民政府党组" and "副市长" in su
    orgs = {o["name"] for o in art.of("org")}
    assert "永康市科技局" in orgs and not any(name.startswith("金华市") for name in orgs)   # 永康 is under 金华


def test_the_bare_city_bodies_of_a_prefecture_named_in_the_news_stay_the_prefecture_s(article):
    art = article("工作动态\n2025-03-01\n金华市委书记到永康市调研，永康市委书记陪同。市科技局负责人参加调研。\n")
    orgs = {o["name"] for o in art.of("org")}
    assert "金华市科技局" in orgs and "永康市委" in orgs               # control for the one above


def test_a_post_held_during_a_stay_or_now_after_the_person_s_home_post_is_the_person_s(article):
    art = article("援派干部\n2024-03-01\n嘉兴市南湖区教育局副局长沈晓岚，支教期间任和田县第一中学副校长。"
                  "绍兴市越城区农业农村局局长钱立峰，目前任墨玉县农业农村局副局长。\n")
    assert _by_title(art, "沈晓岚")["副校长"]["org"]["name"] == "和田县第一中学"
    assert _by_title(art, "钱立峰")["副局长"]["org"]["name"] == "墨玉县农业农村局"
    assert _by_title(art, "钱立峰")["局长"]["org"]["name"] == "越城区农业农村局"       # control: the home post


def test_a_story_s_became_and_a_decision_naming_its_person_by_a_pronoun_are_steps_of_that_person(article):
    art = article("人物\n2024-03-01\n2001年，退伍回乡的赵德顺当上了桃园村村委会委员。"
                  "2010年，镇党委任命他为东岭镇党委委员。\n")
    posts = _by_title(art, "赵德顺")
    assert posts["村委会委员"]["start"] == 2001 and posts["村委会委员"]["place"]["name"] == "桃园村"
    assert posts["党委委员"]["start"] == 2010 and posts["党委委员"]["org"]["name"] == "东岭镇党委"
    art = article("人物\n2024-03-01\n赵德顺和钱立新说，2010年，镇党委任命他们为调解员。\n")
    assert not art.of("post")                                        # 他们: no one person


def test_a_village_whose_name_opens_with_a_surname_before_a_dated_clause_is_no_person(article):
    art = article("人物\n2024-03-01\n2010年，在外务工多年的钱秀兰回到利川市谋道镇高桥村，2013年当选村委会主任。\n")
    assert "高桥村" not in {p["name"] for p in art.of("person")}
    assert _by_title(art, "钱秀兰")["村委会主任"]["place"]["name"] == "高桥村"        # control: the one who came back


def test_places_listed_before_one_title_each_hold_it_as_their_own_level_s_title(article):
    art = article("测试新闻\n2023-06-01 来源:测试日报\n据通报，郴州市人大常委会原副主任谭建华接受审查。"
                  "谭建华曾先后任汝城县、北湖区、宜章县县委书记，2018年任郴州市人大常委会副主任。\n")
    got = {(p["title"], p["place"]["name"] if p["place"] else None, p["former"]) for p in art.of("post")
           if p["person"]["name"] == "谭建华"}
    assert ("县委书记", "宜章县", True) in got                          # the item the title is written after
    assert {("县委书记", "汝城县", True), ("区委书记", "北湖区", True)} <= got


def test_a_step_right_after_an_occasion_ending_in_hou_takes_the_occasion_s_date(article):
    art = article("测试新闻\n2023-06-01 来源:测试日报\n2018年3月，邓立军任某县副县长。2021年6月挂职期满后，邓立军回到长沙，"
                  "任岳麓区委常委。2022年村“两委”换届，罗小梅当选村党支部书记。\n")
    got = {p["title"]: p.get("start") for p in art.of("post")}
    assert got["村党支部书记" if "村党支部书记" in got else "党支部书记"] == 2022      # control: an election's occasion
    assert got["区委常委"] == 2021


def test_a_date_before_the_way_home_dates_the_post_taken_on_arrival(article):
    art = article("测试新闻\n2023-06-01 来源:测试日报\n在平江县安定镇三墩村，谢立群2016年回村任村委会主任。"
                  "罗海波2019年回到村里，任村党支部书记。2020年，罗海涛回村担任村会计。\n")
    got = {(p["person"]["name"], p.get("start")) for p in art.of("post")}
    assert ("罗海涛", 2020) in got                                  # control: the date its own clause
    assert {("谢立群", 2016), ("罗海波", 2019)} <= got


def test_terms_in_a_row_and_a_later_step_tell_no_article_date(article):
    art = article("测试新闻\n2023-06-01 来源:测试日报\n在平江县安定镇三墩村，谢立群2014年起连续三届当选村党支部书记。"
                  "罗海波连续两届当选村委会主任。周建成曾任安定镇镇长，后调任平江县林业局局长。\n")
    got = {(p["person"]["name"], p["title"]): p.get("start") for p in art.of("post")}
    assert got[("谢立群", "党支部书记")] == 2014                  # the year the terms began
    assert got[("罗海波", "村委会主任")] is None                    # begun before the news: untold
    assert got[("周建成", "局长")] is None                          # "later": not the article's year


def test_a_post_held_for_a_number_of_years_is_held_without_a_start(article):
    art = article("测试新闻\n2023-06-01 来源:测试日报\n平江县安定镇三墩村有村民860户。谢立群当了15年村支书，"
                  "罗海波担任了8年的村委会主任。2021年，周建成当选村监委会主任。\n")
    got = {(p["person"]["name"], p["title"]): (p.get("start"), p["former"]) for p in art.of("post")}
    assert got[("周建成", "监委会主任")] == (2021, False)             # control: a dated step
    assert got[("谢立群", "村支书")] == (None, False)
    assert got[("罗海波", "村委会主任")] == (None, False)


def test_each_village_s_elected_head_named_right_after_the_village_holds_the_posts(article):
    art = article("测试新闻\n2023-06-01 来源:测试日报\n全镇完成换届。其中，大坪村邓志强当选村党支部书记、村委会主任；"
                  "新华社区龙丽萍当选社区党委书记。谢立群当选村监委会主任。\n")
    got = {(p["person"]["name"], p["title"]) for p in art.of("post")}
    assert ("谢立群", "村监委会主任") in got or ("谢立群", "监委会主任") in got         # control: after a stop
    assert {("邓志强", "党支部书记"), ("邓志强", "村委会主任")} <= got
    assert ("龙丽萍", "党委书记") in got or ("龙丽萍", "社区党委书记") in got


def test_a_cadre_s_status_before_the_posts_of_a_body_lends_them_the_body_and_is_no_post(article):
    resume = ("干部简历\n2023-05-10\n欧阳青，男，1975年3月生。\n1997.07—2003.05 祁东县委办公室{}、副主任\n"
              "2003.05—2010.01 祁东县委常委\n")
    got = {p["title"]: p for p in _posts(article(resume.format("干部")), "欧阳青")}
    assert got["副主任"]["org"]["name"] == "祁东县委办公室"
    assert (got["副主任"].get("start"), got["副主任"].get("end")) == (1997, 2003)
    assert "干部" not in got and "县委常委" in got                        # positive control: the next line
    got = {p["title"]: p for p in _posts(article(resume.format("副科级干部、秘书")), "欧阳青")}
    assert got["秘书"]["org"]["name"] == got["副主任"]["org"]["name"] == "祁东县委办公室"


def test_a_section_named_by_its_staff_s_post_is_a_body_not_a_secretary(article):
    art = article("标题\n\n株洲市政府办公室秘书三科科长韩冬、攸县县委办秘书周岩参加调研。\n")
    got = {p["title"]: p for p in art.of("post")}
    assert got["科长"]["org"]["name"] == "株洲市政府办公室秘书三科"
    assert got["秘书"]["person"]["name"] == "周岩"                          # and the secretary is a post


def test_a_notices_sex_note_and_comrade_after_a_name_do_not_part_it_from_its_post(article):
    art = article("干部任职通知\n2024-03-01 来源:测试日报\n经县委研究决定：\n方晓燕（女）同志任醴陵市孙家湾镇副镇长；\n"
                  "邓明同志任醴陵市孙家湾镇副镇长；\n")
    assert "副镇长" in _by_title(art, "邓明")                                    # positive control
    assert _by_title(art, "方晓燕")["副镇长"]["place"]["name"] == "孙家湾镇"


def test_a_bureau_named_with_and_is_one_body_of_one_post(article):
    art = article("人事任免\n2024-03-01 来源:测试日报\n会议决定任命彭丽为泸溪县教育和体育局局长，"
                  "任命张涛为泸溪县商务和粮食局局长。\n")
    assert [(p["title"], p["org"]["name"]) for p in _posts(art, "彭丽")] == [("局长", "泸溪县教育和体育局")]
    assert [p["title"] for p in _posts(art, "张涛")] == ["局长"]                # one post, however many rules read it


def test_the_post_a_clause_says_one_retired_from_ends_at_the_sentence_s_date(article):
    art = article("老干部发挥余热\n2025-09-10 来源:测试日报\n今年初，从慈利县人大常委会主任岗位上退休的龚建新，被聘为县关工委主任。\n")
    got = _by_title(art, "龚建新")
    assert got["主任"] is not None and any(p["org"]["name"] == "慈利县关工委" for p in _posts(art, "龚建新"))   # control
    held = next(p for p in _posts(art, "龚建新") if p["org"]["name"] == "慈利县人大常委会")
    assert (held.get("end"), held.get("former")) == (2025, True)


def test_an_assembly_s_election_listed_under_its_header_gives_each_line_its_posts(article):
    art = article("人代会闭幕\n2024-01-12 来源:测试日报\n会议闭幕。大会选举：\n向国平为桑植县人大常委会主任；\n"
                  "彭立、谷秀英（女）、覃军为桑植县人大常委会副主任；\n宋涛为桑植县人民政府县长。\n")
    assert "人大常委会主任" in _by_title(art, "向国平")                                 # the first line
    assert "人大常委会副主任" in _by_title(art, "谷秀英") and "人大常委会副主任" in _by_title(art, "覃军")
    assert _by_title(art, "宋涛")["县长"].get("start") == 2024                       # the list runs on past the note


def test_the_heads_of_state_farms_and_factories_are_posts_of_a_career(article):
    art = article("老场长\n2025-03-12 来源:测试日报\n罗永年1970年进入国营农场工作，1984年任副场长，1990年至2003年任场长。"
                  "2010年，罗军任湘潭县农机厂厂长。\n")
    assert (_by_title(art, "罗永年")["场长"].get("start"), _by_title(art, "罗永年")["场长"].get("end")) == (1990, 2003)
    assert _by_title(art, "罗军")["厂长"].get("start") == 2010


def test_names_written_by_sound_take_the_posts_a_decision_gives_them(article):
    art = article("人事任免\n2024-04-10 来源:测试日报\n会议决定任命阿不都热合曼·吐尔逊为莎车县人民政府副县长，"
                  "免去买买提·艾力的莎车县农业农村局局长职务。宣读决定：努尔兰·阿不都曼任伊犁州党委副书记。\n")
    assert _by_title(art, "阿不都热合曼·吐尔逊")["副县长"]["org"]["name"] == "莎车县人民政府"
    assert _by_title(art, "买买提·艾力")["局长"]["former"]
    assert "党委副书记" in _by_title(art, "努尔兰·阿不都曼")
    assert not any(p["name"].startswith("免去") for p in art.of("person"))


def test_holders_of_a_post_told_in_prose_with_their_years_each_hold_it_then(article):
    art = article("县委书记名录\n2025-07-01 来源:测试日报\n据县志记载，先后担任涟源县委书记的有：周正明（1983—1989）、"
                  "邓国华（1989—1995）。现任县委书记为肖立新，2022年6月到任。\n")
    got = _by_title(art, "邓国华")["县委书记"]
    assert (got.get("start"), got.get("end"), got["org"]["name"]) == (1989, 1995, "涟源县委")
    assert _by_title(art, "肖立新")["县委书记"].get("start") == 2022


def test_a_head_who_becomes_his_county_s_secretary_within_one_resume_line_leaves_the_head_s_post_then(article):
    resume = ("干部简历\n2023-05-10\n谭卫国，男，1966年3月生。\n1998年1月--2004年3月，茶陵县副县长；\n"
              "2004年3月--2012年6月，攸县县委副书记、县长（2009年8月起任县委书记）；\n2012年6月至今，株洲市委常委。\n")
    got = _by_title(article(resume), "谭卫国")
    assert (got["县委书记"].get("start"), got["县委书记"].get("end")) == (2009, 2012)        # positive control
    assert (got["县长"].get("start"), got["县长"].get("end")) == (2004, 2009)


def test_a_step_after_an_adverb_of_sequence_standing_as_its_own_clause_starts_when_the_last_one_ended(article):
    art = article("老书记\n2025-10-15 来源:测试日报\n2015年至2020年，龚志强任石门县委书记。此后，他调任常德市人大常委会副主任，"
                  "2024年退休。\n")
    got = _by_title(art, "龚志强")
    assert (got["县委书记"].get("start"), got["县委书记"].get("end")) == (2015, 2020)        # positive control
    assert (got["人大常委会副主任"].get("start"), got["人大常委会副主任"].get("end")) == (2020, 2024)


def test_a_successor_named_after_the_one_succeeded_takes_up_the_post_the_range_closed(article):
    art = article("接力\n2025-11-20 来源:测试日报\n2006年至2013年，彭国强任辰溪县委书记。接任他的是时任麻阳县县长的舒文斌。\n")
    assert (_by_title(art, "彭国强")["县委书记"].get("end")) == 2013                          # positive control
    got = _by_title(art, "舒文斌")["县委书记"]
    assert (got["org"]["name"], got.get("start")) == ("辰溪县委", 2013)


def test_a_name_of_a_surname_beyond_the_list_opening_its_clause_before_the_verb_is_read_where_the_model_reads_it(article):
    art = article("新一届领导班子产生\n2021-10-09 来源:测试日报\n新一届县政府领导班子产生。郗红霞当选为县长。\n")
    assert "县长" in _by_title(art, "郗红霞")
    art = article("年度工作安排\n2021-10-09 来源:测试日报\n新一届领导班子研究年度工作。滑坡治理当选为年度重点工作，王立群当选为县长。\n")
    assert {p["name"] for p in art.of("person")} == {"王立群"}      # (control: a word opening the clause is no name)


def test_a_feature_headline_telling_a_career_as_a_journey_gives_no_post(article):
    art = article("韩立平：从村官到县长\n2021-03-02 来源:测试日报\n2008年，韩立平到平度市蓼兰镇任村主任助理。"
                  "2020年5月，他当选为胶州市市长。\n")
    got = _by_title(art, "韩立平")
    assert "县长" not in got and "市长" in got and not got["市长"]["former"]


def test_a_leaders_page_line_with_the_duties_after_the_name_gives_the_post(article):
    art = article("领导分工\n2022-03-01 来源:测试市人民政府\n市长：邵国华  负责市政府全面工作。\n"
                  "副市长：卢晓静  负责教育、文化和旅游工作。\n")
    assert "市长" in _by_title(art, "邵国华") and "副市长" in _by_title(art, "卢晓静")


def test_a_transfer_from_a_bureau_names_the_one_moved_before_the_body_left(article):
    art = article("乡镇干部风采\n2019-10-17 来源:测试日报\n2016年，33岁的汤晓梅从县林业局调任剑河县岑松镇副镇长。\n")
    got = _by_title(art, "汤晓梅")
    assert got["副镇长"]["start"] == 2016 and got["副镇长"]["place"]["name"] == "岑松镇"


def test_a_village_post_told_where_it_was_held_with_the_level_written_again(article):
    art = article("村里的带头人\n2021-06-28 来源:测试日报\n"
                  "马德福在民勤县红沙梁镇孙指挥村担任村党支部书记。此前，他在村里当了8年村委会主任。\n")
    got = _by_title(art, "马德福")
    assert got["党支部书记"]["place"]["name"] == "孙指挥村" and not got["党支部书记"]["former"]
    assert got["村委会主任"]["former"] and got["村委会主任"]["place"]["name"] == "孙指挥村"


def test_a_post_held_before_told_after_the_new_one_with_this_before_and_once_is_the_same_person_s(article):
    art = article("县长履新\n2021-03-15 来源:测试日报\n据悉，现年47岁的韦正刚2019年起出任三穗县县长，此前曾任锦屏县副县长。\n")
    got = _by_title(art, "韦正刚")
    assert got["副县长"]["former"] and got["副县长"]["place"]["name"] == "锦屏县"
    assert not got["县长"]["former"] and got["县长"]["start"] == 2019


def test_the_arrival_at_the_story_s_village_unnamed_dates_the_stationed_post(article):
    art = article("驻村书记\n2023-08-21 来源:测试日报\n在榕江县栽麻镇大利村，驻村第一书记吴春燕正在帮村民打包杨梅。"
                  "她是州教育局派驻的干部，2022年来到村里。村委会主任杨光荣介绍了村里的变化。\n")
    assert _by_title(art, "吴春燕")["驻村第一书记"]["start"] == 2022
    assert not _by_title(art, "杨光荣")["村委会主任"].get("start")       # (control: the other villager's post stays undated)


def test_how_long_a_village_post_was_held_written_with_de_is_still_the_post(article):
    art = article("老支书\n2021-07-05 来源:测试日报\n今年66岁的杜长顺，已经在宁阳县葛石镇东庄村当了31年的村党委书记。\n")
    got = _by_title(art, "杜长顺")
    assert got["党委书记"]["place"]["name"] == "东庄村" and not got["党委书记"].get("start")


def test_a_deputy_s_post_ends_when_the_same_body_s_head_is_taken_up_later(article):
    art = article("简历\n2022-06-01 来源:测试日报\n周启明，2011年3月任湖南省新田县委副书记、县长，2015年6月任新田县委书记。"
                  "唐晓红，2013年任宁远县副县长，2017年任宁远县县长。\n")
    deputy = _by_title(art, "周启明")["县委副书记"]
    assert deputy["former"] and deputy["end"] == 2015
    assert _by_title(art, "唐晓红")["副县长"]["end"] == 2017 and not _by_title(art, "唐晓红")["县长"]["former"]


def test_a_resume_line_s_bracketed_concurrent_post_from_a_date_is_the_person_s(article):
    art = article("简历\n2021-09-30 来源:测试日报\n龙志远，男，1970年3月生。\n"
                  "2009.06—2013.08 祁阳县副县长（2011.03起兼任祁阳经济开发区党工委书记）\n"
                  "2013.08—2021.09 双牌县委副书记、县长\n")
    got = _by_title(art, "龙志远")
    assert got["党工委书记"]["start"] == 2011 and got["党工委书记"]["former"]
    assert got["副县长"]["start"] == 2009 and got["副县长"]["end"] == 2013


def test_a_resume_line_of_bare_years_glued_to_its_posts_and_a_concurrent_post_after_jian(article):
    art = article("简历\n2021-09-30 来源:测试日报\n龙志远，男，1970年3月生。\n"
                  "1998年3月至2002年6月，祁阳县白水镇副镇长\n2002—2006 祁阳县白水镇党委书记，兼镇人大主席\n"
                  "2006.09—2011.08 双牌县委副书记、县长\n")
    got = _by_title(art, "龙志远")
    assert got["党委书记"]["start"] == 2002 and got["党委书记"]["end"] == 2006
    assert got["主席"]["org"]["name"] == "白水镇人大"


def test_a_career_clause_saying_where_the_person_worked_gives_the_titles_after_it_that_body(article):
    for where in ("1992年在汝城县林业局工作，先后任技术员、副局长。", "1992年分配到汝城县林业局工作，相继担任技术员、副局长。",
                  "1992年在汝城县林业局任技术员、副局长。"):
        art = article("人物\n2024-05-02 来源:测试日报\n邓春生，1970年生，湖南汝城人。" + where + "\n")
        deng = _by_title(art, "邓春生")
        assert {t: p["org"]["name"] for t, p in deng.items()} == {"技术员": "汝城县林业局", "副局长": "汝城县林业局"}, where
    art = article("人物\n2024-05-02 来源:测试日报\n邓春生，1970年生，湖南汝城人。1992年参加工作，先后任技术员、副局长。\n")
    assert all(p["org"] is None for p in _posts(art, "邓春生"))          # no where told: no body


def test_a_bare_organ_head_after_a_unit_s_post_is_the_organ_s_not_the_unit_s(article):
    art = article("人物\n2024-05-02 来源:测试日报\n邓春生，1970年生，曾任汝城县林业局办公室主任、局党组成员、副局长，"
                  "汝城县人民医院医务科科长、副院长。\n")
    deng = {(p["title"], p["org"]["name"]) for p in _posts(art, "邓春生")}
    assert deng == {("主任", "汝城县林业局办公室"), ("党组成员", "汝城县林业局党组"), ("副局长", "汝城县林业局"),
                    ("科长", "汝城县人民医院医务科"), ("副院长", "汝城县人民医院")}


def test_became_and_the_way_the_post_was_won_open_a_dated_career_step(article):
    art = article("人物\n2024-05-02 来源:测试日报\n汝城县三江口镇瑶岗仙村在大山深处。2015年，邓春生回到瑶岗仙村，成为村党支部书记。"
                  "2019年，李秋云通过公开遴选成为汝城县副县长。2020年，赵海经民主推荐当选瑶岗仙村村委会主任。\n")
    assert {(p["title"], p.get("start")) for p in _posts(art, "邓春生")} == {("党支部书记", 2015)}
    assert {(p["title"], p["place"]["name"], p.get("start")) for p in _posts(art, "李秋云")} == {("副县长", "汝城县", 2019)}
    assert {(p["title"], p.get("start")) for p in _posts(art, "赵海")} == {("村委会主任", 2020)}
    art = article("人物\n2024-05-02 来源:测试日报\n2015年，瑶岗仙村成为全县的示范村，村党支部书记邓春生说。\n")
    assert {(p["title"], p.get("start")) for p in _posts(art, "邓春生")} == {("党支部书记", None)}   # the village became


def test_a_post_shouldered_as_a_burden_is_a_dated_step_and_how_long_it_was_held_ends_the_chain(article):
    art = article("人物\n2024-05-02 来源:测试日报\n汝城县三江口镇瑶岗仙村在大山深处。2020年村两委换届，邓春生接过了村党支部书记的担子。"
                  "2021年，李秋云从老镇长手中接过了三江口镇镇长的接力棒。赵海担任瑶岗仙村村委会主任已有7个年头。"
                  "邓春生接过赵海的话说，茶叶今年卖得好。\n")
    assert {(p["title"], p["place"]["name"], p.get("start")) for p in _posts(art, "邓春生")} == {("党支部书记", "瑶岗仙村", 2020)}
    assert {(p["title"], p["place"]["name"], p.get("start")) for p in _posts(art, "李秋云")} == {("镇长", "三江口镇", 2021)}
    assert {(p["title"], p["place"]["name"]) for p in _posts(art, "赵海")} == {("村委会主任", "瑶岗仙村")}


def test_a_step_opening_with_a_days_date_takes_that_dates_year(article):
    art = article("人事\n2024-05-02 来源:测试日报\n2021年9月26日，邓春生当选汝城县县长。"
                  "2022年3月8日，在汝城县十八届人大二次会议上，李秋云当选副县长。\n")
    assert {(p["title"], p.get("start"), p.get("start_month")) for p in _posts(art, "邓春生")} == {("县长", 2021, 9)}
    assert {(p["title"], p.get("start")) for p in _posts(art, "李秋云")} == {("副县长", 2022)}


def test_a_decision_announced_at_a_dated_meeting_takes_the_meetings_date(article):
    art = article("人事\n2024-05-02 来源:测试日报\n郴州市于去年6月12日召开全市领导干部大会，宣布邓春生任郴州市委书记。"
                  "汝城县于去年6月召开会议，部署防汛工作。李秋云任汝城县委书记以来，多次下村。\n")
    assert {(p["title"], p.get("start"), p.get("start_month")) for p in _posts(art, "邓春生")} == {("市委书记", 2023, 6)}
    assert {(p["title"], p.get("start")) for p in _posts(art, "李秋云")} == {("县委书记", None)}   # no announcement


def test_a_post_held_until_a_date_written_after_its_title_ends_then(article):
    art = article("人物\n2024-05-02 来源:测试日报\n汝城县三江口镇瑶岗仙村在大山深处。邓春生任瑶岗仙村党支部书记、村委会主任至2021年底。"
                  "2019年3月中旬，李秋云当选三江口镇镇长。\n")
    assert {(p["title"], p.get("start"), p.get("end"), p["former"]) for p in _posts(art, "邓春生")} \
        == {("党支部书记", None, 2021, True), ("村委会主任", None, 2021, True)}      # no start after the end
    assert {(p["title"], p.get("start")) for p in _posts(art, "李秋云")} == {("镇长", 2019)}


def test_a_former_post_in_a_profiles_apposition_ends_at_the_retirement_told_after_it(article):
    art = article("讣告\n2024-05-02 来源:测试日报\n邓春生，男，1950年生，汝城县政协原副主席，2010年退休。\n"
                  "李秋云，汝城县政协副主席，分管文史工作。\n")
    assert {(p["title"], p.get("end"), p["former"]) for p in _posts(art, "邓春生")} == {("副主席", 2010, True)}
    assert {(p["title"][-3:], p.get("end"), p["former"]) for p in _posts(art, "李秋云")} == {("副主席", None, False)}


def test_a_resignation_dated_before_its_reason_and_a_step_back_to_the_second_line_end_the_posts(article):
    art = article("人物\n2024-05-02 来源:测试日报\n汝城县三江口镇瑶岗仙村在大山深处。邓春生2022年因身体原因辞去瑶岗仙村党支部书记职务。"
                  "李秋云曾任汝城县林业局局长，2021年退居二线。\n")
    assert {(p["title"], p.get("end"), p["former"]) for p in _posts(art, "邓春生")} == {("党支部书记", 2022, True)}
    assert {(p["title"], p.get("end"), p["former"]) for p in _posts(art, "李秋云")} == {("局长", 2021, True)}


def test_a_given_name_ending_with_sheng_before_a_date_is_no_birth(article):
    art = article("人物\n2024-05-02 来源:测试日报\n汝城县三江口镇瑶岗仙村在大山深处。刘海生2019年任瑶岗仙村党支部书记。"
                  "邓春生，男，生于1965年，2020年任瑶岗仙村村委会主任。\n")
    assert {(p["title"], p.get("start")) for p in _posts(art, "刘海生")} == {("党支部书记", 2019)}
    assert {(p["title"], p.get("start")) for p in _posts(art, "邓春生")} == {("村委会主任", 2020)}   # born: no start


def test_a_profile_giving_only_the_birth_year_opens_a_career(article):
    art = article("人物\n2024-05-02 来源:测试日报\n汝城县三江口镇瑶岗仙村在大山深处。"
                  "朱国平，1972年生，2018年当选瑶岗仙村党支部书记。朱文生于2020年当选瑶岗仙村村委会主任。"
                  "全镇，2021年生产茶叶300吨。\n")
    assert {(p["title"], p.get("start")) for p in _posts(art, "朱国平")} == {("党支部书记", 2018)}
    assert {(p["title"], p.get("start")) for p in _posts(art, "朱文生")} == {("村委会主任", 2020)}
    assert "全镇" not in {p["name"] for p in art.of("person")}


def test_a_title_introduced_by_its_dated_or_new_election_starts_then(article):
    art = article("人物\n2024-05-02 来源:测试日报\n汝城县三江口镇瑶岗仙村在大山深处。2021年当选的瑶岗仙村党支部书记朱国平说，路通了。"
                  "新当选的三江口镇镇长李秋云作表态发言。全票当选的瑶岗仙村村委会主任赵海也发了言。\n")
    assert {(p["title"], p.get("start")) for p in _posts(art, "朱国平")} == {("党支部书记", 2021)}
    assert {(p["title"], p.get("start")) for p in _posts(art, "李秋云")} == {("镇长", 2024)}
    assert {(p["title"], p.get("start")) for p in _posts(art, "赵海")} == {("村委会主任", None)}     # no date told


def test_respective_posts_of_places_listed_before_one_shared_title_without_a_count(article):
    art = article("人事\n2024-05-02 来源:测试日报\n汝城县三江口镇瑶岗仙村、东岭村召开村民大会。朱国平、李秋云分别当选瑶岗仙村和东岭村党支部书记。\n")
    assert {(p["title"], p["place"]["name"]) for p in _posts(art, "朱国平")} == {("党支部书记", "瑶岗仙村")}
    assert {(p["title"], p["place"]["name"]) for p in _posts(art, "李秋云")} == {("党支部书记", "东岭村")}
    art = article("人事\n2024-05-02 来源:测试日报\n汝城县三江口镇瑶岗仙村、东岭村召开村民大会。朱国平、李秋云、赵海分别当选瑶岗仙村和东岭村党支部书记。\n")
    assert not _posts(art, "赵海")                  # three names, two places: which is whose, untold


def test_a_dated_step_in_a_speaker_s_own_story_is_the_speaker_s_and_no_word_half_a_name(article):
    art = article("村里的带头人\n2023-06-18 来源：测试日报\n"
                  "“我2009年从部队退伍回村，2012年当选村委会委员。”谭家旺说。\n")
    assert {p["name"] for p in art.of("person")} == {"谭家旺"}           # no 伍回村
    assert [(p["title"], p["start"]) for p in _posts(art, "谭家旺")] == [("村委会委员", 2012)]


def test_a_notice_s_copula_after_a_comma_gives_the_named_the_post_of_the_place_it_points_back_to(article):
    art = article("纪委通报\n2023-08-01 来源：凤山县纪委监委\n"
                  "乔音乡干部覃明山，系该乡扶贫工作站原站长，虚报冒领补贴资金。"
                  "凤城镇农业服务中心原主任廖德才违规收受礼金。\n")
    station = _by_title(art, "覃明山")["站长"]
    assert station["org"]["name"] == "乔音乡扶贫工作站" and station["former"]
    centre = _by_title(art, "廖德才")["主任"]
    assert centre["org"]["name"] == "凤城镇农业服务中心" and centre["former"]      # positive control


def test_a_new_post_taken_up_by_luxin_ends_the_post_before_at_its_date(article):
    art = article("人物\n2024-03-08\n2015年9月，汤志军调任武冈市委书记，2020年6月履新邵阳市副市长。\n")
    tang = _by_title(art, "汤志军")
    assert tang["市委书记"]["start"] == 2015 and tang["市委书记"]["end"] == 2020
    assert tang["副市长"]["start"] == 2020 and not tang["副市长"]["former"]
    art = article("人物\n2024-03-08\n2015年9月，汤志军调任武冈市委书记，2020年6月升任邵阳市副市长。\n")
    assert _by_title(art, "汤志军")["市委书记"]["end"] == 2020                       # positive control: 升任


def test_a_span_of_years_written_with_jian_dates_the_posts_a_clause_after_it_lists(article):
    art = article("人物\n2024-03-08\n汤志军，1978年生。2012年至2016年间，他先后任武冈市双牌镇副镇长、镇长。\n")
    tang = _by_title(art, "汤志军")
    assert (tang["副镇长"].get("start"), tang["镇长"].get("end")) == (2012, 2016)
    art = article("人物\n2024-03-08\n汤志军，1978年生。2012年至2016年，他先后任武冈市双牌镇副镇长、镇长。\n")
    tang = _by_title(art, "汤志军")                                               # positive control: no 间
    assert (tang["副镇长"].get("start"), tang["镇长"].get("end")) == (2012, 2016)


def test_a_name_opening_its_clause_then_wei_and_titles_that_close_it_holds_them(article):
    art = article("共事\n2024-03-08\n那几年，汤志军主持武冈市委工作，罗德厚为市长。\n")
    assert [p["title"] for p in _posts(art, "罗德厚")] == ["市长"]
    art = article("共事\n2024-03-08\n那几年，罗德厚为群众办了不少实事。\n")       # control: 为 "for"
    assert not _posts(art, "罗德厚")


def test_names_elected_to_a_body_s_head_and_deputy_take_one_each_without_fenbie(article):
    art = article("人事\n2024-03-08\n会议选举汤志军、罗德厚为武冈市人大常委会主任、副主任。\n")
    assert [p["title"] for p in _posts(art, "罗德厚")] == ["副主任"]
    art = article("人事\n2024-03-08\n会议增补汤志军、罗德厚为武冈市委委员、常委。\n")      # control: a chain both hold
    assert sorted(p["title"] for p in _posts(art, "罗德厚")) == ["市委委员", "市委常委"]


def test_the_news_appointment_told_before_a_resume_is_no_step_its_later_posts_came_after(article):
    art = article("韩立新任定西市委书记\n2024-03-01\n据省委组织部消息，韩立新任定西市委书记。"
                  "韩立新，1969年3月生。2015年2月至2019年6月任天水市委副书记，此后任省交通运输厅厅长。\n")
    posts = _by_title(art, "韩立新")
    assert posts["市委副书记"]["former"] and posts["市委副书记"]["end"] == 2019    # positive control
    assert not posts["市委书记"].get("former")                   # the news: held now


def test_a_notice_with_no_date_line_reads_its_lists_under_a_bare_verb(article):
    art = article("大化瑶族自治县人民政府关于覃志坚等同志职务任免的通知\n各乡（镇）人民政府，县直各单位：\n"
                  "经县人民政府研究决定：\n任命：\n覃志坚为县水利局局长；\n蓝秀英为县民政局副局长（试用期一年）。\n"
                  "免去：\n韦德明的县水利局局长职务。\n大化瑶族自治县人民政府\n2025年3月2日\n")
    held = {(p["person"]["name"], p["title"]): p for p in art.of("post")}
    assert held[("覃志坚", "局长")]["org"]["name"] == "大化瑶族自治县水利局" and held[("覃志坚", "局长")]["start"] == 2025
    assert held[("蓝秀英", "副局长")]["start"] == 2025                  # the note after the title, then the list's end
    assert held[("韦德明", "局长")]["former"] and held[("韦德明", "局长")]["end"] == 2025


def test_a_passive_move_takes_the_new_post_up_in_the_year_it_tells(article):
    art = article("测试新闻\n2023-06-01 来源:测试日报\n1985年，向德明任溆浦县龙潭区委书记。次年，他被调任溆浦县农业局局长。\n")
    held = _by_title(art, "向德明")
    assert held["局长"]["org"]["name"] == "溆浦县农业局" and held["局长"]["start"] == 1986
    assert held["区委书记"]["start"] == 1985                               # positive control: the active verb's
    assert held["区委书记"]["end"] == 1986                                 # a move: the post before is left


def test_a_removal_names_the_person_right_before_the_county_s_bare_level(article):
    art = article("人事任免\n2025-03-02\n会议决定任命陈国华为县水利局局长，免去刘建国县水利局局长职务。\n")
    held = {(p["person"]["name"], p["title"]): p for p in art.of("post")}
    assert not held[("陈国华", "局长")]["former"]                      # positive control: 为 after the name
    assert held[("刘建国", "局长")]["former"] and held[("刘建国", "局长")]["end"] == 2025


def test_a_feature_s_she_is_already_gives_the_post_held_now(article):
    art = article("测试新闻\n2024-06-01 来源:测试日报\n2022年，滕小燕来到凤凰县岩门村，给村党委书记当助手。如今，她已是岩门村党委副书记。滕小燕已是第三年驻村。\n")
    held = _by_title(art, "滕小燕")
    assert held["党委副书记"]["place"]["name"] == "岩门村" and not held["党委副书记"]["former"]
    assert set(held) == {"党委副书记"}                                  # 已是第三年: how long, no post


def test_steps_told_before_their_subject_are_the_person_a_later_clause_opens_with(article):
    art = article("测试新闻\n2024-06-01 来源:测试日报\n每天清早，石门县所街乡党委书记覃志红都要下村。"
                  "2019年从县委办调任所街乡乡长，2022年起任乡党委书记，覃志红走遍了全乡的组。\n")
    held = _by_title(art, "覃志红")
    assert held["乡长"]["start"] == 2019 and held["乡长"]["end"] == 2022 and held["乡长"]["former"]
    assert held["党委书记"]["start"] == 2022 and not held["党委书记"]["former"]


def test_a_village_secretary_named_first_by_his_nickname_keeps_the_formal_title(article):
    art = article("“老支书”向德山的心愿\n2024-06-01 来源:测试日报\n今年70岁的向德山，在凤凰县竹山村当了30年村党支部书记。\n")
    titles = {p["title"] for p in art.of("post") if p["person"]["name"] == "向德山"}
    assert titles == {"党支部书记"} or titles == {"村党支部书记"}


def test_a_move_from_a_general_office_by_its_short_name_keeps_its_subject(article):
    art = article("测试新闻\n2024-06-01 来源:测试日报\n覃志红是所街乡党委书记。他2019年从县委办调任所街乡乡长。\n")
    held = _by_title(art, "覃志红")
    assert held["乡长"]["start"] == 2019
    assert "党委书记" in held                                           # positive control


def test_a_standing_committee_s_approval_list_takes_the_posts_up(article):
    art = article("任免名单\n（2025年4月20日县人大常委会第九次会议通过）\n任命：\n田志华为县人民法院审判员；\n"
                  "批准：\n龙秀梅为县人民检察院副检察长。\n")
    held = {(p["person"]["name"], p["title"]): p for p in art.of("post")}
    assert held[("田志华", "审判员")]["start"] == 2025                    # positive control: 任命
    assert held[("龙秀梅", "副检察长")]["start"] == 2025


def test_a_period_of_office_beside_the_title_the_notice_names_him_by_is_the_post_held(article):
    art = article("典型案例通报\n2024-05-06\n一、衡山县店门镇白果村党支部书记罗建新优亲厚友问题。2019年至2022年，罗建新在担任"
                  "白果村党支部书记期间，违规为亲属申报低保。\n二、衡山县原林业局局长贺立平收受礼金问题。2018年至2021年，"
                  "贺立平在担任县林业局局长期间，收受礼金2万元。\n")
    luo = _by_title(art, "罗建新")["党支部书记"]
    assert not luo["former"] and not luo.get("start") and not luo.get("end")    # the abuse's years, not the tenure's
    he = _by_title(art, "贺立平")["局长"]
    assert he["former"]                                                  # positive control: 原 says he left


def test_a_date_opening_a_sentence_dates_the_post_taken_after_a_secondment_clause(article):
    art = article("测试新闻\n2026-11-28 来源:测试日报\n去年11月，来自宁波市鄞州区的干部陈海波，来到贵州省黔东南州从江县挂职，"
                  "任从江县委常委、副县长。\n")
    held = _by_title(art, "陈海波")
    assert held["副县长"]["start"] == 2025 and held["县委常委"]["start"] == 2025


def test_an_election_after_a_candidacy_is_a_post_held_now_beside_the_deputy_secretaryship(article):
    art = article("新任县长贺秋菊\n\n贺秋菊，女，1979年3月生，湖南隆回人。\n"
                  "2004年起在隆回县工作，2015年任隆回县副县长；2020年任洞口县委常委、组织部部长；"
                  "2025年11月起任新邵县委副书记，提名为县长候选人；2026年1月当选为新邵县人民政府县长。\n")
    got = _by_title(art, "贺秋菊")
    head = got["县长"]
    assert (head["org"]["name"], head["place"]["name"], head.get("start"), bool(head.get("former"))) == \
        ("新邵县人民政府", "新邵县", 2026, False)
    assert not got["县委副书记"].get("former") and not got["县委副书记"].get("end")
    assert got["副县长"]["place"]["name"] == "隆回县"                               # positive control
    assert sum(p["title"] == "县长" for p in art.of("post")) == 1        # the headline's is that one


def test_a_township_s_office_after_its_youth_league_post_is_the_township_s(article):
    art = article("简历\n2024-01-01 来源:测试\n贺明，男，2001年至2008年在隆回县金石桥镇工作，先后任镇团委书记、党政办主任、副镇长。\n")
    got = {p["title"]: (p["org"] or {}).get("name") for p in art.of("post")}
    assert got["主任"] == "金石桥镇党政办"
    assert got["团委书记"] == "金石桥镇团委"                                        # positive control


def test_a_dated_standing_down_for_a_successor_ends_the_posts_held_last(article):
    art = article("老支书\n\n他叫向德明，是古丈县默戎镇牛角山村的老支书。1996年，他当选为村党支部书记。"
                  "2021年换届时，他主动让贤，把担子交给了年轻人。\n")
    got = _by_title(art, "向德明")["党支部书记"]
    assert (got.get("start"), got.get("end"), bool(got.get("former"))) == (1996, 2021, True)


def test_a_secondment_noted_after_the_holder_s_name_is_a_temporary_post(article):
    art = article("会议\n2024-05-08\n援疆工作队召开座谈会。县委副书记马天宇（援疆）、副县长沈佳琪（挂职）、副县长韩立新出席。\n")
    assert _by_title(art, "马天宇")["县委副书记"]["temporary"] and _by_title(art, "沈佳琪")["副县长"]["temporary"]
    assert not _by_title(art, "韩立新")["副县长"]["temporary"]                  # control: no note after the name


def test_an_institution_s_head_engaged_by_a_government_s_decision_takes_the_post_up(article):
    art = article("任免通知\n2024-03-15 来源：某县人民政府网\n经攸县人民政府研究决定：聘任谭丽君为县畜牧水产事务中心主任；"
                  "任命贺建军为县人民政府办公室副主任。\n")
    tan = _by_title(art, "谭丽君")["主任"]
    assert tan["org"]["name"] == "攸县畜牧水产事务中心" and tan["start"] == 2024 and not tan["former"]
    assert _by_title(art, "贺建军")["副主任"]["start"] == 2024          # control: an appointment, as before


def test_a_lead_of_the_time_before_covers_each_undated_clause_of_its_sentence(article):
    art = article("人事\n2024-06-01 来源：测试日报\n经县委研究决定，邹凯、聂晓丽分别任白沙镇党委书记、花门镇党委书记。"
                  "此前，邹凯任白沙镇镇长，聂晓丽任花门镇镇长。\n")
    assert _by_title(art, "邹凯")["镇长"]["former"] and _by_title(art, "聂晓丽")["镇长"]["former"]
    assert not _by_title(art, "聂晓丽")["党委书记"]["former"]
    art = article("人事\n2024-06-01 来源：测试日报\n此前，邹凯任白沙镇镇长，2023年聂晓丽任花门镇镇长。\n")
    assert not _by_title(art, "聂晓丽")["镇长"]["former"]           # control: a clause of its own date


def test_a_leadership_page_s_heading_of_name_then_posts_gives_the_posts_and_the_profile_below_to_that_member(article):
    art = article("新一届县政府领导班子成员简介\n2024-01-20 来源：攸县人民政府网\n■ 龙海波 县长\n"
                  "男，汉族，1976年8月生，湖南茶陵人。曾任株洲市财政局副局长，攸县县委常委、常务副县长。\n"
                  "■ 谭丽 副县长（挂职）\n女，汉族，1984年5月生。现任长沙市芙蓉区商务局副局长。\n")
    long = _by_title(art, "龙海波")
    assert not long["县长"]["former"] and long["常务副县长"]["former"] and long["副局长"]["former"]
    assert _by_title(art, "谭丽")["副县长"]["temporary"]
    art = article("排班表\n2024-01-20 来源：攸县人民政府网\n邓立新    县委书记    网岭镇\n")
    assert not any(p["title"] == "县委书记" and p["place"] is not None and p["place"]["name"] == "网岭镇"
                   for p in art.of("post"))                           # control: a table's row, the next column a place


def test_a_standing_committee_deciding_someone_is_the_acting_head_gives_the_acting_post(article):
    art = article("人事任免\n2025-04-29 来源：清河日报\n会议决定任命程宇为邵东市人民政府副市长，决定程宇为邵东市人民政府代理市长。\n")
    held = _by_title(art, "程宇")
    assert held["代理市长"]["org"]["name"] == "邵东市人民政府" and held["代理市长"]["start"] == 2025
    assert held["副市长"]["org"]["name"] == "邵东市人民政府"                                 # control: as before


def test_a_step_after_a_post_held_at_a_place_written_after_the_name_keeps_its_subject(article):
    art = article("人物\n2024-05-01\n2012年至2020年，覃立军在慈利县零溪镇担任镇长，2020年换届时当选为镇党委书记。\n")
    held = _by_title(art, "覃立军")
    assert held["镇长"]["place"]["name"] == "零溪镇" and held["镇长"]["former"]
    assert held["镇党委书记"]["start"] == 2020 and held["镇党委书记"]["org"]["name"] == "零溪镇党委"


def test_a_deputy_elected_in_an_electoral_district_written_after_the_name_holds_the_seat(article):
    art = article("选举\n2026-11-25 来源：慈利县融媒体中心\n全县人大代表选举顺利进行。经选举，覃明在零阳街道第二选区当选为县人大代表。\n")
    assert _by_title(art, "覃明")["人大代表"]["place"]["name"] == "慈利县"
    art = article("选举\n2026-11-25 来源：慈利县融媒体中心\n全县人大代表选举顺利进行。经选举，覃明当选为县人大代表。\n")
    assert "人大代表" in _by_title(art, "覃明")                                          # control: no district
