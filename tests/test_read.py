"""Reading and cleaning: encodings, pinyin, mojibake, page junk, header fields."""
from pathlib import Path

import pytest

from kg.article import ReadError
from kg.read import article_from_text, read_article
from kg.read.clean import clean_text, repair_mojibake, strip_pinyin
from kg.read.files import decode

CORPUS = Path(__file__).resolve().parent.parent / "corpus"
BODY = "县委书记张三说，全县今年新建道路12公里，群众满意度明显提高，各项工作稳步推进。"


def test_pinyin_after_a_character_is_removed():
    assert strip_pinyin("中國共產(chǎn)黨新聞網(wǎng)") == "中國共產黨新聞網"


def test_a_whole_word_s_pinyin_is_removed_but_an_english_phrase_in_brackets_stays():
    assert strip_pinyin("县委常委(chángwěi)、副县长王某(wángmǒu)说") == "县委常委、副县长王某说"
    assert strip_pinyin("推出平台(online service)") == "推出平台(online service)"


def test_pinyin_in_full_width_brackets_is_removed_but_their_content_otherwise_stays(article):
    assert strip_pinyin("乡党委（dǎngwěi）书记（shū）") == "乡党委书记"
    assert strip_pinyin("实施细则（试行）和（2023—2027年）") == "实施细则（试行）和（2023—2027年）"      # control
    art = article("测试新闻\n2024-01-05 来源:测试日报\n县人大常委会（huì）副主任马志军（jūn）出席会议。\n")
    assert {p["person"]["name"]: p["title"] for p in art.of("post")} == {"马志军": "人大常委会副主任"}

def test_brackets_with_content_are_kept():
    assert strip_pinyin("实施细则(试行)和(2023—2027年)") == "实施细则(试行)和(2023—2027年)"


def test_gbk_quote_shifted_by_one_byte_is_repaired():
    assert repair_mojibake("堅決不用?!崩钜步榻B,葫蘆島") == "堅決不用。”李也介紹,葫蘆島"


@pytest.mark.parametrize("misread", ["latin-1", "sloppy-windows-1252"])
def test_utf8_read_one_byte_a_character_and_saved_again_is_read_as_written(tmp_path, misread):
    import ftfy.bad_codecs  # noqa: F401 - registers Windows-1252 as browsers and spreadsheets decode it

    text = "县委书记调研春耕\n2024-03-12 来源：测试日报\n3月11日，县委书记孟建华到镇里调研“春耕”生产……县长陪同。\n"
    damaged = tmp_path / "damaged.txt"
    damaged.write_text(text.encode("utf-8").decode(misread), encoding="utf-8")
    clean = tmp_path / "clean.txt"
    clean.write_text(text, encoding="utf-8")
    art, control = read_article(damaged), read_article(clean)
    assert "县委书记孟建华" in art.text and art.title == control.title == "县委书记调研春耕"
    assert control.text == clean_text(control.text)             # clean text, quotes and ellipsis, is left as it is


def test_html_entities_and_tag_remnants_are_removed():
    assert clean_text("確保&ldquo;硬骨頭&rdquo;。?/p>") == "確保“硬骨頭”。"


@pytest.mark.parametrize("encoding", ["utf-8", "gb18030", "gbk", "big5", "utf-16"])
def test_encodings_are_detected(encoding):
    text = "遼寧省人大代表" if encoding == "big5" else "辽宁省人大代表白金山说"
    decoded, _ = decode(text.encode(encoding))
    assert decoded == text


@pytest.mark.parametrize("encoding", ["utf-16-le", "utf-16-be"])
def test_utf16_without_byte_order_mark_is_read(encoding):
    text = "乡长李四说：2024年全乡新修水渠3条。\n"
    assert decode(text.encode(encoding))[0] == text


@pytest.mark.parametrize("header", ["", "某县召开工作会议\n2023-06-01 来源:测试日报\n"])
def test_a_copyright_line_above_the_body_costs_only_that_line(header):
    text = header + "版权所有 © 2023 某某网 京ICP备12345678号\n" + BODY + "\n" + BODY.replace("张三", "李四")
    art = article_from_text(text, "x.txt")
    assert "张三" in art.simp and "李四" in art.simp
    assert "版权" not in art.simp and "ICP" not in art.simp


def test_binary_file_is_refused_with_a_reason():
    with pytest.raises(ReadError, match="binary"):
        decode(b"\x00\x01\x02" * 100)


def test_headline_date_and_publisher_are_read():
    art = read_article(CORPUS / "000_fcad3ffe5fef23e0.txt")
    assert art.title == "冲锋在滚石上山、爬坡过坎一线——辽宁持续推进干部作风转变促振兴"
    assert art.date == "2020-01-13"
    assert art.publisher == "新华网"
    assert art.script == "traditional"


def test_headline_split_over_two_lines_is_joined_without_series_tag():
    art = read_article(CORPUS / "003_bb0e7e24000132db.txt")
    assert art.title == "辽宁省树导向、优素质、建机制——以组织担当激励干部担当"
    assert art.publisher == "人民日报" and "人民网" in art.sources


def test_footer_and_place_link_list_are_not_body():
    art = read_article(CORPUS / "003_bb0e7e24000132db.txt")
    assert "玛多县" not in art.simp and "人民日报 》(" not in art.simp
    art = read_article(CORPUS / "001_0d23f97345f46e5f.txt")
    assert "国际在线" not in art.simp


def test_icp_line_and_contact_footer_are_not_body():
    art = read_article(CORPUS / "002_454456ee1e2b7070.txt")
    assert "ICP" not in art.simp and "联系电话" not in art.simp


