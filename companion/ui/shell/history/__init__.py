"""The History window: what was recorded, by day, in plain words, with filters.

The words, the days and the filters come from ``core.history_words``, ``history_days``
and ``history_filters``; this package only shows them: ``model`` holds the days,
``delegate`` paints them, ``window`` is the window. Import from those modules: this
package imports nothing on its own.
"""
