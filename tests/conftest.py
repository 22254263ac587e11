import shutil
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
DATA = Path(__file__).resolve().parent / "data"
CORPUS = ROOT / "corpus"


@pytest.fixture(scope="session")
def corpus_build(tmp_path_factory):
    """The five seeds built once into a temporary folder, as `kg build` does."""
    from kg.build.build import build

    out = tmp_path_factory.mktemp("corpus_build")
    summary = build([CORPUS], out, jobs=2, progress=False)
    return out, summary


@pytest.fixture(scope="session")
def realcorpus_build(tmp_path_factory):
    """The 120 real excerpts of tests/data/realcorpus built once, with the view."""
    from kg.build.build import build

    out = tmp_path_factory.mktemp("realcorpus_build")
    summary = build([DATA / "realcorpus" / "texts"], out, jobs=2, progress=False)
    return out, summary


@pytest.fixture
def article():
    """An Article made from text, recognizers run: the unit under test in most tests."""
    from kg.build.pipeline import enrich
    from kg.read import article_from_text

    def make(text: str, name: str = "t.txt"):
        return enrich(article_from_text(text, source_file=name))
    return make


def pytest_configure(config):
    config.addinivalue_line("markers", "browser: needs Debian's chromium at /usr/bin/chromium")


def chromium_path():
    return shutil.which("chromium") or ("/usr/bin/chromium" if Path("/usr/bin/chromium").exists() else None)


def pytest_sessionstart(session):
    """KG_DISABLE=name[,name] switches those recognizer components off for this run, as
    `kg build --exclude` does, with the components that need them (a component others
    need cannot run alone without them): `tests/check_disabling.py` uses it to show that
    every recognizer has a test that fails without it."""
    import os

    names = [n for n in os.environ.get("KG_DISABLE", "").split(",") if n]
    if not names:
        return
    from kg.components import exclude, with_dependants

    exclude(with_dependants(names))
