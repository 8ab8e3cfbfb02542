"""`python -m app`: the same entry point as the `coopactives` command."""

from app.cli import main

raise SystemExit(main())
