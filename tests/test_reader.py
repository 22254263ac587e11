"""The article reader's records: what the build keeps to show an article with its marks."""
import json

from kg.build.records import article_id, keep_outermost


def test_overlapping_marks_keep_the_longer_one():
    # 某某县委 (0-4) holds the place 某某县 (0-3); 王某 (5-7) stands apart; another sentence is separate
    marks = [(0, 0, 3, "Locality"), (0, 0, 4, "Organization"), (0, 5, 7, "Person"), (1, 0, 3, "Locality")]
    assert keep_outermost(marks) == [(0, 0, 4, "Organization"), (0, 5, 7, "Person"), (1, 0, 3, "Locality")]


def test_only_our_article_iris_name_a_record():
    assert article_id("https://w3id.org/cadre-kg/id/article/00ff00ff00ff00ff") == "00ff00ff00ff00ff"
    for bad in ("https://w3id.org/cadre-kg/id/article/..%2F..", "https://w3id.org/cadre-kg/id/person/00ff00ff00ff",
                "https://w3id.org/cadre-kg/id/article/../../etc/passwd", ""):
        assert article_id(bad) is None


def test_a_built_article_marks_its_entities_in_its_own_script(article):
    from kg.build.records import reading
    from kg.kinds import writer as writer_of

    art = article("测试新闻\n2022-03-01 来源:测试日报\n浙江省湖州市安吉縣縣長王小明到递铺街道调研，全县新增就业岗位3200个。\n")
    writer = writer_of(art)
    record = reading(art, writer, set(writer.write()))
    shown = {(record["sentences"][s][a:b], cls) for s, a, b, cls, _ in record["marks"]}
    assert ("王小明", "Person") in shown and ("安吉縣", "Locality") in shown   # the article's traditional 縣
    assert any(cls == "Statistic" for _, cls in shown)
    assert json.loads(json.dumps(record, ensure_ascii=False)) == record
