"""Dashboard figures, exactly as METRICS.md defines them, aggregated in the database."""
