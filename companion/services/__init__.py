"""Qt services: QObjects with signals, no widgets."""
