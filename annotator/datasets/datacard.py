"""The data card (README.md) of an export, with Hugging Face dataset-card YAML front matter.

Front matter: pretty_name, license, task_categories, language, configs (pointing at the data
file, and at the source profiles), dataset_info features (derived from the export's Arrow
schema, so `datasets.load_dataset(DIR)` reads the columns with those types). Body: what the
dataset is, the schema and guidelines, label distribution and agreement (with intervals) per
field, annotator count, method, version hash and the provenance of the documents.
"""

from __future__ import annotations

import html
import re
from collections.abc import Mapping, Sequence
from typing import Any

import pyarrow as pa
import yaml

from annotator.schema import LabelSchema

LICENSE = re.compile(r"^[A-Za-z0-9][A-Za-z0-9.+-]{0,63}$")  # an SPDX-like id, else "other"

_HF_DTYPES = {
    pa.string(): "string",
    pa.large_string(): "large_string",
    pa.int64(): "int64",
    pa.float64(): "float64",
    pa.bool_(): "bool",
}


def hf_features(schema: pa.Schema) -> list[dict[str, str]]:
    return [{"name": f.name, "dtype": _HF_DTYPES[f.type]} for f in schema]


def render(
    info: Mapping[str, Any],
    schema: LabelSchema,
    arrow_schema: pa.Schema,
    data_file: str,
    *,
    data_bytes: int = 0,
    sources_file: str | None = None,
    provenance: Mapping[str, Any] | None = None,
    license: str | None = None,
    raw: bool = False,
    include_simulated: bool = False,
    private: Mapping[str, str] | None = None,
    sampling: Sequence[Mapping[str, Any]] = (),
) -> str:
    """The README.md text for version `info` (as returned by `annotator.datasets.dataset.show`).

    Depends only on what the version froze and on the arguments, so the same export of a
    version gives the same bytes whenever it is made.
    """
    name, version = info["name"], info["version"]
    configs: list[dict[str, Any]] = [
        {
            "config_name": "default",
            "default": True,
            "data_files": [{"split": "train", "path": data_file}],
        }
    ]
    if sources_file:
        configs.append(
            {"config_name": "sources", "data_files": [{"split": "train", "path": sources_file}]}
        )
    front = {
        "pretty_name": f"{name} (version {version})",
        "license": license if license and LICENSE.match(license) else "other",
        "language": list((provenance or {}).get("languages") or ["en"]),  # the claims' `lang`
        "task_categories": ["text-classification"],
        "tags": ["claims", "stance", "source-reliability", "admiralty-scale"],
        "configs": configs,
        "dataset_info": {
            "config_name": "default",
            "features": hf_features(arrow_schema),
            "splits": [
                {
                    "name": "train",
                    "num_bytes": data_bytes,
                    "num_examples": int(info.get("items") or 0),
                }
            ],
        },
    }
    counts = info.get("counts") or {}
    agreement = info.get("agreement") or {}
    params = info.get("params") or {}
    lines = [
        "---",
        yaml.safe_dump(front, sort_keys=False, allow_unicode=True).rstrip(),
        "---",
        "",
        f"# {name}, version {version}",
        "",
        f"Gold labels for {info.get('items', 0)} claim units (sentences or spans of news and forum "
        "documents that state something checkable), frozen from the annotations of project "
        f"{_cell(info.get('project'))} by `annotator` {info.get('tool_version')}.",
        "",
        "| | |",
        "|---|---|",
        f"| version hash | `{info['hash']}` |",
        f"| parent version | {info.get('parent') or '-'} |",
        f"| created | {info.get('created_at')} |",
        f"| licence | {_licence(license)} |",
        f"| aggregation | {info.get('method')} (min annotations {params.get('min_annotations')}, "
        f"below minimum: {params.get('below_min')}, seed {params.get('seed')}) |",
        f"| annotators | {counts.get('annotators', 0)} |",
        f"| silver items | {counts.get('silver', 0)} |",
        f"| items with an adjudicated label | {counts.get('adjudicated_items', 0)} |",
        f"| schema | {_cell(schema.name)} v{schema.version}, hash `{info.get('schema_hash')}` |",
        f"| labelling config hash | `{info.get('config_hash')}` |",
        "",
        "The version hash is SHA-256 over the canonical JSON of the items and their labels "
        "(see `annotator.datasets.dataset` for the exact contract); the same labels give the same hash.",
        "",
    ]
    if include_simulated or params.get("include_simulated"):
        lines += [
            "**Simulated labels.** This version counts labels made by `annotator simulate` "
            "(simulated annotators): it is a demonstration, not annotated data.",
            "",
        ]
    lines += [
        "## Load it",
        "",
        "```python",
        "import datasets",
        "",
        'data = datasets.load_dataset("path/to/this/folder")["train"]',
        'sources = datasets.load_dataset("path/to/this/folder", "sources")["train"]',
        "```",
        "",
        "## Citation",
        "",
        "```bibtex",
        *_citation(info),
        "```",
        "",
        "## Columns",
        "",
        "`claim_id`, `text`, `start`/`end` (character offsets of the claim in the document), "
        "`context` (the paragraph it sits in), `document_id`, document and source metadata "
        "(`title`, `url`, `published`, `source`, `source_kind`, `path`: the file name only), "
        "`speaker`, `cue`, `quote`, `cluster_id`. For every label field `<field>` (the gold "
        "label, null when there is none) and, for a field about a target, `<field>_target` (the "
        "target's text); choice fields: `<field>_confidence` (share of votes, or posterior "
        "probability for Dawid-Skene; 1.0 when adjudicated) and `<field>_votes_<value>` (how "
        "many annotators chose each value); text fields such as rationales: `<field>_texts` "
        "(every annotator's text, a JSON array). `silver`: some gold label rests on fewer "
        "votes than the minimum. In CSV, a text cell starting with `=`, `+`, `-`, `@`, a tab "
        "or a carriage return gets a leading `'` so that spreadsheets do not run it as a "
        "formula.",
    ]
    if raw:
        lines.append(
            "Raw labels: `<field>__annotator-K` per annotator, under pseudonyms stable within "
            "this version."
        )
    lines += ["", "## Schema and guidelines", ""]
    if schema.description:
        lines += [_cell(schema.description.strip()), ""]
    if schema.guidelines.strip():
        lines += ["> " + _cell(line) for line in schema.guidelines.strip().splitlines()] + [""]
    lines += ["## Labels and agreement", ""]
    for lf in schema.label_fields:
        lines.append(f"### {lf.key}: {_cell(lf.title)} ({lf.level})")
        lines.append("")
        if lf.is_text:
            lines += ["Free text; gold only when adjudicated.", ""]
            continue
        dist = (counts.get("labels") or {}).get(lf.key) or {}
        lines.append("| label | meaning | gold items |")
        lines.append("|---|---|---|")
        for c in lf.field.choices:
            note = " (cannot be judged: not a vote)" if c.missing else ""
            lines.append(
                f"| {_cell(c.value)} | {_cell(c.display)}{note} | {dist.get(c.value, 0)} |"
            )
        no_gold = (counts.get("no_gold") or {}).get(lf.key, 0)
        lines += ["", f"Items without gold for this field: {no_gold}.", ""]
        lines += [_public(_agreement_line(agreement.get(lf.key)), private or {}), ""]
    if provenance:
        lines += _provenance(provenance)
    for sample in sampling:
        lines += _sampling(sample)
    return "\n".join(lines).rstrip() + "\n"


