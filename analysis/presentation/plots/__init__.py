"""House style and the one save helper every figure goes through.

Style: matplotlib's bundled DejaVu Sans (the same on every machine, so bytes are stable),
the Okabe-Ito colour-blind-safe palette, one fixed colour per writer (by the writer's order
in the corpus, so a writer keeps its colour in every figure), a title that states the
finding, and a source line naming the corpus.

``save_figure`` writes PNG and SVG with no dates, no software stamp and a fixed SVG hash
salt, to a temporary file first and then renames it, so regenerating unchanged data changes
no byte and a failed run leaves no half-written figure.
"""

from __future__ import annotations

import textwrap
from collections.abc import Sequence
from functools import cache
from pathlib import Path

import matplotlib
import matplotlib.pyplot as plt
import pandas as pd
from matplotlib import font_manager
from matplotlib.figure import Figure

from ..._plumbing.atomic import write_atomically, write_text_atomically
from ..._plumbing.paths import FIGURES_DIR, PROJECT_ROOT

# Okabe & Ito (2008); black is kept for text and reference lines.
WRITER_COLOURS = ["#0072B2", "#D55E00", "#009E73", "#CC79A7", "#E69F00", "#56B4E9", "#F0E442"]
NEUTRAL = "#7F7F7F"
HOUSE_STYLE = {
    "font.family": "DejaVu Sans",
    "font.size": 10,
    "axes.titlesize": 12,
    "axes.titleweight": "bold",
    "axes.titlelocation": "left",
    "axes.labelsize": 10,
    "axes.spines.top": False,
    "axes.spines.right": False,
    "axes.grid": True,
    "grid.color": "#E5E5E5",
    "grid.linewidth": 0.8,
    "axes.axisbelow": True,
    "legend.frameon": False,
    "figure.dpi": 100,
    "savefig.dpi": 150,
    "savefig.bbox": "tight",
    "svg.hashsalt": "oped-compare",
    "svg.fonttype": "path",
    "axes.prop_cycle": matplotlib.cycler(color=WRITER_COLOURS),
}
# The write-up's text column is 720 CSS px wide and notebooks show figures at figure.dpi:
# a figure this wide is shown at full size, so its text is as large as set, never below
# MIN_TEXT_POINTS (``smallest_text_points`` checks, tests/test_display.py).
PAGE_WIDTH_INCHES = 7.2
PAGE_WIDTH_PX = 720
MIN_TEXT_POINTS = 9.0
_PNG_METADATA = {"Software": None}
_SVG_METADATA = {"Date": None, "Creator": None}


def apply_house_style() -> None:
    """Make the house style the default for every figure drawn after this call."""
    _prefer_bundled_dejavu()
    plt.rcParams.update(HOUSE_STYLE)


@cache
def _prefer_bundled_dejavu() -> None:
    """Put matplotlib's own DejaVu files first among the fonts it can find, so that "DejaVu
    Sans" is the same file on every machine. A machine with the system's DejaVu installed would
    otherwise draw with that release, whose glyphs are numbered differently: the PNG looks the
    same, but the SVG names every glyph by its number and every SVG changes."""
    manager = font_manager.fontManager
    first_added = len(manager.ttflist)
    for path in sorted((Path(matplotlib.get_data_path()) / "fonts" / "ttf").glob("DejaVuSans*.ttf")):
        manager.addfont(path)  # also clears the cache of fonts already found
    bundled = manager.ttflist[first_added:]
    del manager.ttflist[first_added:]
    manager.ttflist[:0] = bundled


def writer_colours(authors: Sequence[str]) -> dict[str, str]:
    """One colour per writer, fixed by the writer's position in the corpus."""
    return {author: WRITER_COLOURS[i % len(WRITER_COLOURS)] for i, author in enumerate(authors)}


def new_figure(width: float = 8.0, height: float = 4.5, ncols: int = 1, nrows: int = 1,
               **kwargs) -> tuple[Figure, object]:
    """A figure in the house style."""
    apply_house_style()
    return plt.subplots(nrows=nrows, ncols=ncols, figsize=(width, height), **kwargs)


