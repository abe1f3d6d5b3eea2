"""annotator: claim and source-reliability annotation.

Pipeline, one module a stage: split -> push -> pull -> dataset -> export / agreement.
"""

__version__ = "0.1.0"
