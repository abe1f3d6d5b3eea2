"""Random texts glued from given pieces: the gate tests feed them to a cheap test and to the
bare pattern it stands in front of, and assert the same answer."""

from __future__ import annotations

import random


def random_texts(seed: int, pieces: list[str], n: int, most: int) -> list[str]:
    """`n` texts of 0 to `most` pieces each, the same for the same seed."""
    rng = random.Random(seed)
    return ["".join(rng.choice(pieces) for _ in range(rng.randint(0, most))) for _ in range(n)]
