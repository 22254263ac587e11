"""Careers: when a post was held, former and temporary posts, and the career query."""
import csv
import io

from kg.article import Span
from kg.cli import main
from kg.recognize.tenure import tenure


def body(text):
    return f"测试新闻\n2023-06-01 来源:测试日报\n{text}\n"


def posts(art):
    return {(p["person"]["name"], p["title"]): p for p in art.of("post")}


def at(sentence: str, title: str) -> Span:
    i = sentence.index(title)
    return Span("post", 0, i, i + len(title), title, {})


def test_a_year_before_the_verb_that_takes_the_post_up_is_its_start(article):
    got = posts(article(body("2021年，市财政局干部周敏到河口镇任党委副书记。")))
    assert got[("周敏", "党委副书记")]["start"] == 2021


def test_a_year_whose_clause_ends_before_a_move_ends_the_post_held_before_it():
    sentence = "马德林2019年调到清河镇任职前，在县水利局担任局长。"
    got = tenure(sentence, at(sentence, "局长"))
    assert (got["start"], got["end"], got["former"]) == (None, 2019, True)
    control = "马德林2019年起在县水利局担任局长。"
    assert tenure(control, at(control, "局长"))["start"] == 2019          # the year the post was taken up


def test_a_birth_date_before_the_verb_starts_no_post():
    sentence = "马德林，1975年5月出生，此前任县水利局局长。"
    assert tenure(sentence, at(sentence, "局长"))["start"] is None
    control = "马德林，1975年5月出生，2019年任县水利局局长。"
    assert tenure(control, at(control, "局长"))["start"] == 2019             # the step's own year


def test_a_post_stated_as_it_is_has_no_year_even_in_a_dated_sentence():
    sentence = "2022年，镇长吴平带队走访企业。"
    assert tenure(sentence, at(sentence, "镇长"))["start"] is None
    dated = "2022年，吴平调任镇长。"
    assert tenure(dated, at(dated, "镇长"))["start"] == 2022                # positive control


def test_a_span_of_years_gives_start_end_and_a_former_post():
    sentence = "他2009年至2013年任县长，2014年起任县委书记。"
    first = tenure(sentence, at(sentence, "县长"))
    assert (first["start"], first["end"], first["former"]) == (2009, 2013, True)
    second = tenure(sentence, at(sentence, "县委书记"))
    assert (second["start"], second["end"], second["former"]) == (2014, None, False)


def test_secondment_is_a_temporary_post(article):
    got = posts(article(body("省农业农村厅干部郑凯到石门县挂职任副县长。")))
    assert got[("郑凯", "副县长")]["temporary"] is True


def test_words_of_a_past_post_make_it_former():
    for sentence, title in (("曾任乡长的他回到家乡。", "乡长"), ("会议决定免去其局长职务。", "局长"),
                            ("县原县长出席。", "县长")):
        assert tenure(sentence, at(sentence, title))["former"], sentence
    now = "现任乡长的他回到家乡。"
    assert not tenure(now, at(now, "乡长"))["former"]                      # positive control


def test_career_of_person_lists_posts_with_flags_in_time_order(corpus_build, capsys):
    out, _ = corpus_build
    assert main(["query", "career_of_person", "--graph", str(out), "--format", "csv", "--param", "person=司鹏飞"]) == 0
    rows = list(csv.DictReader(io.StringIO(capsys.readouterr().out.lstrip("\ufeff"))))
    titles = {r["title"]: r for r in rows}
    assert titles["副县长"]["temporary"] == "true" and titles["副主任"]["former"] == "true"
    assert all(r["reported"] and r["evidence"] and r["file"] for r in rows)
    keys = [(int(r["startYear"]) if r["startYear"] else int(r["reported"][:4])) for r in rows]
    assert keys == sorted(keys)


def test_then_serving_marks_a_former_post_and_dates_no_start():
    sentence = "2015年8月，时任安平县委常委的郑立新出席了现场会。"
    then = tenure(sentence, at(sentence, "县委常委"))
    assert then["former"] and then["start"] is None
    took_up = "2015年8月，郑立新任安平县委常委。"
    assert tenure(took_up, at(took_up, "县委常委"))["start"] == 2015     # positive control: 任 takes it up