def test_evidence_keeps_the_original_script():
    art = read_article(CORPUS / "000_fcad3ffe5fef23e0.txt")
    sent = next(s for s in art.sentences if "白金山" in s.simp)
    assert "白金山" in sent.text and "書記" in sent.text


def test_page_without_body_is_refused():
    with pytest.raises(ReadError, match="no article body"):
        article_from_text("首页 | 新闻 | 图片\n版权所有", "x.txt")


def test_html_page_main_text_is_extracted(tmp_path):
    page = f"<html><head><title>测试标题</title></head><body><nav>首页 | 新闻 | 视频 | 图片</nav><article><p>{BODY}</p><p>{BODY}</p></article><footer>版权所有 ICP备123号</footer></body></html>"
    f = tmp_path / "page.html"
    f.write_text(page, encoding="utf-8")
    art = read_article(f)
    assert "张三" in art.simp and "ICP" not in art.simp


def test_an_html_page_s_date_comes_from_its_markup_never_from_a_resume_in_its_text(tmp_path):
    resume = ("<p>韩东林同志简历：1988.07至1992.03在某县农业局工作；1992.03至1996.11任某乡副乡长。</p>"
              "<p>他在乡里工作多年，带领群众修路架桥，发展茶叶种植，群众收入逐年增加，乡里面貌焕然一新。</p>")
    bare = tmp_path / "bare.html"
    bare.write_text(f"<html><head><title>韩东林同志简历</title></head><body><article>{resume}</article></body></html>",
                    encoding="utf-8")
    assert "韩东林" in read_article(bare).simp and read_article(bare).date is None
    dated = tmp_path / "dated.html"
    dated.write_text('<html><head><title>韩东林同志简历</title><meta property="article:published_time" content="2024-03-12">'
                     f"</head><body><article>{resume}</article></body></html>", encoding="utf-8")
    assert read_article(dated).date == "2024-03-12"                     # positive control: the markup's date


def test_a_statement_in_the_news_is_not_a_footer():
    text = ("标题测试新闻\n2023-06-01 来源:测试日报\n"
            "市政府新闻发言人当天发表声明，表示将依法依规处理此事，并公布联系电话接受群众监督举报。\n"
            "县长张建国说，全县已经成立专项工作组，各项工作正在有序推进，群众反映良好。\n版权所有 测试日报")
    art = article_from_text(text, "s.txt")
    assert "张建国" in art.simp and "版权所有" not in art.simp


def test_a_letter_spaced_copyright_line_ends_the_body_with_the_address_under_it():
    text = ("标题测试新闻\n2023-06-01 来源:测试日报\n"
            "县长张建国说，全县已经成立专项工作组，各项工作正在有序推进，群众反映良好。\n"
            "测 试 日 报 社 版 权 所 有  未 经 授 权 禁 止 复 制\n地址:河北省石家庄市某某路18号")
    art = article_from_text(text, "s.txt")
    assert "张建国" in art.simp and "石家庄" not in art.simp and "版 权" not in art.simp


def test_an_outlet_named_after_the_header_s_date_without_a_label_is_the_source():
    text = ("新闻中心 > 国内新闻 > 正文\n测试标题新闻\nhttp://www.example.com 2010年03月08日09:15 某某网-测试日报\n"
            "本报北京3月7日电 记者张建国报道：全县已经成立专项工作组，各项工作正在有序推进，群众反映良好。\n")
    art = article_from_text(text, "s.txt")
    assert art.publisher == "测试日报" and art.sources == ["某某网", "测试日报"]
    plain = article_from_text(text.replace(" 某某网-测试日报", " 星期一"), "s.txt")     # control: a weekday is no outlet
    assert plain.publisher is None and "张建国" in plain.simp


def test_an_e_paper_s_line_of_paper_date_and_page_names_the_paper(article):
    text = "春耕时节农事忙\n株洲晚报 2024年04月02日 第A3版\n记者 谭晓明\n4月1日，在攸县网岭镇，农民们正抢抓农时育秧。镇长贺勇说，全镇计划种植水稻2万亩。\n"
    art = article_from_text(text, "e.txt")
    assert art.publisher == "株洲晚报" and art.date == "2024-04-02" and art.title == "春耕时节农事忙"
    plain = article_from_text(text.replace("株洲晚报 ", "春耕专题 "), "e.txt")       # control: no paper's name
    assert plain.publisher is None and plain.date == "2024-04-02"
    credited = article(text)
    assert {(p["person"]["name"], p["title"], p["org"]["name"]) for p in credited.of("post")
            if p["title"] == "记者"} == {("谭晓明", "记者", "株洲晚报")}


def test_a_credit_label_on_a_line_of_its_own_is_read_with_the_name_under_it(article):
    art = article("測試新聞\n2023-06-01 來源:測試日報\n縣長張建國說，全縣已經成立專項工作組，各項工作正在有序推進。\n編輯:\n劉曉梅\n關鍵詞:\n民生\n")
    got = {(p["person"]["name"], p["title"]) for p in art.of("post")}
    assert ("张建国", "县长") in got and ("刘晓梅", "编辑") in got


def test_a_body_far_longer_than_any_article_is_cut_with_one_warning():
    from kg.read import MAX_BODY_CHARS

    para = "乡长李四说：2024年全乡新修水渠3条，灌溉面积扩大到1200亩，群众十分满意。"
    paragraphs = MAX_BODY_CHARS // len(para) + 50
    art = article_from_text("\n".join(f"第{i}段。" + para for i in range(paragraphs)), "dump.txt")
    assert len(art.text.replace("\n", "")) <= MAX_BODY_CHARS and "第0段" in art.text     # the start is kept
    assert [w for w in art.warnings if "only its first" in w] and len(art.warnings) == 1
    short = article_from_text("\n".join(f"第{i}段。" + para for i in range(5)), "a.txt")
    assert short.text.count("李四") == 5 and not short.warnings                 # control


