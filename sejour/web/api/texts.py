"""The API's error messages (the case format's own are in :mod:`sejour.case_errors`): catalogue
texts, answered in the request's language (``?lang=``; see :func:`errors.request_lang`), each
with its id as the error's ``type``."""

from sejour.i18n import N_

LANG = N_("api.error.lang", "expected one of the languages sejour speaks: {allowed}")
CONTENT_TYPE = N_("api.error.content_type", "content type {kind}; expected application/json")
TOO_LARGE = N_("api.error.too_large", "the body is too large; expected a case of a few kilobytes")
NOT_UTF8 = N_("api.error.not_utf8", "not UTF-8 (byte at offset {offset}); expected JSON in UTF-8")
TOO_DEEP = N_("api.error.too_deep", "nested too deeply; expected at most {most} levels")
NOT_JSON = N_("api.error.not_json", "not valid JSON: {reason}")
NOT_A_CASE = N_("api.error.not_a_case", "expected a JSON object (a case), got a {kind}")
NOT_AN_OBJECT = N_("api.error.not_an_object", "expected a JSON object, got a {kind}")
FACTS = N_("api.error.facts", "expected a case (a JSON object) in the case format")
UNKNOWN_KEY = N_("api.error.unknown_key", "unknown key; expected {known}")
PERSON_NAME = N_("api.error.person_name", "expected the person's name, 1 to 200 characters")
NO_PARAMETER = N_("api.error.no_parameter", "no such parameter; GET /api/v1/parameters lists them")
NO_CASE = N_("api.error.no_case", "no such case")
IF_MATCH = N_("api.error.if_match", "expected the case's ETag, e.g. \"3\" (its version)")
TWO_VERSIONS = N_("api.error.two_versions", "differs from If-Match ({version}); send one of them")
NO_VERSION = N_("api.error.no_version", "expected the version the facts were written from (the case's ETag, or ?version=): "
                                        "without it, a change made meanwhile would be overwritten")
CHANGED_MEANWHILE = N_("api.error.changed_meanwhile", "the facts were changed meanwhile (now version {version}); nothing was saved: "
                                                      "apply your change to the current facts and send it with that version")
ONE_OF = N_("api.error.one_of", "expected one of {allowed}")
DECIDED_ON = N_("api.error.decided_on", "expected the day of the decision as YYYY-MM-DD")
NOTE = N_("api.error.note", "expected a text of at most {most} characters")
TOKEN = N_("api.error.token", "expected 'Authorization: Bearer <API token>' with a valid, unrevoked token")
NOT_FOUND = N_("api.error.not_found", "not found")
CANNOT_SAVE = N_("api.error.cannot_save", "sejour cannot save its data at the moment; retry later")
FAILED = N_("api.error.failed", "sejour failed on this request; please report it")
REFUSED = N_("api.error.refused", "refused: {reason}")
