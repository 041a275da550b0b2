#!/usr/bin/env bash
# Build the one-folder bundle (Linux x86_64) with PyInstaller: `packaging/build_bundle.sh [OUT_DIR]`.
# Needs a Python with the application installed (`pip install -e ".[package]"`). The bundle lands in
# OUT_DIR/dist/ipcase (default OUT_DIR: build/packaging, ignored by git); PyInstaller's work files in OUT_DIR/work.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
out="${1:-build/packaging}"
mkdir -p "$out"
out="$(cd "$out" && pwd)"
python -m PyInstaller --noconfirm --clean --log-level WARN \
    --distpath "$out/dist" --workpath "$out/work" packaging/ipcase.spec
echo "bundle: $out/dist/ipcase ($(du -sh "$out/dist/ipcase" | cut -f1))"
