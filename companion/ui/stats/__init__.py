"""The Statistics window: charts of a week, a month or a year, and the same as a table."""
