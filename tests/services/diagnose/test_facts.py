"""The findings and their report, and the local checks that need no bus."""

from companion.services.diagnose.facts import Fact, guarded, report
from companion.services.diagnose.local import folder


def test_a_folder_others_can_read_is_reported_with_the_fix(tmp_path):
    open_folder = tmp_path / "open"
    open_folder.mkdir(mode=0o755)
    open_folder.chmod(0o755)
    fact = folder("Data folder", open_folder)
    assert not fact.ok and "(755)" in fact.detail
    assert fact.advice == f"Make it private: chmod 700 '{open_folder}'"
    open_folder.chmod(0o700)
    assert folder("Data folder", open_folder).ok
    assert "not created yet" in folder("Data folder", tmp_path / "later").detail


def test_a_check_that_breaks_becomes_a_failed_fact():
    def broken():
        raise RuntimeError("boom")
    assert guarded(broken) == [Fact("Broken", False, "the check itself failed: boom")]
    assert guarded(lambda: Fact("Fine", True, "yes")) == [Fact("Fine", True, "yes")]


def test_the_report_shows_advice_only_for_what_does_not_work():
    text = report([Fact("A", True, "fine", "never shown"), Fact("B", False, "gone", "fix it")])
    assert "never shown" not in text
    assert "[ok] A: fine" in text and "[!!] B: gone\n     -> fix it" in text
    assert text.endswith("1 thing to look at; Companion still runs without it.")
