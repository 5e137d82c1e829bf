"""``python -m policyguard.cli``: the same as the ``policyguard`` command."""

import sys

from policyguard.cli import main

sys.exit(main())
