"""The break screen: a calm screen on every monitor when a break the person asked to be
made to take is due (see core.breaks for its rules)."""
