"""The label schema: the one source of truth for what annotators label.

A schema file (YAML or JSON) declares targets and fields; the default one ships inside the
package (`annotator/schemas/default.yaml`; `schemas/default.yaml` at the top of the repository is
the same file, for users to copy). Everything else is
derived from it here or in `labelconfig`: the Label Studio config, validation of pulled results,
the level of measurement per field for agreement, and the export columns.

A field with `per_target: true` expands into one *label field* per target, keyed
`<field>_<target id>` (e.g. `stance_us_taliban`); other fields keep their name. Label fields
are what annotations, agreement, gold labels and export columns are keyed by.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from functools import cached_property
from pathlib import Path
from typing import Any, Literal

import yaml
from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator, model_validator

from annotator.errors import AnnotatorError
from annotator.ids import content_hash

NAME = re.compile(r"^[a-z][a-z0-9_]{0,40}$")
DEFAULT_SCHEMA = Path(__file__).resolve().parent / "schemas" / "default.yaml"

Level = Literal["nominal", "ordinal", "interval", "ratio"]


LANG_CODE = re.compile(r"^[a-z]{2,3}$")


def _lang_keys(v: dict[str, str]) -> dict[str, str]:
    for k in v:
        if not LANG_CODE.match(k):
            raise ValueError(f"'{k}' is not a language code (ISO 639-1, e.g. de, ar)")
    return v


class Choice(BaseModel):
    model_config = ConfigDict(extra="forbid")

    value: str
    label: str | None = None
    hint: str | None = None
    missing: bool = False  # "cannot be judged": kept in the data, not a vote, not agreement
    labels: dict[str, str] = Field(default_factory=dict)  # interface language -> label
    hints: dict[str, str] = Field(default_factory=dict)  # interface language -> hint

    _labels_lang = field_validator("labels", "hints")(_lang_keys)

    def display_in(self, ui_lang: str | None) -> str:
        """The label shown to annotators working in `ui_lang` (the default label otherwise)."""
        return self.labels.get(ui_lang or "", "") or self.display

    def hint_in(self, ui_lang: str | None) -> str | None:
        return self.hints.get(ui_lang or "", "") or self.hint

    @field_validator("value", mode="before")
    @classmethod
    def _str(cls, v: Any) -> str:
        if isinstance(v, bool):
            return "yes" if v else "no"
        return str(v)

    @property
    def display(self) -> str:
        return self.label or self.value


class Target(BaseModel):
    model_config = ConfigDict(extra="forbid")

    id: str
    text: str

    @field_validator("id")
    @classmethod
    def _id(cls, v: str) -> str:
        if not NAME.match(v):
            raise ValueError("target id must be lower_snake_case (a-z, 0-9, _), at most 41 chars")
        return v


class SchemaField(BaseModel):
    model_config = ConfigDict(extra="forbid")

    name: str
    title: str | None = None
    type: Literal["choice", "text"] = "choice"
    level: Level = "nominal"
    per_target: bool = False
    required: bool = True
    choices: list[Choice] = Field(default_factory=list)
    titles: dict[str, str] = Field(default_factory=dict)  # interface language -> title

    _titles_lang = field_validator("titles")(_lang_keys)

    @field_validator("name")
    @classmethod
    def _name(cls, v: str) -> str:
        if not NAME.match(v):
            raise ValueError("field name must be lower_snake_case (a-z, 0-9, _), at most 41 chars")
        return v

    @model_validator(mode="after")
    def _choices(self) -> SchemaField:
        if self.type == "choice":
            values = [c.value for c in self.choices]
            if len(values) < 2:
                raise ValueError(f"field '{self.name}' needs at least two choices")
            if len(set(values)) != len(values):
                raise ValueError(f"field '{self.name}' has duplicate choice values")
        elif self.choices:
            raise ValueError(f"text field '{self.name}' cannot have choices")
        return self


@dataclass(frozen=True)
class LabelField:
    """One labelled column: a schema field, or one target of a per-target field."""

    key: str
    field: SchemaField
    target: Target | None

    @property
    def level(self) -> str:
        return self.field.level

    @property
    def is_text(self) -> bool:
        return self.field.type == "text"

    @property
    def categories(self) -> list[str]:
        """Values that count, in order (lowest first for ordinal)."""
        return [c.value for c in self.field.choices if not c.missing]

    @property
    def missing(self) -> frozenset[str]:
        """Values meaning 'cannot be judged': not votes, not agreement data."""
        return frozenset(c.value for c in self.field.choices if c.missing)

    @property
    def values(self) -> list[str]:
        return [c.value for c in self.field.choices]

    @property
    def title(self) -> str:
        return self.title_in(None)

    def title_in(self, ui_lang: str | None) -> str:
        """The field's title in `ui_lang` when the schema gives one (`titles`), else `title`."""
        base = (
            self.field.titles.get(ui_lang or "", "")
            or self.field.title
            or self.field.name.replace("_", " ").capitalize()
        )
        return f"{base}: {self.target.text}" if self.target else base


