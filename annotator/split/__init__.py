"""Split stage: documents in, claim units out.

ingest -> structure (boilerplate, forum, metadata) -> claims (sentences, attribution,
checkworthiness) -> clusters; `pipeline` runs it over files and stores the result.
"""

import os
from typing import Any


def __getattr__(name: str) -> Any:  # lazy: pure submodules must not pull in the store
    if name in {"split_paths", "split_file", "split_document", "recluster", "claim_rows"}:
        from annotator.split import pipeline

        return getattr(pipeline, name)
    raise AttributeError(name)


if os.environ.get("ANNOTATOR_COMPILED") == "1":  # opt-in mypyc build (scripts/compile.sh)
    from annotator.split.compiled import use_compiled

    use_compiled(__path__)
