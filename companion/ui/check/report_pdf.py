"""Print the twitch report (HTML from core.report) to a PDF file."""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path

from PySide6.QtCore import QMarginsF, QSizeF, QUrl
from PySide6.QtGui import QFont, QImage, QPageLayout, QPageSize, QPdfWriter, QTextDocument

from companion.core import safe_files
from companion.core.i18n import translate

MARGIN_MM = 18  # a normal printed page's margin, all round


def write_pdf(html: str, path: Path, title: str | None = None,
              images: Mapping[str, QImage] | None = None) -> None:
    """Lay out ``html`` on A4 pages and save it as a PDF at ``path`` (OSError on failure).

    ``images`` are the pictures ``html`` names in its ``<img src>``; ``title`` is the
    document's title a PDF viewer shows (the twitch diary's, in the person's language).
    """
    # QPdfWriter only logs a warning when it cannot open the file: find out first, plainly.
    # Created private to the user (it is health data), whatever the umask; the writer then
    # writes into this file, keeping its mode.
    with open(path, "wb", opener=safe_files.opener):
        pass
    writer = QPdfWriter(str(path))
    writer.setTitle(title if title is not None else translate("Report", "Twitch diary"))
    writer.setCreator("Companion")
    writer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    writer.setPageMargins(QMarginsF(*(MARGIN_MM,) * 4), QPageLayout.Unit.Millimeter)
    writer.setResolution(300)

    doc = QTextDocument()
    # Print at a fixed size whatever the screen's font: a doctor reads it on paper.
    font = QFont()
    font.setPointSizeF(10)
    doc.setDefaultFont(font)
    for name, image in (images or {}).items():
        doc.addResource(QTextDocument.ResourceType.ImageResource, QUrl(name), image)
    # Laid out on the writer's own page, inside its margins and no others: a document
    # without a page size gets 2 cm more on every side from print_(), which left a
    # narrow column of text in the middle of the sheet.
    layout = doc.documentLayout()
    layout.setPaintDevice(writer)
    doc.setPageSize(QSizeF(writer.pageLayout().paintRectPixels(writer.resolution()).size()))
    doc.setDocumentMargin(0)
    doc.setHtml(html)
    doc.print_(writer)
    if Path(path).stat().st_size == 0:
        raise OSError(f"nothing was written to {path}")
