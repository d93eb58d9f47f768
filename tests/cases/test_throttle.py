"""Login attempts are throttled (django-axes): the lockout page speaks the person's language."""

import pytest
from django.test import Client


@pytest.mark.parametrize("lang, words", [("en", "Too many failed logins"), ("fr", "Trop de connexions échouées")])
def test_login_is_throttled_after_wrong_passwords_with_a_message_in_the_persons_language(advisors, lang, words):
    client = Client(HTTP_ACCEPT_LANGUAGE=lang)
    for _ in range(4):
        assert client.post("/advisor/login/", {"username": "ana", "password": "wrong"}).status_code == 200
    assert client.post("/advisor/login/", {"username": "ana", "password": "wrong"}).status_code == 429  # the 5th
    locked = client.post("/advisor/login/", {"username": "ana", "password": "a-long-Passphrase-1"})
    assert locked.status_code == 429 and words in locked.content.decode()
    assert "_auth_user_id" not in client.session  # the right password, once locked out, does not log in
    other = Client().post("/advisor/login/", {"username": "bob", "password": "b-long-Passphrase-2"})
    assert other.status_code == 302  # another advisor is not locked out
