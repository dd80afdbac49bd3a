"""Run Companion from a source checkout: ``python main.py``."""

import sys

from companion.app import main

if __name__ == "__main__":
    sys.exit(main())
