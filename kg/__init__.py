"""kg: knowledge graphs of methods, datasets, metrics, tasks and results from ML abstracts.

Python API:
    kg.build(inputs, out_dir=None, ...) -> BuildResult (graph, report, paths)
    kg.extract(inputs, ...) -> iterator of PaperFacts
    kg.load_graph(path) -> networkx.MultiDiGraph with every attribute intact
"""
__all__ = ["build", "extract", "load_graph"]
__version__ = "0.1.0"


def __getattr__(name):
    # Imported on first use so that `import kg.types` does not load spaCy and networkx.
    if name in __all__:
        from kg import api

        return getattr(api, name)
    raise AttributeError(f"module 'kg' has no attribute {name!r}")
