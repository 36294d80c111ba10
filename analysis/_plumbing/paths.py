"""Where the project's folders are, wherever the code is run from."""

from pathlib import Path

PACKAGE_DIR = Path(__file__).resolve().parent.parent  # analysis/
PROJECT_ROOT = PACKAGE_DIR.parent
SEEDS_DIR = PROJECT_ROOT / "seeds"
FIGURES_DIR = PROJECT_ROOT / "figures"
NOTEBOOKS_DIR = PROJECT_ROOT / "notebooks"
BUILD_DIR = PROJECT_ROOT / "build"
DATA_DIR = PACKAGE_DIR / "data"
