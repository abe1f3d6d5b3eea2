"""Compiled split modules (mypyc): `annotator.split` imports the modules that `scripts/compile.sh`
built into `build/compiled/` (ANNOTATOR_COMPILED_DIR to move it) before their sources, by
default when that build matches the sources; a missing build runs the pure modules silently, a
stale one with one line on stderr. ANNOTATOR_COMPILED=0 always runs the pure modules, =1 refuses
to run without a current build. A build never runs in place of newer code: the manifest records
each source's sha256 (and size and mtime, so a check costs one stat per module; a file whose
stat moved is hashed)."""

from __future__ import annotations

import json
import os
import sys
from importlib.machinery import EXTENSION_SUFFIXES
from pathlib import Path

# The modules an English or mixed pass spends its time in (cProfile of a pass; the next lines:
# more of the rule modules a pass calls), and the split command parent's clustering
# features, clustering and claim rows (the last line), compiled as one mypyc group; the others
# stay Python (`storing`: its tests replace its functions; `language`: sqlmodel's col() fails
# on it compiled; `abbreviations`: worker processes unpickle its frozen dataclass).
MODULES = (
    "according_keys acts antecedents attribution block_quotes boilerplate brackets_and_links"
    " checkworthiness claims clause_openers clauses complements compounds cue_modifiers cues indirect"
    " datelines document_rows english_frames forum forum_cards frames frames_de"
    " list_markers mail mentions metadata names names_ml other_senses part_marks passives"
    " preposition_objects pronoun_clauses pronouns quote_marks quote_runs quote_speakers quote_units quoted_phrases"
    " quotes reported_spans reported_subjects reports scripts sentences signatures speaker_counts"
    " speaker_phrases speaker_sanity speaker_tails speaker_words speakers speakers_ml structure"
    " subject_cues subject_verbs textscan things_and_doings tracker transcripts webtext word_gates"
    " according after_cue asked_by bare_responses checkworthiness_ml confidence_de control credits"
    " cue_auxiliaries"
    " cue_checks_de demands_de denied_cues embedded epithets glued_names headline_speakers"
    " identity ing_cues lexicon lexicon_de marked_subjects_de modal_cues name_homographs narration"
    " noun_phrases_de number_and_letter_stops own_sources_de participles particles_de"
    " passive_agents_de quote_verbs rejected_de relative_heads relative_subjects reported_de"
    " rumours_de senses_de sourceless_de sources_de speaker_clauses speaker_fragments speakers_de"
    " stance subject_words_de surveys time_tails uncued_sources_de unnamed_reports_de"
    " verb_clause_de wonach_de"
    " addressees_de agreement_de asides_de governed_de hearsay_de joined_names known_topics_de"
    " lexicon_ml naming party_labels questions_de reports_de rule_verbs stand_verbs"
    " subject_spans_de subject_trims_de subordinate_clauses_de verb_final_de"
    " anchor_index bulk_rows clusters conflict_flags minhash salient shingles"
).split()
MANIFEST = "manifest.json"
SOURCE = Path(__file__).resolve().parent
_SOURCE = f"{SOURCE}{os.sep}"  # str paths: a stat a module (~0.6 ms for 137), a third of pathlib's
FIX = "bash scripts/compile.sh"
loaded: Path | None = None  # the build `annotator.split` runs, None for the pure modules
_warned = False


def build_dir() -> Path:
    """Where `scripts/compile.sh` puts the build: ANNOTATOR_COMPILED_DIR or build/compiled."""
    default = SOURCE.parent.parent / "build" / "compiled"
    return Path(os.environ.get("ANNOTATOR_COMPILED_DIR") or default)


def _sha256(module: str) -> str:
    import hashlib  # only when a stat moved or a build is written

    with open(f"{_SOURCE}{module}.py", "rb") as f:
        return hashlib.sha256(f.read()).hexdigest()


