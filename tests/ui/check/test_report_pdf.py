"""The PDF report: a real, readable PDF that holds the diary's entries."""

from __future__ import annotations

import os
import re
import unicodedata
import zlib
from datetime import UTC, datetime, timedelta

import pytest

from companion.core import diary
from companion.core.checklist import load_default
from companion.core.clock import FakeClock
from companion.core.history import History
from companion.ui.check.diary import DiaryPage
from companion.ui.check.report_pdf import write_pdf

T0 = datetime(2026, 3, 2, 12, 0, tzinfo=UTC)


def pdf_text(data: bytes) -> str:
    """The text Qt's PDF engine wrote, rebuilt from its ToUnicode maps (no PDF library here).

    Qt subsets each font and shows glyphs by 2-byte id (<0001> Tj); every font carries a
    ToUnicode CMap from glyph id to character, which is all a text extractor needs.
    """
    heads, streams, pos = {}, {}, 0
    while (found := re.compile(rb"(\d+) 0 obj").search(data, pos)) is not None:
        number, start = int(found.group(1)), found.end()
        stream, end = data.find(b"stream", start), data.find(b"endobj", start)
        if stream == -1 or stream > end:
            heads[number], pos = data[start:end], end + 6
            continue
        heads[number] = data[start:stream]
        body_start = stream + 6 + (2 if data[stream + 6:stream + 8] == b"\r\n" else 1)
        body_end = data.index(b"endstream", body_start)
        body = data[body_start:body_end]
        if b"FlateDecode" in heads[number]:
            body = zlib.decompressobj().decompress(body)
        streams[number] = body
        pos = data.index(b"endobj", body_end) + 6
    fonts = {}  # font object number -> {glyph id: text}
    for number, head in heads.items():
        found = re.search(rb"/ToUnicode (\d+) 0 R", head)
        if found:
            cmap = streams[int(found.group(1))].decode("latin-1")
            glyphs = {}
            for first, _last, targets in re.findall(r"<(\w+)> <(\w+)> \[(.*?)\]", cmap):
                for offset, target in enumerate(re.findall(r"<(\w+)>", targets)):
                    glyphs[int(first, 16) + offset] = chr(int(target, 16))
            for source, target in re.findall(r"<(\w{4})> <(\w{4})>\n", cmap):
                glyphs.setdefault(int(source, 16), chr(int(target, 16)))
            fonts[int(number)] = glyphs
    text, font = [], {}
    for body in streams.values():
        for token in re.finditer(rb"/F(\d+) [\d.]+ Tf|<([0-9A-Fa-f]+)> Tj|\bET\b",
                                 body):
            if token.group(1):
                font = fonts.get(int(token.group(1)), {})
            elif token.group(2):
                hexes = token.group(2).decode()
                text += [font.get(int(hexes[i:i + 4], 16), "?") for i in range(0, len(hexes), 4)]
            else:
                text.append(" ")
    # NFKC turns ligature glyphs (the "ff" in Caffeine is one) back into letters.
    return " ".join(unicodedata.normalize("NFKC", "".join(text)).split())


def assert_valid_pdf(data: bytes) -> None:
    assert data.startswith(b"%PDF-")
    assert data.rstrip().endswith(b"%%EOF")
    assert b"/Type /Page" in data


def test_write_pdf_makes_a_valid_pdf_holding_the_text(qapp, tmp_path):
    path = tmp_path / "out.pdf"
    write_pdf("<h1>Twitch diary</h1><p>Left palm, a few seconds</p>", path)
    data = path.read_bytes()
    assert_valid_pdf(data)
    text = pdf_text(data)
    assert "Twitch diary" in text and "Left palm, a few seconds" in text


def test_write_pdf_to_a_missing_folder_fails_plainly(qapp, tmp_path):
    with pytest.raises(OSError):
        write_pdf("<p>x</p>", tmp_path / "no" / "such" / "folder" / "out.pdf")