def test_former_before_a_list_of_titles_covers_the_list_but_not_a_present_post(article):
    got = posts(article(body("原崇阳县委常委、副书记周立恒近日调任咸宁市副市长。")))
    assert got[("周立恒", "县委常委")]["former"] and got[("周立恒", "县委副书记")]["former"]
    assert got[("周立恒", "县委副书记")]["org"]["name"] == "崇阳县委"          # the committee written once
    now = posts(article(body("原崇阳县委书记、现任咸宁市政协副主席周立恒出席。")))
    assert now[("周立恒", "县委书记")]["former"]                               # control: 原 read
    assert not any(p["former"] for (_, t), p in now.items() if t.endswith("副主席"))


def test_a_level_written_after_now_is_that_levels_post_not_the_former_posts_place(article):
    got = posts(article(body("原崇阳县委书记、现任省政协副主席周立恒出席座谈会。")))
    assert got[("周立恒", "县委书记")]["place"]["name"] == "崇阳县"                 # control
    deputy = next(p for (_, t), p in got.items() if t.endswith("政协副主席"))
    assert deputy["place"] is None or deputy["place"]["level"] == "province"
    assert deputy["org"] is None or not deputy["org"]["name"].startswith("崇阳")


def test_former_right_before_the_place_of_a_post_inside_a_clause(article):
    got = posts(article(body("省委近日批准了原襄阳市委常委、常务副市长郑国庆担任荆门市委书记。")))
    assert got[("郑国庆", "市委常委")]["former"] and got[("郑国庆", "常务副市长")]["former"]
    assert not got[("郑国庆", "市委书记")]["former"]                              # control: the post taken
    word = posts(article(body("会议由太原市委常委、副市长郑国庆主持。")))
    assert not any(p["former"] for p in word.values())                           # 原 inside 太原 is no mark


def test_a_post_in_a_relative_clause_takes_no_year_from_another_clause():
    meeting = "2019年3月，全县召开动员大会，担任副县长的郑海涛作了部署。"
    assert tenure(meeting, at(meeting, "副县长"))["start"] is None
    own = "2017年担任副县长的郑海涛作了部署。"           # the year of the relative clause itself
    assert tenure(own, at(own, "副县长"))["start"] == 2017


def test_before_this_with_respectively_marks_both_posts_former():
    sentence = "2019年3月，省委宣布调整决定，之前分别担任甲县县长的郑海涛和乙县县长的孟凡勇，当天到任。"
    first = tenure(sentence, at(sentence, "县长"))
    assert first["former"] and first["start"] is None
    plain = "2019年3月，省委宣布调整决定，担任甲县县长的郑海涛当天发言。"     # no 之前: held on
    assert not tenure(plain, at(plain, "县长"))["former"]


def test_former_after_the_place_covers_the_titles_listed_after_it(article):
    got = posts(article(body("平利县原县委副书记、县长郑海涛接受审查。太原市委书记孟凡勇出席会议。")))
    assert got[("郑海涛", "县委副书记")]["former"] and got[("郑海涛", "县长")]["former"]
    assert not got[("孟凡勇", "市委书记")]["former"]                 # 原 ending a place's name


def test_yuan_or_qian_ending_an_everyday_word_marks_no_former_post(article):
    got = posts(article(body("目前县长郑海涛表示，工作进展顺利。草原书记孟凡勇说，牧民增收了。"
                             "会上，原县长王立新发言。平利县城关镇原镇长李立受到处分。")))
    assert not got[("郑海涛", "县长")]["former"] and not got[("孟凡勇", "书记")]["former"]
    assert got[("王立新", "县长")]["former"] and got[("李立", "镇长")]["former"]     # 原 as a word of its own


