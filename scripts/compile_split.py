"""Build the compiled split modules (mypyc) into build/compiled; see scripts/compile.sh.

python scripts/compile_split.py   # from the repository root
"""

import shutil
import sys
from pathlib import Path

from mypyc.build import mypycify
from setuptools import setup

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from annotator.split.compiled import MODULES, build_dir, sources, write_manifest  # noqa: E402

out = build_dir()
shutil.rmtree(out, ignore_errors=True)
before = sources()
files = [f"annotator/split/{m}.py" for m in MODULES]
temp = out.parent / (out.name + "-temp")
setup(
    name="annotator-compiled",
    script_args=["build_ext", "--build-lib", str(out), "--build-temp", str(temp)],
    ext_modules=mypycify(files, multi_file=True, target_dir=str(temp / "c")),
)
if sources() != before:
    sys.exit("sources changed during the build: run scripts/compile.sh again")
write_manifest(out, before)
print(
    f"compiled {len(MODULES)} modules into {out}; `annotator split` runs them while they are current"
)
