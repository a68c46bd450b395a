"""jixiao: fiscal project performance self-evaluation forms into a DuckDB warehouse."""
