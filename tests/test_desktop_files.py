"""Menu entry, icons, AppStream metainfo and start at login, checked by the real validators."""

import os
import shutil
import subprocess
import sys
from pathlib import Path

from hypothesis import given
from hypothesis import strategies as st

from companion import assets, first_run
from companion.core.settings import Settings
from companion.services import autostart, desktop_entry

ROOT = Path(__file__).resolve().parent.parent
METAINFO = "io.github.companion_app.Companion.metainfo.xml"


def validator(name: str) -> str:
    path = shutil.which(name)
    # Not a skip: .ci/bootstrap --tests installs both, so a missing one is a broken set-up.
    assert path, f"{name} is missing; .ci/bootstrap --tests installs it"
    return path


def desktop_file_validate(path: Path) -> None:
    run = subprocess.run([validator("desktop-file-validate"), str(path)], capture_output=True,
                         text=True)
    assert run.returncode == 0 and run.stdout.strip() == "", run.stdout + run.stderr


def test_the_shipped_desktop_entry_passes_desktop_file_validate():
    entry = assets.desktop_dir() / desktop_entry.DESKTOP_ID
    desktop_file_validate(entry)
    text = entry.read_text()
    for key in ("Name=", "GenericName=", "Comment=", "Icon=companion", "Categories=",
                "Keywords=", "StartupWMClass=companion"):
        assert f"\n{key}" in text


def test_the_desktop_entry_name_matches_the_apps_desktop_file_name():
    # Docks and task bars match windows to the entry by this name.
    source = (ROOT / "companion" / "__main__.py").read_text()
    assert 'setDesktopFileName("companion")' in source
    assert desktop_entry.DESKTOP_ID == "companion.desktop"


def test_the_metainfo_passes_appstreamcli_validate():
    path = assets.desktop_dir() / METAINFO
    run = subprocess.run([validator("appstreamcli"), "validate", "--no-net", str(path)],
                         capture_output=True, text=True)
    assert run.returncode == 0, run.stdout + run.stderr
    # Errors and warnings fail; infos and pedantic hints do not.
    assert not [line for line in run.stdout.splitlines() if line[:2] in ("E:", "W:")], run.stdout
    text = path.read_text()
    for part in ("<summary>", "<description>", '<content_rating type="oars-1.1"',
                 "<releases>", "<binary>companion</binary>",
                 '<launchable type="desktop-id">companion.desktop</launchable>'):
        assert part in text


def test_install_puts_entry_and_every_icon_size_in_the_users_data_folder(tmp_path):
    command = [str(tmp_path / "venv" / "bin" / "companion")]
    written = desktop_entry.install(command)
    data = Path(os.environ["XDG_DATA_HOME"])
    entry = data / "applications" / "companion.desktop"
    assert entry in written
    assert f"Exec={command[0]}\n" in entry.read_text()
    desktop_file_validate(entry)
    hicolor = data / "icons" / "hicolor"
    for size in (16, 22, 24, 32, 48, 64, 128, 256):
        icon = hicolor / f"{size}x{size}" / "apps" / "companion.png"
        assert icon.read_bytes() == (assets.icons_dir() / "png" / f"companion-{size}.png").read_bytes()
    assert (hicolor / "scalable" / "apps" / "companion.svg").is_file()
    # Nothing at all outside the user's data folder.
    assert all(data in path.parents for path in written)


def test_install_again_writes_nothing_until_the_program_moves(tmp_path):
    first = [str(tmp_path / "old" / "companion")]
    desktop_entry.install(first)
    assert desktop_entry.install(first) == []
    moved = [str(tmp_path / "new place" / "companion")]
    assert desktop_entry.install(moved) == [desktop_entry.menu_entry_path()]
    text = desktop_entry.menu_entry_path().read_text()
    assert desktop_entry.exec_argv(text.split("\nExec=")[1].split("\n")[0]) == moved