def test_former_after_a_conjunction_before_the_place_marks_a_past_post(article):
    art = article("人事观察\n2024-05-02\n郑州市委书记周海涛留任，而原洛阳市长孙国强则调往省里。太原市委书记郭平出席。\n")
    got = {(p["person"]["name"], p["title"]): p for p in art.of("post")}
    assert got[("孙国强", "市长")]["former"] and got[("孙国强", "市长")]["place"]["name"] == "洛阳市"
    assert not got[("郭平", "市委书记")]["former"]                        # 太原: no 原 of a past post


def test_a_post_no_longer_held_takes_no_start_from_the_year_before_its_verb(article):
    got = posts(article(body("2023年5月，县里宣布决定：方立新同志任某县委书记，韩志远同志不再担任某县委书记职务。")))
    assert got[("方立新", "县委书记")]["start"] == 2023                      # control: the post taken up
    left = got[("韩志远", "县委书记")]
    assert left["start"] is None and left["former"]


def test_a_post_then_the_one_who_took_it_up_is_dated_by_the_sentence(article):
    art = article("人事\n2023-06-01\n2020年5月起，松滋市市长由覃立军担任。日前，公安县县长一职由周新华接任。此前，石首市市长由刘永安担任。\n")
    start = {p["person"]["name"]: (p.get("start"), bool(p.get("former"))) for p in art.of("post")}
    assert start == {"覃立军": (2020, False), "周新华": (2023, False), "刘永安": (None, True)}


def test_an_arrival_written_by_its_level_alone_dates_the_post_of_the_sentence_s_own_person(article):
    art = article("驻村风采\n2023-03-28 来源：测试日报\n在都安瑶族自治县下坳镇加文村，村党总支书记蓝振宇介绍了村情。"
                  "驻村第一书记覃海波来自自治区财政厅，2021年5月到村任职。\n")
    first = next(p for p in art.of("post") if p["person"]["name"] == "覃海波")
    other = next(p for p in art.of("post") if p["person"]["name"] == "蓝振宇")
    assert first["start"] == 2021 and first["start_month"] == 5
    assert not other.get("start")                                   # control: the secretary named before


def test_a_seat_whose_qualification_a_decision_removes_ends_on_the_decision_s_date(article):
    art = article("政协动态\n2023-04-26 来源：测试日报\n汝城县政协召开常委会议。会议决定：免去黄立华的县政协委员资格，"
                  "增补李志坚为县政协委员。\n")
    left = next(p for p in art.of("post") if p["person"]["name"] == "黄立华")
    added = next(p for p in art.of("post") if p["person"]["name"] == "李志坚")
    assert left["former"] and left["end"] == 2023
    assert added["start"] == 2023 and not added["former"]            # control: the seat filled


def test_a_deputys_seat_the_standing_committee_ends_is_former_from_its_decision(article):
    art = article("人大动态\n2023-04-26 来源：测试日报\n汝城县人大常委会召开会议。会议决定，终止赵德明的县十八届人大代表资格。"
                  "项目终止后的评估工作随即开展。\n")
    seat = next(p for p in art.of("post") if p["person"]["name"] == "赵德明")
    assert seat["former"] and seat["end"] == 2023
    assert len(art.of("post")) == 1                                 # control: 终止 of a project names no one


def test_a_post_held_until_a_year_told_with_how_it_was_left_ends_that_year(article):
    art = article(body("2003年起，向志兵担任辰溪县潭湾镇桥头村党支部书记，直到2020年换届时才卸任。"
                       "2003年起，舒家兴担任辰溪县潭湾镇桥头村村委会主任，一直干到2016年。"))
    ends = {p["person"]["name"]: (p.get("end"), p.get("former")) for p in art.of("post")}
    assert ends["向志兵"] == (2020, True) and ends["舒家兴"] == (2016, True)


def test_a_secondment_served_out_in_a_dated_clause_after_it_ends_then(article):
    art = article(body("罗志强2018年被选派到保靖县夯沙乡夯吉村任第一书记，2020年期满返回原单位。"
                       "2021年，吴晓红到保靖县挂职任副县长，2023年挂职期满。"))
    got = {p["person"]["name"]: (p.get("start"), p.get("end"), p.get("former")) for p in art.of("post")}
    assert got["罗志强"] == (2018, 2020, True) and got["吴晓红"] == (2021, 2023, True)