# Pages of our own making, as sites lay them out: the headline sits under the site's name
# and menus, right above the date and source line; captions, bylines and codes are none.
MENU_PAGE = """青川县人民政府网
首页 | 政务公开 | 新闻中心 | 办事服务 | 互动交流
• 当前位置:
青川县召开秋季森林防火工作会议
发布时间:2024-10-09 来源:青川县应急管理局
10月8日，青川县召开秋季森林防火工作会议，县长赵明远出席会议并讲话。会议要求各乡镇落实防火责任。
"""
CAPTION_PAGE = """山间云海 (记者 周立 摄)
某某网记者 周立
8月2日，平武县委书记钱大为到高村乡检查道路建设，要求按期完成通村公路硬化任务。
"""
FIELD_PAGE = """索引号: 11510800/2024-00012
名称: 关于做好秋收秋种工作的通知 文号:
发布日期: 2024-09-01
各乡镇人民政府，县直有关部门：为做好今年秋收秋种工作，确保颗粒归仓，现将有关事项通知如下。
"""
SPACED_PAGE = """政 府 工 作 报 告
——2024年1月10日在某县第十八届人民代表大会第三次会议上
各位代表：现在，我代表县人民政府，向大会报告工作，请予审议，并请县政协委员提出意见。
"""


def test_the_headline_is_the_line_above_the_date_not_the_site_or_its_menus():
    art = article_from_text(MENU_PAGE, "menu.html")
    assert (art.title, art.date, art.publisher) == ("青川县召开秋季森林防火工作会议", "2024-10-09", "青川县应急管理局")


def test_a_caption_or_a_byline_is_no_headline():
    art = article_from_text(CAPTION_PAGE, "caption.html")
    assert art.title == ""
    assert "钱大为" in art.simp                              # the body is read all the same


def test_a_name_field_and_spaced_letters_give_the_headline():
    assert article_from_text(FIELD_PAGE, "f.html").title == "关于做好秋收秋种工作的通知"
    assert article_from_text(SPACED_PAGE, "s.html").title == "政府工作报告"


def test_a_source_line_names_each_outlet_and_keeps_a_channel_with_its_outlet():
    from kg.read.header import header_fields

    got = header_fields(["某县新闻", "2024-03-01 09:00 来源:某省报业·某省日报客户端"], "正文")
    assert got["sources"] == ["某省报业", "某省日报客户端"] and got["publisher"] == "某省日报客户端"
    got = header_fields(["某县新闻", "发稿时间:2024-03-01 来源: 人民网-某省频道"], "正文")
    assert got["sources"] == ["人民网-某省频道"]
    got = header_fields(["某县新闻", "来源:某某网-某省日报 编辑:张三"], "正文")
    assert got["sources"] == ["某某网", "某省日报"] and got["publisher"] == "某省日报"


def test_a_short_first_paragraph_under_the_headline_is_body_and_a_caption_is_not():
    text = ("首页 新闻中心 政务公开\n某县召开常务会议\n青山绿水 (某某 摄)\n"
            "5月9日，县政府召开第四次常务会议。\n" + BODY)
    art = article_from_text(text, "x.txt")
    assert "第四次常务会议" in art.simp and "张三" in art.simp
    assert art.title == "某县召开常务会议" and "摄" not in art.simp


def test_a_work_reports_occasion_and_speaker_lines_are_read_and_its_date_kept():
    page = ("政府工作报告\n"
            "——2021年1月8日在石阡县第十七届人民代表大会第五次会议上\n"
            "县长 龙正贤\n"
            "各位代表：\n"
            "现在，我代表县人民政府向大会报告工作，请予审议，并请各位政协委员和列席人员提出意见。\n")
    art = article_from_text(page, "report.txt")
    assert art.date == "2021-01-08"
    assert any("石阡县" in s.simp for s in art.sentences) and any("龙正贤" in s.simp for s in art.sentences)
    plain = article_from_text("石阡县召开会议\n2021年1月8日 来源：石阡新闻网\n" + BODY + "\n", "news.txt")
    assert not any("来源" in s.simp for s in plain.sentences)          # a page's own date line stays header


def test_a_work_report_dated_in_chinese_numerals_keeps_its_occasion_line():
    for day, iso in (("二十一", "2019-01-21"), ("十二", "2019-01-12")):     # a day digits would shorten, and one they would not
        page = (f"政府工作报告\n——二〇一九年一月{day}日在玉屏侗族自治县第十七届人民代表大会第三次会议上\n"
                "县长 杨胜斌\n各位代表：\n现在，我代表县人民政府向大会报告工作，请予审议，并请各位政协委员和列席人员提出意见。\n")
        art = article_from_text(page, "report.txt")
        assert art.date == iso
        assert any("玉屏侗族自治县" in s.simp for s in art.sentences), day

def test_a_source_line_under_the_text_is_the_articles_source_not_a_sentence(article):
    page = ("某县召开秋粮收购工作会议\n2023-10-09\n"
            "10月8日，某县召开秋粮收购工作会议，县委常委、副县长钱立群出席并讲话，要求各乡镇做好收购准备工作。\n"
            "会议强调，要严格执行最低收购价政策，确保农民种粮收益，严禁压级压价、打白条等坑农害农行为。\n"
            "(新闻来源:桃江县融媒体中心 转载:孙小梅) |\n编辑：李华\n")
    art = article(page)
    assert art.sources == ["桃江县融媒体中心"] and art.publisher == "桃江县融媒体中心"
    assert not any("来源" in s.simp for s in art.sentences)
    assert ("副县长", "桃江县") in {(p["title"], p["place"]["name"]) for p in art.of("post") if p["place"]}
    art = article(page.replace("2023-10-09\n", "2023-10-09 来源:益阳日报\n"))
    assert art.sources == ["益阳日报"]                    # control: the header's source stays the article's


