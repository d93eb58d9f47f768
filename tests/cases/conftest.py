import pathlib

import pytest

from sejour.case import load_case

ROOT = pathlib.Path(__file__).resolve().parents[2]


def example(name: str) -> dict:
    return load_case(ROOT / "examples" / f"{name}.yaml").to_dict()


@pytest.fixture(autouse=True)
def fast_password_hashing(settings):
    """Production hashes passwords with PBKDF2 (slow by design); the tests need not wait for it."""
    settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]


@pytest.fixture
def advisors(db):
    from sejour.web.cases.operations import create_advisor

    a = create_advisor("ana", "Association A", "ana@a.example", "a-long-Passphrase-1", create_organisation=True)
    b = create_advisor("bob", "Université B", "bob@b.example", "b-long-Passphrase-2", create_organisation=True)
    return a, b


@pytest.fixture
def ana_client(advisors, client):
    client.force_login(advisors[0].user)
    return client


@pytest.fixture
def bob_client(advisors):
    from django.test import Client

    other = Client()
    other.force_login(advisors[1].user)
    return other
