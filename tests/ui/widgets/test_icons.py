"""The shipped PNG icons are the SVG drawings, at every size the app loads."""

import pytest
from PySide6.QtGui import QImage

from companion.ui.widgets import icons


@pytest.mark.parametrize("name", icons.NAMES)
def test_pngs_match_the_svg(qapp, name):
    for size in icons.SIZES:
        shipped = QImage(str(icons.png_path(name, size)))
        assert not shipped.isNull(), f"no {name} at {size} px: run python -m companion.ui.widgets.icons"
        drawn = icons.render(name, size).convertToFormat(QImage.Format.Format_ARGB32)
        assert shipped.convertToFormat(QImage.Format.Format_ARGB32) == drawn, (
            f"{name} at {size} px differs from its SVG: run python -m companion.ui.widgets.icons")


def test_the_icon_offers_every_size(qapp):
    icon = icons.load("companion")
    assert not icon.isNull()
    assert [s.width() for s in icon.availableSizes()] == list(icons.SIZES)