def test_a_notice_of_short_items_is_read_whole_and_dated_by_its_signature(article):
    art = article("湖北省人民政府关于任免工作人员的通知\n"
                  "各市、州人民政府，省政府各部门：\n"
                  "省人民政府决定：\n"
                  "任命周海波为湖北省水利厅副厅长；\n"
                  "免去陈晓东的湖北省审计厅总审计师职务；\n"
                  "免去刘一鸣的湖北省统计局副局长职务。\n"
                  "湖北省人民政府\n"
                  "2025年4月16日\n")
    assert art.date == "2025-04-16"
    posts = {(p["person"]["name"], p["title"]): p for p in art.of("post")}
    assert posts[("周海波", "副厅长")]["org"]["name"] == "湖北省水利厅" and posts[("周海波", "副厅长")]["start"] == 2025
    assert posts[("陈晓东", "总审计师")]["former"] and posts[("刘一鸣", "副局长")]["former"]


def test_a_menu_line_ending_in_a_colon_opens_no_body():
    art = article_from_text("某县召开春耕生产会\n当前位置：\n2025-04-16 来源：某县融媒体中心\n"
                            "近日，某县召开春耕生产工作会议，安排部署全县春耕备耕工作。\n", source_file="t.txt")
    assert art.text.startswith("近日") and art.date == "2025-04-16"


def test_a_subtitle_under_the_headline_is_read_with_the_article(article):
    text = ("专访：山区县怎样留住年轻人\n——访桃江县委书记罗德厚\n"
            "记者：近两年全县返乡创业的人多了起来，县里做了哪些工作？\n"
            "罗德厚：我们把产业园建到了乡镇，年轻人在家门口就能找到工作，今年新增就业岗位两千多个。\n")
    art = read_text_article(text)
    assert "——访桃江县委书记罗德厚" in [s.simp for s in art.sentences]
    assert art.title == "专访：山区县怎样留住年轻人"
    enriched = article(text)
    assert [(p["person"]["name"], p["title"]) for p in enriched.of("post")] == [("罗德厚", "县委书记")]
    plain = read_text_article("专访：山区县怎样留住年轻人\n" + text.split("\n", 2)[2])    # control: no subtitle
    assert [s.simp for s in plain.sentences][1].startswith("记者")


def read_text_article(text):
    return article_from_text(text, source_file="t.txt")


def test_a_header_line_of_spaced_reporters_names_is_no_headline():
    from kg.read import article_from_text
    art = article_from_text("■ 韩 雪 龚立平\n在某某县，风情小镇一个接一个。\n", "x.txt")
    assert "韩雪" not in art.title
    art = article_from_text("■ 韩雪 龚立平\n在某某县，风情小镇一个接一个。\n", "x.txt")
    assert "韩雪" not in art.title and "在某某县" in art.simp                  # the body is still read


def test_a_government_site_s_footer_names_the_publisher_of_a_page_without_a_source(article):
    page = ("县长督导秋收\n发布时间：2022-10-12 浏览次数：356\n县长龚立平带队督导秋粮收购，副县长韩雪陪同。\n"
            "【打印本页】【关闭窗口】\n主办：{} 备案号：豫ICP备05001234号\n")
    art = article(page.format("正阳县人民政府"))
    assert ("县长", "正阳县") in {(p["title"], (p["place"] or {}).get("name")) for p in art.of("post")}
    art = article(page.format("某某信息技术有限公司"))                        # a firm's site speaks for no county
    assert all(p["place"] is None for p in art.of("post"))


def test_a_date_after_the_source_is_no_part_of_the_outlet():
    from kg.read import article_from_text
    art = article_from_text("某县召开会议\n来源：某某新闻网 2018-01-30\n县委书记主持召开会议。\n", "x.txt")
    assert art.sources == ["某某新闻网"] and art.date == "2018-01-30"


def test_a_body_hard_wrapped_at_one_width_is_read_as_its_paragraphs(article):
    text = ("6月1日，桂阳县委书记王建华到樟市镇桐木村调研。他强调，要抓好产业发展。樟市镇党委书记李红梅、"
            "镇长张国庆陪同调研。全村种植油茶3200亩，年产值达到1500万元。")
    wrapped = "\n".join(text[i:i + 22] for i in range(0, len(text), 22))          # 李|红梅 and 320|0 cut
    art = article("县委书记调研乡村振兴工作\n2023-06-01 来源:测试日报\n" + wrapped + "\n")
    assert {p["name"] for p in art.of("person")} == {"王建华", "李红梅", "张国庆"}
    assert 3200.0 in {f["value"] for f in art.of("figure")}


def test_a_resume_s_short_lines_between_a_column_s_cut_ones_leave_the_column_wrapped(article):
    # most lines are a résumé's short ones; no line runs past the page's width, which the cut ones reach
    lede = ("11月2日，常宁市召开全市领导干部大会，宣布省委关于常宁市委主要领导调整的决定：欧阳建新任常宁市委书记，"
            "市委副书记、市长谭晓明主持会议，市人大常委会主任刘建华等出席。欧阳建新同志简历如下。")
    steps = ["欧阳建新，男，汉族，1975年6月生。", "1996年7月参加工作；", "2008年任耒阳市副市长；",
             "2016年任衡南县委副书记、县长；", "2021年任衡阳市财政局局长；", "2023年任衡阳市政府副秘书长。"]
    cut = [lede[i:i + 20] for i in range(0, len(lede), 20)]                   # "…市长|谭晓明主持…" cut
    art = article("常宁市召开领导干部大会\n2025-11-03 来源:测试日报\n" + "\n".join(cut + steps) + "\n")
    assert any("市长谭晓明主持会议" in s.simp for s in art.sentences)           # the cut lede joined again
    held = {(p["person"]["name"], p["title"]) for p in art.of("post")}
    assert ("谭晓明", "市长") in held and ("欧阳建新", "县长") in held           # (control: a résumé line)


