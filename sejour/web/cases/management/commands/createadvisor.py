import os

from django.core.management.base import BaseCommand, CommandError

from sejour.web.cases.operations import OperationError, create_advisor


class Command(BaseCommand):
    help = "Create an advisor account in an organisation (the password from SEJOUR_ADVISOR_PASSWORD, or asked)."

    def add_arguments(self, parser):
        parser.add_argument("username")
        parser.add_argument("--organisation", required=True)
        parser.add_argument("--email", default="")
        parser.add_argument("--create-organisation", action="store_true", help="Create the organisation if it does not exist.")
        parser.add_argument("--api-tokens", action="store_true",
                            help="The advisor may also issue and revoke the organisation's API tokens (on the page /advisor/tokens/).")
        parser.add_argument("--no-password", action="store_true", help="No password yet (set it later in the admin).")

    def handle(self, *args, **options):
        password = None
        if not options["no_password"]:
            password = os.environ.get("SEJOUR_ADVISOR_PASSWORD")
            if not password:
                from getpass import getpass

                password = getpass("Password: ")
        try:
            advisor = create_advisor(options["username"], options["organisation"], options["email"], password,
                                     options["create_organisation"], api_tokens=options["api_tokens"])
        except OperationError as error:
            raise CommandError(str(error)) from None
        self.stdout.write(f"advisor {advisor.user.get_username()} created in {advisor.organisation.name}")
