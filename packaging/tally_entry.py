"""Entry point of the frozen app: the same `tally` command as the console script."""

import sys

from tally.cli import main

if __name__ == "__main__":
    sys.exit(main())
