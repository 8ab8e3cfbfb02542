"""The frozen app's entry point (PyInstaller runs this file): the same `main` as `coopactives`."""

import sys

from app.cli import main

if __name__ == "__main__":
    sys.exit(main())
