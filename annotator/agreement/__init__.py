"""Agreement: label tables and ratings, coefficients (Krippendorff, Cohen, Fleiss, ...), the
bootstrap, diagnostics, and the project audit with its HTML report."""
