"""Disable each recognizer component in turn and run the tests: every one of them must
make at least one test fail.  Run: .venv/bin/python tests/check_disabling.py

It runs the extraction tests (recognizers, graph, build) once per component with
KG_DISABLE=<name>, and prints how many failed; exit 1 if some component fails none."""
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TESTS = ["tests/test_places.py", "tests/test_persons.py", "tests/test_programs_figures.py", "tests/test_graph.py"]


def main() -> int:
    sys.path.insert(0, str(ROOT))
    from kg.recognize import load

    silent = []
    for name in sorted(load()):
        env = {**os.environ, "KG_DISABLE": name}
        out = subprocess.run([sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", *TESTS],
                             cwd=ROOT, env=env, capture_output=True, text=True).stdout
        summary = out.strip().splitlines()[-1] if out.strip() else "(no output)"
        print(f"{name:<14} {summary}")
        if " failed" not in summary:
            silent.append(name)
    if silent:
        print("no test fails without:", ", ".join(silent))
    return 1 if silent else 0


if __name__ == "__main__":
    sys.exit(main())