def test_a_wrapped_lede_under_a_headline_alone_is_read_from_its_first_line(article):
    text = ("11月3日，郴州市农业农村局副局长欧阳建新一行，来我县就秋冬种生产开展专题调研，"
            "县委常委、副县长谭小兰陪同。调研组先后来到多个村，察看油菜播种情况。")
    wrapped = "\n".join(text[i:i + 20] for i in range(0, len(text), 20))     # no full stop in the first two lines
    art = article("市农业农村局到我县调研秋冬种工作\n" + wrapped + "\n")
    assert art.title == "市农业农村局到我县调研秋冬种工作"                        # the headline stays the header's
    assert {"欧阳建新", "谭小兰"} <= {p["name"] for p in art.of("person")}
    assert art.sentences[1].text.startswith("11月3日")

def test_a_page_cut_at_a_narrow_width_is_read_as_its_paragraphs_from_the_lede(article):
    paragraphs = ["3月5日，湘西州委副书记彭勇军一行到花垣县调研乡村振兴工作，县委书记石志明陪同。",
                  "在十八洞村，彭勇军察看了猕猴桃基地，详细了解产业发展情况。村党支部书记龙秀林介绍了全村的脱贫经验。"]
    page = "州领导到花垣县调研乡村振兴\n" + "\n".join(p[i:i + 16] for p in paragraphs for i in range(0, len(p), 16)) + "\n"
    assert all(len(line) <= 16 for line in page.splitlines()[1:])                  # no line long enough to be a paragraph
    art = article(page)
    assert art.title == "州领导到花垣县调研乡村振兴"
    assert {"彭勇军", "石志明", "龙秀林"} <= {p["name"] for p in art.of("person")}
    assert art.sentences[1].text.startswith("3月5日")

def test_a_wrapped_line_with_a_colon_in_its_prose_a_decimal_or_a_list_item_is_joined_too(article):
    lines = ["其中：一产增加值31.8亿元，二产增加值达到8", "2.4亿元，同比增长6.1%，会上县委书记赵立民",    # 8|2.4亿元
             "作了讲话，强调要把项目建设当作头号工程来抓，",
             "（1）由乡镇党委书记任副县长的两人：韩东林、秦晓", "川。会上，县长钱文华作报告。"]           # 秦晓|川
    assert {len(x) for x in lines[:4]} <= {22, 23, 24}                             # one column's width
    art = article("县委召开会议\n2023-06-01 来源:测试日报\n" + "\n".join(lines) + "\n")
    assert {"赵立民", "钱文华"} <= {p["name"] for p in art.of("person")}              # positive control
    assert 82.4 in {f["value"] for f in art.of("figure")}, [f["value"] for f in art.of("figure")]
    assert "秦晓川" in {p["name"] for p in art.of("person")}


def test_a_commendation_list_of_titles_each_followed_by_its_holder_is_not_joined(article):
    lines = ["桂阳县樟市镇桐木村党总支书记 王建华", "桂阳县仁义镇石塘村党支部书记 李红梅",
             "嘉禾县珠泉镇田心村党总支书记 张国庆", "嘉禾县广发镇楚江村党支部书记 赵立民"]
    art = article("关于表彰优秀村党组织书记的决定\n2023-06-01 来源:测试日报\n决定授予以下同志称号：\n"
                  + "\n".join(lines) + "\n")
    held = {(p["person"]["name"], p["org"]["name"] if p["org"] else None) for p in art.of("post")}
    assert ("赵立民", "楚江村党支部") in held                                       # the last line, whole either way
    assert {("王建华", "桐木村党总支"), ("李红梅", "石塘村党支部"), ("张国庆", "田心村党总支")} <= held


def test_resume_lines_and_credits_of_one_width_are_not_joined(article):
    art = article("干部简历\n2023-06-01 来源:测试日报\n邝华，男，1972年10月生。\n"
                  "1998.03—2003.06 桂阳县樟市镇副镇长\n2003.06—2008.06 桂阳县樟市镇镇长\n"
                  "2008.06—2013.06 嘉禾县人民政府副县长\n2013.06— 嘉禾县委常委、副县长\n"
                  "编辑(一审):王明琪\n责编(二审):李玉珍\n审核(三审):柯微微\n")
    assert {p["title"] for p in art.of("post") if p["person"]["name"] == "邝华"} >= {"副镇长", "副县长", "县委常委"}
    assert not any("1998.03" in s.text and "2003.06—2008.06" in s.text for s in art.sentences)


def test_the_qian_of_a_body_s_name_in_traditional_script_stays_qian_where_the_gan_of_dry_becomes_gan(article):
    art = article("合作社分紅\n2023-06-01 來源：測試日報\n村裡組建了乾程農民專業合作社，把糧食曬乾入倉，倉庫乾淨整潔。\n")
    assert "乾程农民专业合作社" in {o["name"] for o in art.of("org")}
    assert "晒干入仓，仓库干净" in art.simp                                        # the gān of 曬乾, 乾淨


