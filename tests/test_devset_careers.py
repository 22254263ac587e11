"""The careers table on a real résumé article of the shared development set, checked
against its gold without naming anyone: every post the gold dates with a year that the
text itself writes has its row.  (Years the text does not write come from the page's
address in the source list, which the build does not see.)  Skipped where the shared
folder is not beside the project, as on a bare clone."""
import json
import re
import shutil

import pytest

from tests.conftest import ROOT

DEVSET = ROOT.parent / "shared" / "devset"
ARTICLE = "d21"        # the résumé article the careers issue names


@pytest.mark.skipif(not (DEVSET / "texts" / f"{ARTICLE}.txt").exists(), reason="../shared/devset is not beside the project")
def test_every_dated_post_of_the_resume_article_whose_year_the_text_writes_has_its_row(tmp_path):
    import pandas as pd

    from kg.build.build import build
    from kg.export.formats import export

    corpus = tmp_path / "c"
    corpus.mkdir()
    shutil.copy(DEVSET / "texts" / f"{ARTICLE}.txt", corpus)
    build([corpus], tmp_path / "o", jobs=1, progress=False, view=False)
    rows = pd.read_csv(export("careers", tmp_path / "o")[0], encoding="utf-8-sig", dtype=str)
    text = (corpus / f"{ARTICLE}.txt").read_text(encoding="utf-8")
    gold = json.loads((DEVSET / "gold" / f"{ARTICLE}.json").read_text(encoding="utf-8"))
    wanted = [(p["name"], q["title"], str(q["start"])[:4]) for p in gold["persons"] for q in p["positions"]
              if q.get("start") and re.search(str(q["start"])[:4] + "年", text)]
    assert len(wanted) >= 10                                    # the article is the résumé one
    have = {(n, t, str(s)[:4]) for n, t, s in zip(rows["name"], rows["title"], rows["start"]) if isinstance(s, str)}
    missing = [w for w in wanted if not any(n == w[0] and s == w[2] and (t.endswith(w[1]) or w[1].endswith(t))
                                            for n, t, s in have)]
    assert not missing
