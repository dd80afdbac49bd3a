"""Water is stored in millilitres and shown in the person's one unit: ml (litres for large
amounts) or US fluid ounces, with the language's decimal point."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from companion.core import wording
from companion.core.wording import Formats, fl_oz, ml_from_fl_oz, water_amount


@pytest.fixture(autouse=True)
def english_formats():
    yield
    wording.use(None)
    wording.choose_water_unit("")


@pytest.mark.parametrize(("ml", "shown"), [
    (250, "250 ml"), (999.4, "999 ml"), (999.6, "1 l"), (1000, "1 l"), (1250, "1.25 l"),
    (1500, "1.5 l"), (1999, "2 l"), (12_345, "12.3 l"), (56_000, "56 l"), (123_456, "123 l"),
    (1_234_567, "1,235 l"),
])
def test_millilitres_then_litres_with_only_the_decimals_they_need(ml, shown):
    assert water_amount(ml, "ml") == shown


@pytest.mark.parametrize(("ml", "shown"), [
    (237, "8 fl oz"), (250, "8 fl oz"), (1896, "64 fl oz"), (500, "17 fl oz"), (60_000, "2,029 fl oz"),
])
def test_us_fluid_ounces_are_whole(ml, shown):
    assert water_amount(ml, "fl oz") == shown


def test_german_numbers_have_a_decimal_comma():
    wording.use(Formats(decimal_point=",", group_separator="."))
    assert water_amount(1500, "ml") == "1,5 l"
    assert water_amount(1_234_567, "ml") == "1.235 l"


def test_without_a_unit_the_chosen_one_then_the_regions():
    assert water_amount(237) == "237 ml"  # English, no region known: millilitres
    wording.use(Formats(water_unit="fl oz"))
    assert water_amount(237) == "8 fl oz"  # the region's
    wording.choose_water_unit("ml")
    assert water_amount(237) == "237 ml"  # the person's choice wins
    wording.choose_water_unit("")
    assert water_amount(237) == "8 fl oz"
    wording.choose_water_unit("gallons")  # not a unit Companion knows: the region's
    assert wording.water_unit() == "fl oz"


@given(st.integers(2, 34))
def test_a_glass_in_fluid_ounces_comes_back_as_typed(ounces):
    assert fl_oz(ml_from_fl_oz(ounces)) == ounces
    assert ml_from_fl_oz(8) == 237
