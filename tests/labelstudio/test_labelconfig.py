"""The generated label config is valid offline (SDK) and on a real Label Studio, even with
hostile strings in the schema."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from typing import Any

import pytest

from annotator.errors import BackendError
from annotator.labelstudio.labelconfig import config_hash, guidelines_html, label_config
from annotator.schema import LabelSchema, load_schema, schema_from_dict

HOSTILE = [
    '<script>alert("x")</script>',
    "Tom & Jerry",
    'it\'s "quoted"',
    "end ]]> cdata",
    "\u200fRTL mark \u05e9\u05dc\u05d5\u05dd",
]


def hostile_schema() -> LabelSchema:
    return schema_from_dict(
        {
            "name": "hostile",
            "description": HOSTILE[0],
            "guidelines": "\n".join(HOSTILE),
            "targets": [{"id": "t1", "text": HOSTILE[1] + " " + HOSTILE[3]}],
            "fields": [
                {
                    "name": "stance",
                    "title": HOSTILE[4],
                    "per_target": True,
                    "choices": [
                        {"value": f"v{i}", "label": text, "hint": text}
                        for i, text in enumerate(HOSTILE)
                    ],
                },
                {"name": "note", "title": HOSTILE[2], "type": "text", "required": False},
            ],
        }
    )


def _validate_offline(xml: str) -> Any:
    from label_studio_sdk.label_interface import LabelInterface

    interface = LabelInterface(xml)
    interface.validate()
    return interface


@pytest.mark.parametrize("make", [load_schema, hostile_schema], ids=["default", "hostile"])
def test_config_validates_offline(make):
    schema = make()
    xml = label_config(schema)
    interface = _validate_offline(xml)
    assert {lf.key for lf in schema.label_fields} <= set(
        interface.controls and [c.name for c in interface.controls]
    )


def test_hostile_strings_survive_escaping():
    schema = hostile_schema()
    xml = label_config(schema)
    assert "<script>" not in xml
    root = ET.fromstring(xml)
    values = [c.get("value") for c in root.iter("Choice")]
    assert values == HOSTILE
    assert [c.get("hint") for c in root.iter("Choice")] == HOSTILE
    assert "<script>" not in guidelines_html(schema)


def test_results_validate_against_config():
    from label_studio_sdk.label_interface import LabelInterface

    schema = load_schema()
    interface = LabelInterface(label_config(schema))
    result = schema.result_for(
        {
            "stance_us_taliban": "support",
            "source_reliability": "A",
            "credibility": "1",
            "checkworthy": "yes",
            "rationale": "why",
        }
    )
    assert interface.validate_annotation({"result": result}) is not False


@pytest.mark.labelstudio
@pytest.mark.parametrize("make", [load_schema, hostile_schema], ids=["default", "hostile"])
def test_config_validates_on_the_server(ls_backend, make):
    schema = make()
    xml = label_config(schema)
    ls_backend.validate_config(xml)
    pid = ls_backend.ensure_project(
        f"config-{schema.name}", xml, guidelines_html(schema), overlap=1
    )
    project = ls_backend._get("read", f"/api/projects/{pid}")
    stored = ET.fromstring(project["label_config"])
    expected = [c.display for lf in schema.choice_fields for c in lf.field.choices]
    assert [c.get("value") for c in stored.iter("Choice")] == expected


@pytest.mark.labelstudio
def test_server_rejects_a_broken_config_in_one_line(ls_backend):
    with pytest.raises(BackendError) as exc:
        ls_backend.validate_config("<View><Choices name='x' toName='missing'/></View>")
    msg = str(exc.value)
    assert msg.startswith("validating the label config: Label Studio said (HTTP 400)")
    assert "\n" not in msg


def test_interface_language_changes_what_annotators_read_not_the_values() -> None:
    from annotator.errors import AnnotatorError
    from annotator.labelstudio.push import _interface_language

    schema = load_schema()
    assert {"de", "ar"} <= set(schema.ui_languages)
    root = ET.fromstring(label_config(schema, "de"))
    checkworthy = root.find(".//Choices[@name='checkworthy']")
    assert checkworthy is not None
    assert [(c.get("value"), c.get("alias")) for c in checkworthy] == [
        ("Ja", "yes"),
        ("Nein", "no"),
    ]
    assert any(h.get("value") == "Prüfenswert?" for h in root.iter("Header"))
    assert "Ja</b>" in guidelines_html(schema, "de")
    styles = [v.get("style") or "" for v in ET.fromstring(label_config(schema, "ar")).iter("View")]
    assert any("direction: rtl" in style for style in styles)
    # pulled results keep the canonical values: the alias is valid, a translated label is not
    assert schema.parse_result(schema.result_for({"checkworthy": "yes"}))[0]["checkworthy"] == "yes"
    _, errors = schema.parse_result([{"from_name": "checkworthy", "value": {"choices": ["Ja"]}}])
    assert any("'Ja' is not one of yes, no" in e for e in errors)
    assert "checkworthy" in schema.export_columns()
    # asked for by name, checked; re-pushed without it, found again from the pushed config
    assert _interface_language(schema, "AR", None) == "ar"
    assert _interface_language(schema, None, config_hash(schema, "de")) == "de"
    with pytest.raises(AnnotatorError, match="has no labels in 'tr'"):
        _interface_language(schema, "tr", None)
    with pytest.raises(AnnotatorError, match="'Deutsch' is not a language code"):
        schema_from_dict(
            {"name": "x", "fields": [{"name": "a", "choices": [
                {"value": "1", "labels": {"Deutsch": "eins"}}, {"value": "2"}]}]}
        )  # fmt: skip
    # a schema without translations keeps its hash
    plain = schema_from_dict(
        {"name": "x", "fields": [{"name": "a", "choices": [{"value": "1"}, {"value": "2"}]}]}
    )
    assert "labels" not in plain.canonical()["fields"][0]["choices"][0]
