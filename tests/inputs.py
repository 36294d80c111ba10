"""Article files shared by the command-line and pipeline tests."""

from pathlib import Path

GOOD = "---\ntitle: Grain and Guns\nauthor: Ada Byrne\ndate: 2026-03-01\n---\n\nThe embargo held. Prices rose.\n"


def folder_with_bad_files(parent: Path) -> Path:
    """``parent/articles`` holding one good article, an empty file and one with a bad date."""
    folder = parent / "articles"
    folder.mkdir()
    (folder / "good.md").write_text(GOOD)
    (folder / "empty.md").write_bytes(b"")
    (folder / "bad-date.md").write_text("---\ntitle: T\nauthor: A\ndate: soon\n---\n\nBody.\n")
    return folder
