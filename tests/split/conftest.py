"""A local Ray cluster for the test session (`tests/ray_cluster.py`): started on first use,
stopped at the end of the session by its process group and with a killed session; a missing
Ray fails the tests that need it.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from ray_cluster import ray_cluster


@pytest.fixture(scope="session")
def ray_address(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    with ray_cluster(tmp_path_factory.mktemp("ray")) as cluster:
        yield cluster.address