class LabelSchema(BaseModel):
    model_config = ConfigDict(extra="forbid")

    name: str
    version: int = 1
    description: str = ""
    guidelines: str = ""
    targets: list[Target] = Field(default_factory=list)
    fields: list[SchemaField]

    @model_validator(mode="after")
    def _consistent(self) -> LabelSchema:
        names = [f.name for f in self.fields]
        if len(set(names)) != len(names):
            raise ValueError("duplicate field names")
        if any(f.per_target for f in self.fields) and not self.targets:
            raise ValueError("a per_target field needs at least one target")
        ids = [t.id for t in self.targets]
        if len(set(ids)) != len(ids):
            raise ValueError("duplicate target ids")
        keys = [lf.key for lf in self.label_fields]
        if len(set(keys)) != len(keys):
            raise ValueError("two label fields get the same key; rename a field or target")
        return self

    @cached_property
    def label_fields(self) -> list[LabelField]:
        out: list[LabelField] = []
        for f in self.fields:
            if f.per_target:
                out.extend(LabelField(f"{f.name}_{t.id}", f, t) for t in self.targets)
            else:
                out.append(LabelField(f.name, f, None))
        return out

    @property
    def choice_fields(self) -> list[LabelField]:
        return [lf for lf in self.label_fields if not lf.is_text]

    def label_field(self, key: str) -> LabelField:
        for lf in self.label_fields:
            if lf.key == key:
                return lf
        raise KeyError(key)

    @property
    def ui_languages(self) -> list[str]:
        """Interface languages the schema has labels, hints or titles in."""
        found: set[str] = set()
        for f in self.fields:
            found.update(f.titles)
            for c in f.choices:
                found.update(c.labels)
                found.update(c.hints)
        return sorted(found)

    def export_fields(self) -> list[tuple[str, str]]:
        """Label columns of an export as (name, type: string | float | int), per label field:
        `<field>` (the gold), `<field>_target` (per-target fields: the target's text);
        choice fields: `<field>_confidence` and `<field>_votes_<value>` per choice (the
        annotators' votes for it); text fields: `<field>_texts` (the annotators' texts, a
        JSON array)."""
        cols: list[tuple[str, str]] = []
        for lf in self.label_fields:
            cols.append((lf.key, "string"))
            if lf.target is not None:
                cols.append((f"{lf.key}_target", "string"))
            if lf.is_text:
                cols.append((f"{lf.key}_texts", "string"))
                continue
            cols.append((f"{lf.key}_confidence", "float"))
            cols.extend((f"{lf.key}_votes_{v}", "int") for v in lf.values)
        return cols

    def export_columns(self) -> list[str]:
        """Names of `export_fields`."""
        return [name for name, _ in self.export_fields()]

    def canonical(self) -> dict[str, Any]:
        """The schema as JSON; translations (`labels`, `hints`, `titles`) only when given, so
        a schema without them keeps its hash."""
        data = self.model_dump(mode="json")
        for f in data["fields"]:
            for part in (f, *f["choices"]):
                for key in ("labels", "hints", "titles"):
                    if key in part and not part[key]:
                        del part[key]
        return data

    @property
    def hash(self) -> str:
        return content_hash(self.canonical())

    # --- validation of Label Studio results ---------------------------------------------

    def parse_result(self, result: list[dict[str, Any]] | None) -> tuple[dict[str, Any], list[str]]:
        """Label-field values of a Label Studio result, and the problems found in it."""
        values: dict[str, Any] = {}
        errors: list[str] = []
        by_key = {lf.key: lf for lf in self.label_fields}
        for region in result or []:
            if not isinstance(region, dict):
                errors.append("result region is not an object")
                continue
            key = region.get("from_name")
            lf = by_key.get(str(key))
            if lf is None:
                errors.append(f"unknown field '{key}'")
                continue
            value = region.get("value") or {}
            if lf.is_text:
                texts = value.get("text")
                if isinstance(texts, str):
                    texts = [texts]
                if not isinstance(texts, list) or not all(isinstance(t, str) for t in texts):
                    errors.append(f"{lf.key}: text value is not a list of strings")
                    continue
                values[lf.key] = "\n".join(texts)
                continue
            choices = value.get("choices")
            if not isinstance(choices, list) or len(choices) != 1:
                errors.append(f"{lf.key}: expected exactly one choice, got {choices!r}"[:200])
                continue
            choice = str(choices[0])
            if choice not in lf.values:
                errors.append(f"{lf.key}: '{choice}' is not one of {', '.join(lf.values)}"[:200])
                continue
            values[lf.key] = choice
        for lf in self.label_fields:
            if (
                lf.field.required
                and lf.key not in values
                and not any(e.startswith(f"{lf.key}:") for e in errors)
            ):
                errors.append(f"{lf.key}: missing")
        return values, errors

    def result_for(self, values: dict[str, Any], to_name: str = "claim") -> list[dict[str, Any]]:
        """A Label Studio result list for label-field values (used by simulate and predictions)."""
        out = []
        for lf in self.label_fields:
            if lf.key not in values or values[lf.key] is None:
                continue
            if lf.is_text:
                value: dict[str, Any] = {"text": [str(values[lf.key])]}
                kind = "textarea"
            else:
                value = {"choices": [str(values[lf.key])]}
                kind = "choices"
            out.append({"from_name": lf.key, "to_name": to_name, "type": kind, "value": value})
        return out