def sources() -> dict[str, list[object]]:
    """What a build records of each source: [sha256, size, mtime_ns]."""
    out: dict[str, list[object]] = {}
    for m in MODULES:
        st = os.stat(f"{_SOURCE}{m}.py")
        out[m] = [_sha256(m), st.st_size, st.st_mtime_ns]
    return out


def write_manifest(root: Path, recorded: dict[str, list[object]]) -> None:
    """Record the sources a build in `root` was made from (and the interpreter's ABI)."""
    manifest = {"abi": EXTENSION_SUFFIXES[0], "modules": recorded}
    (root / MANIFEST).write_text(json.dumps(manifest, indent=1, sort_keys=True))


def stale(root: Path) -> list[str] | None:
    """None without a build in `root`; else the modules it was not built from (empty: current).
    A build for another interpreter or with another module list is stale as a whole."""
    try:
        manifest = json.loads((root / MANIFEST).read_text())
    except FileNotFoundError:
        return None
    except (OSError, ValueError):
        return ["manifest"]
    recorded = manifest.get("modules") if isinstance(manifest, dict) else None
    if not isinstance(recorded, dict) or manifest.get("abi") != EXTENSION_SUFFIXES[0]:
        return ["all modules"]
    out = sorted(set(recorded) ^ set(MODULES))
    for m in MODULES:
        if m not in recorded:
            continue  # named above
        rec = recorded[m]
        try:
            st = os.stat(f"{_SOURCE}{m}.py")
            if not isinstance(rec, list) or len(rec) != 3:
                out.append(m)
            elif (st.st_size, st.st_mtime_ns) != (rec[1], rec[2]) and _sha256(m) != rec[0]:
                out.append(m)
        except OSError:  # a source gone: never import the build in its place
            out.append(m)
    return out


def _names(modules: list[str]) -> str:
    return ", ".join(modules[:5]) + (", ..." if len(modules) > 5 else "")


def _put_first(package_path: list[str], root: Path) -> Path:
    global loaded
    if str(root) not in sys.path:
        sys.path.append(str(root))  # the group's shared runtime
    package_path.insert(0, str(root / "annotator" / "split"))
    loaded = root
    return root


def use_compiled(package_path: list[str], root: Path | None = None) -> Path:
    """ANNOTATOR_COMPILED=1: put the build's `annotator/split` first on `package_path` (and the
    build's shared runtime on `sys.path`); refuse a missing build or one built from other sources."""
    root = root or build_dir()
    old = stale(root)
    if old is None:
        raise ImportError(f"ANNOTATOR_COMPILED=1 but no build in {root}: run {FIX}")
    if old:
        raise ImportError(f"compiled modules older than their source ({_names(old)}): run {FIX}")
    return _put_first(package_path, root)


def use_default(package_path: list[str], root: Path | None = None) -> Path | None:
    """ANNOTATOR_COMPILED unset: the build when it is current, else the pure modules (a stale
    build says so once a process, on stderr)."""
    global _warned
    root = root or build_dir()
    old = stale(root)
    if old is None:
        return None
    if old:
        if not _warned:
            print(
                f"annotator: compiled split modules in {root} are older than their source"
                f" ({_names(old)}); running the pure modules (slower): run `{FIX}`",
                file=sys.stderr,
            )
            _warned = True
        return None
    return _put_first(package_path, root)


def describe() -> str:
    """Which path `annotator.split` runs, for benchmarks' output: "compiled: yes (DIR)" or
    "compiled: no (why)"."""
    if loaded is not None:
        return f"compiled: yes ({loaded})"
    if os.environ.get("ANNOTATOR_COMPILED") == "0":
        return "compiled: no (ANNOTATOR_COMPILED=0)"
    old = stale(build_dir())
    why = "no build" if old is None else f"stale build: {_names(old)}" if old else "not loaded"
    return f"compiled: no ({why}; `{FIX}` builds it)"