def finish(fig: Figure, title: str, source: str, subtitle: str = "",
           numbers: pd.DataFrame | None = None) -> Figure:
    """Put the finding as the title (wrapped to the figure), a subtitle and the source line;
    keep ``numbers`` (the values plotted) with the figure, for ``save_figure`` to write beside it."""
    fig.plotted_numbers = numbers
    width, height = fig.get_size_inches()
    # Characters per inch of DejaVu Sans at these sizes, so no line runs past the figure's edge
    # (a tight crop would widen the figure, and the page would shrink its text).
    title = textwrap.fill(title, width=int(width * 8.5))
    subtitle = textwrap.fill(subtitle, width=int(width * 13)) if subtitle else ""
    source = textwrap.fill(source, width=int(width * 13))
    title_inches = 0.08 + 0.24 * (title.count("\n") + 1)
    subtitle_inches = 0.2 * (subtitle.count("\n") + 1) if subtitle else 0.0
    # Plain figure text, not suptitle: tight_layout would reserve room for a suptitle a second time.
    fig.text(0.01, 1 - 0.04 / height, title, ha="left", va="top", fontsize=13, fontweight="bold")
    if subtitle:
        fig.text(0.01, 1 - title_inches / height, subtitle, ha="left", va="top", fontsize=9.5, color="#404040")
    fig.text(0.01, -0.02, source, ha="left", va="top", fontsize=MIN_TEXT_POINTS, color="#606060")
    fig.tight_layout(rect=(0, 0, 1, 1 - (title_inches + subtitle_inches + 0.1) / height))
    return fig


def smallest_text_points(fig: Figure, page_px: int = PAGE_WIDTH_PX) -> tuple[float, str]:
    """The smallest text of ``fig`` in points as a page ``page_px`` wide shows it (figures
    are shown at figure.dpi, cropped tight, and shrunk to the page when wider), and that text."""
    from matplotlib.text import Text

    renderer = fig.canvas.get_renderer()
    fig.canvas.draw()
    width_px = fig.get_tightbbox(renderer).width * fig.dpi
    scale = min(page_px, width_px) / width_px * fig.dpi / 96  # CSS: 96 px per inch
    texts = [(text.get_fontsize() * scale, text.get_text()) for text in fig.findobj(Text)
             if text.get_visible() and text.get_text().strip()]
    return min(texts) if texts else (float("inf"), "")


def source_line(n_articles: int, corpus_label: str) -> str:
    return f"Source: {corpus_label}, {n_articles} articles. Method and caveats: oped-compare notebooks."


def save_figure(fig: Figure, name: str, out_dir: Path | None = None) -> list[str]:
    """Write ``name``.png, ``name``.svg and ``name``.csv (the numbers plotted, given to
    ``finish``) deterministically and atomically, so a reader can cite a figure's numbers
    without rerunning anything.

    Returns the written paths relative to the project root (or as given when outside it),
    so notebook output never shows a machine-specific absolute path.
    """
    numbers = getattr(fig, "plotted_numbers", None)
    if numbers is None:
        raise ValueError(f"figure '{name}' has no plotted numbers: pass numbers= to finish()")
    out_dir = Path(out_dir) if out_dir is not None else FIGURES_DIR
    out_dir.mkdir(parents=True, exist_ok=True)
    csv_target = out_dir / f"{name}.csv"
    write_text_atomically(csv_target, numbers.to_csv(index=False, lineterminator="\n", float_format="%.6g"))
    written = [_display_path(csv_target)]
    for suffix, metadata in ((".png", _PNG_METADATA), (".svg", _SVG_METADATA)):
        target = out_dir / f"{name}{suffix}"
        with plt.rc_context({"svg.hashsalt": HOUSE_STYLE["svg.hashsalt"]}):
            _atomic_savefig(fig, target, metadata)
        written.append(_display_path(target))
    return written


