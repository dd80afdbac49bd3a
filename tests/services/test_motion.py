"""The desktop's reduced-motion wish, from a stand-in XDG desktop portal on a private D-Bus
(the real org.freedesktop.portal.Settings interface) and from KDE's kdeglobals file."""

from __future__ import annotations

import pytest
from portal_helpers import GNOME_NO_ANIMATIONS, WAIT_S

from companion.services.dbus import Bus
from companion.services.motion import DesktopMotion

WAIT_MS = WAIT_S * 1000


@pytest.fixture
def motion(portal_bus, tmp_path, qtbot):
    bus = Bus(portal_bus.address)  # the app's session bus
    made = []

    def make() -> DesktopMotion:
        made.append(DesktopMotion(bus, config_home=tmp_path / "config"))
        return made[-1]

    yield make
    for m in made:
        m.close()
    bus.close()


def test_gnome_animations_off_means_reduced_motion_and_following_the_switch(portal_bus, motion, qtbot):
    portal = portal_bus.portal(GNOME_NO_ANIMATIONS)
    m = motion()
    with qtbot.waitSignal(m.changed, timeout=WAIT_MS) as heard:
        m.start()
        assert not m.reduced  # asked, not waited for: the answer comes through the event loop
    assert heard.args == [True] and m.reduced
    with qtbot.waitSignal(m.changed, timeout=WAIT_MS) as heard:  # the user turns them back on
        portal.set("org.gnome.desktop.interface", "enable-animations", "b", True)
    assert heard.args == [False] and not m.reduced


@pytest.mark.parametrize("namespace, key, sig, value", [
    ("org.freedesktop.appearance", "reduced-motion", "u", 1),
    ("org.kde.kdeglobals.KDE", "AnimationDurationFactor", "d", 0.0),
])
def test_the_portal_standard_key_and_kde_through_the_portal(portal_bus, motion, qtbot, namespace, key, sig, value):
    portal_bus.portal({namespace: {key: [sig, value]}})
    m = motion()
    with qtbot.waitSignal(m.changed, timeout=WAIT_MS, check_params_cb=bool):
        m.start()
    assert m.reduced


def test_animations_on_and_no_portal_at_all_leave_motion_alone(portal_bus, motion, qtbot):
    portal_bus.portal({"org.gnome.desktop.interface": {"enable-animations": ["b", True]}})
    m = motion()
    with qtbot.waitSignal(m.changed, timeout=WAIT_MS) as heard:
        m.start()
    assert heard.args == [False]
    alone = DesktopMotion(None)  # no session bus
    alone.start()
    assert not alone.reduced


def test_kde_without_a_portal_reads_kdeglobals(motion, tmp_path, qtbot):
    (tmp_path / "config").mkdir()
    (tmp_path / "config" / "kdeglobals").write_text("[General]\nColorScheme=Breeze\n\n"
                                                    "[KDE]\nAnimationDurationFactor=0\n")
    m = motion()  # nothing serves the portal on this bus
    with qtbot.waitSignal(m.changed, timeout=WAIT_MS, check_params_cb=bool):
        m.start()
    assert m.reduced


def test_only_the_portal_itself_is_believed(portal_bus, motion, qtbot):
    """Another program on the bus cannot switch motion off by imitating the portal's signal."""
    from jeepney import HeaderFields, MatchRule, new_signal
    from jeepney.bus_messages import message_bus
    from jeepney.io.blocking import open_dbus_connection

    portal = portal_bus.portal({"org.gnome.desktop.interface": {"enable-animations": ["b", True]}})
    m = motion()
    m.start()
    seen = []  # every SettingChanged reaching Companion's connection, believed or not
    m._bus.listen(MatchRule(type="signal", interface="org.freedesktop.portal.Settings",
                            member="SettingChanged"), seen.append)
    with open_dbus_connection(portal_bus.address) as pretender:  # owns no name
        fake = new_signal(_portal_address(), "SettingChanged", "ssv",
                          ("org.gnome.desktop.interface", "enable-animations", ("b", False)))
        pretender.send(fake)
        pretender.send_and_get_reply(message_bus.GetId())  # the bus has routed the fake by now
        portal.set("org.gnome.desktop.interface", "gtk-theme", "s", "Adwaita-dark")  # the real one speaks
        qtbot.waitUntil(lambda: len(seen) >= 2, timeout=WAIT_MS)
    assert seen[0].header.fields[HeaderFields.sender] != seen[1].header.fields[HeaderFields.sender]
    assert not m.reduced  # the pretender's "animations off" arrived and was ignored
    with qtbot.waitSignal(m.changed, timeout=WAIT_MS) as heard:
        portal.set("org.gnome.desktop.interface", "enable-animations", "b", False)
    assert heard.args == [True]


def _portal_address():
    from jeepney import DBusAddress

    from companion.services.motion import PORTAL_PATH
    return DBusAddress(PORTAL_PATH, interface="org.freedesktop.portal.Settings")
