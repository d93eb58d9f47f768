import datetime

from django.core.management.base import BaseCommand, CommandError

from sejour.web.cases.operations import reminder_text, send_reminders, upcoming


class Command(BaseCommand):
    help = "List every deadline of the open cases in the next DAYS days, by advisor; --send emails each advisor theirs."

    def add_arguments(self, parser):
        parser.add_argument("--days", type=int, default=14)
        parser.add_argument("--send", action="store_true")
        parser.add_argument("--today", type=datetime.date.fromisoformat, default=None, help="Count from this day (YYYY-MM-DD).")

    def handle(self, *args, **options):
        if not 0 <= options["days"] <= 3660:
            raise CommandError("--days: expected a number of days from 0 to 3660")
        today = options["today"] or datetime.date.today()
        grouped = upcoming(options["days"], today)
        if not grouped:
            self.stdout.write(f"no deadline from {today.isoformat()} in the next {options['days']} days")
        for name, events in grouped.items():
            self.stdout.write(f"== {name or '(no advisor)'}: {len(events)} deadline(s)")
            self.stdout.write(reminder_text(events))
        if options["send"]:
            self.stdout.write(f"{send_reminders(grouped, options['days'])} email(s) sent")
