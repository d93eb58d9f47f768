from django.core.management.base import BaseCommand, CommandError

from sejour.web.cases.models import ApiToken
from sejour.web.cases.operations import OperationError, organisation


class Command(BaseCommand):
    help = "Issue an API token for an organisation's cases (printed once; kept hashed), or revoke one."

    def add_arguments(self, parser):
        parser.add_argument("name", help="What the token is for, e.g. 'crm'.")
        parser.add_argument("--organisation", required=True)
        parser.add_argument("--revoke", action="store_true", help="Revoke the organisation's tokens of that name.")

    def handle(self, *args, **options):
        try:
            org = organisation(options["organisation"])
        except OperationError as error:
            raise CommandError(str(error)) from None
        if options["revoke"]:
            count = ApiToken.objects.filter(organisation=org, name=options["name"], revoked=False).update(revoked=True)
            self.stdout.write(f"{count} token(s) revoked")
            return
        _, key = ApiToken.issue(org, options["name"])
        self.stdout.write(key)
