"""Party and state labels after a politician's name: never the speaker themselves."""

from __future__ import annotations

import re

# a party and state label set off by commas: "Mitch McConnell, R-Ky., said"
PARTY_LABEL = re.compile(r",\s*[RDI]-[A-Z][A-Za-z.]{1,6}$")
# a party or state label in brackets, then a comma and an indefinite apposition
LABEL_APPOSITION = re.compile(r"\([^()]{1,20}\),\s*(?:a|an)\s")
# a party and state apposition: "Ann Reed, Republican of Ohio, said", "…, Democrat from Maine, …"
PARTY_OF_PLACE = re.compile(r"(?:Republican|Democrat|Independent)\s+(?:of|from)\s+[A-Z]")
