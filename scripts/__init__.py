"""Developer tools run from the repo root as modules: ``python -m scripts.bench_parse``,
``python -m scripts.bench_pipeline`` (not shipped with the package)."""
