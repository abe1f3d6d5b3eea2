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


# The mypyc build (scripts/compile.sh) when it is current; ANNOTATOR_COMPILED=0 turns it off,
# =1 requires it (annotator/split/compiled.py).
if os.environ.get("ANNOTATOR_COMPILED") != "0":
    from annotator.split import compiled as _compiled

    if os.environ.get("ANNOTATOR_COMPILED") == "1":
        _compiled.use_compiled(__path__)
    else:
        _compiled.use_default(__path__)

# Patterns recorded by the build (annotator/split/regex_cache.py): ~0.5 s of start-up less.
from annotator.split import compiled as _build  # noqa: E402
from annotator.split import regex_cache as _regex_cache  # noqa: E402

_regex_cache.install(_build.build_dir())