def load_schema(path: str | Path | None = None) -> LabelSchema:
    """Load and validate a schema file; errors name the file and the problem in one line."""
    path = Path(path) if path else DEFAULT_SCHEMA
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise AnnotatorError("schema file not found", path=str(path)) from None
    except (OSError, UnicodeDecodeError) as exc:
        raise AnnotatorError(f"cannot read schema ({exc})", path=str(path)) from None
    try:
        data = json.loads(text) if path.suffix.lower() == ".json" else yaml.safe_load(text)
    except (yaml.YAMLError, json.JSONDecodeError) as exc:
        mark = getattr(exc, "problem_mark", None)
        line = mark.line + 1 if mark is not None else getattr(exc, "lineno", None)
        raise AnnotatorError(
            f"invalid schema syntax: {str(exc).splitlines()[0]}", path=str(path), line=line
        ) from None
    return schema_from_dict(data, str(path))


def schema_from_dict(data: Any, origin: str = "<schema>") -> LabelSchema:
    if not isinstance(data, dict):
        raise AnnotatorError("a schema must be a mapping with 'name' and 'fields'", path=origin)
    try:
        return LabelSchema.model_validate(data)
    except ValidationError as exc:
        err = exc.errors()[0]
        where = ".".join(str(p) for p in err["loc"]) or "schema"
        raise AnnotatorError(f"invalid schema at {where}: {err['msg']}", path=origin) from None


def show_schema(path: str | Path | None = None, fmt: str = "yaml") -> str:
    """A schema as users check it before pushing: the validated schema (`yaml` or `json`, with
    each label field's level and export columns) or its Label Studio labelling config (`xml`)."""
    from annotator.labelstudio.labelconfig import label_config

    schema = load_schema(path)
    if fmt == "xml":
        return label_config(schema)
    data = {
        "schema": schema.model_dump(mode="json", exclude_none=True),
        "label_fields": [
            {
                "key": lf.key,
                "title": lf.title,
                "level": None if lf.is_text else lf.level,
                "counts": lf.categories,
                "cannot_be_judged": sorted(lf.missing),
            }
            for lf in schema.label_fields
        ],
        "export_columns": schema.export_columns(),
        "label_config": label_config(schema),
    }
    if fmt == "json":
        return json.dumps(data, indent=2, ensure_ascii=False)
    if fmt == "yaml":
        return str(yaml.safe_dump(data, sort_keys=False, allow_unicode=True, width=100))
    raise AnnotatorError(f"unknown format {fmt!r} (yaml, json or xml)")