def test_titles_listed_after_a_dated_verb_in_a_clause_that_describes_the_holder_share_its_years(article):
    art = article(body("在绥阳县风华镇金鸡村，2017年至2022年担任村党支部书记、村委会主任的黄正清讲起了往事。"
                       "2019年，镇长韦国安、副镇长杨晓丽到村里调研。"))
    got = posts(art)
    assert (got[("黄正清", "党支部书记")]["start"], got[("黄正清", "村委会主任")]["start"]) == (2017, 2017)
    assert got[("黄正清", "村委会主任")]["end"] == 2022 and got[("黄正清", "村委会主任")]["former"]
    assert got[("杨晓丽", "副镇长")]["start"] is None                # control: another holder's title in the list


def test_a_stationed_cadres_term_served_out_in_a_later_sentence_ends_the_posts_held_for_it(article):
    art = article(body("2020年8月，省水利厅干部程立新到平江县三墩乡湖源村任第一书记。2022年，程立新任期届满，返回原单位。"
                       "2019年，郭芳到汝城县挂职任副县长。2021年挂职期满后，郭芳回到了省城。"))
    got = {p["person"]["name"]: (p.get("start"), p.get("end"), p.get("former")) for p in art.of("post")}
    assert got["程立新"] == (2020, 2022, True) and got["郭芳"] == (2019, 2021, True)
    art = article(body("2020年8月，省水利厅干部程立新到平江县三墩乡湖源村任第一书记。2022年，程立新任期届满，他主动申请留任。"
                       "2021年，湖源村两委任期届满，村委会主任李建华连任。"))
    got = {p["person"]["name"]: (p.get("start"), p.get("end"), p.get("former")) for p in art.of("post")}
    assert got["程立新"] == (2020, None, False)                  # stayed on: the term's end ends nothing
    assert got["李建华"][1] is None                               # an elected body's term names no one


def test_a_term_served_out_this_year_ends_the_posts_held_for_it_then(article):
    art = article("驻村故事\n2024-11-20 来源：测试日报\n2021年5月，市交通局干部韩立新到桑植县芙蓉桥白族乡马合口村任第一书记。"
                  "今年6月，韩立新驻村期满，回到市交通局工作。去年，周晓燕到桑植县挂职任副县长。\n")
    got = {p["person"]["name"]: (p.get("start"), p.get("end"), p.get("end_month"), p.get("former")) for p in art.of("post")}
    assert got["韩立新"] == (2021, 2024, 6, True)
    assert got["周晓燕"] == (2023, None, None, False)              # control: a secondment no sentence ends

def test_a_deputy_promoted_to_head_of_the_government_written_in_full_ends_then(article):
    art = article("人物\n2026-05-20 来源：测试日报\n去年3月，韦建明任龙胜县副县长。今年1月，韦建明当选龙胜县人民政府县长。\n")
    got = {p["title"]: p for p in art.of("post")}
    assert (got["副县长"].get("start"), got["副县长"].get("end"), got["副县长"]["former"]) == (2025, 2026, True)
    assert got["县长"]["start"] == 2026 and not got["县长"]["former"]


def test_a_past_year_a_post_was_still_held_in_is_not_its_start(article):
    art = article("人物\n2024-05-20 来源：测试日报\n2018年，覃丽萍还在融水县财政局担任副局长。2019年，蒙国强在融水县水利局担任副局长。\n")
    got = {p["person"]["name"]: (p.get("start"), p["former"]) for p in art.of("post")}
    assert got["覃丽萍"] == (None, True)                               # held then, taken up before, left since
    assert got["蒙国强"] == (2019, False)                              # control: the year the post was taken up


def test_a_post_told_as_it_was_then_in_a_recollection_is_former(article):
    got = posts(article(body("那时的青石镇党委书记孙立回忆说，修路用了三年。当年担任村党支部书记的吴强也在场。"
                             "如今的镇长贺平说，路通了。")))
    assert got[("孙立", "党委书记")]["former"] and got[("吴强", "党支部书记")]["former"]
    assert not got[("贺平", "镇长")]["former"]                                 # positive control
