#!/usr/bin/env python
"""Django's command-line utility for administrative tasks."""

import os
import sys


def main():
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "tracker.settings")
    from django.conf import settings
    from django.core.exceptions import ImproperlyConfigured
    from django.core.management import execute_from_command_line

    try:
        # Reading a setting loads tracker/settings.py, which checks the environment (as
        # Django's own ManagementUtility does before running a command).
        settings.INSTALLED_APPS  # noqa: B018
    except ImproperlyConfigured as problem:
        # A missing or wrong setting (SECRET_KEY, DATABASE_URL…) is the operator's to fix:
        # one line saying which, not a traceback through Django's start-up.
        sys.exit(f"manage.py: {problem}")
    execute_from_command_line(sys.argv)


if __name__ == "__main__":
    main()
