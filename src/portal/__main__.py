"""``python -m portal <command>``: Django's manage.py for an installed package.

The embedded SQLite database lives under ``$POLICYGUARD_DATA_DIR``; the folder is made
here so that ``migrate`` on a fresh machine needs no set-up step.
"""

from __future__ import annotations

import os
import sys


def main() -> None:
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "portal.settings")
    from django.conf import settings
    from django.core.management import execute_from_command_line

    database = settings.DATABASES["default"]
    if str(database["ENGINE"]).endswith("sqlite3"):
        from pathlib import Path

        Path(str(database["NAME"])).parent.mkdir(parents=True, exist_ok=True)
    execute_from_command_line(sys.argv)


if __name__ == "__main__":
    main()
