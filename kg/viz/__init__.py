"""The HTML view of a kg graph: one self-contained page drawn with vis-network via pyvis.

`page.write_html(graph, path, ...)` is the entry point; `select` picks what the page shows
(cap, focus, paper), `describe` turns nodes and edges into plain-text labels and tooltips,
`style` holds the colour and shape of each label, `assets` reads vis-network from pyvis.
"""
