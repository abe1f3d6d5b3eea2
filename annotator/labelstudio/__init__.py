"""Push and pull: the label schema as a Label Studio config, one HTTP client, the local server,
task sync (push), incremental pull into the store, simulated annotators and adjudication."""