def test_a_source_line_under_the_text_that_the_footer_opens_names_the_outlet():
    from kg.read import article_from_text

    art = article_from_text("点击蓝字 关注我们\n我市召开春耕生产调度会\n4月2日，全市春耕生产调度会召开，部署春耕备耕工作。\n"
                            "来源：枝江发布 | 编辑：陈芳 | 审核：刘军\n阅读原文\n", "x.txt")
    assert art.sources == ["枝江发布"] and art.publisher == "枝江发布"
    assert "枝江发布" not in art.simp


def test_a_county_site_s_font_widget_and_next_article_links_are_no_part_of_the_article():
    from kg.read import article_from_text

    art = article_from_text("当前位置：首页 > 乡镇动态\n【字体：大 中 小】  分享到：\n某镇召开防汛工作会\n"
                            "发布时间：2023-06-01  来源：某镇\n6月1日，某镇召开防汛工作会，部署汛期各项工作。\n"
                            "上一篇：某镇开展安全检查\n下一篇：某镇举办农技培训\n相关链接：某县人民政府 | 某市人民政府\n", "x.txt")
    assert art.title == "某镇召开防汛工作会"
    assert "部署汛期各项工作" in art.simp
    assert not any(w in art.simp for w in ("上一篇", "下一篇", "相关链接", "人民政府"))


def test_a_story_squashed_into_one_line_with_the_page_s_furniture_keeps_its_sentences():
    from kg.read import article_from_text
    story = ("3月2日，县委书记韩东林到樟市镇调研春耕生产。他强调，要抓好粮食生产，稳定种植面积。"
             "樟市镇党委书记秦晓川汇报了全镇春耕备耕情况。今年全镇计划种植水稻3.2万亩。")
    cell = "首页| 新闻| 经济| 社会| 视频| 图片| 专题| 领导活动| 春耕调研2024-03-02 作者: 来源:测试日报 分享到: " + story \
        + "免责声明：本文系网络转载，版权归原作者所有，如涉及版权请联系删除。"
    art = article_from_text("春耕调研\n2024-03-02 来源:测试日报\n" + cell + "\n", "x.txt")
    assert "秦晓川" in art.simp and "3.2万亩" in art.simp
    assert "免责声明" not in art.simp and "首页" not in art.simp
    plain = article_from_text("春耕调研\n2024-03-02 来源:测试日报\n" + story + "\n", "y.txt")    # positive control
    assert "秦晓川" in plain.simp and len(plain.sentences) == 4


def test_a_traditional_story_squashed_into_one_line_with_its_copyright_keeps_its_sentences():
    from kg.read import article_from_text
    story = ("首頁第03版：鄉村振興2020年，韓東林擔任樟市鎮桐木村黨支部書記。他帶領村民種植油茶，"
             "成立了合作社。截至目前，全村油茶種植面積達到3200畝，帶動就業120余人。")
    cell = story + "版權所有：測試日報社，未經授權不得轉載。"
    art = article_from_text("2024年03月02日\n" + cell + "\n", "x.txt")       # no headline: a table's cell
    assert "韓東林" in art.text and "3200畝" in art.text
    assert "版權所有" not in art.text
    plain = article_from_text("2024年03月02日\n" + cell.replace("版權所有：測試日報社，未經授權不得轉載。", "") + "\n", "y.txt")
    assert "韓東林" in plain.text                                                   # positive control

def _read_page(tmp_path, name, html):
    """A page written to a file, read and run through the whole pipeline."""
    from kg.build.pipeline import enrich

    page = tmp_path / name
    page.write_text(html, encoding="utf-8")
    return enrich(read_article(page))


def test_a_pre_appointment_table_in_a_page_is_read_its_proposed_column_put_forward(tmp_path):
    rows = "".join(f"<tr><td>{' </td><td>'.join(r)}</td></tr>" for r in (
        ("姓名", "性别", "出生年月", "现任职务", "拟任职务"),
        ("谭志远", "男", "1979.04", "祁东县副县长", "祁东县委常委"),
        ("龙秀英", "女", "1983.09", "常宁市委组织部副部长", "常宁市委组织部部长")))
    art = _read_page(tmp_path, "gongshi.html", "<html><head><title>市管领导干部任前公示</title></head><body><article>"
                     "<p>根据干部选拔任用工作有关规定，现将拟任职人选予以公示，公示期间如有问题请向市委组织部反映。</p>"
                     f"<table>{rows}</table><p>公示时间：2024年5月8日至5月14日。</p></article></body></html>")
    held = {(p["person"]["name"], p["title"]): bool(p.get("proposed")) for p in art.of("post")}
    assert held.get(("谭志远", "副县长")) is False and held.get(("龙秀英", "副部长")) is False, held   # control
    assert held.get(("谭志远", "县委常委")) is True and held.get(("龙秀英", "部长")) is True, held


def test_a_page_laid_out_in_a_table_keeps_the_lines_its_cell_breaks(tmp_path):
    lines = ["欧阳志军，男，汉族，1971年6月生，湖南祁东人，1993年7月参加工作。",
             "1993.07—1999.03 祁东县归阳镇科员", "1999.03—2006.08 祁东县归阳镇副镇长",
             "2006.08—2016.01 祁东县归阳镇党委书记", "2016.01—至今 祁东县人民政府副县长"]
    rows = "".join(f"<tr><td>{a}</td><td>{b}</td></tr>" for a, b in (("姓名", "现任职务"), ("谭志远", "祁东县委常委<br>副县长")))
    art = _read_page(tmp_path, "jianli.htm", "<html><head><title>欧阳志军同志简历</title></head><body><table>"
                     "<tr><td class='nav'>首页 | 政务公开 | 领导之窗</td></tr><tr><td>欧阳志军同志简历</td></tr>"
                     f"<tr><td class='content'>{'<br>'.join(lines)}</td></tr></table><table>{rows}</table></body></html>")
    assert any(s.text.startswith("2006.08—2016.01") for s in art.sentences)     # a line of its own again
    held = {p["title"]: p for p in art.of("post") if p["person"]["name"] == "欧阳志军"}
    assert (held["党委书记"]["start"], held["党委书记"]["end"]) == (2006, 2016)
    assert held["副县长"]["start"] == 2016 and not held["副县长"].get("former")
    assert "祁东县委常委 副县长" in art.text                                        # a row's cell: one line

