"""Create or update an editor: a staff user in the "editor" group (and nothing more).

    manage.py make_editor USERNAME                              # asks for the password
    EDITOR_PASSWORD=… manage.py make_editor USERNAME --password-from-env EDITOR_PASSWORD
"""

from __future__ import annotations

import getpass
import os
import sys

from django.contrib.auth import get_user_model
from django.contrib.auth.password_validation import validate_password
from django.core.exceptions import ValidationError
from django.core.management.base import BaseCommand, CommandError
from django.db import transaction

from tracker.services import EDITOR_GROUP, ensure_editor_group


class Command(BaseCommand):
    help = 'Create or update a staff user in the "editor" group (who can review and link).'

    def add_arguments(self, parser):
        parser.add_argument("username")
        parser.add_argument("--email", default=None, help="The editor's e-mail address.")
        parser.add_argument(
            "--password-from-env", metavar="VAR",
            help="Read the password from this environment variable instead of asking.",
        )

    def handle(self, *args, username: str, email: str | None, password_from_env: str | None,
               **options):
        User = get_user_model()
        user = User.objects.filter(username=username).first()
        password = self.read_password(password_from_env, new_user=user is None)
        candidate = user or User(username=username, email=email or "")
        if password is not None:
            try:
                validate_password(password, candidate)
            except ValidationError as error:
                raise CommandError("Password refused: " + " ".join(error.messages)) from error
        with transaction.atomic():
            group = ensure_editor_group()
            created = user is None
            user = candidate
            user.is_staff = True
            if email is not None:
                user.email = email
            if password is not None:
                user.set_password(password)
            user.save()
            user.groups.add(group)
        verb = "Created" if created else "Updated"
        self.stdout.write(f'{verb} editor "{username}" (staff, group "{EDITOR_GROUP}").')

    def read_password(self, variable: str | None, *, new_user: bool) -> str | None:
        if variable:
            value = os.environ.get(variable, "")
            if not value:
                raise CommandError(f"Environment variable {variable} is not set or empty.")
            return value
        if not sys.stdin.isatty():
            if new_user:
                raise CommandError(
                    "No password: run interactively, or pass --password-from-env VAR."
                )
            return None  # an existing editor keeps their password
        prompt = "Password" if new_user else "New password (leave empty to keep the current one)"
        first = getpass.getpass(f"{prompt}: ")
        if not first and not new_user:
            return None
        if not first:
            raise CommandError("The password may not be empty.")
        if getpass.getpass("Password (again): ") != first:
            raise CommandError("The two passwords differ; nothing was changed.")
        return first