def _public(text: str, private: Mapping[str, str]) -> str:
    """`text` with any private annotator id (`private`: id -> pseudonym) replaced."""
    for real, pseudonym in private.items():
        if real and real in text:
            text = text.replace(real, pseudonym)
    return text


def _licence(license: str | None) -> str:
    if not license:
        return "not stated by the publisher (exported without `--license`): ask before reuse"
    return _cell(license)


def _citation(info: Mapping[str, Any]) -> list[str]:
    name, version = str(info["name"]), info["version"]
    key = re.sub(r"[^A-Za-z0-9]+", "_", name).strip("_") or "dataset"
    year = str(info.get("created_at") or "")[:4]
    return [
        f"@misc{{{key}_v{version},",
        f"  title = {{{{{_bib(name)}}}, version {version}}},",
        f"  year = {{{year}}},",
        f"  note = {{Version hash {info['hash']}; gold labels frozen with annotator "
        f"{_bib(str(info.get('tool_version')))}}},",
        "}",
    ]


def _bib(text: str) -> str:
    return re.sub(r"[{}\\]", "", text)


def _cell(text: object) -> str:
    """Text from the schema or the web, safe in Markdown and in the HTML hubs render it to."""
    escaped = html.escape(str(text), quote=False).replace("`", "&#96;")
    return escaped.replace("|", "\\|").replace("\r", " ").replace("\n", " ")


def _agreement_line(a: Mapping[str, Any] | None) -> str:
    if not a:
        return "Agreement: not computed."
    if a.get("alpha") is None:
        return f"Krippendorff's alpha: not available ({a.get('reason', 'undefined')})."
    ci = a.get("alpha_ci")
    interval = f", 95% bootstrap interval [{ci[0]:.3f}, {ci[1]:.3f}]" if ci else ""
    sample = f", on a sample of {a['sampled_items']} items" if a.get("sampled_items") else ""
    return (
        f"Krippendorff's alpha: {a['alpha']:.3f}{interval} ({a.get('annotators')} annotators, "
        f"{a.get('items')} items with two or more labels{sample})."
    )


def _sampling(m: Mapping[str, Any]) -> list[str]:
    """How a sampled collection the project was pushed with was drawn (`annotator sample`)."""
    pop = m.get("population") or {}
    strata = ", ".join(m.get("stratify") or []) or "none"
    lines = [
        f"## Sample `{_cell(m.get('collection'))}`",
        "",
        f"{m.get('drawn')} claim units drawn from a population of {pop.get('claims')} "
        f"({pop.get('clusters')} clusters): {_cell(m.get('method'))}, best by "
        f"{_cell(m.get('by'))}, stratified by {_cell(strata)} "
        f"({_cell(m.get('allocation'))}), seed {_cell(m.get('seed'))}.",
    ]
    per = m.get("per_stratum") or {}
    if per:
        lines += ["", "| stratum | drawn | population |", "|---|---|---|"]
        lines += [
            f"| {_cell(k or 'all')} | {v} | {(pop.get('strata') or {}).get(k, '')} |"
            for k, v in per.items()
        ]
    return lines + [""]


def _provenance(p: Mapping[str, Any]) -> list[str]:
    lines = ["## Provenance", ""]
    lines.append(
        f"{p.get('documents', 0)} documents; {p.get('with_url', 0)} claim units come from a "
        "document with a URL."
    )
    outlets: Sequence[tuple[str, str, int]] = p.get("outlets") or []
    if outlets:
        lines += ["", "| outlet | kind | claim units |", "|---|---|---|"]
        lines += [f"| {_cell(name)} | {kind} | {n} |" for name, kind, n in outlets]
    examples: Sequence[str] = p.get("examples") or []
    if examples:
        lines += ["", "Example documents:", ""] + [f"- {_cell(e)}" for e in examples]
    return lines + [""]
