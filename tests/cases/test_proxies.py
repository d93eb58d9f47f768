"""Login throttling behind a reverse proxy: X-Forwarded-For is believed only from a trusted
proxy (SEJOUR_TRUSTED_PROXIES), so people behind one proxy are throttled apart, and a client
that writes the header itself cannot escape its lockout."""

import pytest
from django.test import Client

from sejour.web.proxies import client_address, parse

PROXY = parse("10.0.0.0/8, ::1")


@pytest.mark.parametrize("peer, header, expected", [
    ("203.0.113.9", "198.51.100.7", "203.0.113.9"),  # not from a proxy: the header is not believed
    ("10.1.2.3", "198.51.100.7", "198.51.100.7"),  # from the proxy: the client it names
    ("10.1.2.3", "1.2.3.4, 198.51.100.7", "198.51.100.7"),  # left of the proxy's entry: written by the client
    ("10.1.2.3", "198.51.100.7, 10.9.9.9", "198.51.100.7"),  # through two trusted proxies
    ("10.1.2.3", "", "10.1.2.3"),  # no header: the proxy itself
    ("10.1.2.3", "nonsense, 10.9.9.9", "10.1.2.3"),  # unreadable: nothing further believed
    ("::1", "[2001:db8::5]:4711", "2001:db8::5"),
    ("10.1.2.3", "198.51.100.7:5555", "198.51.100.7"),
])
def test_the_client_address(peer, header, expected):
    meta = {"REMOTE_ADDR": peer, **({"HTTP_X_FORWARDED_FOR": header} if header else {})}
    assert client_address(meta, PROXY) == expected


def test_no_proxy_is_trusted_by_default():
    assert client_address({"REMOTE_ADDR": "127.0.0.1", "HTTP_X_FORWARDED_FOR": "198.51.100.7"}, parse("")) == "127.0.0.1"


def test_a_bad_setting_names_the_entry():
    with pytest.raises(ValueError, match="'10.0.0.300'.*SEJOUR_TRUSTED_PROXIES|SEJOUR_TRUSTED_PROXIES.*'10.0.0.300'"):
        parse("127.0.0.1, 10.0.0.300")


def _wrong(client, **meta):
    return client.post("/advisor/login/", {"username": "ana", "password": "wrong"}, **meta).status_code


def test_behind_a_trusted_proxy_each_client_is_throttled_apart(advisors, settings):
    settings.TRUSTED_PROXIES = parse("10.0.0.5")
    via_proxy = {"REMOTE_ADDR": "10.0.0.5"}
    attacker = Client()
    assert [_wrong(attacker, HTTP_X_FORWARDED_FOR="198.51.100.7", **via_proxy) for _ in range(5)] == [200] * 4 + [429]
    colleague = Client().post("/advisor/login/", {"username": "ana", "password": "a-long-Passphrase-1"},
                              HTTP_X_FORWARDED_FOR="203.0.113.20", **via_proxy)
    assert colleague.status_code == 302  # the same user, through the same proxy, from elsewhere: not locked out
    assert _wrong(attacker, HTTP_X_FORWARDED_FOR="198.51.100.7", **via_proxy) == 429  # the attacker still is


def test_a_client_writing_the_header_itself_stays_locked_out(advisors, settings):
    settings.TRUSTED_PROXIES = parse("10.0.0.5")
    direct = {"REMOTE_ADDR": "203.0.113.9"}  # not the proxy
    client = Client()
    statuses = [_wrong(client, HTTP_X_FORWARDED_FOR=f"198.51.100.{n}", **direct) for n in range(6)]
    assert statuses == [200] * 4 + [429, 429]
    right = client.post("/advisor/login/", {"username": "ana", "password": "a-long-Passphrase-1"}, HTTP_X_FORWARDED_FOR="192.0.2.1", **direct)
    assert right.status_code == 429
