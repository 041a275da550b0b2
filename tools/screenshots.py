"""The one way to refresh the README's pictures: every screenshot in docs/screenshots/ (and docs/ruling_page1.png).

    python tools/screenshots.py                          # all of them
    python tools/screenshots.py intake mediation         # only these scenes
    python tools/screenshots.py --out /tmp/shots --today 2026-11-21

The scenes (cases, documents, evidence, intake, mediation) drive the real window offscreen, one after the other,
on ONE fresh demo database built through main.py's start-up path (migrations, demo data, bundled Chinese font,
translators, the real TaskRunner, login of the demo users). The scene `tests` runs the UI tests that picture a
state the demo does not reach (hearing_*, record_*, intake_letters, 56_*, 61_*, 62_*) with $IPCASE_SHOTS_DIR
pointing at the output folder; in an ordinary test run those pictures go to a temporary folder instead.
"""
from __future__ import annotations

import argparse
import importlib
import os
import subprocess
import sys
import tempfile
from datetime import date
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

DEMO_SCENES = ("cases", "documents", "evidence", "intake", "mediation")  # the order they run on the one database
SCENES = (*DEMO_SCENES, "tests")
SHOTS_ENV = "IPCASE_SHOTS_DIR"  # read by tests/ui/shots.py


def test_files_with_screenshots() -> list[str]:
    """The test modules that take a picture (they import tests/ui/shots.py), wherever they live under tests/."""
    return sorted(p.relative_to(ROOT).as_posix() for p in (ROOT / "tests").rglob("test_*.py")
                  if "from shots import" in p.read_text(encoding="utf-8"))


def run_tests(out: Path) -> None:
    out.mkdir(parents=True, exist_ok=True)
    env = {**os.environ, SHOTS_ENV: str(out.resolve())}
    subprocess.run([sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", *test_files_with_screenshots()],
                   cwd=ROOT, env=env, check=True)


def run_demo_scenes(scenes: list[str], out: Path, data_dir: Path, today: date) -> None:
    from screenshot_scenes.window import start_demo  # Qt and the application only when a demo scene runs
    demo = start_demo(data_dir, today)
    try:
        for name in scenes:
            print(f"— {name}")
            importlib.import_module(f"screenshot_scenes.{name}").take(demo, out)
    finally:
        demo.runner.wait_idle()
        demo.db.engine.dispose()


def cli(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("scenes", nargs="*", choices=[[], *SCENES], metavar="SCENE",
                        help=f"one or more of {', '.join(SCENES)} (default: all)")
    parser.add_argument("--out", type=Path, default=ROOT / "docs" / "screenshots")
    parser.add_argument("--today", type=date.fromisoformat, default=date(2026, 11, 21))
    parser.add_argument("--data-dir", type=Path, help="default: a fresh temporary directory")
    args = parser.parse_args(argv)
    chosen = args.scenes or list(SCENES)
    demo_scenes = [name for name in DEMO_SCENES if name in chosen]
    if demo_scenes:
        if args.data_dir:
            run_demo_scenes(demo_scenes, args.out, args.data_dir, args.today)
        else:
            with tempfile.TemporaryDirectory(prefix="ipcase-shots-") as tmp:
                run_demo_scenes(demo_scenes, args.out, Path(tmp), args.today)
    if "tests" in chosen:
        run_tests(args.out)
    return 0


if __name__ == "__main__":
    sys.exit(cli())