def _atomic_savefig(fig: Figure, target: Path, metadata: dict) -> None:
    write_atomically(target, lambda path: fig.savefig(path, format=target.suffix[1:], metadata=metadata))


def _display_path(path: Path) -> str:
    try:
        return path.resolve().relative_to(PROJECT_ROOT).as_posix()
    except ValueError:
        return path.as_posix()


def corpus_label(corpus) -> str:
    """How figures name the corpus in their source line."""
    return "bundled op-eds on the Feb 2026 Russia–Ukraine talks" if corpus.is_bundled else "user corpus"


def points_and_box(ax, values_by_writer: dict, colours: dict[str, str],
                    xlabel: str, seed: int = 0) -> None:
    """Horizontal box per writer with every observation drawn as a jittered point."""
    import numpy as np

    rng = np.random.default_rng(seed)
    writers = list(values_by_writer)
    for row, writer in enumerate(writers):
        values = np.asarray(values_by_writer[writer], dtype=float)
        ax.boxplot(values, positions=[row], orientation="horizontal", widths=0.5, showfliers=False,
                   medianprops={"color": "black"}, boxprops={"color": colours[writer]},
                   whiskerprops={"color": colours[writer]}, capprops={"color": colours[writer]})
        jitter = rng.uniform(-0.18, 0.18, size=len(values))
        ax.scatter(values, row + jitter, s=14, alpha=0.6, color=colours[writer], linewidths=0)
    ax.set_yticks(range(len(writers)), writers)
    ax.set_ylim(len(writers) - 0.5, -0.5)
    ax.set_xlabel(xlabel)



def interval_dots(ax, means: pd.DataFrame, writers: Sequence[str], colours: dict[str, str],
                  label: str) -> None:
    """Each writer's mean with its 95% interval, one row per writer (``stats.writer_means`` rows)."""
    for row, writer in enumerate(writers):
        found = means[means["author"] == writer]
        if found.empty:
            continue
        mean, low, high = found.iloc[0][["mean", "ci_low", "ci_high"]]
        ax.errorbar(mean, row, xerr=[[mean - low], [high - mean]], fmt="o", color=colours[writer],
                    capsize=3, markersize=6)
    ax.set_yticks(range(len(writers)), writers)
    ax.set_ylim(len(writers) - 0.5, -0.5)
    ax.set_xlabel(label)


def difference_title(comparison: pd.DataFrame, units: str, higher: str) -> str:
    """A title stating the first comparison row's finding, honest about its interval.

    ``units`` names what was compared ("sentences"), ``higher`` what a higher mean means
    ("more positive"). With nothing compared (one writer, or too few units), the title says so.
    """
    if comparison.empty:
        return (f"Nothing to compare: a comparison needs two writers with at least two {units} "
                "each")
    row = comparison.iloc[0]
    interval = f"95% CI of the difference {row['ci_low']:.2f} to {row['ci_high']:.2f}"
    if row["ci_low"] <= 0 <= row["ci_high"]:
        return f"No clear difference between the {units}: means {row['mean_a']:.2f} vs {row['mean_b']:.2f} ({interval})"
    if row["diff"] > 0:
        leader, other, means = row["writer_a"], row["writer_b"], (row["mean_a"], row["mean_b"])
    else:
        leader, other, means = row["writer_b"], row["writer_a"], (row["mean_b"], row["mean_a"])
        interval = f"95% CI of the difference {-row['ci_high']:.2f} to {-row['ci_low']:.2f}"
    return f"{leader}'s {units} are {higher} than {other}'s (means {means[0]:.2f} vs {means[1]:.2f}; {interval})"


def show(fig: Figure) -> None:
    """Display a figure exactly once in a notebook, then close it.

    Closing matters: an open figure is flushed again by the inline backend at the end of the
    cell, and executors differ in whether that second copy is recorded.
    """
    from IPython.display import display

    display(fig)
    plt.close(fig)
