"""How each node label looks on the page: colour, vis-network shape and legend text.

Colours are the Tableau 10 palette (distinct for most colour-vision deficiencies), and every
label also has its own shape so that the legend never depends on colour alone. Shapes are ones
vis-network draws with the label underneath, so node size can follow degree.
"""
from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class LabelStyle:
    colour: str
    shape: str
    legend: str


LABEL_STYLES: dict[str, LabelStyle] = {
    "Paper": LabelStyle("#4e79a7", "square", "Paper"),
    "Method": LabelStyle("#f28e2b", "dot", "Method"),
    "Dataset": LabelStyle("#59a14f", "diamond", "Dataset"),
    "Metric": LabelStyle("#e15759", "triangle", "Metric"),
    "Task": LabelStyle("#b07aa1", "star", "Task"),
    "Result": LabelStyle("#edc948", "hexagon", "Result"),
    "Author": LabelStyle("#9c755f", "triangleDown", "Author"),
}

# A node whose label the schema does not know (a newer graph.json) still gets drawn.
OTHER_STYLE = LabelStyle("#bab0ac", "dot", "Other")

EDGE_COLOUR = "#9a9a9a"


def label_style(label: str | None) -> LabelStyle:
    """The style of a node label, OTHER_STYLE when the label is unknown."""
    return LABEL_STYLES.get(label or "", OTHER_STYLE)