def test_an_entry_the_user_made_is_left_alone(tmp_path):
    mine = desktop_entry.menu_entry_path()
    mine.parent.mkdir(parents=True)
    mine.write_text("[Desktop Entry]\nType=Application\nName=My Companion\nExec=mine\n")
    desktop_entry.install([str(tmp_path / "companion")])
    assert "Name=My Companion" in mine.read_text()


def test_a_relative_xdg_data_home_is_ignored_as_the_spec_says(monkeypatch, tmp_path):
    monkeypatch.setenv("XDG_DATA_HOME", "relative/data")
    assert desktop_entry.data_home() == Path.home() / ".local" / "share"


@given(st.lists(st.text(st.characters(blacklist_categories=("Cs", "Cc")), max_size=12),
                min_size=1, max_size=4))
def test_exec_quoting_gives_back_exactly_the_command(argv):
    assert desktop_entry.exec_argv(desktop_entry.exec_value(argv)) == argv


def test_exec_quoting_matches_the_spec_for_a_path_with_a_space_and_a_dollar():
    value = desktop_entry.exec_value(["/home/a b/$x/companion", "--autostart"])
    assert value == '"/home/a b/\\\\$x/companion" --autostart'


def test_the_launch_command_of_an_installed_script_is_its_absolute_path(tmp_path):
    script = tmp_path / "bin" / "companion"
    script.parent.mkdir()
    script.write_text("#!/bin/sh\n")
    assert desktop_entry.launch_command(str(script)) == [str(script)]
    main = ROOT / "main.py"
    assert desktop_entry.launch_command(str(main)) == [sys.executable, str(main)]


# -- start at login ---------------------------------------------------------------------
def test_start_at_login_on_writes_a_valid_autostart_entry_and_off_removes_it(tmp_path):
    command = [str(tmp_path / "bin" / "companion")]
    path = Path(os.environ["XDG_CONFIG_HOME"]) / "autostart" / "companion.desktop"
    assert not autostart.is_enabled()
    assert autostart.set_enabled(True, command)
    assert autostart.entry_path() == path and autostart.is_enabled()
    text = path.read_text()
    assert f"Exec={command[0]} --autostart\n" in text
    assert "\nX-GNOME-Autostart-enabled=true\n" in text
    desktop_file_validate(path)
    assert autostart.set_enabled(False)
    assert not path.exists() and not autostart.is_enabled()


def test_an_entry_switched_off_by_the_desktop_counts_as_off(tmp_path):
    autostart.set_enabled(True, ["/x/companion"])
    path = autostart.entry_path()
    path.write_text(path.read_text().replace("Autostart-enabled=true", "Autostart-enabled=false"))
    assert not autostart.is_enabled()


def test_refresh_points_an_existing_entry_at_the_moved_program_and_creates_none():
    assert not autostart.refresh(["/new/companion"])
    assert not autostart.entry_path().exists()  # the user never said yes: nothing appears
    autostart.set_enabled(True, ["/old/companion"])
    assert autostart.refresh(["/new/companion"])
    assert "Exec=/new/companion --autostart" in autostart.entry_path().read_text()


def test_the_setting_writes_the_entry_only_once_the_welcome_is_answered():
    fresh = Settings()
    assert fresh.start_at_login and not fresh.welcome_done
    assert first_run.settings_changed(fresh, fresh) is None
    assert not autostart.entry_path().exists()
    answered = Settings(welcome_done=True)
    assert first_run.settings_changed(fresh, answered) is None
    assert autostart.is_enabled()
    off = Settings(welcome_done=True, start_at_login=False)
    first_run.settings_changed(answered, off)
    assert not autostart.entry_path().exists()


def test_an_autostart_folder_that_cannot_be_made_becomes_a_message_not_a_crash():
    # A file where the folder should be fails for every user, root included.
    blocker = autostart.entry_path().parent
    blocker.parent.mkdir(parents=True)
    blocker.write_text("not a folder")
    problem = first_run.settings_changed(Settings(), Settings(welcome_done=True))
    assert problem and problem.startswith("Could not change start at login")
    assert blocker.read_text() == "not a folder"
