"""What crosses between Label Studio and the store, defined once (pydantic).

- `TaskRef`: a task as push's reconciliation and pull's deletion check see it (id, claim id).
- `PulledAnnotation`, `PulledTask`: a task with its annotations as `Backend.changed_tasks`
  yields it and `pull` stores it (`annotator.store.models.Annotation` is its stored form).

`PulledTask` also reads like the JSON it came from (`task["id"]`, `task.get("data")`), so
scripts written against the API's dicts keep working.
"""

from __future__ import annotations

from typing import Any

from pydantic import BaseModel, ConfigDict, Field, field_validator

ANNOTATION_FIELDS = (
    "id",
    "completed_by",
    "result",
    "created_at",
    "updated_at",
    "lead_time",
    "was_cancelled",
)
# `include=` also filters the fields of nested annotations, so it names theirs too.
TASK_FIELDS = ",".join(["data", "meta", "annotations", *ANNOTATION_FIELDS])


class _Mapping(BaseModel):
    model_config = ConfigDict(extra="ignore")

    def __getitem__(self, key: str) -> Any:
        return getattr(self, key)

    def get(self, key: str, default: Any = None) -> Any:
        return getattr(self, key, default)


class TaskRef(_Mapping):
    """A task's id, the claim it holds (`data.claim_id`) and when it last changed."""

    id: int
    claim_id: str | None = None
    updated_at: str | None = None


class PulledAnnotation(_Mapping):
    """One annotation of a task, as Label Studio returns it."""

    id: int
    completed_by: int | None = None  # the Label Studio user id
    result: list[Any] = Field(default_factory=list)
    created_at: str | None = None
    updated_at: str | None = None
    lead_time: float | None = None
    was_cancelled: bool = False

    @field_validator("completed_by", mode="before")
    @classmethod
    def _user_id(cls, value: Any) -> Any:
        return value.get("id") if isinstance(value, dict) else value  # some endpoints expand it

    @field_validator("result", mode="before")
    @classmethod
    def _result(cls, value: Any) -> Any:
        return value or []


class PulledTask(_Mapping):
    """A task with its current annotations (pull's unit of work)."""

    id: int
    data: dict[str, Any] = Field(default_factory=dict)
    meta: dict[str, Any] = Field(default_factory=dict)
    updated_at: str | None = None
    annotations: list[PulledAnnotation] = Field(default_factory=list)

    @field_validator("data", "meta", mode="before")
    @classmethod
    def _no_dict(cls, value: Any) -> Any:
        return value or {}

    @field_validator("annotations", mode="before")
    @classmethod
    def _no_list(cls, value: Any) -> Any:
        return value or []

    @property
    def claim_id(self) -> str | None:
        """The claim the task holds (`data.claim_id`, else `meta.claim_id`)."""
        cid = self.data.get("claim_id") or self.meta.get("claim_id")
        return str(cid) if cid is not None else None