def test_a_printed_document_s_page_numbers_are_no_lines_of_its_text():
    page = ("关于表彰先进集体的决定\n2024-04-02 来源：测试日报\n各乡镇、县直各单位：\n"
            "县委决定，授予城关镇等十个单位“先进集体”称号。\n— 2 —\n希望受表彰的单位珍惜荣誉。\n第3页 共5页\n"
            "中共某县委员会\n")
    art = article_from_text(page, "x.txt")
    assert not any(s.simp in ("— 2 —", "第3页 共5页") for s in art.sentences), [s.simp for s in art.sentences]
    assert any(s.simp.startswith("希望受表彰") for s in art.sentences)            # control: the text on both sides

def test_a_cms_placeholder_in_the_source_field_names_no_outlet():
    page = "县长调研春耕\n2024-04-02 09:30  来源：{}  作者：林芳\n县长到某镇调研春耕生产。\n"
    assert article_from_text(page.format("本站原创"), "x.txt").sources == []
    assert article_from_text(page.format("永州日报"), "x.txt").sources == ["永州日报"]      # positive control


def test_a_section_heading_between_the_headline_and_the_first_paragraph_is_body():
    page = ("乡镇党委书记说变化\n■ 石门县南北镇党委书记 龚志伟\n"
            "今年全镇新修产业路18公里，新建茶园2000亩，村集体收入全部超过5万元。\n")
    art = article_from_text(page, "x.txt")
    assert art.title == "乡镇党委书记说变化"                                        # positive control: the headline
    assert "龚志伟" in art.text


def test_a_leaders_page_keeps_every_leader_line_in_the_body():
    page = ("领导之窗\n县委书记：龙德军\n主持县委全面工作。\n县委副书记、县长：向丽\n主持县政府全面工作。\n"
            "县委副书记：田家明\n协助县委书记负责党的建设工作。\n")
    text = article_from_text(page, "x.txt").text
    assert "田家明" in text                                                       # positive control
    assert "龙德军" in text and "向丽" in text


def test_a_leaders_page_with_the_name_before_the_posts_keeps_its_first_leader():
    page = ("政府领导\n市政府领导分工\n柏建华 市委副书记、市长\n主持市政府全面工作。\n"
            "宁秀云 副市长（挂职）\n协助分管科技、招商引资工作。\n")
    text = article_from_text(page, "x.txt").text
    assert "宁秀云" in text                                                       # positive control
    assert "柏建华" in text


def test_a_notice_s_dated_opening_under_the_source_line_is_body_not_header():
    text = ("县人大常委会任免名单\n2022-05-20 来源：测试县人大\n"
            "安吉县第九届人民代表大会常务委员会第三次会议于2022年5月19日决定：\n"
            "任命王志刚为县财政局局长；\n免去刘海的县财政局局长职务。\n")
    art = article_from_text(text, "x.txt")
    assert "安吉县第九届人民代表大会常务委员会" in art.simp and "任命王志刚" in art.simp
    assert art.date == "2022-05-20"           # (control: the header's own date line is still read as one)


def test_a_short_first_paragraph_opening_with_its_date_is_kept():
    text = "县政府召开常务会议\n2021-09-03 来源：测试日报\n2021年9月2日，县政府召开第五次常务会议。\n会议听取了全县秋粮收购和冬季农田水利建设工作汇报，副县长周丽华参加会议并讲话。\n"
    art = article_from_text(text, "x.txt")
    assert "第五次常务会议" in art.simp and "秋粮收购" in art.simp
    assert "来源" not in art.simp


def test_a_name_set_in_bold_or_a_span_inside_a_short_page_s_prose_stays_in_its_sentence(tmp_path):
    page = tmp_path / "page.html"
    page.write_text("<html><head><title>乡长走访农户_测试新闻网</title></head><body><div class=\"nav\">首页 | 新闻 | 政务</div>"
                    "<h1>乡长走访农户</h1><div class=\"info\">2021-02-03 来源：测试县融媒体中心</div>"
                    "<p>2月2日，石门乡乡长<b>唐文斌</b>走访慰问了困难农户。副乡长<span style=\"color:red\">罗慧</span>一同走访。</p>"
                    "<div class=\"footer\">主办：测试县人民政府办公室</div></body></html>", encoding="utf-8")
    art = read_article(page)
    assert "石门乡乡长唐文斌走访" in art.simp and "副乡长罗慧一同走访" in art.simp


def test_a_page_s_text_size_switch_is_no_body_line():
    text = ("乡长走访农户\n发布时间：2022-06-15  来源：测试县融媒体中心\n字号：大 中 小\n"
            "6月14日，石门乡乡长唐文斌走访慰问了困难农户，详细了解他们的生产生活情况。\n")
    art = article_from_text(text, "x.txt")
    assert "字号" not in art.simp and "唐文斌" in art.simp


def test_a_list_with_no_sentence_keeps_its_headline_and_date_line_out_of_the_body():
    text = "2023年度优秀村党组织书记名单\n2024-02-26 来源：测试县委组织部\n白羊镇　红岩村　贺立新\n东门街道　桥头社区　苏丽\n"
    art = article_from_text(text, "x.txt")
    assert art.title == "2023年度优秀村党组织书记名单" and art.date == "2024-02-26"
    assert "来源" not in art.simp and "贺立新" in art.simp


