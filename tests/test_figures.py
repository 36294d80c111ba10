"""Every figure ships with the numbers it plots."""

import matplotlib.pyplot as plt
import pandas as pd
import pytest

from analysis._plumbing.paths import FIGURES_DIR
from analysis.presentation.plots import finish, new_figure, save_figure


def test_every_committed_figure_has_its_svg_and_its_numbers():
    figures = sorted(FIGURES_DIR.glob("*.png"))
    assert figures
    for png in figures:
        assert png.with_suffix(".svg").is_file(), png.name
        numbers = pd.read_csv(png.with_suffix(".csv"))
        assert len(numbers) > 0 and len(numbers.columns) > 1, png.name


def test_the_numbers_are_written_beside_the_figure_and_are_required(tmp_path):
    fig, ax = new_figure(4, 3)
    table = pd.DataFrame({"author": ["A", "B"], "value": [0.5, 1 / 3]})
    ax.bar(table["author"], table["value"])
    written = save_figure(finish(fig, "A title", "Source: test", numbers=table), "demo", tmp_path)
    assert {path.rsplit(".", 1)[1] for path in written} == {"csv", "png", "svg"}
    assert (tmp_path / "demo.csv").read_text(encoding="utf-8") == "author,value\nA,0.5\nB,0.333333\n"
    bare, _ = new_figure(4, 3)
    with pytest.raises(ValueError, match="no plotted numbers"):
        save_figure(bare, "bare", tmp_path)
    plt.close("all")


def test_the_house_font_is_matplotlib_s_own_dejavu_on_every_machine():
    # This machine also has the system's DejaVu, a release whose glyphs are numbered
    # differently: drawn with it, every SVG changed although every PNG stayed the same.
    from pathlib import Path

    import matplotlib
    from matplotlib import font_manager

    from analysis.presentation.plots import apply_house_style

    apply_house_style()
    bundled = Path(matplotlib.get_data_path()) / "fonts" / "ttf"
    for weight in ("normal", "bold"):
        found = font_manager.findfont(font_manager.FontProperties(family="DejaVu Sans", weight=weight))
        assert Path(found).parent == bundled