@pytest.fixture
def page(qtbot, tmp_path):
    clock = FakeClock(T0 + timedelta(days=20))
    history = History(tmp_path / "history.db", clock)
    diary.add(history, "palm", "left", "seconds", "visible", ["caffeine"],
              "during a long meeting", occurred_at=T0)
    diary.add(history, "thumb", "right", "minute", "faint", [], "after the gym",
              occurred_at=T0 + timedelta(days=16))
    diary.add(history, "eyelid", "left", note="months ago", occurred_at=T0 - timedelta(days=90))
    history.record("symptom_check", {"answers": ["over_two_weeks"], "level": "see_doctor_soon",
                                     "reasons": ["Twitching for more than two weeks"]},
                   at=T0 + timedelta(days=17))
    widget = DiaryPage(load_default(), history, clock)
    qtbot.addWidget(widget)
    yield widget
    history.close()


def test_export_holds_the_periods_entries_counts_and_checks(page, tmp_path):
    path = tmp_path / "report.pdf"
    page.export_pdf(path, T0 - timedelta(days=1), T0 + timedelta(days=20))
    data = path.read_bytes()
    assert_valid_pdf(data)
    assert len(data) > 5000
    text = pdf_text(data)
    for expected in ("during a long meeting", "after the gym", "Palm, left", "Thumb, right",
                     "Caffeine", "By body area", "By week", "See a doctor soon",
                     "Twitching for more than two weeks", "spread over 17 days",
                     "not medical advice"):
        assert expected in text, expected
    assert "months ago" not in text  # outside the chosen period
    assert str(path) in page.export_status.text()


def test_export_button_uses_the_chosen_dates_and_file(page, tmp_path, qtbot):
    from PySide6.QtCore import QDate, Qt
    path = tmp_path / "chosen.pdf"
    page.ask_save_path = lambda: str(path)
    page.from_date.setDate(QDate(2025, 11, 1))
    page.to_date.setDate(QDate(2025, 12, 31))
    qtbot.mouseClick(page.export_button, Qt.MouseButton.LeftButton)
    text = pdf_text(path.read_bytes())
    assert "months ago" in text and "during a long meeting" not in text


def test_cancelling_the_file_dialog_writes_nothing(page, tmp_path, qtbot):
    from PySide6.QtCore import Qt
    page.ask_save_path = lambda: ""
    qtbot.mouseClick(page.export_button, Qt.MouseButton.LeftButton)
    assert page.export_status.text() == ""
    assert list(tmp_path.glob("*.pdf")) == []


def test_an_exported_report_is_private_whatever_the_umask(qapp, tmp_path):
    old = os.umask(0)
    try:
        path = tmp_path / "report.pdf"
        write_pdf("<p>Left palm</p>", path)
    finally:
        os.umask(old)
    assert path.stat().st_mode & 0o777 == 0o600


def test_export_shows_the_periods_statistics_charts_beside_the_diary(page, tmp_path):
    for day in range(3):
        page.history.record("water_logged", {"ml": 250}, at=T0 + timedelta(days=day, hours=-2))
    path = tmp_path / "report.pdf"
    page.export_pdf(path, T0 - timedelta(days=1), T0 + timedelta(days=20))
    data = path.read_bytes()
    assert_valid_pdf(data)
    text = pdf_text(data)
    for expected in ("Beside water and breaks", "Twitching was logged on 2 days (2 episodes); on 2 "
                     "of them fewer than half of your glasses were logged.",
                     "Water per day", "Breaks per day", "Twitch diary per day"):
        assert expected in text, expected
    assert data.count(b"/Subtype /Image") >= 3  # the three charts, drawn into the PDF


