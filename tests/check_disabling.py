"""Switch each recognizer component off in turn (with the components that need it, as
`kg build --exclude` requires) and run every test file: each switch must make at least
one test fail, and the healthy tree must pass.  Run: .venv/bin/python tests/check_disabling.py

Each run stops at its first failure (-x): one failing test is the evidence sought.
The browser tests are left to the full suite (they need Chromium and take minutes);
everything else runs.  Exit 0 when every component is missed by some test."""
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TESTS = sorted(str(p.relative_to(ROOT)) for p in (ROOT / "tests").glob("test_*.py"))


def run(env_extra: dict, first_failure: bool) -> str:
    args = [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", "-m", "not browser", *TESTS]
    out = subprocess.run(args + (["-x"] if first_failure else []), cwd=ROOT, env={**os.environ, **env_extra},
                         capture_output=True, text=True).stdout
    return out.strip().splitlines()[-1] if out.strip() else "(no output)"


def main() -> int:
    sys.path.insert(0, str(ROOT))
    from kg.components import load

    healthy = run({}, first_failure=True)
    print(f"{'(none)':<14} {healthy}")
    if " failed" in healthy or " error" in healthy:
        print("the healthy tree fails: fix it first")
        return 1
    silent = []
    for name in sorted(load()):
        summary = run({"KG_DISABLE": name}, first_failure=True)
        print(f"{name:<14} {summary}")
        if " failed" not in summary and " error" not in summary:          # a failing fixture fails its tests too
            silent.append(name)
    if silent:
        print("no test fails without:", ", ".join(silent))
    return 1 if silent else 0


if __name__ == "__main__":
    sys.exit(main())
