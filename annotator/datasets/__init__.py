"""Datasets: aggregation into gold labels, immutable versions, diffs, summaries, exports, data
cards and per-source profiles."""
