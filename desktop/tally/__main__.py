"""`python -m tally` is the `tally` command."""

import sys

from tally.cli import main

sys.exit(main())
