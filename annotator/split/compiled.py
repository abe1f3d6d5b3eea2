"""Opt-in compiled split modules (mypyc): with ANNOTATOR_COMPILED=1, `annotator.split` imports
the modules that `scripts/compile.sh` built into `build/compiled/` (ANNOTATOR_COMPILED_DIR to
move it) before their sources. A build whose recorded source digest differs from the source
now is refused, so a stale extension never runs in place of newer code."""

from __future__ import annotations

import hashlib
import json
import os
import sys
from pathlib import Path

# The modules an English or mixed pass spends its time in (cProfile of a pass), and the split
# command parent's clustering features, clustering and claim rows (the last line), compiled as
# one mypyc group; the others stay Python (`storing` too: its tests replace its functions).
MODULES = (
    "according_keys acts antecedents attribution block_quotes boilerplate brackets_and_links"
    " checkworthiness claims clause_openers clauses complements compounds cue_modifiers cues indirect"
    " datelines document_rows english_frames forum forum_cards frames frames_de"
    " list_markers mail mentions metadata names names_ml other_senses part_marks passives"
    " preposition_objects pronoun_clauses pronouns quote_marks quote_runs quote_speakers quote_units quoted_phrases"
    " quotes reported_spans reported_subjects reports scripts sentences signatures speaker_counts"
    " speaker_phrases speaker_sanity speaker_tails speaker_words speakers speakers_ml structure"
    " subject_cues subject_verbs textscan things_and_doings tracker transcripts webtext word_gates"
    " anchor_index bulk_rows clusters conflict_flags minhash salient shingles"
).split()
MANIFEST = "manifest.json"
SOURCE = Path(__file__).resolve().parent


def build_dir() -> Path:
    """Where `scripts/compile.sh` puts the build: ANNOTATOR_COMPILED_DIR or build/compiled."""
    default = SOURCE.parent.parent / "build" / "compiled"
    return Path(os.environ.get("ANNOTATOR_COMPILED_DIR") or default)


def digests() -> dict[str, str]:
    """The sha256 of each compiled module's source, as the build records it."""
    return {m: hashlib.sha256((SOURCE / f"{m}.py").read_bytes()).hexdigest() for m in MODULES}


def use_compiled(package_path: list[str], root: Path | None = None) -> Path:
    """Put the build's `annotator/split` first on `package_path` (and the build's shared
    runtime on `sys.path`); refuse a missing build or one built from other sources."""
    root = root or build_dir()
    manifest = root / MANIFEST
    if not manifest.is_file():
        raise ImportError(f"ANNOTATOR_COMPILED=1 but no build in {root}: run scripts/compile.sh")
    built = json.loads(manifest.read_text())
    stale = sorted(m for m, d in digests().items() if built.get(m) != d)
    if stale:
        raise ImportError(
            f"compiled modules older than their source ({', '.join(stale[:5])}"
            f"{', ...' if len(stale) > 5 else ''}): run scripts/compile.sh"
        )
    if str(root) not in sys.path:
        sys.path.append(str(root))
    package_path.insert(0, str(root / "annotator" / "split"))
    return root
