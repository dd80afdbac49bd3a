"""The end of a session says what was done, in encouraging words: never "stopped"."""

from companion.core.endings import breathing_ending, stretch_ending
from companion.core.wording import duration_words


def stretch(done, total, seconds, completed=False):
    return {"routine": "hand-wrist", "steps_done": done, "steps_total": total,
            "seconds": seconds, "completed": completed}


def test_stopping_after_45_seconds_says_45_seconds_of_stretching():
    ending = stretch_ending(stretch(2, 12, 45), "Hand & wrist relief")
    assert ending.headline == "45 seconds of stretching"
    assert ending.detail == "2 of 12 steps of Hand & wrist relief. That counts as your stretch break."
    assert "stopped" not in ending.spoken.lower() and "0 of" not in ending.spoken


def test_time_in_the_first_step_counts_even_with_no_step_finished():
    ending = stretch_ending(stretch(0, 12, 45), "Hand & wrist relief")
    assert ending.headline == "45 seconds of stretching"
    assert "0 of 12" not in ending.detail and "Hand & wrist relief" in ending.detail


def test_a_change_of_mind_in_the_get_ready_is_met_kindly():
    ending = stretch_ending(stretch(0, 12, 8), "Hand & wrist relief")
    assert ending.headline == "Another time, then"
    assert ending.detail == "Hand & wrist relief is here whenever you want it."


def test_a_finished_session_is_well_done_with_all_its_steps():
    ending = stretch_ending(stretch(12, 12, 254, completed=True), "Hand & wrist relief")
    assert (ending.headline, ending.detail) == (
        "Well done", "Hand & wrist relief: all 12 steps in 4:14. That counts as your stretch break.")
    assert ending.spoken.startswith("Well done. Hand & wrist relief")


def test_breathing_never_ends_on_stopped():
    stopped = breathing_ending({"pattern": "box", "cycles_done": 3, "seconds": 130, "completed": False})
    assert (stopped.headline, stopped.detail) == ("2 minutes of calm breathing",
                                                  "3 breaths in 2:10. Every breath counts.")
    early = breathing_ending({"pattern": "box", "cycles_done": 0, "seconds": 3, "completed": False})
    assert early.headline == "Ready when you are"
    done = breathing_ending({"pattern": "box", "cycles_done": 6, "seconds": 96, "completed": True})
    assert done.headline == "Well done" and done.detail.startswith("6 breaths in 1:36.")


def test_duration_words_round_to_the_minute_from_one_minute():
    assert [duration_words(s) for s in (0.4, 1, 45, 60, 89, 91, 754)] == [
        "1 second", "1 second", "45 seconds", "1 minute", "1 minute", "2 minutes", "13 minutes"]