def test_a_page_s_nav_headline_and_headings_near_one_length_are_no_hard_wrapped_column(article):
    para = "4月2日，县委书记罗立新到桥头镇调研春耕生产，镇党委书记邓晓燕陪同。罗立新要求各村抓好育秧和农资供应，确保不误农时。" * 2
    more = ["", "全镇已备足种子。", "全镇已备足种子和化肥。", "全镇已备足种子、化肥和农膜三类物资。"]     # paragraphs of four lengths
    paras = [para.replace("4月2日", f"4月{i + 2}日") + m for i, m in enumerate(more)]
    page = ["返回", "顶部", "首页 > 湖南 > 正文", "桥头镇春耕生产工作有序推进", "", paras[0], "", "抓好农资供应保障春耕生产工作", "",
            paras[1], "【字号：大 中 小】", paras[2], "图片来源：网络", paras[3]]
    assert [len(x) for x in page[2:4] + page[7:8] + page[10:11]] == [12, 13, 14, 10]   # four lines near one length
    art = article("\n".join(page) + "\n")
    assert art.title == "桥头镇春耕生产工作有序推进"
    assert not art.text.startswith(("首页", "桥头镇春耕")) and "抓好农资供应保障春耕生产工作\n" in art.text + "\n"
    assert art.publisher != "顶部"
    assert {"罗立新", "邓晓燕"} <= {p["name"] for p in art.of("person")}           # positive control: the body read


def test_an_honours_list_of_names_then_posts_at_one_width_is_no_hard_wrapped_column(article):
    rows = ["陈立平　甘肃省岷县县委书记", "黄小梅　广西恭城县委书记", "周启明　四川省理县县委书记", "吴建华（女）　贵州省赫章县委书记"]
    art = article("\n".join(["优秀县委书记名单", "授予以下同志荣誉称号：", *rows]) + "\n")
    posts = {(p["person"]["name"], p["org"]["name"] if p["org"] else None) for p in art.of("post") if p.get("person")}
    assert ("陈立平", "岷县县委") in posts or ("陈立平", "岷县委") in posts       # each name its own row's post
    assert not any(n == "陈立平" and o and "恭城" in o for n, o in posts)
    assert len([s for s in art.sentences if "县委书记" in s.simp]) >= 4     # a row a sentence, none joined


def test_a_personnel_form_written_a_person_a_row_is_read_as_its_fields(article):
    art = article("干部任前公示\n"
                  "姓名：欧阳平　性别：男　出生年月：1977.04　现任职务：隆回县委副书记　拟任职务：县长候选人\n"
                  "姓名：龙小燕　性别：女　出生年月：1982.11　现任职务：邵阳市水利局副局长　拟任职务：邵阳市水利局局长\n"
                  "中共邵阳市委组织部\n")
    people = {p["name"] for p in art.of("person")}
    assert people == {"欧阳平", "龙小燕"}                          # no field's label read as a name (拟任职务)
    titles = {(p["person"]["name"], p["title"]) for p in art.of("post") if p.get("person")}
    assert {("欧阳平", "县委副书记"), ("龙小燕", "副局长"), ("龙小燕", "局长")} <= titles


def test_a_press_conferences_roster_under_its_headline_is_read_as_body(article):
    art = article("县政府新闻办举行专场新闻发布会\n发布人：县人民政府副县长 蒋立华\n县水利局局长 龙海燕\n"
                  "主持人：县委宣传部副部长 邓晓峰\n6月18日，县政府新闻办举行专场新闻发布会，介绍全县水利建设情况。\n"
                  "来源：桂东县融媒体中心\n")
    titles = {(p["person"]["name"], p["title"]) for p in art.of("post") if p.get("person")}
    assert {("蒋立华", "副县长"), ("龙海燕", "局长"), ("邓晓峰", "副部长")} <= titles
    assert art.title == "县政府新闻办举行专场新闻发布会"


def test_a_roster_notice_s_label_rows_stay_lines_under_its_quoted_headline(article):
    # a short list with no sentence: its headline (a quote in it is no sentence's end) and one
    # row per post, never joined as a hard-wrapped column
    text = "杉木冲村“两委”班子成员公示\n\n村党支部书记：周立新\n村委会主任：周立新\n村党支部副书记：黄小芳\n" \
           "村委会委员：邓小军、曾秋菊\n监督电话：0739-7654321\n"
    art = article(text)
    assert art.title == "杉木冲村“两委”班子成员公示"
    assert [s.simp for s in art.sentences if s.paragraph >= 0][:2] == ["村党支部书记：周立新", "村委会主任：周立新"]
    held = {(p["person"]["name"], p["title"], p["place"]["name"] if p["place"] else None) for p in art.of("post")}
    assert ("周立新", "党支部书记", "杉木冲村") in held                           # control: the first row
    assert {("黄小芳", "党支部副书记", "杉木冲村"), ("曾秋菊", "村委会委员", "杉木冲村")} <= held


def test_a_site_s_notice_of_rights_above_the_story_is_neither_headline_nor_source():
    page = ("凡本站注明“稿件来源：某某在线”的文字作品，均为转载稿\n2024-03-02 来源：桂东县融媒体中心\n"
            "3月1日，桂东县召开春耕生产调度会。县长李平出席。\n")
    art = article_from_text(page, "x.txt")
    assert art.sources == ["桂东县融媒体中心"] and "转载" not in art.title
    art = article_from_text("桂东县召开春耕生产调度会\n2024-03-02 来源：桂东县融媒体中心\n县长李平出席会议。\n", "x.txt")
    assert art.title == "桂东县召开春耕生产调度会" and art.sources == ["桂东县融媒体中心"]     # control
