"""Data models and table models, together, in pipeline order.

split:   Source, Document, Post, ClaimUnit
selection: Collection, CollectionItem
push:    Project, PushedTask
pull:    Annotator, Annotation, AnnotationRevision, PullState
dataset: Dataset, DatasetVersion, DatasetItem, DatasetClaim (the frozen claim row), DatasetAnnotator
store:   SchemaMigration

Ids are content-derived (see `annotator.ids`): the same input gives the same ids on any machine.
Times are timezone-aware UTC datetimes.
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from sqlalchemy import (
    DDL,
    JSON,
    Column,
    ForeignKey,
    Index,
    Integer,
    String,
    Text,
    UniqueConstraint,
    event,
)
from sqlmodel import Field, SQLModel


def utcnow() -> datetime:
    return datetime.now(UTC)


def _json(nullable: bool = True) -> Any:
    return Field(default=None, sa_column=Column(JSON, nullable=nullable))


def _fk(
    target: str, *, nullable: bool = False, primary_key: bool = False, integer: bool = False
) -> Any:
    """A foreign key checked at commit (inserts are not ordered by table dependency)."""
    column = Column(
        Integer if integer else String,
        ForeignKey(target, deferrable=True, initially="DEFERRED"),
        nullable=nullable,
        primary_key=primary_key,
        index=not primary_key,
    )
    return Field(default=None, sa_column=column) if nullable else Field(sa_column=column)


def _text() -> Any:
    return Field(default="", sa_column=Column(Text, nullable=False))


# --- split -------------------------------------------------------------------------------


class Source(SQLModel, table=True):
    """An outlet, site or forum a document comes from."""

    id: str = Field(primary_key=True)
    name: str
    kind: str = "news"  # news | forum | wire | unknown


class DocumentBase(SQLModel):
    id: str = Field(primary_key=True)  # text hash of the document's raw text
    source_id: str | None = _fk("source.id", nullable=True)
    path: str = ""  # the file it came from (with `:line` for JSONL)
    format: str = "txt"  # txt | html | jsonl
    title: str | None = None
    url: str | None = None
    author: str | None = None
    published: str | None = None  # ISO date (or datetime) when found
    text: str = _text()  # the text claim offsets point into
    boilerplate: list[list[Any]] | None = _json()  # [[start, end, kind], ...] removed spans
    lang: str | None = None  # ISO 639-1 of its claim material (annotator.split.language)
    created_at: datetime = Field(default_factory=utcnow)
    splitter_version: str | None = None  # `annotator.split.version.SPLITTER_VERSION` (m008)


class Document(DocumentBase, table=True):
    pass


class Post(SQLModel, table=True):
    """One post of a forum thread, as a span of its document."""

    id: str = Field(primary_key=True)
    document_id: str = _fk("document.id")
    index: int
    author: str | None = None
    posted: str | None = None
    start: int
    end: int
    quoted_post_id: str | None = None  # the earlier post this one quotes
    lang: str | None = None  # its own language, or the document's when too short to tell


class ClaimUnitBase(SQLModel):
    id: str = Field(primary_key=True)
    document_id: str = _fk("document.id")
    post_id: str | None = Field(default=None, index=True)
    text: str = _text()
    start: int
    end: int
    speaker: str | None = None
    cue: str | None = None
    quote: bool = False  # direct speech (a quotation); indirect speech has a speaker, quote False
    # document offsets of the speaker's mention and of the reported content (m003)
    speaker_start: int | None = None
    speaker_end: int | None = None
    content_start: int | None = None
    content_end: int | None = None
    context: str = _text()  # the paragraph or forum post holding the claim
    context_start: int | None = None  # document offset of `context` (m004)
    checkworthiness: float = 0.0
    features: dict[str, Any] | None = _json()
    cluster_id: str | None = Field(default=None, index=True)
    conflict: bool = False  # the cluster's figures disagree
    splitter_version: str | None = None  # the splitter that produced it (m008)
    stale: bool = False  # gone from its document after a re-split; kept for its labels (m008)
    lang: str | None = Field(default=None, index=True)  # its post's or document's language


class ClaimUnit(ClaimUnitBase, table=True):
    __tablename__ = "claimunit"


# --- selection ---------------------------------------------------------------------------


class Collection(SQLModel, table=True):
    """A named set of claim units (from `split --collection` or a sample), pushed as a unit."""

    name: str = Field(primary_key=True)
    meta: dict[str, Any] | None = _json()  # how the selection was drawn (paths, sampling...)
    created_at: datetime = Field(default_factory=utcnow)
    updated_at: datetime = Field(default_factory=utcnow)


class CollectionItem(SQLModel, table=True):
    """One claim unit in a collection."""

    collection: str = _fk("collection.name", primary_key=True)
    claim_id: str = Field(primary_key=True)
    added_at: datetime = Field(default_factory=utcnow)


# --- push --------------------------------------------------------------------------------


class Project(SQLModel, table=True):
    """A Label Studio project this store pushes to."""

    id: int | None = Field(default=None, primary_key=True)
    name: str = Field(index=True)
    backend_url: str
    ls_project_id: int
    kind: str = "annotation"  # annotation | adjudication
    parent: str | None = None  # for adjudication projects: the annotation project's name
    schema_name: str = ""
    schema_hash: str = ""
    config_hash: str = ""
    label_schema: dict[str, Any] | None = _json()  # the schema as pushed
    overlap: int = 1
    # what a push without a selection sends: None = every stored claim unit, else
    # {"collections": [...], "documents": [...]} (the selections pushed so far)
    scope: dict[str, Any] | None = _json()
    created_at: datetime = Field(default_factory=utcnow)

    __table_args__ = (UniqueConstraint("name", "backend_url", name="uq_project_name_backend"),)


class PushedTask(SQLModel, table=True):
    """A claim unit that exists as a task in a project, with the hash of what was sent."""

    project_id: int = _fk("project.id", primary_key=True, integer=True)
    claim_id: str = Field(primary_key=True)
    ls_task_id: int = Field(index=True)
    payload_hash: str
    pushed_at: datetime = Field(default_factory=utcnow)


# --- pull --------------------------------------------------------------------------------


class Annotator(SQLModel, table=True):
    """A Label Studio user, under a stable pseudonymous id (hash of backend URL and user id)."""

    id: str = Field(primary_key=True)
    backend_url: str
    ls_user_id: int
    email: str | None = None
    simulated: bool = False


class AnnotationBase(SQLModel):
    project_id: int = _fk("project.id", integer=True)
    claim_id: str = Field(index=True)
    ls_task_id: int
    ls_annotation_id: int
    annotator_id: str = _fk("annotator.id")
    values: dict[str, Any] | None = _json()  # schema field -> value, validated
    result: list[Any] | None = _json()  # Label Studio's raw result
    valid: bool = True
    errors: list[str] | None = _json()
    created_at: datetime | None = None
    updated_at: datetime | None = None
    lead_time: float | None = None
    simulated: bool = False
    adjudicated: bool = False
    cancelled: bool = False  # skipped in Label Studio: stored, never a label (valid=False)
    deleted: bool = False
    revision: int = 1


class Annotation(AnnotationBase, table=True):
    """The current state of one Label Studio annotation."""

    id: int | None = Field(default=None, primary_key=True)

    __table_args__ = (
        UniqueConstraint("project_id", "ls_annotation_id", name="uq_annotation_ls"),
        Index("ix_annotation_project_task", "project_id", "ls_task_id"),
    )


class AnnotationRevision(SQLModel, table=True):
    """Every version an annotation has had, the current one included."""

    id: int | None = Field(default=None, primary_key=True)
    annotation_id: int = _fk("annotation.id", integer=True)
    revision: int
    values: dict[str, Any] | None = _json()
    result: list[Any] | None = _json()
    valid: bool = True
    errors: list[str] | None = _json()
    cancelled: bool = False
    updated_at: datetime | None = None
    deleted: bool = False
    recorded_at: datetime = Field(default_factory=utcnow)

    __table_args__ = (UniqueConstraint("annotation_id", "revision", name="uq_revision"),)


class PullState(SQLModel, table=True):
    """Where the last complete pull of a project stopped (Label Studio's task `updated_at`)."""

    project_id: int = _fk("project.id", primary_key=True, integer=True)
    cursor: str | None = None  # ISO datetime ending in Z
    pulled_at: datetime | None = None


# --- dataset -----------------------------------------------------------------------------


class Dataset(SQLModel, table=True):
    name: str = Field(primary_key=True)
    created_at: datetime = Field(default_factory=utcnow)


class DatasetVersion(SQLModel, table=True):
    """An immutable, content-hashed freeze of gold labels. Never modified once stored."""

    id: int | None = Field(default=None, primary_key=True)
    dataset: str = _fk("dataset.name")
    version: int
    hash: str = Field(index=True)
    parent: int | None = None
    project: str | None = None
    method: str
    schema_hash: str
    config_hash: str = ""
    tool_version: str
    created_at: datetime = Field(default_factory=utcnow)
    counts: dict[str, Any] | None = _json()
    agreement: dict[str, Any] | None = _json()
    params: dict[str, Any] | None = _json()
    label_schema: dict[str, Any] | None = _json()

    __table_args__ = (UniqueConstraint("dataset", "version", name="uq_dataset_version"),)


class DatasetItem(SQLModel, table=True):
    """One claim unit's gold labels in one dataset version."""

    id: int | None = Field(default=None, primary_key=True)
    version_id: int = _fk("datasetversion.id", integer=True)
    claim_id: str
    gold: dict[str, Any] | None = _json()  # field -> {"label", "confidence", "n", "source"}
    raw: dict[str, Any] | None = _json()  # field -> {annotator pseudonym: label}
    silver: bool = False

    __table_args__ = (Index("ix_datasetitem_version_claim", "version_id", "claim_id"),)


class DatasetRowBase(SQLModel):
    """What a dataset version freezes of one claim unit: its text, where it sits, who said it.

    The one definition of an export row's claim and document columns (`annotator.datasets.export`
    derives them from these fields, in this order). Copied from the split stage's tables when a
    version is built, so a later `split` or recluster never changes an exported version.
    """

    claim_id: str
    text: str = _text()
    start: int = 0
    end: int = 0
    context: str = _text()  # the paragraph (or forum post) the claim sits in
    context_start: int = 0  # its offset in the document: text == context[start - it : end - it]
    document_id: str = ""
    title: str | None = None
    url: str | None = None
    published: str | None = None
    source: str | None = None  # the outlet's name
    source_kind: str | None = None
    path: str | None = None  # the document's file name, never a local folder
    speaker: str | None = None
    cue: str | None = None
    quote: bool = False
    cluster_id: str | None = None
    lang: str | None = None  # ISO 639-1 of the claim (annotator.split.language)


class DatasetClaim(DatasetRowBase, table=True):
    """One claim unit as a dataset version froze it."""

    version_id: int = _fk("datasetversion.id", primary_key=True, integer=True)
    claim_id: str = Field(primary_key=True)


class DatasetAnnotator(SQLModel, table=True):
    """The private mapping of one version's pseudonyms (`annotator-1`, ...) to annotator ids."""

    version_id: int = _fk("datasetversion.id", primary_key=True, integer=True)
    pseudonym: str = Field(primary_key=True)
    annotator_id: str


class DatasetSampling(SQLModel, table=True):
    """How the sampled collections of a version's project were drawn (`annotator sample`), as
    they were when the version was built: the data card's "Sample" section (m010)."""

    version_id: int = _fk("datasetversion.id", primary_key=True, integer=True)
    sampling: list[dict[str, Any]] | None = _json()


# Stored versions are immutable: the database itself refuses an UPDATE of their rows.
_IMMUTABLE = (
    "datasetversion",
    "datasetitem",
    "datasetclaim",
    "datasetannotator",
    "datasetsampling",
)
_PG_IMMUTABLE_FN = DDL(
    "CREATE OR REPLACE FUNCTION annotator_immutable() RETURNS trigger AS $$ BEGIN "
    "RAISE EXCEPTION 'dataset versions are immutable'; END $$ LANGUAGE plpgsql"
)
for _table in _IMMUTABLE:
    _sa_table = SQLModel.metadata.tables[_table]
    event.listen(
        _sa_table,
        "after_create",
        DDL(
            f"CREATE TRIGGER {_table}_immutable BEFORE UPDATE ON {_table} "
            "BEGIN SELECT RAISE(ABORT, 'dataset versions are immutable'); END"
        ).execute_if(dialect="sqlite"),
    )
    event.listen(_sa_table, "after_create", _PG_IMMUTABLE_FN.execute_if(dialect="postgresql"))
    event.listen(
        _sa_table,
        "after_create",
        DDL(
            f"CREATE TRIGGER {_table}_immutable BEFORE UPDATE ON {_table} "
            "FOR EACH ROW EXECUTE FUNCTION annotator_immutable()"
        ).execute_if(dialect="postgresql"),
    )


# --- store -------------------------------------------------------------------------------


class SchemaMigration(SQLModel, table=True):
    """One applied migration of the store's schema."""

    version: int = Field(primary_key=True)
    name: str
    applied_at: datetime = Field(default_factory=utcnow)
