"""The parser's first reads of the real-world corpus, replayed: the best data on how it fails on
forms it has never seen.

Each file of tests/fixtures/real was labelled in a commit of its own before the parser read it, so
the parser of that commit still gives its first read. This parses every file with the parser of the
commit that added its gold (a detached git worktree per commit, removed after), scores the reads
against today's gold, then again after today's guards against misread rows
(``pipelines.parser.guards``), and prints both:

    python -m scripts.first_reads [--out DIR] [--show N]

A guard that removes wrong values here without costing right ones on the corpus as read today is a
guard worth having (docs/templates.md, "Eighth session"). Needs the git history (not a shallow
clone); a few seconds per labelling commit.
"""

from __future__ import annotations

import argparse
import json
import shutil
import subprocess
import sys
import tempfile
from collections import defaultdict
from pathlib import Path

from pipelines.parser.guards import guard_form
from scripts.scoring import figures, score

ROOT = Path(__file__).resolve().parents[1]
REAL = Path("tests/fixtures/real")
_PARSE = (sys.executable, "-m", "pipelines", "parse", "--format", "json")


def _git(*args: str, cwd: Path = ROOT) -> str:
    return subprocess.run(
        ["git", *args], cwd=cwd, capture_output=True, text=True, check=True
    ).stdout.strip()


def labelling_commits() -> dict[str, list[str]]:
    """commit -> the stems whose gold it added."""
    by_commit: dict[str, list[str]] = defaultdict(list)
    for gold in sorted((ROOT / REAL / "gold").glob("*.json")):
        added = _git("log", "--diff-filter=A", "--format=%H", "--", str(REAL / "gold" / gold.name))
        if added:
            by_commit[added.splitlines()[-1]].append(gold.stem)
    return by_commit


def replay(out: Path) -> None:
    """out/gold and out/pred: today's gold and each file's first read."""
    (out / "gold").mkdir(parents=True, exist_ok=True)
    (out / "pred").mkdir(exist_ok=True)
    commits = labelling_commits()
    for n, (commit, stems) in enumerate(commits.items(), 1):
        tree = Path(tempfile.mkdtemp()) / "tree"
        _git("worktree", "add", "--detach", "--quiet", str(tree), commit)
        try:
            for stem in stems:
                read = subprocess.run(
                    [*_PARSE, str(REAL / "forms" / f"{stem}.txt")],
                    cwd=tree,
                    env={"PYTHONPATH": str(tree), "PATH": "/usr/bin:/bin"},
                    capture_output=True,
                    check=False,
                )
                (out / "pred" / f"{stem}.json").write_bytes(read.stdout or b"[]")
                shutil.copy(ROOT / REAL / "gold" / f"{stem}.json", out / "gold")
        finally:
            _git("worktree", "remove", "--force", str(tree))
        print(f"  {n}/{len(commits)} {commit[:8]}: {len(stems)} files", file=sys.stderr)


def guarded(pred: Path, out: Path) -> None:
    out.mkdir(exist_ok=True)
    for path in pred.glob("*.json"):
        forms = json.loads(path.read_text("utf-8") or "[]")
        for form in forms:
            guard_form(form)
        (out / path.name).write_text(json.dumps(forms, ensure_ascii=False), "utf-8")


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--out", type=Path, help="keep the reads here (default: a temporary folder)")
    ap.add_argument("--show", type=int, default=0, help="mismatches to print, after the guards")
    args = ap.parse_args()
    out = args.out or Path(tempfile.mkdtemp())
    replay(out)
    guarded(out / "pred", out / "guarded")
    for label, pred in (("first reads", "pred"), ("with today's guards", "guarded")):
        report = score(out / "gold", out / pred, args.show if pred == "guarded" else 0)
        accuracy, wrong = figures(report)
        print(f"{label:22} accuracy {accuracy:.4f}, wrong values {wrong}")
        if pred == "guarded" and args.show:
            print(report)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