def rendered(path):
    """The PDF's first page as Qt's own PDF renderer (Qt PDF, part of PySide6) draws it."""
    from PySide6.QtCore import QSize
    from PySide6.QtPdf import QPdfDocument
    document = QPdfDocument()
    assert document.load(str(path)) == QPdfDocument.Error.None_
    size = document.pagePointSize(0).toSize()
    return document, document.render(0, QSize(size.width(), size.height()))


def ink_box(image):
    """Left, top, right and bottom of everything drawn on a white page, in points."""
    from PySide6.QtGui import QColor
    xs, ys = [], []
    for y in range(0, image.height(), 2):
        for x in range(0, image.width(), 2):
            colour = QColor.fromRgba(image.pixel(x, y))  # the page is transparent where blank
            if colour.alpha() > 128 and colour.lightness() < 200:
                xs.append(x)
                ys.append(y)
    return min(xs), min(ys), max(xs), max(ys)


def test_the_report_has_normal_margins_a_name_line_and_a_wide_note_column(page, tmp_path):
    path = tmp_path / "named.pdf"
    page.name_edit.setText("  Jane   Doe ")
    page.export_pdf(path, T0 - timedelta(days=1), T0 + timedelta(days=20))
    document, image = rendered(path)
    # Every page's text: the statistics charts may push the episodes onto a later page.
    text = " ".join(document.getAllText(page).text() for page in range(document.pageCount()))
    assert "Name: Jane Doe" in " ".join(text.split())
    # A4 is 595 x 842 pt; 18 mm is 51 pt. The text starts there and spans the page,
    # not a narrow column inside an extra 2 cm.
    left, top, right, _ = ink_box(image)
    assert 45 <= left <= 60 and 45 <= top <= 70, (left, top)
    assert right >= 595 - 60, right
    # The note column is the widest: "during a long meeting" fits on one line.
    assert "during a long meeting" in " ".join(text.split())


def test_without_a_name_there_is_no_name_line(page, tmp_path):
    path = tmp_path / "anonymous.pdf"
    page.export_pdf(path, T0 - timedelta(days=1), T0 + timedelta(days=20))
    assert "Name:" not in pdf_text(path.read_bytes())


def test_after_export_the_report_can_be_opened_or_shown_in_its_folder(page, tmp_path, qtbot):
    from PySide6.QtCore import Qt
    page.show()
    assert not page.open_button.isVisible() and not page.folder_button.isVisible()
    opened = []
    page.open_url = opened.append
    path = tmp_path / "report.pdf"
    page.export_pdf(path, T0 - timedelta(days=1), T0 + timedelta(days=20))
    assert page.open_button.isVisible() and page.folder_button.isVisible()
    qtbot.mouseClick(page.open_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(page.folder_button, Qt.MouseButton.LeftButton)
    assert [url.toLocalFile() for url in opened] == [str(path), str(tmp_path)]
    # A failed export offers nothing to open.
    page.export_pdf(tmp_path / "missing" / "x.pdf", T0, T0 + timedelta(days=1))
    assert "Could not save" in page.export_status.text() and not page.open_button.isVisible()


def test_in_german_the_reports_charts_and_title_are_german(page, tmp_path, language):
    from PySide6.QtPdf import QPdfDocument
    language("de")
    page.history.record("water_logged", {"ml": 250}, at=T0 + timedelta(hours=-2))
    path = tmp_path / "bericht.pdf"
    page.export_pdf(path, T0 - timedelta(days=1), T0 + timedelta(days=20))
    text = pdf_text(path.read_bytes())
    for expected in ("Wasser pro Tag", "Pausen pro Tag (voll: nach Erinnerung genommen; schraffiert: natürlich)",
                     "Zuckungstagebuch pro Tag"):
        assert expected in text, expected
    assert "Water per day" not in text
    document = QPdfDocument()
    assert document.load(str(path)) == QPdfDocument.Error.None_
    assert document.metaData(QPdfDocument.MetaDataField.Title) == "Zuckungstagebuch"
    assert page.export_status.text() == f"Gespeichert unter {path}"
