"""The scripts and styles the page inlines: vis-network from the installed pyvis package, and
kg's own page script and style from kg/viz/static.

Read at run time from the installed packages, so the page works with no network and kg ships
no copy of vis-network. pyvis' own template is not used: even in its `in_line` mode it loads
Bootstrap from a CDN.
"""
from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

# The vis-network build pyvis 0.3.2 ships (pyvis/templates/lib/vis-9.1.2).
VIS_NETWORK_DIR = "templates/lib/vis-9.1.2"


@dataclass(frozen=True)
class PageAssets:
    vis_js: str
    vis_css: str
    page_js: str
    page_css: str


@lru_cache(maxsize=1)
def page_assets() -> PageAssets:
    """vis-network's JS and CSS and the page's own JS and CSS, checked safe to inline.

    Raises:
        RuntimeError: an asset is missing or holds a closing tag that would end its element
            early (a broken install, never user data).
    """
    vis = resources.files("pyvis").joinpath(VIS_NETWORK_DIR)
    static = resources.files("kg.viz").joinpath("static")
    try:
        assets = PageAssets(
            vis_js=vis.joinpath("vis-network.min.js").read_text(encoding="utf-8"),
            vis_css=vis.joinpath("vis-network.css").read_text(encoding="utf-8"),
            page_js=static.joinpath("page.js").read_text(encoding="utf-8"),
            page_css=static.joinpath("page.css").read_text(encoding="utf-8"),
        )
    except FileNotFoundError as err:
        raise RuntimeError(f"a file of the HTML view is missing from the installation: {err}") from err
    for name, text, closing in (("vis-network.min.js", assets.vis_js, "</script"),
                                ("vis-network.css", assets.vis_css, "</style"),
                                ("page.js", assets.page_js, "</script"),
                                ("page.css", assets.page_css, "</style")):
        if closing in text.lower():
            raise RuntimeError(f"{name} cannot be inlined: it contains {closing}")
    return assets
