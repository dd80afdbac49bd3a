"""Run Companion from a source checkout: ``python main.py`` (the same as ``python -m companion``)."""

import sys

from companion.__main__ import main

if __name__ == "__main__":
    sys.exit(main())
